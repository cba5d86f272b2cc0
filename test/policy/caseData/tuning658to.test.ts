import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { detect } from "../../../src/policy/detect";

const names = (text: string): string[] => detect(text).filter((s) => s.kind === "person-name").map((s) => text.slice(s.start, s.end));

// Twenty-fifth session (tuning658–).
describe("twenty-fifth session: a team or desk named for casework is where staff work", () => {
  const toPartner = { from: "rhiannon.battersby@justice.gov.uk", to: ["leicester.mash@leicester.gov.uk"], subject: "Second floor move" };

  it("reads 'the Victim Contact team (names)' and 'on the MASH reception desk' as staff at work", () => {
    expect(scanVerdict({ ...toPartner, body: "Hi all,\n\nMonday 16th: the MAPPA unit and the Victim Contact team (Kieran Oyelaran, Sasha Pemberton, Lois Hargreaves)\n\nThanks\nRhi" })).toBe("pass");
    expect(scanVerdict({ ...toPartner, body: "Hi all,\n\nThe collection is with Nisha Kapoor on the MASH reception desk.\n\nThanks\nRhi" })).toBe("pass");
    expect(fixtureVerdict("tuning650.jsonl", "t650-m016")).toBe("pass");
    expect(fixtureVerdict("tuning650.jsonl", "t650-m020")).toBe("pass");
  });

  it("guard: a case person sent to such a team, or written to by it, is still a case's", () => {
    const toWebmail = { from: "rhiannon.battersby@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nJayden Moss was referred to the MASH team after his mum's boyfriend assaulted him.\n\nThanks\nRhi" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nthe Victim Contact team wrote to Karen Bell about Dean Price's release from prison.\n\nThanks\nRhi" })).toBe("block");
  });
});

describe("twenty-fifth session: a colleague's career", () => {
  const toPartner = { from: "harpreet.sandhu@leics.gov.uk", to: ["hinckley.familyhub@leics.gov.uk"], subject: "Welcome to our new Early Help Practitioner" };

  it("reads 'has spent the last six years with … where she specialised in child criminal exploitation' as a career", () => {
    const body =
      "Hi everyone,\n\nPlease give a warm welcome to Eloise Marchetti, who joins us as an Early Help Practitioner on Monday.\n\nEloise has spent the last six years with the Northamptonshire youth offending team, where she specialised in child criminal exploitation.\n\nThanks,\nHarpreet";
    expect(scanVerdict({ ...toPartner, body })).toBe("pass");
    expect(fixtureVerdict("tuning643.jsonl", "t643-m034")).toBe("pass");
  });

  it("guard: a young person who spent years in care, exploited, is still a case's", () => {
    const body = "Hi,\n\nKayden Shaw has spent the last six years in care in Corby and was criminally exploited by a county lines gang.\n\nThanks,\nHarpreet";
    expect(scanVerdict({ ...toPartner, to: ["someone@gmail.com"], body })).toBe("block");
  });
});

describe("twenty-fifth session: names the readers had missed", () => {
  it("reads 'Irene Haworth in hospital' in a subject as a name, not a facility's place", () => {
    expect(names("Emergency time off - Irene Smith in hospital")).toEqual(["Irene Smith"]);
    expect(fixtureVerdict("tuning663.jsonl", "t663-m012")).toBe("block");
  });

  it("guard: a place before a kind of facility is still a place", () => {
    expect(names("Meet at Beaumont Leys family centre on Friday")).toEqual([]);
    expect(names("Kirby Frith health centre")).toEqual([]);
  });

  it("reads a lower-case name before 's ok' in text-speak as a name", () => {
    const body = "hi stacey, bradley's ok, he was taken to st george's last nite after the fall on the stairs but he's back now with a cracked rib. his licence says no visitors after 9pm so u cant come tonite sorry\n\nlorna";
    expect(scanVerdict({ from: "lorna.feeney@justice.gov.uk", to: ["stacey.culshaw91@hotmail.co.uk"], subject: "RE: tonight", body })).toBe("block");
  });

  it("guard: a family word or an everyday word before 's ok' is no one named", () => {
    expect(names("nana's ok now")).toEqual([]);
    expect(names("the baby's fine, everyone's ok")).toEqual([]);
    expect(names("mum's home and she's better")).toEqual([]);
  });
});

describe("twenty-fifth session: the writer's own, a talk's title, a session's theme", () => {
  it("reads 'change the name on my account from <sender> to <new name>' as the writer's own records", () => {
    const body =
      "Dear Sir or Madam,\n\nI got married in October and would like to change the name on my savings account (ending 4471) from Aisling Brennan to Aisling Whitfield.\n\nI've also moved. My new address is 8 Thornbury Close, Chesterfield S40 3NJ.\n\nDate of birth: 12/02/1991\nBest number: 07700 900129\n\nKind regards\n\nAisling Brennan";
    const message = { from: "aisling.brennan@justice.gov.uk", to: ["members@northgatebuildingsociety.co.uk"], subject: "Change of name and address", body };
    expect(scanVerdict(message)).toBe("pass");
    // Someone else's name after "to" is no new name of the writer's.
    expect(scanVerdict({ ...message, body: body.replace("from Aisling Brennan to Aisling Whitfield", "from Aisling Brennan to Kayden Shaw, who is on licence") })).toBe("block");
  });

  it("reads a talk's quoted title after 'the title as you suggested:' as a topic", () => {
    const body =
      'Dear Aoife,\n\nWe\'ll have you on at 10:15, and the title as you suggested: "The unseen baby: perinatal mental health, substance use and the dad nobody asked about".\n\nHameeda';
    const message = { from: "hameeda.rawat@leicspart.nhs.uk", to: ["aoife@brennansafeguarding.co.uk"], subject: "Re: Your session at our study day", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: "Dear Aoife,\n\nThe dad, Wayne Platt, has a substance use problem and the baby is on a plan.\n\nHameeda" })).toBe("block");
  });

  it("reads a session's theme ('The theme is … when a victim attends, led by …') as what it is about", () => {
    const body = "Dear panel members,\n\nTraining evening: Tuesday 8 December, 6-8pm. The theme is restorative conversations when a victim attends, led by Jasmine Cardew. Sandwiches provided.\n\nLouise";
    const message = { from: "louise.farnsworth@derbyshire.gov.uk", to: ["sally.okeke@gmail.com"], subject: "Training evening", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: "Dear panel members,\n\nThe victim, Jasmine Cardew, will attend the panel for the burglary on Tuesday.\n\nLouise" })).toBe("block");
  });
});

