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

describe("thirtieth session, round three", () => {
  it("reads a surname in capitals and one initial closing a casework subject as a name, listed or not, and a given name so written too", () => {
    expect(subjectNames("OFFICIAL-SENSITIVE: RtCN1 follow-up - PICKBOURNE L")).toEqual(["PICKBOURNE"]);
    expect(subjectNames("Remand court cover Thu 3 Dec - DARBY L")).toEqual(["DARBY"]);
    expect(fixtureVerdict("tuning858.jsonl", "t858-m039")).toBe("block");
    expect(fixtureVerdict("tuning871.jsonl", "t871-m002")).toBe("block");
  });

  it("guard: a part, a room or a block and a letter closing a subject are no name", () => {
    expect(subjectNames("Minutes - PART B")).toEqual([]);
    expect(subjectNames("Court rota - ROOM B")).toEqual([]);
  });

  it("reads 'your client, Gary Pountain,' as a case person named by whose client he is", () => {
    expect(fixtureVerdict("tuning868.jsonl", "t868-m038")).toBe("warn");
  });

  it("guard: 'my colleague, Gary Pountain,' names staff", () => {
    const body = "Hi Jess,\n\nMy colleague, Gary Pountain, will bring the leaflets on Friday.\n\nAnjali";
    expect(scanVerdict({ from: "anjali.mistry@derby.gov.uk", to: ["hire@systonhall.org.uk"], subject: "Friday", body })).toBe("pass");
  });

  it("reads 'open to us at children's social care after the police were called to the house' of 'she' as the named mother's case", () => {
    expect(fixtureVerdict("tuning870.jsonl", "t870-m028")).toBe("block");
  });

  it("reads 'has just left the refuge with her two children' as a case's, and 'one of our mums' as no colleague", () => {
    expect(fixtureVerdict("tuning873.jsonl", "t873-m039")).toBe("block");
  });

  it("guard: hampers delivered to a refuge name no one's case; 'one of our lads' on a staff side is a colleague", () => {
    const body = "Hi Bev,\n\nSue Allen and Kim Price delivered the hampers to the refuge on Friday. Thank you for the boxes!\n\nHawa";
    expect(scanVerdict({ from: "hawa.jalloh@nhs.net", to: ["parties@jungledomeplay.co.uk"], subject: "Thank you", body })).toBe("pass");
    expect(fixtureVerdict("tuning366.jsonl", "t366-m029")).toBe("pass");
  });

  it("reads 'Contact_plan_WARDLE_Mason_and_Ellie-Mae_v3.docx' on a quoted Attachments line as a case's", () => {
    expect(fixtureVerdict("tuning874.jsonl", "t874-m020")).toBe("block");
  });

  it("reads a pasted letter below its lead-in past its greeting line ('Dear Tilly,') as a parent's own case", () => {
    expect(fixtureVerdict("tuning875.jsonl", "t875-m006")).toBe("block");
  });

  it("reads a colleague's work handed over ('His two strategy discussions next week are now with Kerry-Ann') and 'as you work with her most closely' as colleague wording", () => {
    expect(fixtureVerdict("tuning869.jsonl", "t869-m006")).toBe("pass");
    expect(fixtureVerdict("tuning869.jsonl", "t869-m024")).toBe("pass");
  });

  it("reads 'Dean, Shona,' opening a message as its greeting, and 'Wes has kindly offered to take my Friday duty slot' as staff work", () => {
    expect(fixtureVerdict("tuning869.jsonl", "t869-m008")).toBe("pass");
  });

  it("reads 'UHL's actions' as an organisation's, and 'Uhl's' still as a name", () => {
    expect(subjectNames("Updates on UHL's actions")).toEqual([]);
    expect(subjectNames("Updates on Uhl's actions")).toEqual(["Uhl"]);
    expect(fixtureVerdict("tuning872.jsonl", "t872-m029")).toBe("pass");
  });
});

