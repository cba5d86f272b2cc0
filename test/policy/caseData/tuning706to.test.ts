import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { detect } from "../../../src/policy/detect";
import { STRONG_CASE_WORDING } from "../../../src/policy/caseData/pronouns";

const names = (text: string): string[] => detect(text).filter((s) => s.kind === "person-name").map((s) => text.slice(s.start, s.end));

// Twenty-sixth session (tuning706–).
describe("twenty-sixth session: the writer's own news and move", () => {
  const toTeam = { from: "gethin.morris@justice.gov.uk", to: ["swansea.pdu.team@justice.gov.uk"], subject: "A bit of personal news" };

  it("reads 'I'd rather you heard it from me: I've been diagnosed with …' as the writer's own health", () => {
    const body = "Dear all,\n\nI'd rather you heard it from me: I've been diagnosed with bowel cancer. It was caught early.\n\nGethin";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(fixtureVerdict("tuning706.jsonl", "t706-m010")).toBe("pass");
  });

  it("guard: what the writer heard from someone else is still theirs", () => {
    const body = "Dear all,\n\nI heard from Kelly Bright's mum that she has been diagnosed with bowel cancer.\n\nGethin";
    expect(scanVerdict({ ...toTeam, to: ["someone@gmail.com"], body })).toBe("block");
  });

  it("reads the writer's move ('we finally got the keys … The new address is …', 'I'm moving into the borough … my council tax account') as their own", () => {
    const friend = { from: "tendai.moyo@leics.police.uk", to: ["hazelfinch_88@hotmail.co.uk"], subject: "We've moved!" };
    expect(scanVerdict({ ...friend, body: "Hi Hazel,\n\nWe finally got the keys on Friday! The new address is 3 Spinney Hill Close, Oadby, Leicester LE2 4WD.\n\nTendai x" })).toBe("pass");
    const council = { from: "ravi.bhogal@justice.gov.uk", to: ["counciltax@charnwood.gov.uk"], subject: "New council tax account" };
    expect(scanVerdict({ ...council, body: "Hello,\n\nI'm moving into the borough on 1 December and would like to set up a council tax account.\n\nNew address: 15 Beacon Rise, Loughborough LE11 2QS\nNI number: WL 59 32 08 B\n\nThanks,\nRavi Bhogal" })).toBe("pass");
    expect(fixtureVerdict("tuning707.jsonl", "t707-m022")).toBe("pass");
    expect(fixtureVerdict("tuning707.jsonl", "t707-m039")).toBe("pass");
  });

  it("guard: someone else's new address, or a case person's, to webmail is still a case's", () => {
    const friend = { from: "tendai.moyo@leics.police.uk", to: ["hazelfinch_88@hotmail.co.uk"], subject: "Address" };
    expect(scanVerdict({ ...friend, body: "Hi Hazel,\n\nWe finally got the keys on Friday! Jordan Pike moved too: his new address is 3 Spinney Hill Close, Oadby LE2 4WD, since his release on licence.\n\nTendai" })).toBe("block");
    expect(scanVerdict({ ...friend, body: "Hi Hazel,\n\nShe has moved out of the refuge. The new address is 3 Spinney Hill Close, Oadby, Leicester LE2 4WD.\n\nTendai" })).toBe("block");
  });
});

