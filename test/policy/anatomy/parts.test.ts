/** The parts of one message: greeting, text, sign-off, signature, disclaimer. */
import { greetingLength, isSignOff, lineShape } from "../../../src/policy/anatomy/lineShape";
import { peopleIn } from "../../../src/policy/anatomy/people";
import { brokenPromise, read } from "./helpers";

describe("greeting", () => {
  it.each([
    ["Hi Tom,", "Hi Tom,"],
    ["Hello,", "Hello,"],
    ["Dear Ms Patel", "Dear Ms Patel"],
    ["Dear colleagues,", "Dear colleagues,"],
    ["Morning Sarah", "Morning Sarah"],
    ["Good afternoon all", "Good afternoon all"],
    ["Hiya", "Hiya"],
    ["Sam –", "Sam –"],
    ["Bore da Sian,", "Bore da Sian,"],
    ["Hi both", "Hi both"],
    ["Dear Sir/Madam,", "Dear Sir/Madam,"],
    ["Hello Mr O'Brien-Smith!", "Hello Mr O'Brien-Smith!"],
    ["Annwyl Gareth,", "Annwyl Gareth,"],
    ["Dean, Shona,", "Dean, Shona,"],
  ])("%s is a greeting", (line, greeting) => {
    const r = read(`${line}\n\nThe meeting is on Friday.`);
    expect(r.all("greeting")).toEqual([greeting]);
    expect(r.at("The meeting")).toEqual(["text", 0]);
  });

  it("keeps what follows the greeting on its line as text", () => {
    expect(read("Hi Tom, Leah Marsh (DOB 01/02/2003) has moved.").parts).toEqual([
      ["greeting", 0, "Hi Tom,"],
      ["text", 0, "Leah Marsh (DOB 01/02/2003) has moved."],
    ]);
    // Without punctuation after the names, only the greeting word is the greeting.
    expect(read("Hello Leah Marsh is known to us").parts).toEqual([
      ["greeting", 0, "Hello"],
      ["text", 0, "Leah Marsh is known to us"],
    ]);
  });

  it.each([
    "Leah Marsh (DOB 21/07/2000) is known to us.",
    "Thank you, that is helpful.",
    "Thanks,",
    "Please complete a KPC for Tyler Nash.",
    "Kelly Brennan, 6 Mill Lane",
    "Morningside Road is closed",
    "PEARCE, Gary –",
  ])("%s is not a greeting", (line) => {
    expect(read(`${line}\n\nMore text here about it.`).all("greeting")).toEqual([]);
  });

  it("is found only on the first line of a message", () => {
    expect(read("Please see below.\n\nHi Tom,\n\nThanks").all("greeting")).toEqual([]);
    expect(greetingLength("Hi Tom, hope you are well")).toBe("Hi Tom,".length);
    expect(greetingLength("Unrelated")).toBe(-1);
  });
});