describe("thirtieth session, round four", () => {
  it("reads a clear given name in capitals before a child's age in brackets as a name ('MFH - JORJA (14) - FOUND SAFE')", () => {
    expect(subjectNames("RE: MFH - JORJA (14) - FOUND SAFE")).toEqual(["JORJA"]);
    expect(fixtureVerdict("tuning879.jsonl", "t879-m037")).toBe("block");
  });

  it("guard: a word in capitals before a number in brackets that is no given name is no name", () => {
    expect(subjectNames("ROOM (12) booked")).toEqual([]);
  });

  it("reads a word no list holds after 'Leaving drinks for' as the one the do is for, so the subject warns", () => {
    expect(subjectNames("Leaving drinks for Babajide - Thursday 3 December")).toEqual(["Babajide"]);
    expect(fixtureVerdict("tuning881.jsonl", "t881-m006")).toBe("warn");
  });

  it("guard: a place or a day after 'Welcome to' or 'lunch for' is no name", () => {
    expect(subjectNames("Welcome to Leicester - parking")).toEqual([]);
    expect(subjectNames("Christmas lunch for Thursday")).toEqual([]);
  });

  it("reads 'on police bail with a condition not to contact her' as a case's", () => {
    expect(fixtureVerdict("tuning883.jsonl", "t883-m014")).toBe("block");
  });

  it("reads 'Lacey-Jo managed the whole hour with her dad' as a child, not a manager at work", () => {
    expect(subjectNames("Lacey-Jo managed the whole hour with her dad.")).toEqual(["Lacey-Jo"]);
    expect(fixtureVerdict("tuning879.jsonl", "t879-m039")).toBe("block");
  });

  it("guard: 'Sarah managed the Ilkeston team' is still staff work", () => {
    const body = "Hi Jan,\n\nSarah Pell managed the Ilkeston team for ten years before she retired.\n\nOlu";
    expect(scanVerdict({ from: "olu.adeyemi@derby.gov.uk", to: ["jan.doherty.home@gmail.com"], subject: "Retirement", body })).toBe("pass");
  });

  it("reads 'breach papers (CRN K305962)' pasted below a leaving do's booking as casework, not the party", () => {
    expect(fixtureVerdict("tuning879.jsonl", "t879-m033")).toBe("block");
  });

  it("reads a colleague's need in the notes of a rooming list with a job column as staff's", () => {
    expect(fixtureVerdict("tuning881.jsonl", "t881-m002")).toBe("pass");
  });

  it("reads 'two teams of six' as a quiz's party, and 'Leonie from our admin team … she's 31 weeks pregnant' as a colleague's", () => {
    expect(fixtureVerdict("tuning881.jsonl", "t881-m021")).toBe("pass");
  });

  it("reads 'Panel: MAPPA and children's social care - Priti Chauhan, Gareth Oyelaran, Dr Helen Vardy' as a running order's speakers", () => {
    expect(fixtureVerdict("tuning881.jsonl", "t881-m016")).toBe("pass");
  });
});