describe("twenty-fifth session: a colleague's cover list", () => {
  const message = { from: "kasia.wrona@leicspart.nhs.uk", to: ["lpt.0to19.cityeast@leicspart.nhs.uk"], subject: "Cover for the next fortnight" };
  const list = "Cover while she's off:\n- Shelley's new birth visits: Rob and Marcin between them (Rob has the list)\n- Her Tuesday child protection conference: Adaeze will attend and has the report\n- Core groups on the 19th and 26th: I'll go to both";

  it("reads 'Task: Rob and Marcin between them (…)' and 'Her Tuesday child protection conference: Adaeze will attend' as staff's work", () => {
    expect(scanVerdict({ ...message, body: `Hi all,\n\nShelley is off sick for the next two weeks.\n\n${list}\n\nKasia` })).toBe("pass");
    expect(fixtureVerdict("tuning660.jsonl", "t660-m028")).toBe("pass");
  });

  it("guard: a line naming a child on a plan, or one with case wording after the name, is still a case's", () => {
    const toWebmail = { ...message, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi all,\n\nVisits:\n- Kyle Barnes: Jade Moss has been arrested for assault\n\nKasia" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi all,\n\nLily Shaw is on a child protection plan.\n- Her child protection conference: Tuesday at 10\n\nKasia" })).toBe("block");
  });
});

