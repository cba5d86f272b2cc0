import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";
import { detect } from "../../../src/policy/detect";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { texts } from "../detect/recognizers/helpers";

/** The names the person-name recognizer finds. */
const names = (text: string): string[] => texts(personName, text);

// Eighteenth session (tuning360–366).
describe("eighteenth session: nicknames and a given name with a surname's initial in subjects", () => {
  it("short forms people are called by are given names: Dazza, Mo, Jonno, Mikey", () => {
    expect(names("Re: Dazza - missed appt again")).toEqual(["Dazza"]);
    expect(names("Mo Rahimi (aka Big Mo) - MARAC referral")[0]).toBe("Mo Rahimi");
    expect(names("re: jonno - still at the hostel?")).toEqual(["jonno"]);
    expect(names("Mikey - white, 19, just out on licence")).toEqual(["Mikey"]);
  });

  it("'Nathan W's mum': a given name and a surname's initial before a possessive", () => {
    expect(names("RE: Nathan W's mum - DV call-out weekend")).toEqual(["Nathan"]);
    expect(names("Jodie W\u2019s baby - CP")).toEqual(["Jodie"]);
    // Guard: a given name that is an everyday word stays a word.
    expect(names("Will B's car is in the garage")).toEqual([]);
  });

  it("so such a subject to a partner blocks", () => {
    const body = "Hi Becky,\n\nMum has again said she will not support a prosecution.\n\nOwen";
    expect(scanVerdict({ from: "owen.pask@leicester.gov.uk", to: ["pc.rebecca.hind@leics.police.uk"], subject: "RE: Nathan W's mum - DV call-out weekend", body })).toBe("block");
  });
});

describe("eighteenth session: the writer's own records and wedding, a colleague's twins", () => {
  it("the writer's own former name in brackets after her name ('(previously Nkechi Balogun)') keeps her pension details her own", () => {
    expect(fixtureVerdict("tuning365.jsonl", "t365-m003")).toBe("pass");
  });

  it("guard: a client named on the next line, not as her former name, takes the details back", () => {
    expect(fixtureVerdict("tuning365.jsonl", "t365-m003", "(previously Nkechi Balogun)", "</p><p class=MsoNormal>Client: Kyle Balogun, on licence")).toBe("block");
  });

  const MORTGAGE =
    "Hello,\n\nFurther to my call with Dean yesterday, here are the details you asked for:\n\nNational Insurance number: JT 48 27 91 C\nCurrent address: 19 Meadowsweet Drive, Anstey, Leicester LE7 7GZ\n\nMy last three payslips are attached.\n\nThanks,\n\nHolly Grange";

  it("'further to my call with Dean' and 'my last three payslips': the writer's own mortgage details", () => {
    expect(scanVerdict({ from: "holly.grange@leics.police.uk", to: ["applications@harbourmortgages.co.uk"], subject: "Documents for my application", body: MORTGAGE })).toBe("pass");
  });

  it("guard: the same details about a named person who is not the one the writer spoke to stay case data", () => {
    const body = MORTGAGE.replace("here are the details you asked for:", "here are Dean Frost's details, he is on licence:");
    expect(scanVerdict({ from: "holly.grange@leics.police.uk", to: ["applications@harbourmortgages.co.uk"], subject: "Documents for my application", body })).toBe("block");
  });

  it("'My maid of honour, Leanne, is pregnant' at the writer's own wedding is her guest, not a case", () => {
    const body = "Hi Hayley,\n\nFinal numbers for our wedding on Saturday 19 December: 86 day guests.\n\n- My maid of honour, Leanne, is pregnant: no alcohol in her welcome drink\n\nThanks,\nKirsty\n\nKirsty Bateman\nHousing Advice Officer, Charnwood Borough Council";
    expect(scanVerdict({ from: "kirsty.bateman@charnwood.gov.uk", to: ["events@thornfieldbarn.co.uk"], subject: "RE: Your wedding - final numbers", body })).toBe("pass");
  });

  it("'Jo Mensah, our admin officer, and her partner Sam welcomed twins, Ada and Kofi': staff news to partners is not case mail", () => {
    const body = "Hi everyone,\n\nSome lovely news: Jo Mensah, our admin officer, and her partner Sam welcomed twins, Ada and Kofi, last Friday. Mum and babies are home and doing well.\n\nTomasz\n\nTomasz Wilk\nProbation Services Officer, IOM";
    expect(scanVerdict({ from: "tomasz.wilk@justice.gov.uk", to: ["ashok.pillai@met.police.uk"], subject: "Some good news", body })).toBe("pass");
  });
});

