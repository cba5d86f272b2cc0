import { detect } from "../../../src/policy/detect";
import { fixtureVerdict, scanVerdict } from "./scanVerdicts";

/** The person names detect() finds in a text. */
function names(text: string): string[] {
  return detect(text)
    .filter((s) => s.kind === "person-name")
    .map((s) => s.text);
}

// Thirty-third session (tuning970–), and the earlier sets' misses it fixed on the way.
describe("thirty-third session: young people and families named beside staff news", () => {
  it("reads 'Well done to Tayla Brennan (16), who finished her referral order' as a young person's, not staff praised", () => {
    expect(fixtureVerdict("tuning971.jsonl", "t971-m018")).toBe("block");
    expect(fixtureVerdict("tuning957.jsonl", "t957-m034")).toBe("block");
  });

  it("guard: 'Well done to Tunde Bakare, who finished his PQiP portfolio' stays staff news", () => {
    const body = "Hello everyone,\n\nWell done to Tunde Bakare, who finished his PQiP portfolio on Tuesday.\n\nHave a good weekend,\nAyesha";
    expect(scanVerdict({ from: "ayesha.khan@derby.gov.uk", to: ["brenda.holloway@btinternet.com"], subject: "Friday bulletin", body })).toBe("pass");
  });

  it("reads 'the ICPC for the Fenwick twins' as the family a case meeting is about", () => {
    expect(fixtureVerdict("tuning972.jsonl", "t972-m002")).toBe("block");
  });

  it("guard: a case meeting for a colleague ('the ICPC for Jo on Tuesday' in a cover note) names no family", () => {
    const body = "Hi,\n\nI can cover the ICPC for Jo on Tuesday at Long Eaton.\n\nThanks\nNaomi";
    expect(scanVerdict({ from: "naomi.birtles@derbyshire.gov.uk", to: ["naomibirtles@hotmail.co.uk"], subject: "Cover", body })).toBe("pass");
  });

  it("reads 'a man I supervise, Jason Pilling, … on his release … to his approved premises' as a case person in the writer's own insurance claim", () => {
    expect(fixtureVerdict("tuning974.jsonl", "t974-m009")).toBe("block");
  });

  it("reads 'I'm the allocated social worker for Tayla Brennan' in a parent's note to the school as a case", () => {
    expect(fixtureVerdict("tuning974.jsonl", "t974-m033")).toBe("block");
  });

  it("reads 'Mark's child contact risk assessment' and 'his PIN phone list' as a prisoner's case", () => {
    expect(fixtureVerdict("tuning976.jsonl", "t976-m029")).toBe("block");
  });

  it("guard: a prison's notice about where child contact risk assessments go names no one", () => {
    expect(fixtureVerdict("tuning138.jsonl", "t138-m023")).toBe("pass");
  });

  it("reads 'it's Lee, mum's ex-partner' and 'the ABE planning meeting' as a child's case", () => {
    expect(fixtureVerdict("tuning973.jsonl", "t973-m035")).toBe("warn");
  });

  it("guard: the writer's own mum's ex-partner at a party is family news", () => {
    const body = "Hi,\n\nMy mum's ex-partner Dave is coming to the party on Saturday, so I'll bring him along.\n\nThanks\nNaomi";
    expect(scanVerdict({ from: "naomi.birtles@derbyshire.gov.uk", to: ["bookings@thebridgeinn.co.uk"], subject: "Party", body })).toBe("pass");
  });
});

describe("thirty-third session: names typed in a hurry", () => {
  it("reads a clear given name in lower case opening a sentence before a person's verb ('Heads-up. lacey came back at 03:40')", () => {
    expect(names("Heads-up. lacey came back at 03:40 this morning.")).toEqual(["lacey"]);
    expect(fixtureVerdict("tuning973.jsonl", "t973-m017")).toBe("warn");
  });

  it("guard: a word that is also a name ('will') opening a sentence is no name", () => {
    expect(names("Is it ok. will is fine with that.")).toEqual([]);
  });

  it("reads a word-name owning something at the head of a lower-case subject ('rowan's 2 year check') as a name", () => {
    expect(names("rowan's 2 year check - can we move it?")).toEqual(["rowan"]);
    expect(fixtureVerdict("tuning974.jsonl", "t974-m034")).toBe("block");
  });

  it("guard: a word-name owning a thing that is no person's ('wood's delivery') after a prefix stays a word", () => {
    expect(names("re: wood's delivery - pallets")).toEqual([]);
  });
});