describe("twenty-fifth session: colleagues' work handed on, bereavement and leaving news", () => {
  const internal = { from: "callum.pennock@leics.police.uk", to: ["caiu.team@leics.police.uk"], subject: "Swap request" };

  it("reads 'has already said she'll pick up my two strategy discussions' and 'is keeping the ABE interview he has booked' as staff's work", () => {
    const body =
      "Hi Callum,\n\nI'm on a course on 2 December. Yasmin has already said she'll pick up my two strategy discussions with the City MASH on the Tuesday, and Tomasz is keeping the ABE interview he has booked for the Wednesday, so nothing else needs to move.\n\nRhiannon";
    expect(scanVerdict({ ...internal, body })).toBe("pass");
    expect(fixtureVerdict("tuning659.jsonl", "t659-m001")).toBe("pass");
  });

  it("reads 'Tomasz's two ABE interviews next week are now with Kerensa and Yasmin' as a handover, and a colleague's father's illness in bereavement news as theirs", () => {
    expect(fixtureVerdict("tuning659.jsonl", "t659-m013")).toBe("pass");
    const body =
      "Hi all,\n\nI'm sorry to tell you that Tomasz's father, Andrzej, died after a short illness with pancreatic cancer. Tomasz is on compassionate leave until Monday.\n\nTomasz's two ABE interviews next week are now with Kerensa and Yasmin.\n\nCallum";
    expect(scanVerdict({ ...internal, subject: "Sad news", body })).toBe("pass");
  });

  it("reads leaving drinks news with 'set up the joint triage of domestic abuse notifications with the Children's Front Door' as a career", () => {
    expect(fixtureVerdict("tuning659.jsonl", "t659-m019")).toBe("pass");
    expect(fixtureVerdict("tuning580.jsonl", "t580-m022")).toBe("pass");
  });

  it("guard: a child's interviews, a father's abuse, or a named child, stay a case's", () => {
    const toWebmail = { ...internal, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nKayla Moss's two ABE interviews about her stepdad are now on Tuesday.\n\nCallum" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, subject: "Sad news", body: "Hi all,\n\nTomasz's father, Andrzej Nowak, died in custody after he was arrested for assaulting his partner. Tomasz is on compassionate leave.\n\nCallum" })).toBe("block");
  });
});

describe("twenty-fifth session: a colleague's duty and health, told with leave", () => {
  it("reads 'Precious Banda has her Thursday court duty' as cover", () => {
    expect(fixtureVerdict("tuning658.jsonl", "t658-m001")).toBe("pass");
    const body = "Morning all,\n\nNia Roberts had her knee operation last Wednesday. Oskar Lindqvist is covering her referral order panels and Precious Banda has her Thursday court duty.\n\nRukhsana";
    expect(scanVerdict({ from: "rukhsana.mirza@leicester.gov.uk", to: ["yjs.team@leicester.gov.uk"], subject: "Team news", body })).toBe("pass");
  });

  it("reads 'Ffion has told me I can share that her GP has signed her off …' as the writer telling a colleague's health with her leave", () => {
    expect(fixtureVerdict("tuning659.jsonl", "t659-m004")).toBe("pass");
  });

  it("guard: a case person who has her contact visits, or whose worker was told of her health, stays a case's", () => {
    const toWebmail = { from: "rukhsana.mirza@leicester.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nJade Moss has her supervised contact visits on Tuesday because of the injuries to the baby.\n\nRukhsana" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nKayla Shaw's mum told me that she has started on sertraline after the overdose.\n\nRukhsana" })).toBe("block");
  });
});

describe("twenty-fifth session: a tabbed running order, a slot handed on, a term said of everyone", () => {
  const nhs = { from: "philippa.strudwick@nhs.net", to: ["rhiannon.pask@uhl-tr.nhs.uk"], subject: "Network agenda" };

  it("reads the speaker in a tab-separated running order's last column as a speaker", () => {
    const body = "Hi both,\n\nRunning order:\n\n09:30\tWelcome\tPhilippa Strudwick\n11:30\tNeglect and the Graded Care Profile 2\tHollie Danvers\n12:15\tBruising in non-mobile babies: the revised protocol\tGareth Penhaligon\n12:45\tLunch and close\n\nThanks,\nPhilippa";
    expect(scanVerdict({ ...nhs, body })).toBe("pass");
    expect(fixtureVerdict("tuning660.jsonl", "t660-m034")).toBe("pass");
  });

  it("reads 'Her Thursday slot at the MASH health strategy meeting will pass to Obinna Eze' as a handover", () => {
    expect(fixtureVerdict("tuning660.jsonl", "t660-m009")).toBe("pass");
  });

  it("reads 'every pregnant woman with a pre-birth assessment' as said of everyone", () => {
    expect(fixtureVerdict("tuning660.jsonl", "t660-m008")).toBe("pass");
  });

  it("guard: a named woman who is pregnant, and a tabbed line naming a case person before their harm, stay a case's", () => {
    const toWebmail = { ...nhs, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nEvery midwife should know that Chantelle Rowe is pregnant and her partner was arrested for assault.\n\nPhilippa" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\n09:30\tKayden Marsh\tBruising to the baby, seen by GP\n\nPhilippa" })).toBe("block");
  });
});