describe("eighteenth session: a form's fields one to a paragraph, as Outlook desktop's Word HTML writes them", () => {
  const fields = (gap: string): string =>
    ["Dear Mr Rhydderch,", "Thank you for your letter. To confirm the details you asked for:", "Member name: Gemma Louise Threlfall", "Date of birth: 21/07/1979", "National Insurance number: NE 37 52 19 D", "Home address: 8 Pochin Way, Sileby, Loughborough LE12 7TW", "I'd like the statement posted to my home address, please.", "Kind regards,", "Gemma Threlfall", "HR Business Partner, Leicestershire Police"].join(gap);
  const send = (body: string): string => scanVerdict({ from: "gemma.threlfall@leics.police.uk", to: ["members@kingsmerepensions.co.uk"], subject: "Transfer value request", body });

  it("the writer's own details are hers whether the fields are line under line or a blank line apart", () => {
    expect(send(fields("\n"))).toBe("pass");
    expect(send(fields("\n\n"))).toBe("pass");
  });

  it("guard: a field naming someone else between her name and the details takes them back", () => {
    const body = fields("\n\n").replace("Date of birth:", "Client name: Kyle Ormsby\n\nDate of birth:");
    expect(send(body)).toBe("block");
  });
});

describe("eighteenth session: the message's own subject tells what the thread is about", () => {
  const ROOMS =
    "Hi Charlotte,\n\nThanks for holding the rooms. Names below, all singles:\n\nMandy Kershaw\nJas Sandhu\nKerry-Ann Tse\n\nDinner on the 9th:\nJas - vegetarian\nKerry-Ann - she's pregnant, so no pate or soft cheese\n\nKind regards\n\nLorraine Baxter\nBusiness Support Officer | Children's Services\n\nOn Mon, 16 Nov 2026 at 14:21, Charlotte Ives <groups@peaklodgehotel.co.uk> wrote:\n\n> Dear Lorraine,\n> Could you send me the names for the rooming list by Friday?\n> Charlotte Ives | Groups & Events Coordinator";
  const send = (subject: string, body = ROOMS): string => scanVerdict({ from: "lorraine.baxter@derbyshire.gov.uk", to: ["groups@peaklodgehotel.co.uk"], subject, body });

  it("a reply quoted Gmail's way (no quoted subject) is a team's away day by its own subject", () => {
    expect(send("RE: Rooms - Children's Services leadership away day 9-10 December")).toBe("pass");
  });

  it("guard: the same names and health under a subject that names no team event stay case data", () => {
    expect(send("RE: Rooms")).toBe("block");
  });

  it("guard: 'keeping an eye on one of ours' in a subject is a case, not one of the team", () => {
    expect(fixtureVerdict("tuning8.jsonl", "t8-m042")).toBe("block");
  });
});

describe("eighteenth session: subjects with a surname's initial, a mother and her children, an area", () => {

  it("'re: strudwick l - missed signing': an unlisted lower-case surname and its initial before a supervision's news", () => {
    expect(subjectNames("re: strudwick l - missed signing")).toEqual(["strudwick l"]);
    expect(subjectNames("re: strudwick l - dna again")).toEqual(["strudwick l"]);
    // Guard: a thing that takes a letter, or news that is no supervision's.
    expect(subjectNames("re: hepatitis c - review")).toEqual([]);
    expect(subjectNames("re: vitamin d - order")).toEqual([]);
  });

  it("'RE: Jodie + boys - refuge move': a given name with her children is a person", () => {
    expect(subjectNames("RE: Jodie + boys - refuge move")).toEqual(["Jodie"]);
    expect(subjectNames("RE: Jodie & the boys - refuge move")).toEqual(["Jodie"]);
  });

  it("'IOM cohort update - Richmond': a place closing a line about an area's group is the area; 'KPC - Richmond' stays a name", () => {
    expect(subjectNames("OFFICIAL-SENSITIVE PERSONAL: IOM cohort update - Richmond")).toEqual([]);
    expect(subjectNames("Q3 figures - Kingston")).toEqual([]);
    expect(subjectNames("KPC - Richmond")).toEqual(["Richmond"]);
    expect(subjectNames("Strategy meeting - Richmond")).toEqual(["Richmond"]);
  });
});

describe("eighteenth session: case wording told in a worker's notes", () => {
  it("'Chase kinship assessment with Leanne' in visit notes sent to the writer's own webmail", () => {
    expect(fixtureVerdict("tuning368.jsonl", "t368-m003")).toBe("block");
    expect(fixtureVerdict("tuning368.jsonl", "t368-m003", "Chase kinship assessment with Leanne.", "Chase the form with Leanne.")).toBe("pass");
  });

  it("'Kai told nursery \"Daddy hurt Mummy's neck\"' on a reply-all that keeps a housing association", () => {
    expect(fixtureVerdict("tuning368.jsonl", "t368-m004")).toBe("block");
  });
});