describe("sign-off and signature", () => {
  it.each(["Kind regards", "Many thanks", "Best wishes", "Thanks", "Thank you", "Regards,", "Cheers", "Yours sincerely", "Best", "Warm regards", "Diolch", "Cofion", "Thanks, Jo", "Thanks for your help.", "--"])(
    "%s is a sign-off",
    (line) => expect(isSignOff(line)).toBe(true),
  );

  it.each(["Thanks for the update on Leah", "Best of luck with the move", "Regards to the family from Kelly Brennan", "Thank you, that is helpful."])("%s is not a sign-off", (line) =>
    expect(isSignOff(line)).toBe(false),
  );

  it("takes the lines after a sign-off as the signature: name, pronouns, title, team, address, phones, e-mail, web, working days", () => {
    const text = `Hi Claire,

Are we still on for Thursday at 2pm?

Warm regards

Priya Shah (she/her)
Senior Practitioner | Locality Team Area 2
Derbyshire County Council
County Hall, Matlock DE4 3AG
DDI: 01629 533190
Mobile: 07700 919736
E: priya.shah@derbyshire.gov.uk
www.derbyshire.gov.uk
Please note I work Mon–Wed`;
    const r = read(text);
    expect(r.parts).toEqual([
      ["greeting", 0, "Hi Claire,"],
      ["text", 0, "Are we still on for Thursday at 2pm?"],
      ["sign-off", 0, "Warm regards"],
      ["signature", 0, text.slice(text.indexOf("Priya Shah"))],
    ]);
  });


  it("takes a team name joined by 'or' as a signature line (Management of Sexual or Violent Offenders)", () => {
    const text = `Good morning,

Could you print visitor passes for Thursday?

Thanks

Harpreet

DC 2205 Harpreet Sandhu (he/him)
Management of Sexual or Violent Offenders (MOSOVO) – City
Leicestershire Police
Mobile: 07700 900559`;
    const r = read(text);
    expect(r.at("Management of Sexual")).toEqual(["signature", 0]);
    expect(r.at("Mobile: 07700")).toEqual(["signature", 0]);
  });
  it("does not swallow case content after a sign-off: a sentence ends the signature there", () => {
    const r = read("Kind regards\n\nLeah Marsh (DOB 21/07/2000) is known to us\nand has an open plan.");
    expect(r.parts).toEqual([
      ["sign-off", 0, "Kind regards"],
      ["text", 0, "Leah Marsh (DOB 21/07/2000) is known to us\nand has an open plan."],
    ]);
    const later = read("Thanks\n\nTom Fletcher\nSocial Worker\nThe family have moved to 6 Mill Lane and the school knows.\nT: 01629 533190");
    expect(later.all("signature")).toEqual(["Tom Fletcher\nSocial Worker"]);
    expect(later.at("The family")).toEqual(["text", 0]);
    expect(later.at("T: 01629")).toEqual(["text", 0]);
  });

  it("ends the signature at a form field or a date of birth", () => {
    const r = read("Thanks\n\nJo Smith\nSocial Worker\nChild: Ellie Brooks\nAddress: 41 Elm Road");
    expect(r.all("signature")).toEqual(["Jo Smith\nSocial Worker"]);
    expect(r.at("Child: Ellie")).toEqual(["text", 0]);
    expect(read("Regards\nJo\nSocial Worker\n12/03/2011").at("12/03/2011")).toEqual(["text", 0]);
  });

  it("takes name, address and phone lines under a sign-off for case details when text goes on after them", () => {
    const r = read("Hi,\n\nThanks\n\nLeah Marsh\n6 Mill Lane\nChesterfield S41 7QX\nMob: 07700 900123\n\nShe has moved.");
    expect(r.all("signature")).toEqual([]);
    expect(r.at("Leah Marsh")).toEqual(["text", 0]);
    expect(r.at("Mob:")).toEqual(["text", 0]);
    // A real signature with a note under it keeps its signature: it says whose it is.
    const real = read("Thanks\n\nJo Smith\nSocial Worker\nMob: 07700 900123\n\nProud to be a Disability Confident employer");
    expect(real.all("signature")).toEqual(["Jo Smith\nSocial Worker\nMob: 07700 900123"]);
    expect(real.at("Proud to be")).toEqual(["text", 0]);
  });

  it("takes at most 12 lines after a sign-off as the signature", () => {
    const lines = ["Jo Smith", "Senior Practitioner", ...Array.from({ length: 13 }, (_, i) => `Line ${String.fromCharCode(65 + i)}`)];
    const r = read(`Thanks\n${lines.join("\n")}`);
    expect(r.all("signature")).toEqual([lines.slice(0, 12).join("\n")]);
    expect(r.all("text")).toEqual([lines.slice(12).join("\n")]);
    // With nothing saying they are staff's, the lines are text.
    expect(read(`Thanks\n${lines.slice(2).join("\n")}`).all("signature")).toEqual([]);
  });

  it("uses the last sign-off, and the sign-off above a -- separator", () => {
    const r = read("Thanks for this.\n\nMore text.\n\nKind regards\nJo\n\n-- \nJo Smith\nSenior Practitioner\nM: 07700 900000");
    // An earlier closing-like line is text: only the last sign-off starts the signature.
    expect(r.at("Thanks for this.")).toEqual(["text", 0]);
    expect(r.at("More text.")).toEqual(["text", 0]);
    expect(r.at("Kind regards")).toEqual(["sign-off", 0]);
    expect(r.at("Jo\n")).toEqual(["signature", 0]);
    expect(r.at("--")).toEqual(["sign-off", 0]);
    expect(r.at("Senior Practitioner")).toEqual(["signature", 0]);
  });

  it("takes a chaplain's 'With every blessing,' as a sign-off (tuning28)", () => {
    const r = read("Dear Canon Mary,\n\nThe choir is welcome on the 20th.\n\nWith every blessing,\n\nRevd Catherine Halliday (she/her)\nManaging Chaplain\nHMP Leicester | 116 Welford Road, Leicester LE2 7AJ");
    expect(r.at("With every blessing")).toEqual(["sign-off", 0]);
    expect(r.at("116 Welford Road")).toEqual(["signature", 0]);
  });

  it("counts Sent from my iPhone and Get Outlook for … as signature", () => {
    expect(read("Ok will do\n\nSent from my iPhone").parts).toEqual([
      ["text", 0, "Ok will do"],
      ["signature", 0, "Sent from my iPhone"],
    ]);
    expect(read("Ok\n\nGet Outlook for Android").at("Get Outlook")).toEqual(["signature", 0]);
  });
});

