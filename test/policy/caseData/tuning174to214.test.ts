import { senderNameOf } from "../../../src/policy/caseData/knownPeople";
import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient = "reception@belperdental.co.uk"): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

const dentistReply = (family: string, extra = ""): string =>
  `Hi,\n\n4pm on the 8th is great for all three, thanks.\n\nThanks\nLeanne\n\nOn 16 Nov 2026, at 14:02, Belper Dental Care <reception@belperdental.co.uk> wrote:\n\n> Dear Mrs ${family},\n>\n> We can offer the following check-ups on Tuesday 8 December:\n>\n> 4.00pm  Marcus ${family} (DOB 11/04/1986)\n> 4.10pm  Elsie ${family} (DOB 30/06/2015)\n>${extra}\n> Kind regards\n> Reception Team`;

describe("tuning174–179: the writer's household named by its family name", () => {
  it("a hyphen in an address joins a double-barrelled family name", () => {
    expect(senderNameOf("", "claire.sowerby-hunt@justice.gov.uk")).toEqual({ given: ["claire"], family: "sowerby-hunt" });
    expect(senderNameOf("", "claire-hunt@justice.gov.uk")).toEqual({ given: ["claire"], family: "hunt" });
  });

  it("in a message with no case words, people of the sender's family name in a quoted reply are theirs", () => {
    const r = rolesFrom("leanne.tait@derbyshire.police.uk", dentistReply("Tait"));
    expect([r["Marcus Tait"], r["11/04/1986"], r["30/06/2015"]]).toEqual(["the sender or a recipient", "the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: the same list with another family name is case data", () => {
    const r = rolesFrom("leanne.tait@derbyshire.police.uk", dentistReply("Hollins"));
    expect([r["Marcus Hollins"], r["11/04/1986"]]).toEqual(["case", "case"]);
  });

  it("guard: a message about a case process keeps people of the sender's family name as a case's", () => {
    const r = rolesFrom("leanne.tait@derbyshire.police.uk", dentistReply("Tait", "\n> Both children are on a child protection plan.\n>"));
    expect([r["Marcus Tait"], r["11/04/1986"]]).toEqual(["case", "case"]);
  });

  it("a double-barrelled name shares the family name either way; a first name before the full name is theirs too", () => {
    const text =
      "Dear Mr Marland,\n\nThank you. Paul and I have both signed the client care letter.\n\n- Paul's details: Paul Sowerby, 7 Hollybrook Way, Heatherton, Derby DE23 3TZ, DOB 14/02/1975.\n\nKind regards\nClaire";
    const r = rolesFrom("claire.sowerby-hunt@justice.gov.uk", text, "probate@marlandandco.co.uk");
    expect([r["Paul"], r["Paul Sowerby"], r["14/02/1975"], r["7 Hollybrook Way"]]).toEqual([
      "the sender or a recipient",
      "the sender or a recipient",
      "the sender or a recipient",
      "the sender or a recipient",
    ]);
  });

  it("on a form the writer fills in as parent, a partner after their name and that partner's kin are the family's", () => {
    const text =
      "Hi Donna,\n\nChild's full name: Zara Mensah-Clarke\nDate of birth: 19/02/2024\nParental responsibility: Hannah Clarke (07700 900734) and Kofi Mensah (07700 900745)\nAuthorised to collect: Kofi Mensah, Grace Mensah (password: pineapple)\n\nThanks so much,\nHannah";
    const r = rolesFrom("hannah.clarke@met.police.uk", text, "admin@littleacorns.co.uk");
    expect([r["Zara Mensah-Clarke"], r["19/02/2024"], r["Kofi Mensah"], r["07700 900745"], r["Grace Mensah"]]).toEqual([
      "the sender or a recipient",
      "the sender or a recipient",
      "the sender or a recipient",
      "the sender or a recipient",
      "the sender or a recipient",
    ]);
  });

  it("guard: someone of another family name on the same form, not joined to the writer, is a case's", () => {
    const text =
      "Hi Donna,\n\nChild's full name: Zara Mensah-Clarke\nParental responsibility: Hannah Clarke (07700 900734)\nAlso in the room: Tyler Dunmore, DOB 03/05/2022\n\nThanks,\nHannah";
    const r = rolesFrom("hannah.clarke@met.police.uk", text, "admin@littleacorns.co.uk");
    expect([r["Tyler Dunmore"], r["03/05/2022"]]).toEqual(["case", "case"]);
  });

  it("the writer named in full and then by first name: the health told of them is theirs", () => {
    const text =
      "For my records.\n\nFrom: Occupational Health Unit <ohu@derbyshire.police.uk>\nSent: 12 November 2026 14:20\nTo: Barker, Lewis <lewis.barker@derbyshire.police.uk>\nSubject: Occupational Health report\n\nDear Lewis,\n\nName: Lewis Barker  DOB: 27/01/1984\n\nLewis has had symptoms of moderate depression and anxiety since June. His GP has prescribed citalopram 20mg.\n\nDr A Mistry";
    const r = rolesFrom("lewis.barker@derbyshire.police.uk", text, "lewisbarker84@gmail.com");
    expect(r["citalopram"]).toBe("the sender or a recipient");
  });

  it("guard: the same report about someone else keeps the health a case's", () => {
    const text =
      "For my records.\n\nFrom: Occupational Health Unit <ohu@derbyshire.police.uk>\nSent: 12 November 2026 14:20\nTo: Barker, Lewis <lewis.barker@derbyshire.police.uk>\nSubject: Occupational Health report\n\nDear Lewis,\n\nName: Jordan Pike  DOB: 27/01/1984\n\nJordan has had symptoms of moderate depression and anxiety since June. His GP has prescribed citalopram 20mg.\n\nDr A Mistry";
    const r = rolesFrom("lewis.barker@derbyshire.police.uk", text, "lewisbarker84@gmail.com");
    expect(r["citalopram"]).toBe("case");
  });
});

describe("tuning180–183: the writer's household told in the writer's own words", () => {
  it("a relative named in brackets after the name, step-relatives too, is the writer's", () => {
    const text = "Hello,\n\nPlease quote to add a named driver to my car policy:\n\nName: Hollie Garbutt (my stepdaughter)\nDate of birth: 03/08/2008\n\nThanks\nImran";
    const r = rolesFrom("imran.sheikh@met.police.uk", text, "mta@northstarinsurance.co.uk");
    expect([r["Hollie Garbutt"], r["03/08/2008"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: a relative of someone else in brackets keeps the record a case's", () => {
    const text = "Hello,\n\nPlease add to the booking:\n\nName: Hollie Garbutt (his stepdaughter)\nDate of birth: 03/08/2008\n\nThanks\nImran";
    const r = rolesFrom("imran.sheikh@met.police.uk", text, "mta@northstarinsurance.co.uk");
    expect([r["Hollie Garbutt"], r["03/08/2008"]]).toEqual(["case", "case"]);
  });

  it("someone who lives with the writer is theirs, and a doctor named between does not take their diagnosis", () => {
    const text =
      "Hi Mrs Dillon,\n\nHarvey came home much calmer after Friday.\n\nI've attached the letter from Dr Anand confirming his ADHD diagnosis.\n\nFor the paperwork, Harvey lives with me in the week; his dad's email is simon.reeve77@gmail.com.\n\nBest wishes\nJoanna";
    const r = rolesFrom("joanna.reeve@nhs.net", text, "senco@brookfieldjunior.sch.uk");
    expect([r["Harvey"], r["his ADHD diagnosis"], r["simon.reeve77@gmail.com"]]).toEqual(["the sender or a recipient", "the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: someone who lives with someone else, and another family's address, are a case's", () => {
    const text =
      "Hi Mrs Dillon,\n\nHarvey came home much calmer after Friday.\n\nI've attached the letter from Dr Anand confirming his ADHD diagnosis.\n\nFor the paperwork, Harvey lives with his nan in the week; his dad's email is simon.pike77@gmail.com.\n\nBest wishes\nJoanna";
    const r = rolesFrom("joanna.reeve@nhs.net", text, "senco@brookfieldjunior.sch.uk");
    expect([r["Harvey"], r["simon.pike77@gmail.com"]]).toEqual(["case", "case"]);
    expect(r["his ADHD diagnosis"]).not.toBe("the sender or a recipient");
  });

  it("someone joined to the writer by 'and I' is of their household", () => {
    const text = "Hi,\n\nRhys and I have both signed the form. Rhys's date of birth is 02/11/1999.\n\nThanks\nOliver";
    const r = rolesFrom("oliver.nash@leicester.gov.uk", text, "referencing@lettingcheck.co.uk");
    expect([r["Rhys"], r["02/11/1999"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: 'and I' in a message about a case process is casework", () => {
    const text = "Hi,\n\nRhys and I went through his licence conditions. Rhys's date of birth is 02/11/1999.\n\nThanks\nOliver";
    const r = rolesFrom("oliver.nash@leicester.gov.uk", text, "referencing@lettingcheck.co.uk");
    expect([r["Rhys"], r["02/11/1999"]]).toEqual(["case", "case"]);
  });
});

describe("tuning176 and tuning181 again: someone written to together with the writer", () => {
  const quoted = (greeting: string, ask: string): string =>
    `to sort tonight\n\nFrom: Ellis Brooke Mortgages <advice@ellisbrooke.co.uk>\nSent: 18 November 2026 10:21\nTo: Osei, Jamal <jamal.osei@met.police.uk>\nSubject: Mortgage application\n\n${greeting}\n\n${ask}\n\nApplicant 2 – Priya Nair (DOB 21/12/1990)\n- three months' bank statements\n\nBest wishes\nMartin Ellis`;

  it("a name greeted beside the writer's in a quoted message, or after 'you and', is of the writer's household", () => {
    const greeted = rolesFrom("jamal.osei@met.police.uk", quoted("Hi Jamal and Priya,", "Please send the following."), "jamalosei88@hotmail.co.uk");
    expect(greeted["21/12/1990"]).toBe("the sender or a recipient");
    const youAnd = rolesFrom("jamal.osei@met.police.uk", quoted("Hi Jamal,", "For you and Priya I still need the following."), "jamalosei88@hotmail.co.uk");
    expect(youAnd["21/12/1990"]).toBe("the sender or a recipient");
  });

  it("guard: greeted without the writer, or beside a case process, the date of birth is a case's", () => {
    const others = rolesFrom("jamal.osei@met.police.uk", quoted("Hi Tom and Priya,", "Please send the following."), "jamalosei88@hotmail.co.uk");
    expect(others["21/12/1990"]).toBe("case");
    const process = rolesFrom("jamal.osei@met.police.uk", quoted("Hi Jamal and Priya,", "Please send the following for the core group."), "jamalosei88@hotmail.co.uk");
    expect(process["21/12/1990"]).toBe("case");
  });
});

/** Roles in a body from a Leicester City sender to an outside business. */
const rolesOut = (text: string): Record<string, string> => rolesByText(text, [["Han Li", "han.li@leicester.gov.uk"], ["", "bookings@example.co.uk"]], true);

describe("tuning184–189: staff news, training days and anonymised accounts", () => {
  it("a baby's name in a colleague's birth news is the colleague's family", () => {
    const r = rolesOut("Hi all,\n\nLovely news: our colleague Femi Adebayo and his wife Grace welcomed a baby girl, Tobi, on Saturday. Femi is on paternity leave until January.\n\nThanks\nHan");
    expect([r["Grace"], r["Tobi"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a baby named beside case wording is a case's", () => {
    const r = rolesOut("Hi all,\n\nOur colleague Femi visited the family: mum has had a baby girl, Tobi, and the father is on licence for assault.\n\nThanks\nHan");
    expect(r["Tobi"]).toBe("case");
  });

  it("a harm named as a practice day's subject is a topic, so colleagues going to it are no case", () => {
    const r = rolesOut("Hi all,\n\nAmy and Owen are on the domestic abuse practice day on 8 December and will feed back in January.\n\nThanks\nHan");
    expect([r["Amy"], r["the domestic abuse"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: the same harm told of someone named is a case's", () => {
    const r = rolesOut("Hi all,\n\nAmy disclosed domestic abuse by her partner on 8 December.\n\nThanks\nHan");
    expect(r["Amy"]).toBe("case");
  });

  it("an account the writer says they have anonymised: its offence is the example's", () => {
    const r = rolesOut(
      'Dear Rachel,\n\nI\'ve anonymised it in line with the PQiP guidance: the person on probation is "Mr J".\n\n"Mr J is subject to a community order following a conviction for a violent offence against a former partner."\n\nBest wishes\nHan',
    );
    expect(r["a conviction for a violent offence"]).not.toBe("case");
  });

  it("guard: the same account without the writer saying so keeps the offence a case's", () => {
    const r = rolesOut('Dear Rachel,\n\nHere is the extract.\n\n"Mr J is subject to a community order following a conviction for a violent offence against a former partner."\n\nBest wishes\nHan');
    expect(r["a conviction for a violent offence"]).toBe("case");
  });
});

describe("tuning190–195: case notes told briefly, signatures of volunteers, the writer's own", () => {
  const partner = (text: string, sender = "lauren.pegg@leics.police.uk"): Record<string, string> => rolesByText(text, [["", sender], ["", "seun.adebayo@justice.gov.uk"]], true, true);

  it("a 999 call and a push told of someone named make them a case's", () => {
    const r = partner("Seun, summary of the log: Stacey Mellor called 999 at 23:40 saying Shane Turton had pushed her into a door.\n\nLauren");
    expect([r["Stacey Mellor"], r["Shane Turton"]]).toEqual(["case", "case"]);
  });

  it("guard: pushing someone to apply is encouragement, and a DASH course is training", () => {
    const r = partner("Seun, Stacey Mellor pushed him to apply for the team leader post, and Shane Turton is booked on the DASH training.\n\nLauren");
    expect([r["Stacey Mellor"], r["Shane Turton"]]).toEqual(["no case context", "no case context"]);
  });

  it("a recall weighed in a sentence with 'him' is about the person named before", () => {
    const r = partner("Leon, visited Kelsey this afternoon. She's frightened and has kept Bailey off nursery. Can you raise with him/consider recall?\n\nRuth", "ruth.agyeman@derby.gov.uk");
    expect(r["Bailey"]).toBe("case");
  });

  it("a quoted volunteer's signature (name, role, organisation and address) is a signature", () => {
    const text =
      "Thursday works, thanks Bea.\n\nDom\n\nFrom: York Road Community Kitchen <hello@yorkroadkitchen.org.uk>\nSent: Tuesday, November 17, 2026 5:48 PM\nTo: Achebe, Dominic <dominic.achebe@justice.gov.uk>\nSubject: Re: Hall hire\n\nHi Dominic,\n\nThe main hall is free on Thursday.\n\nBest,\nBea Lindqvist\nBookings volunteer\nYork Road Community Kitchen, 41 York Road, London SW11 3QA";
    const r = rolesByText(text, [["", "dominic.achebe@justice.gov.uk"], ["", "hello@yorkroadkitchen.org.uk"]], true, true);
    expect(r["41 York Road"]).not.toBe("case");
    expect(r["Bea Lindqvist"]).not.toBe("case");
  });

  it("the writer signing off as a child's parent makes the child theirs", () => {
    const text = "Hi,\n\nAlfie will be late in on Thursday as he's got his asthma review at 9:10.\n\nThanks,\nKaren (Alfie's mum, Oak class)";
    const r = rolesFrom("karen.mellor@derbyshire.gov.uk", text, "office@ashgate.derbyshire.sch.uk");
    expect([r["Alfie"], r["his asthma"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: signing off as someone's worker leaves the child a case's", () => {
    const text = "Hi,\n\nAlfie will be late in on Thursday as he's got his asthma review at 9:10.\n\nThanks,\nKaren (Alfie's social worker)";
    const r = rolesFrom("karen.mellor@derbyshire.gov.uk", text, "office@ashgate.derbyshire.sch.uk");
    expect(r["his asthma"]).toBe("case");
  });

  it("the writer's forwarding address is theirs; a relative's health after 'In short:' too", () => {
    const r = rolesFrom("kwame.osei@justice.gov.uk", "Hi Gemma,\n\nPlease release the deposit. My forwarding address is 8 Holly Bank, Wirksworth, Matlock DE4 4FL.\n\nThanks,\nKwame");
    expect(r["8 Holly Bank"]).toBe("the sender or a recipient");
    const hr = rolesFrom("rachel.dunmore@charnwood.gov.uk", "Dear HR,\n\nI'd like to request flexible working. In short: my daughter was diagnosed with autism in the summer and starts a new school in January.\n\nRachel", "hr.advice@charnwood.gov.uk");
    expect(hr["was diagnosed with autism"]).toBe("the sender or a recipient");
  });

  it("the writer's payroll query giving their unit's name keeps their NI number theirs", () => {
    const text = "Hello,\n\nMy November payslip shows an emergency tax code.\n\nMy details:\nStaff number: 40177325\nNI number: JT 48 39 17 B\nLocation: HMP Foston Hall, Offender Management Unit\n\nThanks\nShaun";
    expect(rolesFrom("shaun.marples@justice.gov.uk", text, "payroll@sscpayroll.co.uk")["JT 48 39 17 B"]).toBe("the sender or a recipient");
  });

  it("guard: the same query about an offender's number stays a case's", () => {
    const text = "Hello,\n\nMy November payslip shows an emergency tax code.\n\nMy details:\nStaff number: 40177325\nNI number of the offender I supervise: JT 48 39 17 B\n\nThanks\nShaun";
    expect(rolesFrom("shaun.marples@justice.gov.uk", text, "payroll@sscpayroll.co.uk")["JT 48 39 17 B"]).toBe("case");
  });
});

describe("tuning196–200: colleagues on the writer's own list, birth news, going missing", () => {
  const booking = (list: string): Record<string, string> =>
    rolesByText(`Hi Helen,\n\nHere are the names for the refresher:\n\n${list}\n\nSophie is pregnant so could the trainer make sure she's given the adapted practical element.\n\nThanks\nGaz`, [["", "gareth.pearce@derbyshire.gov.uk"], ["", "bookings@peak.co.uk"]], true, true);

  it("a list the writer puts themselves on is of colleagues: one's pregnancy is staff news", () => {
    const r = booking("1. Lisa Marsden\n2. Sophie Bamford\n3. Gareth Pearce (me)");
    // Since the twelfth session a name on such a list is a colleague for every rule (teamLists.ts), not only for health news.
    expect([r["Sophie"], r["is pregnant"]]).toEqual(["a named professional", "no case context"]);
  });

  it("guard: a list without the writer, or with a case person's role on it, keeps the pregnancy a case's", () => {
    expect(booking("1. Lisa Marsden\n2. Sophie Bamford")["Sophie"]).toBe("case");
    expect(booking("1. Lisa Marsden\n2. Sophie Bamford (mum)\n3. Gareth Pearce (me)")["Sophie"]).toBe("case");
  });

  it("a colleague's maternity leave makes the birth news a colleague's: the partner and the baby are family", () => {
    const r = rolesOut("Hi all,\n\nLovely news - Dawn and her partner Rob welcomed baby Isla on Saturday night. Dawn's maternity leave has started a bit earlier than planned.\n\nBev");
    expect([r["Rob"], r["Isla"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a birth told with no colleague wording stays a case's", () => {
    const r = rolesOut("Hi all,\n\nDawn and her partner Rob welcomed baby Isla on Saturday night; the health visitor has concerns about the home.\n\nBev");
    expect(r["Isla"]).toBe("case");
  });

  it("'he's been going missing' told after a named young person makes them a case's", () => {
    const r = rolesOut("Hi Amy,\n\nThanks for seeing Ellis last week.\n\nHe's been going missing again and came back with cash he can't explain.\n\nCeri");
    expect(r["Ellis"]).toBe("case");
  });
});

describe("tuning201–206: the writer's own letters, partners and children, and staff forms", () => {
  const pension = (extra: string): string =>
    `for the mortgage adviser\n\nSarah\n\n-----Original Message-----\nFrom: Leicestershire Pension Fund <pensions@leics.gov.uk>\nSent: 23 November 2026 08:30\nTo: Nightingale, Sarah <sarah.nightingale@leics.gov.uk>\nSubject: Your Annual Benefit Statement 2026\n\nDear Mrs Nightingale,\n\nYour statement is now available.${extra}\n\nDate of birth: 12/08/1981\nNational Insurance number: SK 41 90 62 D\n\nLeicestershire Pension Fund`;

  it("a quoted letter written to the writer that names no one else: its records are the writer's", () => {
    const r = rolesFrom("sarah.nightingale@leics.gov.uk", pension(""), "sarahnightingale1981@gmail.com");
    expect([r["12/08/1981"], r["SK 41 90 62 D"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: the same letter naming someone else keeps the records a case's", () => {
    const r = rolesFrom("sarah.nightingale@leics.gov.uk", pension(" It concerns Kayden Moss."), "sarahnightingale1981@gmail.com");
    expect(r["12/08/1981"]).toBe("case");
  });

  it("the writer's own health after 'a reminder that my …' is theirs", () => {
    const r = rolesFrom("chloe.adams@uhl-tr.nhs.uk", "Hello,\n\nI've had a reminder that my hepatitis B booster is due.\n\nThanks\nChloe", "occupational.health@uhl-tr.nhs.uk");
    expect(r["my hepatitis B"]).toBe("the sender or a recipient");
  });

  it("'My partner (Jamie Roe)' is the writer's, and so is his forwarding address", () => {
    const r = rolesFrom("ellie.vaughan@leics.police.uk", "Good afternoon,\n\nMy partner (Jamie Roe) moved out on 31 October. His forwarding address is 5 Fairfield Court, Wigston LE18 2TB.\n\nThanks,\nEllie", "counciltax@blaby.gov.uk");
    expect([r["Jamie Roe"], r["5 Fairfield Court"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("'my lad Kyle', and 'her mum Nicola' after the writer's daughter, are the writer's family", () => {
    const lad = rolesFrom("craig.pollard@justice.gov.uk", "Hi Gaz,\n\nMy lad Kyle can't make Saturday, he's at his nan's.\n\nCheers\nCraig", "club.u11s@gmail.com");
    expect(lad["Kyle"]).toBe("the sender or a recipient");
    const mum = rolesFrom("rob.stanton@leics.police.uk", "Hi,\n\nI give consent for my daughter Evie Stanton (5W) to go on the trip.\n\nHer mum Nicola will drop her at 8.15. Emergency contact is Nicola on 07700 900318.\n\nThanks\nRob", "office@school.leics.sch.uk");
    expect([mum["Nicola"], mum["07700 900318"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: 'her mum' said of a case child stays a case's", () => {
    const r = rolesFrom("rob.stanton@leics.police.uk", "Hi,\n\nKayla Pike (5W) is on a child protection plan.\n\nHer mum Nicola will drop her at 8.15. Emergency contact is Nicola on 07700 900318.\n\nThanks\nRob", "office@school.leics.sch.uk");
    expect(r["07700 900318"]).toBe("case");
  });

  it("a form's 'Employee:' gives a member of staff", () => {
    const r = rolesByText("Hi,\n\nReturn to work interview completed.\n\nEmployee: Callum Denton\nAbsence dates: 9-13 November 2026\nReason given: Gastroenteritis\nUnderlying condition: None disclosed\n\nThanks\nJo", [["", "jo.hollis@rutland.gov.uk"], ["", "hr@rutland.gov.uk"]], true, true);
    expect(r["Callum Denton"]).not.toBe("case");
  });
});

describe("tuning207–210: the writer's children by first name, a colleague's news and illness", () => {
  it("in a message quiet of cases about the writer's family, children named by first name alone are the family's", () => {
    const text = "Hi Jo,\n\nCould I book Harry (9) and Alfie (7) in for the half-term club?\n\nHarry has type 1 diabetes and wears an insulin pump.\n\nMy husband, Mark, will do the drop-offs.\n\nThanks!\nKelly";
    const r = rolesFrom("kelly.townsend@nhs.net", text, "holidayclub@gmail.com");
    expect([r["Harry"], r["diabetes"]]).not.toContain("case");
  });

  it("guard: a child named in full by another family name keeps the health a case's", () => {
    const text = "Hi Jo,\n\nCould I book Harry Pike (9) in for the half-term club?\n\nHarry has type 1 diabetes and wears an insulin pump.\n\nMy husband, Mark, will do the drop-offs.\n\nThanks!\nKelly";
    const r = rolesFrom("kelly.townsend@nhs.net", text, "holidayclub@gmail.com");
    expect(r["diabetes"]).toBe("case");
  });

  it("the writer signing off as the parent on the line after their name makes the child theirs", () => {
    const text = "Dear Mrs Thornton,\n\nThank you for the draft of Daniel's plan. Section B should mention the ADHD diagnosis he got in June.\n\nKind regards,\n\nAisha Bello\n(Daniel's mum, 3K)";
    const r = rolesFrom("aisha.bello@leicester.gov.uk", text, "senco@fosseway.leicester.sch.uk");
    expect(r["the ADHD diagnosis"]).not.toBe("case");
  });

  it("a colleague 'on our duty desk' and the baby's news: the colleague, the partner and the baby are no case", () => {
    const text =
      "Hi all,\n\nMany of you will know Gemma Lacey, who was on our duty desk. Gemma and her husband Rhys welcomed their son, Noah, on Friday. Mum and baby are both home.\n\nGemma says thank you for the bits for the baby your team sent.\n\nClaire";
    const r = rolesByText(text, [["", "claire.ashworth@justice.gov.uk"], ["", "team@derbyshire.gov.uk"]], true, true);
    expect([r["Gemma"], r["Rhys"], r["Noah"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("'Just to let you know that Ruth …' is the writer telling of a colleague's illness", () => {
    const text =
      "Hi Helen,\n\nJust to let you know that Ruth won't be at Thursday's meeting - she's been signed off while she has treatment for breast cancer. Ayesha Patel will cover the liaison slot until Ruth is back.\n\nSanjay\n\nFrom: Garbutt, Helen <helen.garbutt@justice.gov.uk>\nSent: 17 November 2026 15:18\nTo: Mistry, Sanjay <sanjay.mistry@derby.gov.uk>; Ruth Daley <ruth.daley@derby.gov.uk>\nSubject: Thursday's liaison meeting\n\nHi both,\n\nAgenda attached.\n\nHelen";
    const r = rolesByText(text, [["", "sanjay.mistry@derby.gov.uk"], ["", "helen.garbutt@justice.gov.uk"]], true, true);
    expect(r["cancer"]).not.toBe("case");
  });

  it("guard: someone else told that she has cancer is still a case's", () => {
    const text = "Hi Helen,\n\nKayleigh Brooks told me that she has treatment for breast cancer and has missed her appointments. Ayesha Patel will cover the liaison slot.\n\nSanjay";
    const r = rolesByText(text, [["", "sanjay.mistry@derby.gov.uk"], ["", "helen.garbutt@justice.gov.uk"]], true, true);
    expect(r["cancer"]).toBe("case");
  });
});

describe("tuning211–214: a licence's terms, colleagues on the writer's lists and team days", () => {
  it("'X's licence still allows him' and 'the previous incident of violence' are case wording", () => {
    const r = rolesOut("Hi both,\n\nNatalie - can you confirm Brandon Tait's licence still allows him in the city centre? Given the previous incident of violence at handover, Keeley Marriott should not attend.\n\nDaniel");
    expect([r["Brandon Tait"], r["Keeley Marriott"]]).toEqual(["case", "case"]);
  });

  it("', one of my probation officers,' makes a colleague, whose pregnancy told to a trainer is staff news", () => {
    const r = rolesOut("Hi Steve,\n\nHannah Sowter, one of my probation officers, is 28 weeks pregnant and will sit out the practical.\n\nLorna");
    expect([r["Hannah Sowter"], r["pregnant"]]).not.toContain("case");
  });

  it("a participants' list with the sender on it, giving emergency contacts, is of colleagues", () => {
    const text =
      "Hello,\n\nParticipants and emergency contacts:\n1. Kwame Asante - emergency contact Ama Asante (wife), 07700 900733\n2. Louise Frith - emergency contact Dan Frith (husband), 07700 900246\n\nMedical information: Louise has type 1 diabetes and will carry her insulin.\n\nKind regards\nKwame";
    const r = rolesByText(text, [["", "kwame.asante@derbyshire.gov.uk"], ["", "groups@outdoorcentre.co.uk"]], true, true);
    expect([r["Louise"], r["diabetes"]]).not.toContain("case");
  });

  it("guard: the same list without the sender on it keeps the diabetes a case's", () => {
    const text =
      "Hello,\n\nParticipants and emergency contacts:\n1. Kayden Moss - emergency contact Ama Moss (mum), 07700 900733\n2. Louise Frith - emergency contact Dan Frith (dad), 07700 900246\n\nMedical information: Louise has type 1 diabetes and will carry her insulin.\n\nKind regards\nKwame";
    const r = rolesByText(text, [["", "kwame.asante@derbyshire.gov.uk"], ["", "groups@outdoorcentre.co.uk"]], true, true);
    expect(r["diabetes"]).toBe("case");
  });

  it("the people named in a note about 'our team day' are the team", () => {
    const r = rolesOut("Hi Carys,\n\nA couple of changes for our team day on Wednesday. Sue Redfern has asthma and will bring her inhaler.\n\nImran");
    expect([r["Sue Redfern"], r["has asthma"]]).not.toContain("case");
  });

  it("guard: a team day note that names a case person keeps the health a case's", () => {
    const r = rolesOut("Hi Carys,\n\nA couple of changes for our team day on Wednesday. The child, Sue Redfern, has asthma and will bring her inhaler.\n\nImran");
    expect(r["has asthma"]).toBe("case");
  });
});