describe("twenty-fifth session: a new starter's form, a hospital department's letter", () => {
  const form = (role: string) =>
    `Hello,\n\nPlease could you set up the following for a new starter in my team:\n\nName: Tobias Wainwright\nRole: ${role}\nStart date: Monday 30 November\n\nNeeds: laptop, access to the children's case management system.\n\nThanks,\nMehreen`;
  const it_ = { from: "mehreen.aslam@leicester.gov.uk", to: ["ict.servicedesk@leicester.gov.uk"], subject: "New starter - laptop" };

  it("reads 'Name:' above a job's field ('Role: Social Worker (ASYE), Child Protection and Court Team') as a staff record", () => {
    expect(scanVerdict({ ...it_, body: form("Social Worker (ASYE), Child Protection and Court Team (West)") })).toBe("pass");
    expect(fixtureVerdict("tuning658.jsonl", "t658-m038")).toBe("pass");
  });

  it("guard: 'Role: Mother' lists a family, and a child's form stays a case's", () => {
    const toWebmail = { ...it_, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nName: Jade Moss\nRole: Mother\nConcern: bruising to the baby's arm\n\nThanks,\nMehreen" })).toBe("block");
  });

  it("reads a hospital department signing a letter ('Orthopaedic Outpatients') as no one, so the letter to the writer stays theirs", () => {
    expect(names("Orthopaedic Outpatients\nUniversity Hospitals of Leicester NHS Trust")).toEqual([]);
    expect(fixtureVerdict("tuning662.jsonl", "t662-m009")).toBe("pass");
  });
});

describe("twenty-fifth session: cover, students and training rotas", () => {
  const nhs = { from: "dev.raval@leicspart.nhs.uk", to: ["hv.teamleaders@leicspart.nhs.uk"], subject: "Level 3 training - December rota" };

  it("reads 'Colm has kindly taken your duty slot' and 'Maxine's Wednesday drop-in at Melton Vale College is covered by' as cover", () => {
    expect(fixtureVerdict("tuning671.jsonl", "t671-m001")).toBe("pass");
    expect(fixtureVerdict("tuning666.jsonl", "t666-m004")).toBe("pass");
  });

  it("reads 'Her student, Eloise Varley, will be supervised by Rhiannon Pugh' as staff", () => {
    expect(fixtureVerdict("tuning666.jsonl", "t666-m029")).toBe("pass");
  });

  it("reads a training rota's dated titles, trainers and delegates as a rota, its titles' terms as topics", () => {
    const body =
      "Hi all,\n\nHere is the rota for the December sessions.\n\nTue 1 Dec - Domestic abuse and coercive control\nTrainer: DS Karen Whiteley (Leicestershire Police)\nDelegates: Marcia Okonjo, Sunita Kaur, Ffion Lloyd-Jones\n\nWed 9 Dec - Child sexual and criminal exploitation\nTrainer: Dev Raval\nDelegates: Rhiannon Pugh, Eloise Varley, Kamala Iyer\n\nThanks,\nDev";
    expect(scanVerdict({ ...nhs, body })).toBe("pass");
    expect(fixtureVerdict("tuning666.jsonl", "t666-m032")).toBe("pass");
  });

  it("guard: a dated line about a case person, or a delegates' line with a case role, stays a case's", () => {
    const toWebmail = { ...nhs, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nTue 1 Dec - Kyle Barnes arrested for assault\nTrainer: Dev Raval\n\nDev" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nTue 1 Dec - Family time review\nDelegates: Jade Moss (mother), Kyle Moss (father), who was arrested\n\nDev" })).toBe("block");
  });
});

describe("twenty-fifth session: a child's video interview; staff finishing a report, taking a caseload", () => {
  it("reads 'Ruby will do her video interview … the paediatrician will examine her' as a child's case", () => {
    expect(fixtureVerdict("tuning667.jsonl", "t667-m035")).toBe("block");
    const body = "Hi Penny,\n\nPlease bring Ruby Kinnersley to the interview suite for 10:00. Ruby will do her video interview with me, and the paediatrician will examine her afterwards.\n\nHolly";
    expect(scanVerdict({ from: "holly.brennan@leics.police.uk", to: ["pennyandrob.fostering@gmail.com"], subject: "Thursday", body })).toBe("block");
  });

  it("guard: a colleague's training on video interviewing names no case", () => {
    const body = "Hi all,\n\nMaria Lopes is on the video interview refresher course on Thursday, so Tom has her duty.\n\nHolly";
    expect(scanVerdict({ from: "holly.brennan@leics.police.uk", to: ["caiu.team@leics.police.uk"], subject: "Thursday", body })).toBe("pass");
  });

  it("reads 'Jas Lally is finishing the court report you'd started' and 'Folake Adebayo takes my caseload from Tuesday' as staff's work", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m002")).toBe("pass");
    expect(fixtureVerdict("tuning668.jsonl", "t668-m023")).toBe("pass");
  });

  it("guard: a case person taken from someone, or taken away from home, stays a case's", () => {
    const body = "Hi,\n\nKyle Barnes was taken from his mum's caseload meeting by police after the assault.\n\nAnand";
    expect(scanVerdict({ from: "anand.kohli@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update", body })).toBe("block");
  });
});

describe("twenty-fifth session: careers in staff news, the hospice that looked after a colleague's mum", () => {
  it("reads a career paragraph's casework ('ran the Ilkeston unpaid work team … before he retired') as work in a colleague's death news", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m030")).toBe("pass");
    const body =
      "Dear colleagues,\n\nOur former colleague Geoffrey Barraclough died on Saturday. Geoff was diagnosed with pancreatic cancer in the summer.\n\nGeoff joined the Derbyshire Probation Service in 1989 and ran the Ilkeston unpaid work team for fifteen years before he retired in 2019.\n\nThe funeral is on Thursday 10 December.\n\nClive";
    expect(scanVerdict({ from: "clive.ashdown@justice.gov.uk", to: ["derbyshire.pdu.allstaff@justice.gov.uk"], subject: "Sad news", body })).toBe("pass");
  });

  it("reads 'After 33 years in probation' and 'Many of you will have sat beside her' as a colleague's", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m032")).toBe("pass");
  });

  it("reads 'The hospice looked after Tunde's mum' as care given, not a child looked after", () => {
    expect(fixtureVerdict("tuning669.jsonl", "t669-m017")).toBe("pass");
  });

  it("guard: a child who is looked after, and an offender's work in news outside a career paragraph, stay a case's", () => {
    const toWebmail = { from: "clive.ashdown@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nKayla Moss is a looked after child and her mum died last week.\n\nClive" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Dear colleagues,\n\nSad news: Dean Cole, who was on unpaid work with us after his conviction, died on Saturday.\n\nClive" })).toBe("block");
  });
});