describe("thirty-third session: colleagues' cover and news", () => {
  it("reads 'Her seat at the Chesterfield MARAC (Tuesdays) passes to Callum Redfern' and 'Strategy discussions she was invited to: Harry Buckland will attend' as cover", () => {
    expect(fixtureVerdict("tuning971.jsonl", "t971-m004")).toBe("pass");
  });

  it("reads a full name who 'has asked me to let partners know' of her phased return as a colleague telling her own health", () => {
    expect(fixtureVerdict("tuning971.jsonl", "t971-m022")).toBe("pass");
  });

  it("guard: a young person's phased return to school with their diagnosis is a case's", () => {
    const body = "Hi,\n\nKyle Moss is on a phased return to school from Monday after his diagnosis of epilepsy. His mum says the seizures are worse at night.\n\nThanks\nSarah";
    expect(scanVerdict({ from: "sarah.bagshaw@derbyshire.gov.uk", to: ["office@ashgateacademy.org.uk"], subject: "Phased return", body })).toBe("block");
  });

  it("reads 'Priya has said she'll go to the MAPPA level 2 meeting on Tuesday in my place' and 'she'll take my Thursday at … Magistrates'' as cover", () => {
    expect(fixtureVerdict("tuning974.jsonl", "t974-m017")).toBe("pass");
    expect(fixtureVerdict("tuning975.jsonl", "t975-m012")).toBe("pass");
  });

  it("reads 'the KPC section' of a training outline as its topic", () => {
    expect(fixtureVerdict("tuning975.jsonl", "t975-m025")).toBe("pass");
  });

  it("reads a retired colleague's funeral ('before he retired in 2017', 'the older hands … will remember Graham') as staff news: a warning for his name in the subject", () => {
    expect(fixtureVerdict("tuning971.jsonl", "t971-m010")).toBe("warn");
  });

  it("guard: 'nikki had her baby last night' (a name the lower-case reading now finds) with 'card will go round tomorrow' stays a colleague's news", () => {
    expect(fixtureVerdict("tuning780.jsonl", "t780-m009")).toBe("pass");
  });
});

describe("thirty-third session: the writer's own letters and children", () => {
  it("reads the writer's own hospital letter ('Dear Ms Tranter', 'Clinic: Mr Hallworth, Knee Clinic') forwarded home as the writer's own", () => {
    expect(fixtureVerdict("tuning974.jsonl", "t974-m037")).toBe("pass");
  });

  it("reads a school's 'Dear Mr and Mrs Adeyemi' to the writer as written to a parent, so the child named is the writer's", () => {
    expect(fixtureVerdict("tuning974.jsonl", "t974-m024")).toBe("pass");
  });

  it("guard: a letter to a couple of another family name keeps their child a case's", () => {
    const body =
      "Dear Ms Thornhill,\n\nTobi's ADHD assessment was completed on 6 November and he has started methylphenidate.\n\nKind regards,\nFemi Adeyemi\n\nOn Mon, 16 Nov 2026 at 15:02, Claire Thornhill <senco@ashgateacademy.org.uk> wrote:\n> Dear Mr and Mrs Okafor,\n>\n> I'd like to arrange Tobi's termly support plan review.\n>\n> Kind regards,\n> Claire Thornhill";
    expect(scanVerdict({ from: "femi.adeyemi@derby.gov.uk", to: ["senco@ashgateacademy.org.uk"], subject: "Re: Support plan review", body })).toBe("block");
  });
});

