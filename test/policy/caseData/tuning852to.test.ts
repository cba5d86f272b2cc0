import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";

// Thirtieth session (tuning852–).
describe("thirtieth session: colleagues and the team", () => {
  it("reads 'the old Loughborough lot' as colleague wording, so a colleague's twins told to a retired colleague are staff news", () => {
    expect(fixtureVerdict("tuning853.jsonl", "t853-m003")).toBe("pass");
  });

  it("reads 'she says she'll come to lunch' as a colleague's own plan, not a report of someone's health", () => {
    expect(fixtureVerdict("tuning853.jsonl", "t853-m013")).toBe("pass");
  });

  it("guard: a report of someone's health beside a pronoun still names no colleague", () => {
    const body = "Hi Jan,\n\nVal is back on the 30th after her stroke rehab. Her mum told me that she has been self-harming again.\n\nKwame";
    expect(scanVerdict({ from: "kwame.asante@richmond.gov.uk", to: ["jan.doherty.home@gmail.com"], subject: "News", body })).toBe("block");
  });

  it("reads 'as you two work so closely' as the reader's co-worker, and 'Sadly she had a miscarriage' as hers", () => {
    expect(fixtureVerdict("tuning853.jsonl", "t853-m039")).toBe("pass");
  });

  it("reads 'MARAC attendance for the locality will be Shauna' as staff sent to the panel, so the leave subject only warns", () => {
    expect(fixtureVerdict("tuning858.jsonl", "t858-m032")).toBe("warn");
  });

  it("guard: a parent's core group attendance is still a case's", () => {
    const body = "Hi Jas,\n\nKayleigh Moss's core group attendance has been poor and the child protection plan is at risk.\n\nAndrea";
    expect(scanVerdict({ from: "andrea.fulton@leics.gov.uk", to: ["jas.kang@gmail.com"], subject: "Update", body })).toBe("block");
  });

  it("reads 'Baby news - Aoife and Tom' as both colleagues' news (a name joined to a tied one), so it warns", () => {
    expect(fixtureVerdict("tuning853.jsonl", "t853-m040")).toBe("warn");
  });

  it("guard: a name beside staff news but not joined to it still blocks", () => {
    const body = "Hi all,\n\nAoife had a baby girl on Tuesday. All doing well.\n\nHollie";
    expect(scanVerdict({ from: "hollie.brannigan@leics.gov.uk", to: ["leics.pdu@justice.gov.uk"], subject: "Baby news - Aoife; Tom Pryce", body })).toBe("block");
  });

  it("reads 'Tom has my two child protection conference reports' as a colleague holding the writer's work", () => {
    expect(fixtureVerdict("tuning854.jsonl", "t854-m016")).toBe("pass");
  });

  it("reads a colleague's quoted list for the team's quiz night, forwarded to the pub, as the party", () => {
    expect(fixtureVerdict("tuning857.jsonl", "t857-m008")).toBe("pass");
  });
});

describe("thirtieth session: the writer's own life", () => {
  it("reads 'turning up to the MASH in person' as an idiom, so 'I'm pregnant with my second baby' stays the writer's own", () => {
    expect(fixtureVerdict("tuning853.jsonl", "t853-m024")).toBe("pass");
  });

  it("reads 'I'll be well looked after' as no child looked after", () => {
    expect(fixtureVerdict("tuning854.jsonl", "t854-m014")).toBe("pass");
  });

  it("guard: a child looked after is still a case's", () => {
    const body = "Hi Bev,\n\nKayden Moss is a looked after child and moves placement on Friday.\n\nLorraine";
    expect(scanVerdict({ from: "lorraine.haslam@leics.gov.uk", to: ["bev.toller62@hotmail.co.uk"], subject: "Friday", body })).toBe("block");
  });
});