describe("twenty-fifth session: new starters and their induction", () => {
  it("reads 'Isobel will be shadowing Rosalind Twigg' and 'starts as a newly qualified … Nurse' as staff", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m001")).toBe("pass");
    const body = "Dear colleagues,\n\nEloise Varley starts as a newly qualified Specialist Community Public Health Nurse in Wigston, and she is keen on child protection work.\n\nLorna";
    expect(scanVerdict({ from: "lorna.whitfield@leicspart.nhs.uk", to: ["jade.morrell@leics.gov.uk"], subject: "Welcome", body })).toBe("pass");
  });

  it("reads a case-work term in a timetable's Session column as what is taught", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m038")).toBe("pass");
  });

  it("guard: a term in a chronology's Event column stays a case's", () => {
    const toWebmail = { from: "dominic.achebe@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nDate\tEvent\tWho\n12 Nov\tDomestic abuse incident at home\tKayla Moss\n\nDominic" })).toBe("block");
  });
});

describe("twenty-fifth session: staff at a professionals' meeting", () => {
  it("reads 'they're at a MARAC in the morning' in a team's lunch booking and 'came straight from a MAPPA meeting' in quiz news as staff's day", () => {
    expect(fixtureVerdict("tuning667.jsonl", "t667-m026")).toBe("pass");
    expect(fixtureVerdict("tuning668.jsonl", "t668-m011")).toBe("pass");
  });

  it("guard: a case person discussed at the MARAC stays a case's", () => {
    const body = "Hi,\n\nKerry Voss was discussed at the MARAC this morning after the assault, and her ex-partner is on bail.\n\nHelen";
    expect(scanVerdict({ from: "helen.ashcroft@leics.police.uk", to: ["someone@gmail.com"], subject: "Update", body })).toBe("block");
  });
});

describe("twenty-fifth session: a recall told among staff news", () => {
  it("keeps 'Reece Fairbank was recalled … after he turned up at his ex-partner's flat' a case's beside a retirement lunch", () => {
    expect(fixtureVerdict("tuning678.jsonl", "t678-m026")).toBe("block");
  });

  it("reads 'sat beside her at a MAPPA level 3 meeting or a child protection conference' in a career as staff's", () => {
    expect(fixtureVerdict("tuning668.jsonl", "t668-m032")).toBe("pass");
  });
});

describe("twenty-fifth session: a gift's delivery contact", () => {
  const order = (line: string) =>
    `Hi,\n\nCould we order the "Welcome Baby" arrangement for delivery on Thursday? It's for our colleague Leah, who had a baby girl on Sunday. Please deliver to:\n\nLeah Sherwin\n12 Kestrel Rise\nWigston LE18 3PJ\n\n${line}\n\nThanks so much,\nDeepa`;
  const florist = { from: "deepa.raval@oadby-wigston.gov.uk", to: ["orders@wigstonblooms.co.uk"], subject: "New baby flowers" };

  it("reads a number for whoever takes the delivery ('If nobody answers, her partner Callum is working from home - …', 'will answer … her mobile is …') as the delivery's", () => {
    expect(scanVerdict({ ...florist, body: order("If nobody answers, her partner Callum is working from home - 07700 900573.") })).toBe("pass");
    expect(scanVerdict({ ...florist, body: order("Her partner Callum will answer if she's resting; his mobile is 07700 900573.") })).toBe("pass");
    expect(fixtureVerdict("tuning676.jsonl", "t676-m005")).toBe("pass");
  });

  it("guard: a number beside no delivery wording is still read", () => {
    expect(scanVerdict({ ...florist, body: order("Her partner Callum has been arrested for assaulting her; his mobile is 07700 900573.") })).toBe("block");
  });
});

describe("twenty-fifth session: sitting in on and observing a professionals' meeting", () => {
  it("reads 'Aaron said … he could sit in on MAPPA' and 'Ifeoma said it would be good for me to observe a MAPPA level 2 meeting' as staff's", () => {
    expect(fixtureVerdict("tuning675.jsonl", "t675-m009")).toBe("pass");
    expect(fixtureVerdict("tuning681.jsonl", "t681-m005")).toBe("pass");
  });

  it("guard: a parent who will attend the child protection conference stays a case's", () => {
    const body = "Hi,\n\nJade Moss will attend the child protection conference on Tuesday about the bruising to Kayden.\n\nBryony";
    expect(scanVerdict({ from: "bryony.ridgeway@justice.gov.uk", to: ["someone@gmail.com"], subject: "Tuesday", body })).toBe("block");
  });
});