describe("signature without a sign-off", () => {
  it("takes a trailing block of contact lines as the signature", () => {
    const r = read("Sam –\n\nThe meeting is moved to Thursday.\n\nTom Fletcher (he/him)\nSocial Worker, Locality Team\nT: 01629 533190\ntom.fletcher@derbyshire.gov.uk");
    expect(r.parts).toEqual([
      ["greeting", 0, "Sam –"],
      ["text", 0, "The meeting is moved to Thursday."],
      ["signature", 0, "Tom Fletcher (he/him)\nSocial Worker, Locality Team\nT: 01629 533190\ntom.fletcher@derbyshire.gov.uk"],
    ]);
  });

  it("takes an HTML-style signature with a blank line between each line", () => {
    const r = read("Hello,\n\nPlease complete a KPC for Jordan McAllister, DOB 23/02/1999.\n\n\u00a0\n\nMarcus Reid\n\nProbation Officer | Derby Probation Office\n\nTel: 01332 340047");
    expect(r.all("signature")).toEqual(["Marcus Reid\n\nProbation Officer | Derby Probation Office\n\nTel: 01332 340047"]);
    expect(r.at("Please complete")).toEqual(["text", 0]);
  });

  it("takes a quoted block under the name its header gives the writer when half its lines are marked", () => {
    const quoted = "Daniel Forsyth\nCustody Nurse Practitioner\nSouth West BCU Custody Healthcare\n07700 900672";
    const header = "From: Daniel Forsyth <daniel.forsyth2@nhs.net>\nSent: Wednesday, November 18, 2026 8:14 AM\nTo: Precious Mutasa <precious.mutasa@nhs.net>\nSubject: Shift swap";
    const r = read(`Yes happy to swap.\n\nP\n\n${header}\n\nAny chance you'd swap your Weds early for my Sun night?\n\nDan\n\n${quoted}`);
    expect(r.all("signature", 1)).toEqual([quoted]);
    // The same block with no header naming its writer needs more than half its lines marked.
    expect(read(`Any chance you'd swap your Weds early for my Sun night?\n\nDan\n\n${quoted}`).all("signature")).toEqual([]);
    // Under a header naming someone else, it stays text.
    expect(read(`Yes.\n\n${header.replace(/Daniel Forsyth/, "Jo Bloggs")}\n\nAny chance?\n\nDan\n\n${quoted}`).all("signature", 1)).toEqual([]);
  });

  it("takes a trailing block with two lines of a rank, job or employer as the signature, with no sign-off or header", () => {
    const block = "Insp Karen Osei\nIOM and Offender Management, South West BCU\nMetropolitan Police Service\n07700 900615";
    expect(read(`Team,\n\nPlease look out for each other.\n\nKaren\n\n${block}`).all("signature")).toEqual([`Karen\n\n${block}`]);
    // An employer named in the plural ("Richmond and Wandsworth Councils", tuning42) is an employer.
    const councils = "Grace Oyelaran\nHousing Pathways Lead (Offender Accommodation)\nRichmond and Wandsworth Councils\nTel: 020 7946 0880";
    expect(read(`Hi Dan,\n\nThat's fine.\n\nGrace\n\n${councils}`).all("signature")).toEqual([`Grace\n\n${councils}`]);
    // One such line is not enough: a client's details under a job word stay text.
    expect(read("Hi,\n\nCan you visit?\n\nLeah Marsh\nSocial Worker\n12 Mill Lane, Chesterfield S41 7QX\n07700 900123").all("signature")).toEqual([]);
  });

  it("takes a signature block closing a message whose sign-off came before its notes (tuning68)", () => {
    const block = "Precious Mhlanga (she/her)\nProbation Officer – Integrated Offender Management\nWandsworth Probation Delivery Unit, The Probation Service\nMobile: 07700 900477";
    const r = read(`Hi all,\n\nNotes from Tuesday's board below.\n\nThanks\nPrecious\n\nIOM Strategic Board\n\n1. Performance\nThe cohort is 142.\n\nNext board: Tuesday 12 January 2027\n\n${block}`);
    expect(r.all("signature")).toContain(block);
    expect(r.at("The cohort is 142")).toEqual(["text", 0]);
    // Case details under the notes, with no line of a job or employer, stay text.
    const details = "Leah Marsh\n12 Mill Lane, Chesterfield S41 7QX\n07700 900123";
    expect(read(`Hi,\n\nThanks\nJo\n\nCan you visit?\n\n${details}`).all("signature")).not.toContain(details);
  });

  it.each([
    ["a list introduced by a colon", "Hi,\n\nPlease check:\n\nLeah Marsh\n12 Mill Lane, Chesterfield S41 7QX\nMobile: 07700 900123"],
    ["case details with only a bare phone and postcode", "Hi,\n\nCan you visit?\n\nLeah Marsh\n12 Mill Lane, Chesterfield S41 7QX\n07700 900123"],
    ["contact lines under a sentence in the same paragraph", "Hi,\n\nThe mother's details are\nKelly Brennan\nMobile: 07700 900123"],
    ["a paragraph of prose", "Hi,\n\nTom Fletcher rang about Leah. She is staying with her aunt in Derby and is not attending school."],
    ["more than 12 short lines", `Hi,\n\n${Array.from({ length: 14 }, (_, i) => `Person ${String.fromCharCode(65 + i)}`).join("\n")}\nT: 01234 567890`],
  ])("leaves %s as text", (_what, text) => {
    expect(read(text).all("signature")).toEqual([]);
  });
});

