import { isSenderFullName, senderNameOf } from "../../../src/policy/caseData/knownPeople";
import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient = "enquiries@example.co.uk"): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("the sender's name", () => {
  it("comes from the display name (either order) or else the address", () => {
    expect(senderNameOf("Eleanor Tate (she/her)", "")).toEqual({ given: ["eleanor"], family: "tate" });
    expect(senderNameOf("Tate, Eleanor", "")).toEqual({ given: ["eleanor"], family: "tate" });
    expect(senderNameOf("", "eleanor.tate77@leics.gov.uk")).toEqual({ given: ["eleanor"], family: "tate" });
    expect(senderNameOf("", "duty.team@leics.gov.uk")).toEqual({ given: ["duty"], family: "team" });
    expect(senderNameOf("", "dutyteam@leics.gov.uk")).toBeUndefined();
  });

  it("a full name in the text is the sender's with their family name and a given name, its initial or short form", () => {
    const jas = senderNameOf("", "jas.bains@rutland.gov.uk");
    const initial = senderNameOf("", "j.bains@rutland.gov.uk");
    expect(jas && isSenderFullName(jas, "Jasvinder Bains")).toBe(true);
    expect(initial && isSenderFullName(initial, "Jasvinder Kaur Bains")).toBe(true);
    expect(jas && isSenderFullName(jas, "Bains")).toBe(false);
    expect(jas && isSenderFullName(jas, "Harpreet Bains")).toBe(false);
  });
});