describe("thirtieth session, round five", () => {
  it("reads 'Her seat at the Chesterfield MARAC passes to Callum Eyre' as staff work, so a maternity-leave subject only warns", () => {
    expect(fixtureVerdict("tuning885.jsonl", "t885-m004")).toBe("warn");
  });

  it("reads a new colleague's career ('has spent the last fourteen years in Nottinghamshire children's services') and 'if he turns up at your next strategy discussion' as staff news", () => {
    expect(fixtureVerdict("tuning885.jsonl", "t885-m032")).toBe("warn");
  });

  it("reads 'Sympathy card for Rachel - her dad's funeral' as staff news in the subject", () => {
    expect(fixtureVerdict("tuning886.jsonl", "t886-m020")).toBe("warn");
  });

  it("reads the one a collection or a shower is for as a name ('Collection for Tamsin's wedding', 'Baby shower - Kerensa (Thurs 19th)')", () => {
    expect(subjectNames("Collection for Tamsin's wedding")).toEqual(["Tamsin"]);
    expect(subjectNames("Baby shower - Kerensa (Thurs 19th)")).toEqual(["Kerensa"]);
  });

  it("guard: a venue after 'Team lunch - ' and a prison's unit after 'Retirement - ' are no names", () => {
    expect(subjectNames("Team lunch - Zizzi")).toEqual([]);
    expect(subjectNames("Retirement - Ranby OMU case administration")).toEqual([]);
  });

  it("reads 'the children are on child protection plans' of 'His two' as the named father's case", () => {
    expect(fixtureVerdict("tuning886.jsonl", "t886-m014")).toBe("block");
  });

  it("guard: a locum's caseload 'plus a few child protection plans' is her work", () => {
    expect(fixtureVerdict("tuning33.jsonl", "t33-m007")).toBe("pass");
  });

  it("reads 'with Dad (Shane)' on a contact rota as a case's parent", () => {
    expect(fixtureVerdict("tuning887.jsonl", "t887-m010")).toBe("block");
  });

  it("guard: the writer's 'Mum (Irene) was 84' and 'my Mum (Sheila)' are no case's", () => {
    expect(fixtureVerdict("tuning130.jsonl", "t130-m012")).toBe("pass");
    expect(scanVerdict({ from: "jade.fairclough@derbyshire.gov.uk", to: ["carol@gmail.com"], subject: "Sunday", body: "Hi Carol,\n\nLunch on Sunday with my Mum (Sheila) at 1pm.\n\nJade" })).toBe("pass");
  });

  it("reads 'MAPPA level 2 reviews: Darius is happy to attend' as cover, so the writer's father's stroke stays the writer's own", () => {
    expect(fixtureVerdict("tuning886.jsonl", "t886-m008")).toBe("pass");
  });

  it("reads 'I've finally been diagnosed … after ten years of being told' as the writer's own health", () => {
    expect(fixtureVerdict("tuning891.jsonl", "t891-m035")).toBe("pass");
  });
});

describe("thirtieth session, round six", () => {
  it("reads the paragraph after pasted texts naming their writer ('That's Ashley Dunmore (the tall one …)') as the case person's", () => {
    expect(fixtureVerdict("tuning899.jsonl", "t899-m007")).toBe("block");
  });

  it("guard: a paragraph after pasted words that names no one stays as it was", () => {
    const body = "Hi Trev,\n\nHe's just sent me these:\n\n\"cant come tues got court at leicester mags for the breach\"\n\nThanks for your patience with the rota, Ashley Dunmore will be in touch about Saturday.\n\nKwame";
    expect(scanVerdict({ from: "kwame.asante@justice.gov.uk", to: ["supervisor@bellgatecommunitygarden.org.uk"], subject: "tues", body })).toBe("pass");
  });

  it("reads a quoted webmail writer's 'off the gear 4 months now' and 'not going back inside' as their own case", () => {
    expect(fixtureVerdict("tuning899.jsonl", "t899-m021")).toBe("block");
  });

  it("reads 'grabbed her by the throat' of 'her' as the named child's harm", () => {
    expect(fixtureVerdict("tuning899.jsonl", "t899-m027")).toBe("warn");
  });

  it("reads 'her Thursday baby clinic … is covered by Tamsin Greaves' as a colleague's work handed over, so her news is staff news", () => {
    expect(fixtureVerdict("tuning893.jsonl", "t893-m015")).toBe("pass");
  });

  it("reads 'MAPPA level 2 reviews on 3 Dec: Hannah Greaves to attend for my two cases' as cover", () => {
    expect(fixtureVerdict("tuning897.jsonl", "t897-m026")).toBe("pass");
  });
});

describe("thirtieth session, round seven", () => {
  it("reads 'Took Tayvion (15) back to placement' as a child named, and 'He's been reported missing four times' as his case", () => {
    expect(subjectNames("Took Tayvion (15) back to placement")).toEqual(["Tayvion"]);
    expect(fixtureVerdict("tuning907.jsonl", "t907-m006")).toBe("block");
  });

  it("guard: a place before a number in brackets is no name", () => {
    expect(subjectNames("Went to Leicester (2) and Derby (3) this week")).toEqual([]);
  });
});