describe("twenty-sixth session: colleagues at work", () => {
  const toTeam = { from: "ifan.roberts@richmondandwandsworth.gov.uk", to: ["youth.justice.team@richmondandwandsworth.gov.uk"], subject: "News" };

  it("reads a new colleague's career beside whom they will shadow, 'shadowing with', 'stays as our level 3 representative' as staff at work", () => {
    const body =
      "Hi all,\n\nA warm welcome to Tobias Fenwick, who starts with us on Monday. Tobias has spent the last six years in Lambeth, where he specialised in work with young adults on licence, and he'll be shadowing Maryam Siddiqui at the IOM panel for his first month.\n\nIfan";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi Kerensa,\n\nWe'll talk about how the court duty shadowing with Danielle went.\n\nGlyn" })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi both,\n\nFemi Adeyemi stays as our level 3 representative, and Bart will chair the screening meeting.\n\nAnwen" })).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m003")).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m006")).toBe("pass");
  });

  it("guard: a case person shadowed, met with or represented is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi all,\n\nTobias has spent time with Jayden Reid, who is on licence for robbery, and he'll be seeing his mum.\n\nIfan" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nWe talked about the visit with Danielle Hobbs, who was assaulted by her partner.\n\nGlyn" })).toBe("block");
  });

  it("reads a contact list of a court team, with the writer on it, as staff's ('Derby Magistrates' Court (remand court): Danielle Ashmore - 0115 …')", () => {
    const body =
      "Dear colleagues,\n\nPlease update your list:\n\nDerby Crown Court: Marek Nowicki - 0115 496 0427\nDerby Magistrates' Court (adult): Kerensa Trelawny - 0115 496 0431\nDerby Magistrates' Court (remand court): Danielle Ashmore - 0115 496 0436\nYouth court: Bethan Morgan-Price - 0115 496 0440\n\nKind regards\n\nMarek Nowicki\nCourt Team Leader";
    expect(scanVerdict({ from: "marek.nowicki@justice.gov.uk", to: ["legal.advisers@justice.gov.uk"], subject: "Court team contacts", body })).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m039")).toBe("pass");
  });

  it("guard: a list of a family's members with the writer on it is still a case's", () => {
    const body = "Dear colleagues,\n\nContacts for the strategy discussion:\n\nSocial worker: Marek Nowicki - 0115 496 0427\nMother: Kerry Jones - 07700 900431\nVictim: Danielle Ashmore - 07700 900436\nChild: Kai Jones - 07700 900440\n\nMarek Nowicki";
    expect(scanVerdict({ from: "marek.nowicki@justice.gov.uk", to: ["someone@gmail.com"], subject: "Contacts", body })).toBe("block");
  });

  it("reads 'Ravinder is covering Christmas Day as Colin is at his daughter's wedding' as cover", () => {
    const body = "Dear colleagues,\n\nRavinder is covering Christmas Day as Colin is at his daughter's wedding in Cornwall.\n\nRuth Mayall";
    expect(scanVerdict({ from: "ruth.mayall@justice.gov.uk", to: ["edt.managers@derby.gov.uk"], subject: "On-call cover", body })).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m024")).toBe("pass");
  });
});

describe("twenty-sixth session: colleagues' family news", () => {
  const toTeam = { from: "maxine.orrell@leicspart.nhs.uk", to: ["hv.charnwood.north@leicspart.nhs.uk"], subject: "Lovely news from the team" };

  it("reads a birth with 'mum and baby are both home', a baby clinic and work passing to colleagues as staff news", () => {
    const body =
      "Hi everyone,\n\nAdjoa Asante and her husband Kwesi welcomed their son, Kobby, on Sunday. Adjoa says mum and baby are both home and doing well.\n\nWhile Adjoa is on maternity leave, her MAPPA reviews pass to Marcin Zielinski. Her Thursday baby clinic at Shepshed is covered by Colette.\n\nMaxine";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m033")).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m010")).toBe("pass");
  });

  it("reads 'expecting their first baby', 'married her partner' (in the Victim Liaison Unit) and a leaving do's 'her husband Pete' as colleagues' family", () => {
    expect(scanVerdict({ ...toTeam, body: "Hello,\n\nOur chair, Bethan Lowry, starts her maternity leave on 1 December. Bethan and her husband Owain are expecting their first baby just after Christmas.\n\nRehana" })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi Pam,\n\nHappier news too: Denise Farrand in the Victim Liaison Unit married her partner Graham in October.\n\nCarl" })).toBe("pass");
    expect(
      scanVerdict({ ...toTeam, body: "Hi all,\n\nLorna Odusanya leaves us on Friday after 19 years with the youth offending service. Partners are welcome, and her husband Pete is hoping to come along.\n\nIfan" }),
    ).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m028")).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m029")).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m037")).toBe("pass");
  });

  it("guard: a case family's baby, a victim's partner or an offender's relative is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nLeanne Smith and her partner Kyle welcomed their son Kai on Sunday; mum and baby are home and the child protection plan starts today.\n\nMaxine" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nDenise Farrand, the victim, married her partner Graham Price, who assaulted her in October.\n\nCarl" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nLee Dale leaves us on Friday after his recall to prison. Partners are welcome, and his brother Pete is on licence.\n\nIfan" })).toBe("block");
  });
});