describe("twenty-fifth session: a colleague's relatives in their news, and staff covering", () => {
  it("reads 'Agata has asked for no flowers … a voucher for the baby shop' after birth news as the colleague's family", () => {
    expect(fixtureVerdict("tuning674.jsonl", "t674-m003")).toBe("pass");
  });

  it("reads 'Her dad, Tariq, died … with dementia' beside 'Named Nurse for Safeguarding Children' as the colleague's family, and 'attending … on her behalf' as cover", () => {
    expect(fixtureVerdict("tuning674.jsonl", "t674-m024")).toBe("pass");
  });

  it("reads 'shadowing at Leicester Crown Court with Daniel Okereke' as staff", () => {
    expect(fixtureVerdict("tuning675.jsonl", "t675-m001")).toBe("pass");
  });

  it("guard: a relative's health in a sentence naming someone else, or an offence, stays a case's", () => {
    const toWebmail = { from: "colette.amanor@nhs.net", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Dear colleagues,\n\nOur colleague Yasmin is on compassionate leave. Her dad, Tariq, died on Saturday; Kyle Barnes, who assaulted him, has been charged.\n\nColette" })).toBe("block");
  });
});

describe("twenty-fifth session: cover while a colleague is away", () => {
  it("reads 'while Gethin is off' and 'while Jess Farnsworth is on maternity leave' as staff", () => {
    expect(fixtureVerdict("tuning675.jsonl", "t675-m026")).toBe("pass");
    expect(fixtureVerdict("tuning681.jsonl", "t681-m021")).toBe("pass");
  });

  it("guard: a case person off school after an assault stays a case's", () => {
    const body = "Hi,\n\nCan you visit while Kayden Shaw is off school? He was assaulted by his stepdad on Friday.\n\nCarys";
    expect(scanVerdict({ from: "carys.llewellyn@justice.gov.uk", to: ["someone@gmail.com"], subject: "Visit", body })).toBe("block");
  });
});

describe("twenty-fifth session: names the lists do not hold", () => {
  it("reads a short unlisted given name in '-ence' ('Kaydence') as a name, a long word so ending as a word", () => {
    expect(names("Please call Kaydence Whitlow today.")).toEqual(["Kaydence Whitlow"]);
    expect(names("RE: kaydence whitlow - missed 2 yr review")).toEqual(["kaydence whitlow"]);
    expect(fixtureVerdict("tuning684.jsonl", "t684-m036")).toBe("block");
    expect(names("Jurisprudence Review")).toEqual([]);
    expect(names("Maintenance Request for the Derby office")).toEqual([]);
  });

  it("reads an unlisted surname in capitals closing a line of casework after a dash ('Joint home visit Thursday - SPENCELEY')", () => {
    expect(names("Joint home visit Thursday - SPENCELEY")).toEqual(["SPENCELEY"]);
    expect(fixtureVerdict("tuning687.jsonl", "t687-m003")).toBe("block");
  });

  it("guard: a word in capitals closing an ordinary line, or a short acronym after casework, is no name", () => {
    expect(names("Room booking Thursday - CANCELLED")).toEqual([]);
    expect(names("Strategy meeting - HMPPS")).toEqual([]);
    expect(names("Review of the rota - UPDATED")).toEqual([]);
  });
});

describe("twenty-fifth session: what only an employer says of someone", () => {
  it("reads a colleague's health beside 'on a phased return' or 'carer's leave' as staff news", () => {
    expect(fixtureVerdict("tuning682.jsonl", "t682-m006")).toBe("pass");
    expect(fixtureVerdict("tuning682.jsonl", "t682-m024")).toBe("pass");
  });

  it("reads 'served 28 years with Leicestershire Police' as a career", () => {
    expect(fixtureVerdict("tuning682.jsonl", "t682-m028")).toBe("pass");
  });

  it("guard: a service user's miscarriage told to a partner's webmail stays a case's", () => {
    const body = "Hi,\n\nKayla Moss had a miscarriage last week after her partner assaulted her. She is on a phased return to college.\n\nColette";
    expect(scanVerdict({ from: "colette.ashdown@justice.gov.uk", to: ["someone@gmail.com"], subject: "Kayla", body })).toBe("block");
  });
});

describe("twenty-fifth session: partners told of staff news and cover", () => {
  it("reads 'Some team news': a colleague's partner expecting twins as her family", () => {
    expect(fixtureVerdict("tuning684.jsonl", "t684-m012")).toBe("pass");
  });

  it("reads a number in brackets closing a sentence naming only staff covering work as theirs", () => {
    expect(fixtureVerdict("tuning684.jsonl", "t684-m020")).toBe("pass");
  });

  it("reads 'the domestic abuse routine enquiry project' and 'ask every mother about domestic abuse' as topics", () => {
    expect(fixtureVerdict("tuning684.jsonl", "t684-m022")).toBe("pass");
  });

  it("guard: a case person's number in brackets, and a named mother asked about abuse, stay a case's", () => {
    const toWebmail = { from: "rachel.pennock@leicspart.nhs.uk", to: ["someone@gmail.com"], subject: "Cover" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nTomasz Wrona is covering the visit to Kayla Moss after the assault (07700 900562).\n\nRachel" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nI asked Jade Moss about domestic abuse when she was seen alone; she disclosed that her partner hits her.\n\nRachel" })).toBe("block");
  });
});