describe("thirty-third session, round two (tuning978–985)", () => {
  it("reads children named on the day 'their adoption order was granted' in a retirement photobook's captions as a case's", () => {
    expect(fixtureVerdict("tuning979.jsonl", "t979-m019")).toBe("block");
  });

  it("reads 'she's been cutting again' told of a 13-year-old as self-harm", () => {
    expect(detect("She's 13 and told me she's been cutting again.").some((s) => s.kind === "special-category")).toBe(true);
    expect(fixtureVerdict("tuning981.jsonl", "t981-m040")).toBe("block");
  });

  it("guard: cutting costs again is no one's health", () => {
    expect(detect("We have been cutting costs again this year.").some((s) => s.kind === "special-category")).toBe(false);
  });

  it("reads 'Trainers for the coercive control day are DS Kelly Marsden (Leicestershire Police) and Jodie Whitworth' as the course's trainers", () => {
    expect(fixtureVerdict("tuning978.jsonl", "t978-m009")).toBe("pass");
  });

  it("reads 'the duty team manager is on …' and 'ring our front door number, …' as services' numbers", () => {
    expect(fixtureVerdict("tuning983.jsonl", "t983-m021")).toBe("pass");
  });

  it("reads names under a rota's 'Officer' column, and 'with Sunil Kapoor shadowing', as staff", () => {
    expect(fixtureVerdict("tuning983.jsonl", "t983-m025")).toBe("pass");
  });

  it("reads 'Christmas Eve' and 'New Year's Eve' as days, not a woman called Eve", () => {
    expect(names("FW: Christmas Eve duty")).toEqual([]);
    expect(names("New Year's Eve rota")).toEqual([]);
    expect(fixtureVerdict("tuning983.jsonl", "t983-m035")).toBe("pass");
  });

  it("guard: Eve on her own, or with a surname, is still a name", () => {
    expect(names("drinks with Eve on Friday")).toEqual(["Eve"]);
    expect(names("Eve Marsh - contact")).toEqual(["Eve Marsh"]);
  });

  it("reads a school class named after a tree ('Year 4 (Willow class)') as no person", () => {
    expect(names("Absence on Thursday - Year 4 (Willow class)")).toEqual([]);
    expect(fixtureVerdict("tuning985.jsonl", "t985-m003")).toBe("pass");
    expect(fixtureVerdict("tuning961.jsonl", "t961-m003")).toBe("pass");
  });

  it("guard: 'with Holly on the ward' is a person", () => {
    expect(names("with Holly on the ward")).toEqual(["Holly"]);
  });

  it("reads 'add my partner as a named driver …' ⏎ 'Her details:' ⏎ 'Name: …' as the writer's partner's details", () => {
    expect(fixtureVerdict("tuning985.jsonl", "t985-m005")).toBe("pass");
  });

  it("guard: a client's details after the same lead-in are a case's", () => {
    const body = "Hello,\n\nPlease could you add a man I supervise to the scheme from 1 December?\n\nHis details:\nName: Jason Pilling\nDate of birth: 22/06/1991\n\nThanks,\nLiam";
    expect(scanVerdict({ from: "liam.oyelaran@derby.gov.uk", to: ["policyservice@keystonemotor.co.uk"], subject: "Scheme", body })).toBe("block");
  });

  it("reads 'Welcome to our new SPO, Tomasz Nowicki' as staff news (a warning for the name in the subject), and 'he'll be shadowing me and Callum' as staff", () => {
    expect(fixtureVerdict("tuning979.jsonl", "t979-m028")).toBe("warn");
    expect(fixtureVerdict("tuning983.jsonl", "t983-m024")).toBe("warn");
  });
});