describe("disclaimer", () => {
  it.each([
    "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.",
    "If you have received this e-mail in error please notify the sender and delete it.",
    "Emails to and from the Council may be monitored.",
    "Think before you print.",
    "The information in this email is confidential and may be legally privileged.",
    "Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol.",
    "Croesewir gohebiaeth yn Gymraeg.",
    "We welcome correspondence in Welsh and corresponding in Welsh will not lead to delay.",
  ])("%s at the end of a message is a disclaimer", (paragraph) => {
    const r = read(`Hello,\n\nSee you then.\n\nKind regards\nJo Smith\n\n${paragraph}`);
    expect(r.all("disclaimer")).toEqual([paragraph]);
    expect(r.all("signature")).toEqual(["Jo Smith"]);
  });

  it("takes bilingual, multi-paragraph disclaimers after the signature", () => {
    const welsh = "Mae'r e-bost hwn yn gyfrinachol. Os ydych wedi derbyn yr e-bost hwn trwy gamgymeriad, rhowch wybod i'r anfonwr.";
    const english = "This email is confidential. If you have received it in error, please tell the sender.";
    const r = read(`Bore da Sian,\n\nDiolch am y neges.\n\nCofion\n\nSian Jones\nSwyddog Prawf | Probation Officer\nFfôn: 01234 567890\n\n${welsh}\n\n${english}`);
    expect(r.parts).toEqual([
      ["greeting", 0, "Bore da Sian,"],
      ["text", 0, "Diolch am y neges."],
      ["sign-off", 0, "Cofion"],
      ["signature", 0, "Sian Jones\nSwyddog Prawf | Probation Officer\nFfôn: 01234 567890"],
      ["disclaimer", 0, `${welsh}\n\n${english}`],
    ]);
  });

  it.each(["Contact with the children is strictly prohibited.", "Her contact with her father may be monitored by the school.", "The information is confidential."])(
    "%s at the end of a message is text: the wording could be a case note's",
    (paragraph) => {
      expect(read(`Hi,\n\nPlease see the plan.\n\n${paragraph}`).all("disclaimer")).toEqual([]);
    },
  );

  it("is text when case content follows it, or when it holds a date of birth", () => {
    const r = read("This email is confidential.\n\nLeah Marsh has moved to her aunt's and is not attending school.\n\nThanks");
    expect(r.all("disclaimer")).toEqual([]);
    expect(read("Hi,\n\nThis email is confidential: Leah Marsh, DOB 01/02/2003, is at risk.").all("disclaimer")).toEqual([]);
  });

  it("takes a mail system's warning banner at the top as a disclaimer, and the greeting after it", () => {
    const banner = "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender.";
    const r = read(`${banner}\n\nHi Jo,\n\nPlease call me.`);
    expect(r.parts).toEqual([
      ["disclaimer", 0, banner],
      ["greeting", 0, "Hi Jo,"],
      ["text", 0, "Please call me."],
    ]);
  });
});