describe("the writer's own details and their family's", () => {
  it("the sender's own record (a form's lines under their name) is theirs, not a case's", () => {
    const text = "Hi,\n\nPlease book my follow-up:\n\nPatient: Ellie Fairbrother\nDate of birth: 02/12/1991\nNHS number: 401 736 5280\nAddress: 29 Newbold Road, Chesterfield S41 7PG\n\nThanks";
    const roles = rolesFrom("ellie.fairbrother@justice.gov.uk", text);
    expect(roles["02/12/1991"]).toBe("the sender or a recipient");
    expect(roles["401 736 5280"]).toBe("the sender or a recipient");
    expect(roles["29 Newbold Road"]).toBe("the sender or a recipient");
  });

  it("guard: a case person named after the sender in the same paragraph keeps their data", () => {
    const text = "Requested by: Ellie Fairbrother\nChild: Jordan Pike\nDate of birth: 02/12/2015\nAddress: 29 Newbold Road, Chesterfield S41 7PG";
    const roles = rolesFrom("ellie.fairbrother@justice.gov.uk", text);
    expect(roles["02/12/2015"]).toBe("case");
    expect(roles["Jordan Pike"]).toBe("case");
  });

  it("guard: the same details from someone else are a case's", () => {
    const text = "Patient: Ellie Fairbrother\nDate of birth: 02/12/1991\nNHS number: 401 736 5280";
    expect(rolesFrom("sam.okoro@justice.gov.uk", text)["02/12/1991"]).toBe("case");
  });

  it("data before the sender's name in its paragraph is theirs when no other name comes first", () => {
    const text = "Booking reference: DS-884172\nName: Jasvinder Bains\nDriver number: BAINS806231J99AB";
    expect(rolesFrom("jas.bains@rutland.gov.uk", text)["DS-884172"]).toBe("the sender or a recipient");
  });

  it("a bracketed aside or the sender's former name does not take their record back", () => {
    const text =
      "Full name: Rhiannon Clare Evans (maiden name Lloyd)\nDate of birth: 15/07/1982\nPlan number: 77204193 (from my time with Tom Harker)\nCurrent address: 47 Smedley Street, Matlock DE4 3JG";
    const roles = rolesFrom("rhiannon.evans@derbyshire.gov.uk", text);
    expect(roles["Lloyd"]).toBe("the sender or a recipient");
    expect(roles["15/07/1982"]).toBe("the sender or a recipient");
    expect(roles["47 Smedley Street"]).toBe("the sender or a recipient");
  });

  it("the writer's children, named with the writer's family name where the writer says 'my children', are theirs", () => {
    const text =
      "Hi,\n\nMy two children are in the Saturday lessons: Anika Chauhan (born 11/05/2018), Stage 4, and Dev Chauhan (born 02/10/2020), Stage 2.\n\nAlso, Dev has asthma and needs his inhaler poolside.\n\nThanks";
    const roles = rolesFrom("ravi.chauhan@leicester.gov.uk", text);
    expect(roles["Anika Chauhan"]).toBe("the sender or a recipient");
    expect(roles["11/05/2018"]).toBe("the sender or a recipient");
    expect(roles["has asthma"] ?? roles["asthma"]).toBe("the sender or a recipient");
  });

  it("guard: a person sharing the writer's family name is a case's without 'my' family wording, or with case words", () => {
    const plain = "Anika Chauhan (born 11/05/2018) was seen at school today with a bruise on her arm.";
    expect(rolesFrom("ravi.chauhan@leicester.gov.uk", plain)["11/05/2018"]).toBe("case");
    const client = "My client's children: Anika Chauhan (born 11/05/2018) and my son's friend. Safeguarding referral made.";
    expect(rolesFrom("ravi.chauhan@leicester.gov.uk", client)["Anika Chauhan"]).toBe("case");
  });

  it("the writer's relative's health in a sentence that opens on them and names no one is not a case", () => {
    const text = "Hi Amanda,\n\nI'd like to request carer's leave. My dad had a stroke on Sunday and is on the stroke unit.\n\nThanks";
    const roles = rolesFrom("stuart.pennington@derbyshire.gov.uk", text, "amanda.shaw@derbyshire.gov.uk");
    expect(roles["had a stroke"]).toBe("the sender or a recipient");
  });

  it("guard: a relative's health told of a case person stays a case's", () => {
    const text = "Update for the file: Jordan Pike's dad had a stroke on Sunday and Jordan is staying with his nan.";
    const roles = rolesFrom("stuart.pennington@derbyshire.gov.uk", text, "amanda.shaw@derbyshire.gov.uk");
    expect(roles["had a stroke"]).toBe("case");
  });

  it("the writer's supervision 'with' someone names their manager, not a case person", () => {
    const text = "I've handed my duty slot to Jas and my supervision with Dan has moved to 2 December. My cases are up to date.";
    expect(rolesFrom("stuart.pennington@derbyshire.gov.uk", text, "amanda.shaw@derbyshire.gov.uk")["Dan"]).not.toBe("case");
  });

  it("a name after 'my father,' is the writer's family whatever its family name; after 'me,' it is the writer", () => {
    const text = "Dear Dr Lindqvist,\n\nI am writing about my father, Dennis Whitaker (DOB 17/11/1944, NHS number 660 475 1856). Could you consider a referral to the memory clinic?";
    const roles = rolesFrom("joanne.mensah@richmondandwandsworth.gov.uk", text);
    expect(roles["17/11/1944"]).toBe("the sender or a recipient");
    expect(roles["660 475 1856"]).toBe("the sender or a recipient");
    const claim = "1. Driver at the time: me, Oluwaseun Bankole, DOB 04/10/1990.\n2. Passengers: none.";
    expect(rolesFrom("seun.bankole@cityoflondon.police.uk", claim)["04/10/1990"]).toBe("the sender or a recipient");
  });

  it("a message about the writer's family that names no one else: its health terms are the family's", () => {
    const text = "Hi Dan,\n\nThank you for calling about my mum. The GP thinks her donepezil could be making her unsteady. Her dementia has definitely moved on since the summer. Dr Rao is reviewing her on Friday.";
    expect(rolesFrom("karen.lacey@derbyshire.gov.uk", text, "manager@thebeeches.co.uk")["Her dementia"]).toBe("the sender or a recipient");
  });

  it("guard: a case person named in the same message keeps the health terms a case's", () => {
    const text = "Hi Dan,\n\nMy mum is unwell so I am working from home. Jordan Pike's dementia has moved on and he missed his appointment.";
    expect(rolesFrom("karen.lacey@derbyshire.gov.uk", text)["dementia"]).toBe("case");
  });

  it("guard: 'my client' is no family, so 'my client, Dennis Whitaker (DOB …)' stays a case's", () => {
    const text = "I am writing about my client, Dennis Whitaker (DOB 17/11/1944), and my dad's old GP practice.";
    expect(rolesFrom("joanne.mensah@richmondandwandsworth.gov.uk", text)["17/11/1944"]).toBe("case");
  });
});