describe("thirty-third session, round three (tuning986–993)", () => {
  it("reads court duty rotas (a heading with a dashed part, an officer column with work mobiles, 'no court (Boxing Day)') as staff's", () => {
    expect(fixtureVerdict("tuning986.jsonl", "t986-m007")).toBe("pass");
    expect(fixtureVerdict("tuning991.jsonl", "t991-m002")).toBe("pass");
    expect(fixtureVerdict("tuning991.jsonl", "t991-m033")).toBe("pass");
  });

  it("guard: a case's number in the cell after a case person's name stays a case's", () => {
    const body = "Hi,\n\nName\tMobile\tNotes\nKyle Moss\t07700 900123\ton licence, recalled Friday\n\nThanks\nSam";
    expect(scanVerdict({ from: "sam.jones@justice.gov.uk", to: ["events@feastandfettle.co.uk"], subject: "List", body })).toBe("block");
  });

  it("reads a colleague's handed-over work ('any KPC returns Joe told you …', 'his … reports are with Marcin') as staff's, beside his baby news", () => {
    expect(fixtureVerdict("tuning987.jsonl", "t987-m004")).toBe("pass");
    expect(fixtureVerdict("tuning987.jsonl", "t987-m013")).toBe("pass");
  });

  it("reads 'three of us from the MASH' as where staff work", () => {
    expect(fixtureVerdict("tuning986.jsonl", "t986-m006")).toBe("pass");
  });

  it("reads a team's name ending 'Programmes' ('Unpaid Work and Accredited Programmes') as a service, so colleagues' dietary needs stay the party's", () => {
    expect(fixtureVerdict("tuning990.jsonl", "t990-m013")).toBe("pass");
  });

  it("reads 'I'm at the strategy meeting for the Whittaker twins' as the family's case, though a colleague attends", () => {
    expect(fixtureVerdict("tuning989.jsonl", "t989-m007")).toBe("block");
  });

  it("guard: 'I'm at the strategy meeting at 11, then buying presents for the Smith kids next door' keeps the meeting the colleague's day", () => {
    const body = "Hi Amber,\n\nCount me in for the 18th. I'm at the strategy meeting at 11, then buying presents for the Smith kids next door, so I'll be late.\n\nJas";
    expect(scanVerdict({ from: "jaswinder.sandhu@leicester.gov.uk", to: ["events@cornexchangeleicester.co.uk"], subject: "Christmas lunch", body })).toBe("pass");
  });

  it("reads 'getting panic attacks' and 'failed to attend 12/11' as a claimant's health and case", () => {
    expect(detect("He told me he has been getting panic attacks.").some((s) => s.kind === "special-category")).toBe(true);
    expect(fixtureVerdict("tuning992.jsonl", "t992-m025")).toBe("warn");
  });

  it("reads the writer's mother's medication in a care home's reply (the CLI now reads \"Name <address>\" in \"from\" as Outlook gives the profile name)", () => {
    expect(fixtureVerdict("tuning969.jsonl", "t969-m024")).toBe("pass");
  });

  it("reads 'Mum's medication review' in a subject as the writer's family's, when the body tells that family's health", () => {
    expect(fixtureVerdict("tuning956.jsonl", "t956-m001")).toBe("pass");
    expect(fixtureVerdict("tuning930.jsonl", "t930-m008")).toBe("pass");
  });

  it("guard: 'Mum's medication review' to an outsider with a case's health in the body blocks", () => {
    const body = "Hello,\n\nKyle Moss's mum says his ADHD medication has run out and he was arrested on Friday.\n\nThanks\nHelen";
    expect(scanVerdict({ from: "helen.marriott@leics.gov.uk", to: ["reception@beechgrovecare.co.uk"], subject: "Mum's medication review", body })).toBe("block");
  });
});