describe("line shapes", () => {
  it("tells signature lines from sentences and case details", () => {
    for (const line of ["Marcus Reid (he/him)", "Probation Officer, Derby Probation Office", "01332 340047", "The Probation Service, 1 Brewery Street, Chesterfield S41 7UJ", "Tel: 01246 276761 | Mobile: 07700 917805", "tom.fletcher@justice.gov.uk", "Please note I work Mon–Wed", "www.derbyshire.gov.uk"]) {
      expect([line, lineShape(line).signatureLike]).toEqual([line, true]);
    }
    for (const line of ["Leah Marsh (DOB 21/07/2000) is known to us", "The family have moved.", "DOB: 01/02/2003", "Child: Ellie Brooks", "Leah is available on Monday", "x".repeat(130)]) {
      expect([line, lineShape(line).signatureLike]).toEqual([line, false]);
    }
    expect(lineShape("Tel: 01246 276761").marker).toBe(2);
    expect(lineShape("Probation Officer").marker).toBe(1);
    expect(lineShape("Marcus Reid").marker).toBe(0);
    expect(lineShape("Marcus Reid (he/him)")).toMatchObject({ nameLike: true, marker: 2 });
  });
});

describe("header people", () => {
  const people = (value: string, field: "from" | "to" = "to") =>
    peopleIn(value, 0, value.length, field).map((p) => [p.name ? value.slice(p.name.start, p.name.end) : undefined, p.address ? value.slice(p.address.start, p.address.end) : undefined]);

  it.each([
    ["Lloyd, Gareth <gareth.lloyd@justice.gov.uk>", [["Lloyd, Gareth", "gareth.lloyd@justice.gov.uk"]]],
    ["Starting Point <starting.point@derbyshire.gov.uk>", [["Starting Point", "starting.point@derbyshire.gov.uk"]]],
    ["Morgan, Alex <alex.morgan@justice.gov.uk>; Reid, Marcus <marcus.reid@justice.gov.uk>", [["Morgan, Alex", "alex.morgan@justice.gov.uk"], ["Reid, Marcus", "marcus.reid@justice.gov.uk"]]],
    ['"Smith, Jo" <jo@x.gov.uk>, Sam Patel <sam@y.gov.uk>', [["Smith, Jo", "jo@x.gov.uk"], ["Sam Patel", "sam@y.gov.uk"]]],
    ["jo@x.gov.uk, sam@y.gov.uk", [[undefined, "jo@x.gov.uk"], [undefined, "sam@y.gov.uk"]]],
    ["Morgan, Alex", [["Morgan, Alex", undefined]]],
    ["Alex Morgan, Jo Reid", [["Alex Morgan", undefined], ["Jo Reid", undefined]]],
    ["Lloyd, Gareth [mailto:gareth.lloyd@justice.gov.uk]", [["Lloyd, Gareth", "gareth.lloyd@justice.gov.uk"]]],
    ["Jo Smith <jo.smith@x.gov.uk<mailto:jo.smith@x.gov.uk>>", [["Jo Smith", "jo.smith@x.gov.uk"]]],
    ["'jo@x.gov.uk' <jo@x.gov.uk>", [[undefined, "jo@x.gov.uk"]]],
    ["<jo@x.gov.uk>", [[undefined, "jo@x.gov.uk"]]],
  ])("%s", (value, expected) => {
    expect(people(value)).toEqual(expected);
  });

  it("checks every promise on a message with everything in it", () => {
    const text = "Hi Tom,\n\nText.\n\nThanks\nJo\n\nThis email is confidential.\n\n-----Original Message-----\nFrom: A <a@b.co>\nSent: x\n\n> q\n>\n> > qq";
    expect(brokenPromise(text, read(text).anatomy)).toBeNull();
  });
});