describe("twenty-fifth session: obituaries and team news", () => {
  it("reads an obituary's survivors ('survived by his wife, Margaret, their children Stephen and Claire') as a colleague's family", () => {
    expect(fixtureVerdict("tuning688.jsonl", "t688-m027")).toBe("pass");
  });

  it("reads 'supported more of us through our first child protection conference' as staff's", () => {
    expect(fixtureVerdict("tuning688.jsonl", "t688-m025")).toBe("pass");
  });

  it("guard: a case person's family in news of his death in custody stays a case's", () => {
    const body = "Hi,\n\nKenneth Orme, who was on licence for a sexual offence, died in custody on 2 November. He is survived by his wife, Margaret, and their children Stephen and Claire.\n\nVal";
    expect(scanVerdict({ from: "val.redfern@justice.gov.uk", to: ["someone@outlook.com"], subject: "News", body })).toBe("block");
  });
});

describe("twenty-fifth session: a career in the child abuse investigation unit", () => {
  it("reads 'a detective in the child abuse investigation unit for the last 19 years' in retirement news as a career", () => {
    expect(fixtureVerdict("tuning688.jsonl", "t688-m002")).toBe("warn");
  });

  it("guard: a child abuse investigation about a named child stays a case's", () => {
    const body = "Hi all,\n\nThe child abuse investigation unit are interviewing Mia Ratcliffe's stepfather about the injuries.\n\nDawn";
    expect(scanVerdict({ from: "dawn.pettifer@leics.police.uk", to: ["someone@gmail.com"], subject: "Update", body })).toBe("block");
  });
});

describe("twenty-fifth session: a recall probe's mistakes", () => {
  it("reads a chronology file's name ('CHRONOLOGY_STANYON_Amelia_Ronan_v3.docx') as a case's", () => {
    expect(fixtureVerdict("tuning693.jsonl", "t693-m002")).toBe("block");
  });

  it("reads a nickname in double quotes before a hyphenated surname ('Jamal \"Juggy\" Osei-Bonsu')", () => {
    expect(names('1. Jamal "Juggy" Osei-Bonsu – arrested on Tuesday')).toEqual(['Jamal "Juggy" Osei-Bonsu']);
    expect(fixtureVerdict("tuning693.jsonl", "t693-m006")).toBe("warn");
  });

  it("reads 'Riley (14) missing again since Sunday night … police aware' as a case's, though told to the writer's own address", () => {
    expect(fixtureVerdict("tuning693.jsonl", "t693-m027")).toBe("block");
  });

  it("guard: a colleague missing the bus, and a file of minutes, are no case", () => {
    const internal = { from: "sian.beddow@leicester.gov.uk", to: ["team@leicester.gov.uk"], subject: "Notes" };
    expect(scanVerdict({ ...internal, body: "Hi,\n\nRiley Shaw's lunch order is missing again from the sheet, so please add it.\n\nSian" })).toBe("pass");
    expect(names("Attachments: Minutes_Team_Meeting_Nov.docx")).toEqual([]);
  });
});