describe("the writer filling in a form as the parent or contact (tuning123)", () => {
  it("'Parent/guardian: <the sender>' makes the children sharing their family name theirs", () => {
    const text =
      "Hi,\n\nSwimmer's name: Zara Rahman\nDate of birth: 11/12/2014\nAddress: 63 Wycombe Gardens, Leicester LE5 6HX\nMedical conditions: Type 1 diabetes.\nParent/guardian: Aisha Rahman, 07700 900598\n\nThanks,\nAisha";
    const roles = rolesFrom("aisha.rahman@uhl-tr.nhs.uk", text, "membership@dolphins.org.uk");
    expect(roles["Zara Rahman"]).toBe("the sender or a recipient");
    expect(roles["11/12/2014"]).toBe("the sender or a recipient");
  });

  it("guard: the same form from someone else is a case's", () => {
    const text = "Swimmer's name: Zara Rahman\nDate of birth: 11/12/2014\nParent/guardian: Aisha Rahman, 07700 900598";
    expect(rolesFrom("sam.okoro@uhl-tr.nhs.uk", text, "membership@dolphins.org.uk")["11/12/2014"]).toBe("case");
  });

  it("a number the writer calls theirs ('My NI number is …') is theirs", () => {
    const text = "I've attached the statements for the joint account. My NI number is JR 46 71 92 C, in case you need it. He will send his payslips separately.";
    expect(rolesFrom("lee.hart@derbyshire.gov.uk", text, "adam@keystonemortgages.co.uk")["JR 46 71 92 C"]).toBe("the sender or a recipient");
  });
});

describe("a family message that names no one else (tuning117)", () => {
  it("a sign-off '(Josh's dad)' makes Josh the writer's child, and the message's health terms the family's", () => {
    const text =
      "Dear Ms Lawal,\n\nJosh has been very anxious about coming in since half term. He's been having panic attacks most mornings. Our GP saw him last week and has referred him to CAMHS.\n\nThanks,\nDan Fenwick (Josh's dad)";
    const roles = rolesFrom("daniel.fenwick@wandsworth.gov.uk", text, "k.lawal@heathbrook.wandsworth.sch.uk");
    expect(roles["him to CAMHS"] ?? roles["CAMHS"]).toBe("the sender or a recipient");
  });

  it("its labelled records with no name beside them are the family's ('My father … Date of birth: …')", () => {
    const text =
      "Hello,\n\nThe sister on Ward 28 asked me to email you. My father, Roy Pell, has been on the ward since his fall.\n\nDate of birth: 30/01/1941\nNHS number: 605 372 2898\n\nDad has Parkinson's and lives alone.";
    const roles = rolesFrom("andrew.pell@derbyshire.gov.uk", text, "discharge.hub@nhs.net");
    expect(roles["30/01/1941"]).toBe("the sender or a recipient");
    expect(roles["605 372 2898"]).toBe("the sender or a recipient");
  });

  it("guard: an untitled stranger named in it keeps its records a case's", () => {
    const text = "Hello,\n\nMy father is in hospital so I am off. Kayden Marsh needs his review.\n\nDate of birth: 30/01/2011\nNHS number: 605 372 2898";
    expect(rolesFrom("andrew.pell@derbyshire.gov.uk", text, "discharge.hub@nhs.net")["30/01/2011"]).toBe("case");
  });
});

describe("the writer's own home in brackets after 'my home address hasn't changed'", () => {
  it("is theirs", () => {
    const text =
      "I got married in August and would like to change my name on the register from Natalia Kowalczyk to Natalia Hartley. My date of birth is 28/09/1990.\n\nMy new work email is this one, and my home address hasn't changed (Flat 4, 27 Westcotes Drive, Leicester LE3 0QR).";
    expect(rolesFrom("natalia.hartley@leicester.gov.uk", text, "registration@socialworkengland.org.uk")["Flat 4, 27 Westcotes Drive"]).toBe("the sender or a recipient");
  });
});