describe("signature without a sign-off: the writer's name from the quoted header (tuning10)", () => {
  const HEADER = "Thanks.\n\nFrom: Ingham, Rob <rob.ingham@derbyshire.gov.uk>\nSent: 18 November 2026 16:41\nTo: Marriott, Helen <helen.marriott@derbyshire.gov.uk>\nSubject: RE: Cover\n\nHelen,\n\nCan we go back to the agency and ask for two?\n\n";
  it("a block of contact lines under the full name the header gives the writer is their signature", () => {
    const r = read(`${HEADER}Rob\n\nRob Ingham\nTeam Manager, Erewash Child in Need\n01629 533 794`);
    expect(r.at("01629 533 794")).toEqual(["signature", 1]);
    expect(r.at("Rob Ingham")).toEqual(["signature", 1]);
  });

  it("the same block under someone else's name stays text (no strong marker)", () => {
    const r = read(`${HEADER}Rob\n\nKyle Brennan\nFlat 2, Erewash Court\n01629 533 794`);
    expect(r.at("01629 533 794")).toEqual(["text", 1]);
  });
});

describe("signature without a sign-off: a police officer's rank and collar number (tuning12)", () => {
  const BLOCK = "DS 228CP Dan Kerr\nIntegrated Offender Management, City of London Police\nMob: 07700 900822";

  it("a rank, a collar number and a name head a signature, as a job title does, and the lone first name above it joins it", () => {
    const r = read(`Hi Hope,\n\nI've put six names down for the 14 January session.\n\nDan\n\n${BLOCK}\n\nSent from my iPhone`);
    expect(r.at("DS 228CP")).toEqual(["signature", 0]);
    expect(r.at("Mob: 07700")).toEqual(["signature", 0]);
    expect(r.at("Dan\n\nDS")).toEqual(["signature", 0]);
    expect(r.at("I've put")).toEqual(["text", 0]);
  });

  it.each(["PC 2904 Jo Price", "PS Hope Adebayo 5123", "DS 4471SW Kate Lowe", "Insp Ravi Chauhan"])("'%s' is a staff line", (line) => {
    expect(lineShape(line)).toMatchObject({ signatureLike: true, marker: 1, staff: true });
  });

  it("a case note's sentence about an officer is no rank line, and a block of case details under a name stays text", () => {
    expect(lineShape("PC Smith attended the address")).toMatchObject({ staff: false, marker: 0 });
    const r = read("Hi,\n\nCan you visit?\n\nLeah Marsh\n12 Mill Lane, Chesterfield S41 7QX\n07700 900123");
    expect(r.all("signature")).toEqual([]);
  });
});