describe("twenty-fifth session: the writer's own pregnancy", () => {
  const hr = { from: "zainab.qureshi@leics.police.uk", to: ["insp.harrowby@leics.police.uk"], subject: "Maternity leave" };

  it("reads 'to talk about … a workplace assessment now that I'm pregnant' and 'I'm pregnant and the baby is due in March' as the writer's own", () => {
    expect(scanVerdict({ ...hr, body: "Dear Insp Harrowby,\n\nI'd like to talk about coming off response shifts and about a workplace assessment now that I'm pregnant.\n\nZainab" })).toBe("pass");
    expect(scanVerdict({ ...hr, body: "Hi,\n\nI wanted you to hear it from me: I'm pregnant and the baby is due in March, so I'll be starting maternity leave in January.\n\nZainab" })).toBe("pass");
    expect(fixtureVerdict("tuning690.jsonl", "t690-m015")).toBe("pass");
  });

  it("guard: the writer reporting a case person's pregnancy stays a case's", () => {
    const toWebmail = { ...hr, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nI'd like to talk about Jade Moss: she is pregnant and the baby is due in March, and her partner was arrested for assault.\n\nZainab" })).toBe("block");
  });
});

describe("twenty-fifth session: rotas and training lists", () => {
  it("reads 'Mon–Wed 21–23 Dec – Tamara Lindqvist' and 'Tue 29 Dec – Ewan Stokes (covering Rachael Hind, on maternity leave)' as rota lines", () => {
    expect(fixtureVerdict("tuning690.jsonl", "t690-m030")).toBe("pass");
  });

  it("reads a training list line's title before 'Trainer:' as the session's topic", () => {
    const body = "Dear colleagues,\n\nDECEMBER\n- 2 Dec, 09:30–12:30 – Coercive control and the child's experience. Trainer: Annette Quarmby, Domestic Abuse Practice Lead.\n\nKind regards,\nTraining Team";
    expect(scanVerdict({ from: "training.llrscp@leics.gov.uk", to: ["safeguarding.team@leics.police.uk"], subject: "Training round-up", body })).toBe("pass");
  });

  it("guard: a line naming a case person before a trainer's label, or owning the harm, stays a case's", () => {
    const toWebmail = { from: "training.llrscp@leics.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\n- Kayla Moss: coercive control by her partner. Trainer: Annette Quarmby.\n\nTeam" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nTue 29 Dec – Kyle Barnes (arrested for assault, on bail)\n\nTeam" })).toBe("block");
  });
});

describe("twenty-fifth session: bulletins", () => {
  it("reads 'had her baby on Saturday, a little boy called Arlo' as the colleague's baby", () => {
    expect(fixtureVerdict("tuning690.jsonl", "t690-m018")).toBe("pass");
  });

  it("reads 'Jo Fieldsend, Healthcare Assistant on the children's ward,' as a job, and 'has written about living and working with type 1 diabetes' as a colleague telling of himself", () => {
    expect(fixtureVerdict("tuning696.jsonl", "t696-m018")).toBe("pass");
    expect(fixtureVerdict("tuning696.jsonl", "t696-m003")).toBe("pass");
  });

  it("guard: a child on the children's ward, and a worker writing about a named young person's diabetes, stay a case's", () => {
    const toWebmail = { from: "staff.wellbeing@uhl-tr.nhs.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hello,\n\nKayden Shaw, aged 6, is on the children's ward after his stepdad assaulted him.\n\nTeam" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hello,\n\nI have written about Kayla Moss's type 1 diabetes and her overdose in my report.\n\nTeam" })).toBe("block");
  });
});

describe("twenty-fifth session: a meeting that ran over", () => {
  it("reads 'The strategy discussion about Kayla Moss ran over' as a case's, not a name running something", () => {
    const body = "Hi,\n\nThe strategy discussion about Kayla Moss ran over. Her stepdad was arrested this morning.\n\nL";
    expect(scanVerdict({ from: "lydia.fernhill@derbyshire.gov.uk", to: ["gaz.fernhill@hotmail.co.uk"], subject: "Late tonight", body })).toBe("block");
    expect(fixtureVerdict("tuning700.jsonl", "t700-m028")).toBe("block");
  });

  it("guard: a colleague who ran the strategy discussion is staff at work", () => {
    const body = "Hi all,\n\nKayla Moss ran the strategy discussion this morning, so I'll cover her duty.\n\nL";
    expect(scanVerdict({ from: "lydia.fernhill@derbyshire.gov.uk", to: ["team@derbyshire.gov.uk"], subject: "Duty", body })).toBe("pass");
  });
});

describe("twenty-fifth session: text-speak without apostrophes", () => {
  it("reads 'kez cant do thurs … police brought her home' as a named girl's case, 'cant' no part of her name", () => {
    expect(names("hi dave, kez cant do thurs")).toContain("kez");
    expect(names("hi dave, kez cant do thurs")).not.toContain("kez cant");
    expect(fixtureVerdict("tuning701.jsonl", "t701-m007")).toBe("block");
  });

  it("guard: 'cant' alone is no name", () => {
    expect(names("sorry cant make it thurs")).toEqual([]);
  });
});

describe("twenty-fifth session: acting up, and a training rota's venue", () => {
  it("reads 'Sunita Rao is acting SPO while I'm away' as staff", () => {
    expect(fixtureVerdict("tuning698.jsonl", "t698-m001")).toBe("pass");
  });

  it("reads a training block's 'Venue:' line and a trainer's employer in brackets as the session's", () => {
    expect(fixtureVerdict("tuning698.jsonl", "t698-m016")).toBe("pass");
  });

  it("guard: a young person acting up, and a venue line naming a case, stay a case's", () => {
    const toWebmail = { from: "kwame.asante@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nKyle Barnes is acting up at home since his arrest for assault.\n\nKwame" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nTue 1 Dec - Family meeting\nTrainer: Dev Raval\nVenue: Kayla Moss's home, after the assault\n\nKwame" })).toBe("block");
  });
});

describe("twenty-fifth session: congratulations in a bulletin", () => {
  it("reads 'on completing his PQ in domestic abuse practice' and ', appointed Team Manager' as careers", () => {
    expect(fixtureVerdict("tuning699.jsonl", "t699-m002")).toBe("pass");
    expect(fixtureVerdict("tuning699.jsonl", "t699-m015")).toBe("pass");
  });

  it("guard: a case person on a programme for domestic abuse stays a case's", () => {
    const body = "Hi,\n\nMarcus Okoye, appointed a new probation officer after his conviction for domestic abuse, starts the programme on Monday.\n\nCeri";
    expect(scanVerdict({ from: "ceri.vaughan-lloyd@leics.gov.uk", to: ["someone@gmail.com"], subject: "Update", body })).toBe("block");
  });
});