describe("twenty-sixth session: family mail, the writer's own care, and staff's contacts", () => {
  it("reads a relative's quoted message in family mail ('a rota for Mum … now the Parkinson's is making her so unsteady') as the family's", () => {
    const body =
      "Thanks Anna, I can do the 24th.\n\nBecs\n\nOn Sun, 8 Nov 2026 at 19:42, Anna Lindqvist <anna.lindqvist@gmail.com> wrote:\n\nHi Becs,\n\nHere's my go at a rota for Mum over Christmas. The agency carers are still coming, so it's the afternoons we need to cover now the Parkinson's is making her so unsteady.\n\nAnna x";
    expect(scanVerdict({ from: "rebecca.lindqvist@derbyshire.gov.uk", to: ["anna.lindqvist@gmail.com"], subject: "Re: Rota for Mum over Christmas", body })).toBe("pass");
    expect(fixtureVerdict("tuning710.jsonl", "t710-m012")).toBe("pass");
    expect(fixtureVerdict("tuning710.jsonl", "t710-m035")).toBe("pass");
  });

  it("guard: a case thread forwarded home, or to a relative, with a service user's mum in it, is still a case's", () => {
    const body =
      "FYI\n\nOn Sun, 8 Nov 2026 at 19:42, Jo Hart <jo.hart@derbyshire.gov.uk> wrote:\n\nHi Becs,\n\nKelly Price's mum rang: the Parkinson's is making her unsteady and Kelly is missing from home again; a strategy meeting is booked.\n\nJo";
    expect(scanVerdict({ from: "rebecca.lindqvist@derbyshire.gov.uk", to: ["anna.lindqvist@gmail.com"], subject: "FW: Kelly", body })).toBe("block");
  });

  it("reads 'Midwife: Tamsin Greaves' in the writer's own details, and 'Obinna Eze, Senior Probation Officer, on 0116 …', as professionals'", () => {
    const body = "Hello,\n\nCould my 20-week scan be rebooked?\n\nMy details:\nName: Rachael Ingleby\nDate of birth: 21/07/1991\nMidwife: Tamsin Greaves, Beaumont Leys team\n\nThank you,\nRachael Ingleby";
    expect(scanVerdict({ from: "rachael.ingleby@leics.police.uk", to: ["antenatal.bookings@uhl-tr.nhs.uk"], subject: "Rebooking my scan", body })).toBe("pass");
    const cover = "Hi,\n\nTomasz is on paternity leave from Monday. Anything MAPPA-related while he's off, please go to Obinna Eze, Senior Probation Officer, on 0116 496 0524.\n\nFarah";
    expect(scanVerdict({ from: "farah.qureshi@justice.gov.uk", to: ["mappa.unit@leics.police.uk"], subject: "Cover", body: cover })).toBe("pass");
    expect(fixtureVerdict("tuning710.jsonl", "t710-m038")).toBe("pass");
    expect(fixtureVerdict("tuning711.jsonl", "t711-m007")).toBe("pass");
  });

  it("guard: a case person's number after their name and a role-like word is still a case's", () => {
    const body = "Hi,\n\nDarren Pike, Victim, on 07700 900524, was assaulted by his brother on Friday.\n\nFarah";
    expect(scanVerdict({ from: "farah.qureshi@justice.gov.uk", to: ["someone@gmail.com"], subject: "Darren", body })).toBe("block");
  });

  it("reads 'One delegate has used a wheelchair since her stroke' in a training booking as a colleague's", () => {
    const body = "Hello,\n\nPlease could we book the large room on 9 December for a refresher, for 16 officers?\n\nOne delegate has used a wheelchair since her stroke, so step-free access please.\n\nKath Rendell";
    expect(scanVerdict({ from: "kath.rendell@leics.police.uk", to: ["bookings@beaumontleyscommunityhub.org.uk"], subject: "Room booking", body })).toBe("pass");
    expect(fixtureVerdict("tuning711.jsonl", "t711-m039")).toBe("pass");
  });

  it("reads 'still using' and a pre-birth plan as case wording about the one named before", () => {
    const body = "Hi Amy,\n\nAny chance you could cover my home visit to Shanice Pell on Thursday? She's about 32 weeks now, still using, and the baby's on a pre-birth plan.\n\nMaria";
    expect(scanVerdict({ from: "maria.ellwood@justice.gov.uk", to: ["amy.sutton@suttonlettings.co.uk"], subject: "Thursday visit", body })).toBe("block");
    expect(fixtureVerdict("tuning711.jsonl", "t711-m019")).toBe("block");
  });

  it("guard: 'still using the old form' and 'pre-birth planning meetings' covered by a colleague are no case wording", () => {
    const out = { from: "maria.ellwood@justice.gov.uk", to: ["amy.sutton@suttonlettings.co.uk"], subject: "Forms" };
    expect(scanVerdict({ ...out, body: "Hi Amy,\n\nI met Shanice Pell from your office on Thursday. She's still using the old form.\n\nMaria" })).toBe("pass");
    expect(fixtureVerdict("tuning660.jsonl", "t660-m009")).toBe("pass");
  });
});