describe("eighteenth session (tuning371–376): lists, forms and a surname that is a word", () => {

  it("'re: pilgrim, jaxon - contact with the children?': a surname that is also a word, written first before a clear given name", () => {
    expect(subjectNames("re: pilgrim, jaxon - contact with the children?")).toEqual(["pilgrim, jaxon"]);
    expect(subjectNames("re: thanks, sam - see below")).toEqual([]);
  });

  it("'re: icpc thurs 26th - brough family attendance': a surname and 'family' opening a dashed segment", () => {
    expect(subjectNames("re: icpc thurs 26th - brough family attendance")).toEqual(["brough"]);
  });

  it("a core group's signing-in list to a venue ('Kieran Eyre, Dad - he is not to arrive … at the same time as Shannon') is case data", () => {
    expect(fixtureVerdict("tuning374.jsonl", "t374-m001")).toBe("block");
  });

  it("a children in care party's guest list (foster carers, a children's home, diagnoses) to an events company is case data, not a team's party", () => {
    expect(fixtureVerdict("tuning374.jsonl", "t374-m015")).toBe("block");
  });

  it("'Tomasz Wójcik' signing is tomasz.wojcik@: his own payroll details stay his", () => {
    expect(fixtureVerdict("tuning373.jsonl", "t373-m012")).toBe("pass");
  });

  it("'trainer: Paulette Greaves' on the writer's own CPD certificate is the trainer, not a case person", () => {
    expect(fixtureVerdict("tuning372.jsonl", "t372-m006")).toBe("pass");
    expect(fixtureVerdict("tuning372.jsonl", "t372-m006", "trainer: Paulette Greaves", "with Paulette Greaves")).toBe("block");
  });
});

describe("eighteenth session: a case person's children named in prose", () => {
  const ENQUIRY =
    "Good morning,\n\nWe received a man into custody last week on a 30-month sentence for assaulting his partner. He says he has two children with her, Lacey and Tyrone, who live with her in New Parks, and he has asked for them to visit.\n\nPlease can you let us know whether the children are known to you.\n\nKind regards\n\nDean Whitcombe\nOffender Management Unit | HMP Leicester";
  const send = (body: string): string => scanVerdict({ from: "dean.whitcombe@justice.gov.uk", to: ["cs.enquiries@leicester.gov.uk"], subject: "Child safeguarding enquiry - Ref LEI-2611", body });

  it("'… a sentence for assaulting his partner. He says he has two children with her, Lacey and Tyrone' is case data (unmarked to a partner: warned)", () => {
    expect(send(ENQUIRY)).toBe("warn");
  });

  it("guard: a colleague's children named the same way, with no case wording before, are no case", () => {
    expect(send(ENQUIRY.replace("We received a man into custody last week on a 30-month sentence for assaulting his partner.", "Our new officer joined us last week from Nottingham."))).toBe("pass");
  });
});

describe("eighteenth session: an attachment's name tells the case", () => {
  it("'<<Contact plan - Amber-Rose Finney - supervised contact with father.docx>>' to a personal address", () => {
    expect(fixtureVerdict("tuning378.jsonl", "t378-m013")).toBe("block");
    expect(fixtureVerdict("tuning378.jsonl", "t378-m013", " - supervised contact with father.docx", ".docx")).toBe("pass");
  });

  it("'<<Chronology - Jaswinder Dhaliwal household - DV incidents 2024-26.docx>>' sent by autocomplete to a college", () => {
    expect(fixtureVerdict("tuning378.jsonl", "t378-m029")).toBe("block");
  });
});

describe("eighteenth session (tuning381–386): case people named by relation, self-harm and drug use told, a chaplain's title", () => {
  const found = (text: string): string[] => detect(text).map((x) => `${x.kind}:${text.slice(x.start, x.end)}`);

  it("a lower-case given name owning a relation is a child named, on any line ('- nathan's dad out fri')", () => {
    expect(found("RE: OFFICIAL-SENSITIVE: Ref SP-448213 - nathan's dad out fri")).toContain("person-name:nathan");
    expect(found("valentine's day")).toEqual([]);
    expect(found("grace's mum")).toEqual([]);
  });

  it("'she's been cutting her arms again', 'he's using crack again', 'his index offence' are special-category facts", () => {
    expect(found("she's been cutting her arms again")).toEqual(["special-category:cutting her arms"]);
    expect(found("he's using crack again")).toEqual(["special-category:he's using crack"]);
    expect(found("his index offence was a robbery").some((f) => f.startsWith("special-category:"))).toBe(true);
    // Guard: the index offence as a topic of training names no one's.
    expect(found("Training on the index offence and risk").filter((f) => f.startsWith("special-category:"))).toEqual([]);
  });

  it("'Anglican Chaplain' under a chaplain's name is a job, not a name", () => {
    expect(found("Revd Tony Oyelaran\nAnglican Chaplain\nHMP Leicester")).toEqual(["person-name:Revd Tony Oyelaran"]);
  });
});