describe("thirty-third session, round four (tuning994–1001)", () => {
  it("reads children listed with their ages under a heading that tells their case ('Family A - the two little ones we placed with foster carers') as that case's", () => {
    expect(fixtureVerdict("tuning997.jsonl", "t997-m003")).toBe("block");
  });

  it("guard: the writer's own children listed with ages under a family heading pass", () => {
    const body = "Hi Marie,\n\nOur family for the party on Saturday:\n- Zain, 8 - likes football\n- Amira, 6 - a bit shy\n\nThanks,\nYasmin";
    expect(scanVerdict({ from: "yasmin.haq@cityoflondon.police.uk", to: ["hello@riversideswimschool.co.uk"], subject: "Party", body })).toBe("pass");
  });

  it("reads 'her stepdad hits her mum and she's scared to go home' as a child's disclosure", () => {
    expect(fixtureVerdict("tuning996.jsonl", "t996-m040")).toBe("block");
  });

  it("reads 'The Morley boy went missing again' as a family's child", () => {
    expect(names("The Morley boy went missing again overnight.")).toEqual(["Morley"]);
    expect(fixtureVerdict("tuning996.jsonl", "t996-m020")).toBe("block");
  });

  it("guard: 'the Thursday girl' and 'The Chesterfield lads' name no one", () => {
    expect(names("Ask the Thursday girl at reception.")).toEqual([]);
    expect(names("The Chesterfield lads won again.")).toEqual([]);
  });

  it("reads the writer's own diagnosis with a clinic's aside ('I've been diagnosed with type 1 diabetes (confirmed at the Royal Derby last week)') as theirs", () => {
    expect(fixtureVerdict("tuning996.jsonl", "t996-m038")).toBe("pass");
  });

  it("reads a cattery booking's cats and their insulin as pets (a cattery names the animals it keeps)", () => {
    expect(fixtureVerdict("tuning996.jsonl", "t996-m027")).toBe("pass");
  });

  it("reads 'their new domestic abuse hub', 'the conferences Ruth was invited to', 'deputising for me at the City MARAC' and 'our duty line, …' as services and staff work", () => {
    expect(fixtureVerdict("tuning999.jsonl", "t999-m002")).toBe("pass");
    expect(fixtureVerdict("tuning995.jsonl", "t995-m012")).toBe("pass");
    expect(fixtureVerdict("tuning999.jsonl", "t999-m018")).toBe("pass");
  });

  it("guard: a child referred to the domestic abuse service with a name is a case's", () => {
    const body = "Hi,\n\nKyle Moss was referred to the domestic abuse team after his mum disclosed the assault.\n\nThanks\nBronagh";
    expect(scanVerdict({ from: "bronagh.quinn@leicspart.nhs.uk", to: ["events@feastandfettle.co.uk"], subject: "Update", body })).toBe("block");
  });
});

describe("thirty-third session, round five (tuning1002–1009)", () => {
  it("reads the one a whip-round, a hamper or a baby shower's cake is for as a name (a warning in a colleague's news subject)", () => {
    expect(names("Whip-round for Nkem's wedding")).toEqual(["Nkem"]);
    expect(names("Baby hamper for Folasade - from the Front Door team")).toEqual(["Folasade"]);
    expect(names("Baby shower cake for Precious")).toEqual(["Precious"]);
    expect(fixtureVerdict("tuning1009.jsonl", "t1009-m012")).toBe("warn");
    expect(fixtureVerdict("tuning1009.jsonl", "t1009-m026")).toBe("warn");
    expect(fixtureVerdict("tuning1004.jsonl", "t1004-m032")).toBe("warn");
  });

  it("guard: 'Department for Education' and 'Secretary of State for Justice' are titles", () => {
    expect(names("Department for Education")).toEqual([]);
    expect(names("Secretary of State for Justice")).toEqual([]);
  });

  it("reads an insurer's form line 'Claims in the last five years: none. Motoring convictions: none.' as no offence", () => {
    expect(fixtureVerdict("tuning1006.jsonl", "t1006-m006")).toBe("pass");
  });

  it("guard: 'He has previous convictions for burglary' beside a named driver is a case's", () => {
    const body = "Hello,\n\nPlease add a man I work with as a named driver. His details:\nName: Kwabena Owusu\nDate of birth: 19/06/1990\nHe has previous convictions for burglary.\n\nThanks,\nAbena";
    expect(scanVerdict({ from: "abena.osei@met.police.uk", to: ["changes@brightsure-motor.co.uk"], subject: "Named driver", body })).toBe("block");
  });
});