describe("twenty-sixth session: the writer's own records", () => {
  it("reads 'I'm pregnant with my second baby' and 'Sarah Hibbert (my manager) has already approved' as the writer's own", () => {
    const own = { from: "gemma.fairbanks@derbyshire.police.uk", to: ["midwifery.bookings@nhs.net"], subject: "Self-referral" };
    expect(scanVerdict({ ...own, body: "Hello,\n\nI'd like to self-refer. I'm pregnant with my second baby, about nine weeks.\n\nThank you,\nGemma Fairbanks" })).toBe("pass");
    const hr = { from: "callum.brierley@derbyshire.gov.uk", to: ["hr.services@derbyshire.gov.uk"], subject: "Change of address" };
    const body =
      "Hi HR Services,\n\nI've moved house, so please could you update my records.\n\nNew home address (from 14 November): 27 Wyvern Close, Derby DE21 4RL\n\nSarah Hibbert (my manager) has already approved the change of base on the system.\n\nMany thanks,\nCallum";
    expect(scanVerdict({ ...hr, body })).toBe("pass");
    expect(fixtureVerdict("tuning713.jsonl", "t713-m013")).toBe("pass");
    expect(fixtureVerdict("tuning713.jsonl", "t713-m030")).toBe("pass");
  });

  it("guard: someone else pregnant with her second baby, or a case person beside the manager's approval, is still a case's", () => {
    const out = { from: "gemma.fairbanks@derbyshire.police.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...out, body: "Hi,\n\nI've learned that Chantelle Moss is pregnant with her second baby while on licence.\n\nGemma" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nPlease update my records. Jordan Pike (my client) has already approved the move to his new address, 4 Elm Road, DE21 4RL, after his recall.\n\nGemma" })).toBe("block");
  });
});

describe("twenty-sixth session: more colleagues' news, and case care told in staff chat", () => {
  const toTeam = { from: "harpreet.dhillon@derby.gov.uk", to: ["irt.staff@derby.gov.uk"], subject: "Team news - a new arrival" };

  it("reads 'had their son … Hana and the baby are both home' beside paternity leave, 'her PQ in domestic abuse practice', and 'she wants me to rest' as staff's", () => {
    const body =
      "Hi everyone,\n\nLovely news: Kieran Oduya and his wife Hana had their son, Arlo, on Saturday. Hana and the baby are both home and doing well.\n\nKieran is on paternity leave until Monday 30 November.\n\nHarpreet";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Morning all,\n\nLucy Hargreaves has passed her PQ in domestic abuse practice with a distinction! Drinks on Friday.\n\nNgozi" })).toBe("pass");
    expect(
      scanVerdict({ ...toTeam, body: "Hi Ian,\n\nMy GP has signed me off for two weeks. Now that I've been diagnosed with fibromyalgia she wants me to rest properly.\n\nRuth" }),
    ).toBe("pass");
    expect(fixtureVerdict("tuning712.jsonl", "t712-m002")).toBe("pass");
    expect(fixtureVerdict("tuning712.jsonl", "t712-m013")).toBe("pass");
    expect(fixtureVerdict("tuning712.jsonl", "t712-m024")).toBe("pass");
  });

  it("guard: a case family's birth, a case person's domestic abuse, or what a service user wants the writer to know, is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn and her partner Lee had their son on Saturday; the baby is on a child protection plan.\n\nHarpreet" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nLucy Hargreaves was in domestic abuse refuge accommodation until her partner was arrested.\n\nNgozi" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi Ian,\n\nTia Moss rang. She has been diagnosed with depression and she wants me to tell her probation officer.\n\nRuth" })).toBe("block");
  });

  it("reads 'went into foster care', 'detained under section 2' and 'isn't allowed contact' as case wording, even in chat with a Christmas do", () => {
    const body =
      "Hi Zoe,\n\nThe Tarrant twins went into foster care last week after their mum, Leanne Tarrant, was detained under section 2. Dad isn't allowed contact at the moment.\n\nCome and see us at the Christmas do - 10th at the Horse and Jockey?\n\nFern";
    expect(scanVerdict({ from: "fern.whitlam@leicspart.nhs.uk", to: ["zoe.h@gmail.com"], subject: "Catching up!", body })).toBe("block");
    expect(fixtureVerdict("tuning712.jsonl", "t712-m025")).toBe("block");
  });
});