describe("thirtieth session: recall", () => {
  it("reads a public post below a long lead-in line naming Facebook and its author as a case person's words", () => {
    expect(fixtureVerdict("tuning855.jsonl", "t855-m023")).toBe("block");
  });

  it("reads 'until she left care' in a foster carers' retirement invitation as a care leaver's history", () => {
    const body = "Dear foster carers,\n\nAfter 31 years, Jean and Alan Cope are retiring from fostering.\n\nSkye Latham, who lived with Jean and Alan from the age of 9 until she left care last year, has offered to say a few words.\n\nRachael";
    expect(scanVerdict({ from: "rachael.dobbs@derby.gov.uk", to: ["the.ashbys.derby@gmail.com"], subject: "You're invited: a retirement from fostering", body })).toBe("block");
  });

  it("guard: a foster carers' retirement invitation naming them in the subject, with children placed, still blocks", () => {
    expect(fixtureVerdict("tuning447.jsonl", "t447-m037")).toBe("block");
  });
});

describe("thirtieth session, round two", () => {
  it("reads 'she's on maternity leave and the baby is only three weeks old' in a quoted team list as the colleague's baby, so the list forwarded to the venue is the party", () => {
    expect(fixtureVerdict("tuning860.jsonl", "t860-m028")).toBe("pass");
  });

  it("guard: the baby of a team list that names no parental leave is still a case person's", () => {
    const body = "Hello,\n\nFinal numbers below.\n\nOwen\n\nFrom: Lindiwe Mbatha <lindiwe.mbatha@wandsworth.gov.uk>\nSent: Wednesday, 18 November 2026 15:02\nTo: Pritchard, Owen <owen.pritchard@wandsworth.gov.uk>\nSubject: RE: Team Christmas do - numbers\n\n16 of us: me, Rachel, Dom and Patrice. Kayla Moss won't make it, the baby is on a child protection plan.\n\nLindiwe";
    expect(scanVerdict({ from: "owen.pritchard@wandsworth.gov.uk", to: ["functions@thetramshedtooting.co.uk"], subject: "FW: Team Christmas do - numbers", body })).toBe("block");
  });

  it("reads 'Hayley is collecting for a gift' as colleague wording, so a colleague's baby news is staff news", () => {
    expect(fixtureVerdict("tuning862.jsonl", "t862-m026")).toBe("pass");
  });

  it("reads 'Retirement dinner for Sgt Mohinder Sahota' as staff news in the subject, so it warns", () => {
    expect(fixtureVerdict("tuning865.jsonl", "t865-m012")).toBe("warn");
  });

  it("guard: a name after 'dinner for' in a subject with no farewell still blocks", () => {
    const body = "Hi,\n\nCould we book a table for two on Friday?\n\nTasha";
    expect(scanVerdict({ from: "tasha.greenidge@wandsworth.gov.uk", to: ["functions@thelavenderroomsbattersea.co.uk"], subject: "Dinner for Mohinder Sahota", body })).toBe("block");
  });

  it("reads 'mcbride j' (a listed surname and one initial) in a subject written without capitals as a name", () => {
    expect(fixtureVerdict("tuning863.jsonl", "t863-m016")).toBe("block");
  });

  it("guard: a lower-case surname before 'i' or 'a', or a page's letter, is no name", () => {
    expect(subjectNames("hall i think so")).toEqual([]);
    expect(subjectNames("see page b for details")).toEqual([]);
  });

  it("reads a table row 'Carly Stubbs<TAB>Mother' as a case person named by their role, in a venue booking for a family group conference", () => {
    expect(fixtureVerdict("tuning863.jsonl", "t863-m019")).toBe("block");
  });

  it("guard: a staff table's job cells name no case person", () => {
    const body = "Hi,\n\nAttendees for Tuesday:\n\nName\tRole\nNadine Whitworth\tFGC Coordinator\nSam Kelsall\tSocial Worker\n\nThanks,\nNadine";
    expect(scanVerdict({ from: "nadine.whitworth@leics.gov.uk", to: ["hire@systonhall.org.uk"], subject: "Hall hire", body })).toBe("pass");
  });
});