describe("the writer's family, tuning157", () => {
  it("a form's contact field filled with 'me' makes the writer the parent: the child named with their family name is theirs", () => {
    const r = rolesFrom("lewis.hartley@derbyshire.gov.uk", "Hi Gemma,\n\nChild's full name: Isla Rose Hartley\nDate of birth: 19/08/2023\nHome address: 14 Hollybush Close, Belper DE56 1GT\n\nEmergency contacts: me (07700 900318) and her mum, Sophie Hartley (07700 900562)\n\nThanks\nLewis");
    expect([r["Isla Rose Hartley"], r["19/08/2023"], r["Sophie Hartley"], r["07700 900562"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: without the writer as a contact, a child's form is case data (unless the child has the writer's family name: tuning176)", () => {
    const r = rolesFrom("lewis.hartley@derbyshire.gov.uk", "Hi Gemma,\n\nChild's full name: Isla Rose Pike\nDate of birth: 19/08/2023\n\nEmergency contacts: her mum, Sophie Pike (07700 900562)\n\nThanks\nLewis");
    expect(r["19/08/2023"]).toBe("case");
  });

  it("the writer listed in full beside people of their family name: a family booking", () => {
    const r = rolesFrom("nicola.fenwick@derbyshire.gov.uk", "Hi Amy,\n\nNames as they appear on our passports:\n\nMrs Nicola Jane Fenwick – 09/11/1982\nMr Stuart Paul Fenwick – 21/03/1981\nMiss Ruby Fenwick – 30/06/2014\n\nThanks\nNicola");
    expect([r["Mr Stuart Paul Fenwick"], r["21/03/1981"], r["30/06/2014"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: people of another family name listed beside the writer stay case data", () => {
    const r = rolesFrom("nicola.fenwick@derbyshire.gov.uk", "Hi Amy,\n\nNames as they appear on our passports:\n\nMrs Nicola Jane Fenwick – 09/11/1982\nMr Kyle Dawson – 21/03/1981\n\nThanks\nNicola");
    expect(r["21/03/1981"]).toBe("case");
  });

  it("a family name in either gender's form and written without accents is the writer's ('Kacper Szymański' for hannah.szymanska@)", () => {
    const r = rolesFrom("hannah.szymanska@justice.gov.uk", "Hi there,\n\nMy son has just passed Stage 3; could he go on the waiting list?\n\nName: Kacper Szymański\nDOB: 02/02/2018\n\nHannah Szymańska");
    expect([r["Kacper Szymański"], r["02/02/2018"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("'our current address is' is the writer's own; a line manager on a form is staff", () => {
    const r = rolesFrom("graham.tilley@derbyshire.gov.uk", "Dear Ms Denby,\n\nOur current address is 9 Chatsworth Drive, Wirksworth DE4 4FL.\n\nTeam: Youth Justice Service\nLine manager: Mohammed Iqbal\n\nGraham");
    expect([r["9 Chatsworth Drive"], r["Mohammed Iqbal"]].every((x) => x !== "case")).toBe(true);
  });
});

describe("the writer's family, tuning160", () => {
  it("the writer's partner joined by 'and', a name the relative goes by, and an anchor's parents are the family's", () => {
    const r = rolesFrom("martin.sewell@leics.police.uk", "Hi Ciara,\n\nHere are the answers to your client questionnaire for our purchase.\n\nBuyers: Martin James Sewell and Chloe Anne Barker (she goes by Annie)\nDOB 12/12/1989\nDeposit: a gift from Chloe's parents, David and Janet Price, at 6 Hollies Close, Sileby LE12 7PW.\n\nThanks,\nMartin");
    expect([r["Chloe Anne Barker"], r["Annie"], r["12/12/1989"], r["David"], r["Janet Price"], r["6 Hollies Close"]].every((x) => x !== "case")).toBe(true);
  });

  it("guard: a name joined by 'and' to someone else, or a case's client, is no family", () => {
    const r = rolesFrom("martin.sewell@leics.police.uk", "Hi Ciara,\n\nMy client Kyle Dawson and Chloe Anne Barker, DOB 12/12/1989, were arrested for burglary.\n\nThanks,\nMartin");
    expect(r["12/12/1989"]).toBe("case");
  });

  it("a titled person in a message about the writer's family is their teacher or landlord: a professional", () => {
    const r = rolesFrom("laura.whitcombe@derbyshire.gov.uk", "Dear Mrs Kaur,\n\nChild's name: Isla Whitcombe\nClass: 5P (Mr Pryce)\nDate of birth: 19/11/2016\nParent/carer 1: Laura Whitcombe – mobile 07700 900418\n\nShe'd like to share a room with her friend Amelia.\n\nThanks\nLaura");
    expect(r["Mr Pryce"]).toBe("a named professional");
  });

  it("guard: with no family told, a titled name beside a date of birth stays case data", () => {
    const r = rolesFrom("laura.whitcombe@derbyshire.gov.uk", "Dear Mrs Kaur,\n\nChild's name: Isla Dawson\nClass: 5P (Mr Pryce)\nDate of birth: 19/11/2016\n\nThanks\nLaura");
    expect(r["Mr Pryce"]).toBe("case");
  });
});