describe("twenty-sixth session: tables of first names", () => {
  it("finds a clear given name alone in a table row's first cell ('Jaxon<tab>15<tab>Missing x3 …')", () => {
    const table = "Name\tAge\tWhat happened\nJaxon\t15\tMissing x3 since September\nTia-Louise\t14\tHolding drugs for her older boyfriend; self-harming\n";
    expect(names(table)).toEqual(["Jaxon", "Tia-Louise"]);
    const rows = "Name\tAge\tWhat happened\tWhere we are now\nJaxon\t15\tFound in Corby with £600 and two phones\tNRM referral made; on a referral order\nTia-Louise\t14\tHolding drugs for her older boyfriend\tstrategy meeting booked\n";
    const body = `Hi Amrita,\n\nA few real examples from our caseload for Thursday's workshop:\n\n${rows}\nPete`;
    expect(scanVerdict({ from: "pete.lowther@justice.gov.uk", to: ["bookings@catalystlearning.co.uk"], subject: "Case examples", body })).toBe("block");
    expect(fixtureVerdict("tuning711.jsonl", "t711-m015")).toBe("block");
  });

  it("guard: a day or a word in a row's first cell is no name, and a date under another column heading is no date of birth", () => {
    expect(names("Monday\tTraining\tRoom 2\nTuesday\tSupervision\tRoom 3\n")).toEqual([]);
    const dates = (text: string): string[] => detect(text).filter((s) => s.kind === "date-of-birth").map((s) => text.slice(s.start, s.end));
    expect(dates("Name\tDate\tRoom\nJo Smith\t03/05/2026\t2")).toEqual([]);
    expect(dates("Name\tDOB\tRoom\nJo Smith\t03/05/2016\t2")).toEqual(["03/05/2016"]);
    expect(dates("Jo Smith\t03/05/2016\t2")).toEqual(["03/05/2016"]);
    // A heading that names no date says nothing: the date after a name stays a date of birth.
    expect(dates("Name\tDetails\nKyle Smith\t03/05/2016")).toEqual(["03/05/2016"]);
  });

  it("reads 'his mental health nurse' as a case person's worker, in birth news too", () => {
    expect(fixtureVerdict("tuning626.jsonl", "t626-m002", "our mental health nurse Kofi Adjei", "his mental health nurse Kofi Adjei")).toBe("warn");
    expect(fixtureVerdict("tuning626.jsonl", "t626-m002")).toBe("pass");
  });
});

describe("twenty-sixth session: the third round", () => {
  const toTeam = { from: "shereen.baig@leicester.gov.uk", to: ["yos.city.team@leicester.gov.uk"], subject: "Team news" };

  it("reads a baby shower, 'was expecting their twins, Harriet and Ned', 'their baby girl, Nia' and a finished portfolio as colleagues' news", () => {
    expect(
      scanVerdict({ ...toTeam, body: "Hi all,\n\nZainab goes on maternity leave on Friday, and we're throwing her a surprise baby shower. Her husband Imran is bringing her mum.\n\nShereen" }),
    ).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi all,\n\nCallum Breward finished his final portfolio while his wife Jess was expecting their twins, Harriet and Ned, who arrived in October.\n\nShereen" })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi all,\n\nEmyr (our team manager) and his wife Catrin had their baby girl, Nia, on the 3rd. He's on paternity leave until the new year.\n\nShereen" })).toBe("pass");
    for (const id of ["t718-m001", "t718-m033"]) expect(fixtureVerdict("tuning718.jsonl", id)).toBe("pass");
    expect(fixtureVerdict("tuning720.jsonl", "t720-m002")).toBe("pass");
  });

  it("guard: a case family's twins or baby named after 'their' is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn and her partner were expecting their twins, Harriet and Ned, when he was arrested for assaulting her.\n\nShereen" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn had their baby girl, Nia, on the 3rd; the baby is on a child protection plan.\n\nShereen" })).toBe("block");
  });

  it("reads a rooming list's 'he's at a MARAC in the morning', 'Ruth's Tuesday supervision clinics … are covered by me', and 'Hope you, Sam and the baby are all doing well' as staff's", () => {
    const rooms = "Hi,\n\nNames below, all singles:\n\nZara Hollins\nNikesh Patel - ground floor please\nSushila Rathod\nBen Adewale - arriving late, he's at a MARAC in the morning\n\nZara";
    expect(scanVerdict({ from: "zara.hollins@leics.gov.uk", to: ["groups@hotel.co.uk"], subject: "Rooms", body: rooms })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hello all,\n\nRuth Amankwah is on a phased return from Monday.\n\n- Ruth's Tuesday supervision clinics at the Welford Unit are covered by me.\n\nNiamh" })).toBe("pass");
    expect(scanVerdict({ ...toTeam, to: ["jodie.h@gmail.com"], body: "Hi Jodie,\n\nHope you, Sam and the baby are all doing well and getting some sleep!\n\nMo" })).toBe("pass");
    expect(fixtureVerdict("tuning719.jsonl", "t719-m016")).toBe("pass");
    expect(fixtureVerdict("tuning719.jsonl", "t719-m023")).toBe("pass");
    expect(fixtureVerdict("tuning718.jsonl", "t718-m036")).toBe("pass");
  });

  it("guard: a case person at a MARAC's centre, or named with 'you' beside case wording, is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn was discussed at a MARAC this morning after her partner assaulted her.\n\nMo" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi Jodie,\n\nHope you and Kyle Bell are ok now he's out of prison on licence.\n\nMo" })).toBe("block");
  });

  it("reads 'my fiancée Hannah … her dad, Graham' as the writer's family; 'Dad is Jamie Rudkin and I'll be supervising' is no household", () => {
    const wedding = "Hi Lucy,\n\nDietary needs:\n- my fiancée Hannah is coeliac, so her meal needs to be gluten free\n- her dad, Graham, is vegetarian\n\nCheers,\nTom";
    expect(scanVerdict({ from: "tom.lindqvist@leics.police.uk", to: ["lucy@barnvenue.co.uk"], subject: "Wedding numbers", body: wedding })).toBe("pass");
    expect(fixtureVerdict("tuning717.jsonl", "t717-m040")).toBe("pass");
    const contact =
      "Hello,\n\nCould I book your small party room for a family time session? It's for a dad and his two children. Dad is Jamie Rudkin and I'll be supervising throughout, as their mum has a non-molestation order against him.\n\nLucy";
    expect(scanVerdict({ from: "lucy.hanratty@derbyshire.gov.uk", to: ["parties@jumpingjaxplay.co.uk"], subject: "Room booking", body: contact })).toBe("block");
    expect(fixtureVerdict("tuning720.jsonl", "t720-m008")).toBe("block");
  });
});

describe("twenty-sixth session: older kept misses", () => {
  it("reads speakers sharing a session on a running order ('11:15 … for MAPPA cases – Gethin ap Rhys and Carys Llewellyn') as staff", () => {
    const body =
      "Hi,\n\nThe running order:\n\n09:30 Welcome\n10:45 Domestic abuse and child contact – Hollie Prendergast\n11:15 Release day: custody and community for MAPPA cases – Gethin ap Rhys and Carys Llewellyn\n12:15 Lunch\n\nThanks,\nSinead";
    expect(scanVerdict({ from: "sinead.mulcahy@leicspart.nhs.uk", to: ["av@conferencecentre.co.uk"], subject: "Running order", body })).toBe("pass");
    expect(fixtureVerdict("tuning709.jsonl", "t709-m026")).toBe("pass");
  });

  it("guard: a log's line naming two people after a dash, with what happened to one of them, is still a case's", () => {
    const body = "Hi,\n\nIncident log:\n\n22:15 his self-harm disclosed to staff – Dale Whitmore and Kyle Moss\n23:00 police called\n\nThanks,\nSinead";
    expect(scanVerdict({ from: "sinead.mulcahy@leicspart.nhs.uk", to: ["av@conferencecentre.co.uk"], subject: "Log", body })).toBe("block");
  });

  it("reads '(maid of honour)' at the writer's wedding and 'her grandma, Carol Ashdown' on the writer's child's form as the writer's family", () => {
    const wedding = "Hi Harriet,\n\nA few notes for the kitchen:\nAbi (maid of honour) is seven months pregnant, so please no pâté on her plate.\n\nThanks,\nSophie";
    expect(scanVerdict({ from: "sophie.hart@derbyshire.gov.uk", to: ["events@oldmill.co.uk"], subject: "Final numbers", body: wedding })).toBe("pass");
    expect(fixtureVerdict("tuning685.jsonl", "t685-m022")).toBe("pass");
    expect(fixtureVerdict("tuning700.jsonl", "t700-m033")).toBe("pass");
  });

  it("guard: a victim given as a wedding role, or a case child's grandma, is still a case's", () => {
    const out = { from: "sophie.hart@derbyshire.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn (bridesmaid at her sister's wedding) was assaulted by her partner on Saturday and is now in a refuge.\n\nSophie" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nMason Reid is on a child protection plan. Emergency contacts: his grandma, Carol Ashdown (07700 900519).\n\nSophie" })).toBe("block");
  });
});

describe("twenty-sixth session: the fourth round (staff at work)", () => {
  const toTeam = { from: "gethin.rowlands@justice.gov.uk", to: ["derby.pdu.team@justice.gov.uk"], subject: "Cover" };

  it("reads duty seniors, court duty 'at … is with', meetings 'attended by', 'keep Tanvir's two MAPPA meetings', 'finishing the two reports' and 'on the Crown Court side' as staff at work", () => {
    const bodies = [
      "Hi,\n\nRavinder Gill is duty senior on Tuesdays and will sign off any section 47 strategy discussion outcomes.\n\nG",
      "Hi,\n\nMy Thursday court duty at Chesterfield Magistrates' Court is with Rhodri Penhale. The two MAPPA level 2 meetings will be attended by Siobhan Kearsley.\n\nG",
      "Hi,\n\nTanvir is back on Monday on a phased return. Faisal has said he'll keep Tanvir's two MAPPA meetings on 9 December.\n\nG",
      "Hi,\n\nSaffron Kehoe is finishing the two on-the-day reports you'd started. Femi Adesanya is on the Crown Court side and can come across after lunch.\n\nG",
      "Hi,\n\nKwame Boateng and his wife Akosua welcomed their son on Saturday. Kwame is on paternity leave. While he's off, his two MAPPA reviews on the 19th are with Sinéad Corrigan.\n\nG",
    ];
    for (const body of bodies) expect({ body, verdict: scanVerdict({ ...toTeam, body }) }).toEqual({ body, verdict: "pass" });
    for (const id of ["t729-m004", "t729-m005", "t729-m010", "t729-m024", "t729-m036"]) expect({ id, verdict: fixtureVerdict("tuning729.jsonl", id) }).toEqual({ id, verdict: "pass" });
  });

  it("guard: a case person attended by the police, kept in custody or on the duty list is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKyle Bell was attended by police after he assaulted his partner on Friday.\n\nG" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nThe police will keep Kyle Bell's two phones until his trial for robbery.\n\nG" })).toBe("block");
  });

  it("reads a rooming list with 'our session on MAPPA', a lunch list's 'late as he's at a child protection conference', a running order's 'dads who have convictions' and 'a follow-up on planning ABE interviews' as staff's", () => {
    const rooms = "Hello,\n\nOur rooming list:\n\n- Baz Pennock - ground floor please\n- Nell Armitage - she'll be 30 weeks pregnant, so near the lift please\n- Declan Forde\n- me (Ros Kettleborough)\n\nWe'll need the Beacon Room for our session on MAPPA.\n\nRos";
    expect(scanVerdict({ from: "ros.kettleborough@justice.gov.uk", to: ["reservations@hotel.co.uk"], subject: "Rooming list", body: rooms })).toBe("pass");
    const running = "Hi,\n\nRunning order:\n\n12:00 Working with dads who have convictions – Abimbola Sterne, Senior Probation Officer\n12:45 Lunch\n\nThanks";
    expect(scanVerdict({ from: "x.y@derbyshire.gov.uk", to: ["events@venue.co.uk"], subject: "Running order", body: running })).toBe("pass");
    for (const id of ["t729-m021", "t729-m022", "t729-m029", "t729-m033"]) expect({ id, verdict: fixtureVerdict("tuning729.jsonl", id) }).toEqual({ id, verdict: "pass" });
  });

  it("guard: a case person late because she is at court, or a session on one family, is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn will be late as she is at court for breaching her restraining order.\n\nG" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nOur session on MAPPA will discuss Kyle Bell, who is on licence for rape.\n\nG" })).toBe("block");
  });
});

describe("twenty-sixth session: the fifth round", () => {
  const toTeam = { from: "hannah.oyelaran@justice.gov.uk", to: ["orders@caterer.co.uk"], subject: "Buffet" };

  it("reads 'if the MAPPA meeting runs over', 'Ilse's two ABE interviews next week have moved', 'is back on the 30th after her stroke rehab' and a chair of a conference in staff news as staff's", () => {
    const rooms = "Hello,\n\nNames:\n\nRavinder Sahota (me)\nZofia Mazur\nAnjali Menon - late arrival\nHywel Pritchard\n\nThanks\n\nFrom: Ravinder Sahota <ravinder.sahota@justice.gov.uk>\nSent: 16 November 2026 08:44\nTo: SLT <slt@justice.gov.uk>\nSubject: Rooming list\n\nHi all,\n\nAnjali, if the MAPPA meeting runs over, just come for dinner.\n\nRavinder";
    expect(scanVerdict({ from: "ravinder.sahota@justice.gov.uk", to: ["groups@hotel.co.uk"], subject: "RE: Rooming list", body: rooms })).toBe("pass");
    expect(scanVerdict({ ...toTeam, body: "Hi Hettie,\n\nIlse's two ABE interviews next week have moved, so she can come after all.\n\nNoor" })).toBe("pass");
    for (const id of ["t725-m001", "t725-m015", "t725-m027", "t725-m028", "t725-m038"]) expect({ id, verdict: fixtureVerdict("tuning725.jsonl", id) }).toEqual({ id, verdict: "pass" });
  });

  it("guard: a case person whose interviews moved, who is back after a stroke on licence, or whose meeting runs over, is still a case's", () => {
    const out = { ...toTeam, to: ["someone@gmail.com"] };
    expect(scanVerdict({ ...out, body: "Hi,\n\nKyle Bell's two police interviews about the assault have moved to Monday.\n\nNoor" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi,\n\nKelly Dunn is back on the 30th after her stroke, and her probation officer says she is on licence.\n\nNoor" })).toBe("block");
  });

  it("reads 'it may help you to know that I was diagnosed', 'My own date of birth is …' and a relative on a form's Name: line as the writer's own", () => {
    const oh = "Hello,\n\nBefore the call, it may help you to know that I was diagnosed with endometriosis in 2024.\n\nThanks\nPriya";
    expect(scanVerdict({ from: "priya.n@leics.gov.uk", to: ["ohreferrals@ohprovider.co.uk"], subject: "RE: Occupational health appointment", body: oh })).toBe("pass");
    const insurer =
      "Hello,\n\nPlease could you add my partner as a named driver on my car policy from Saturday:\n\nName: Chloe Ferncombe\nDate of birth: 08/08/1995\n\nShe'll use the car for the odd trip to her mum's in Melton. My own date of birth is 03/03/1993 if you need it.\n\nThanks\nCallum Teague";
    expect(scanVerdict({ from: "callum.teague@leics.police.uk", to: ["changes@insurer.co.uk"], subject: "Add a named driver", body: insurer })).toBe("pass");
    expect(fixtureVerdict("tuning724.jsonl", "t724-m021")).toBe("pass");
    expect(fixtureVerdict("tuning730.jsonl", "t730-m015")).toBe("pass");
    expect(fixtureVerdict("tuning697.jsonl", "t697-m015")).toBe("pass");
  });

  it("guard: what the writer wants someone to know about a case person, or a case person on the form after 'my client', is still a case's", () => {
    const out = { from: "priya.n@leics.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...out, body: "Hi,\n\nIt may help you to know that Kyle Bell was diagnosed with schizophrenia after his arrest.\n\nPriya" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hello,\n\nPlease could you add my client to the list:\n\nName: Kyle Bell\nDate of birth: 08/08/1995\n\nHe is on licence.\n\nPriya" })).toBe("block");
  });
});

describe("twenty-sixth session: the sixth round (recall)", () => {
  const out = { from: "bethan.caddick@rutland.gov.uk", to: ["sessions@oakhamyouthhub.org.uk"], subject: "Friday's session" };

  it("reads 'disclosed what her stepdad did to her', 'drinking again' and a lower-case given name before an age in brackets on a mixed-case line as a case's", () => {
    expect(scanVerdict({ ...out, body: "Hi Sian,\n\nKeeley (15) is coming along. She's been bullied at school since she disclosed what her stepdad did to her.\n\nBethan" })).toBe("block");
    expect(scanVerdict({ ...out, body: "Hi Callum,\n\nCould you do Leon Hartshorne's home visit on Thursday? He's drinking again.\n\nNadine" })).toBe("block");
    expect(names("- kane (17) is on a referral order and isn't to be around the lads from the Falcon estate")).toEqual(["kane"]);
    expect(fixtureVerdict("tuning734.jsonl", "t734-m039")).toBe("block");
    expect(fixtureVerdict("tuning739.jsonl", "t739-m012")).toBe("block");
    expect(fixtureVerdict("tuning739.jsonl", "t739-m017")).toBe("block");
  });

  it("guard: what a colleague's team did is no abuse told, and a word before a count in brackets is no name", () => {
    const team = { from: "bethan.caddick@rutland.gov.uk", to: ["earlyhelp.team@rutland.gov.uk"], subject: "Notes" };
    expect(STRONG_CASE_WORDING.test("Priya disclosed what her team did to the audit plan")).toBe(false);
    expect(STRONG_CASE_WORDING.test("since she disclosed what her stepdad did to her")).toBe(true);
    expect(scanVerdict({ ...team, body: "Hi all,\n\nPriya is drinking water again after the run.\n\nBethan" })).toBe("pass");
    expect(names("- rooms (12) booked, coffee (2) urns")).toEqual([]);
  });
});
