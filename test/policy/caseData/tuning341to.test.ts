import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { check } from "../rules/helpers";
import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

const SIGNATURE = "\n\nYours sincerely\n\nOwen Threlfall\nProbation Officer | Buxton Probation Office\nTel: 01632 960288";

// Seventeenth session (tuning341–344).
describe("seventeenth session: a case told to the reader in the second person", () => {
  const letter = (middle: string): string =>
    `Dear Mr Coupe,\n\nYou are required to attend the Buxton Probation Office on Tuesday 1 December at 10:30 to see me. ${middle}${SIGNATURE}`;

  it("'a condition of your licence', 'your methadone prescription': the greeted reader is the case's, so it is blocked to an employer's office", () => {
    const body = letter("This is a condition of your licence and failure to attend may lead to breach action. Please bring your methadone prescription letter.");
    expect(rolesFrom("owen.threlfall@justice.gov.uk", body, "office@hopedalescaffolding.co.uk")["Mr Coupe"]).toBe("case");
    expect(check({ subject: "Appointment Tuesday 1 December", body, to: ["office@hopedalescaffolding.co.uk"] }, { sender: "owen.threlfall@justice.gov.uk" }).verdict).toBe("block");
    const order = letter("Attendance is a requirement of your order.");
    expect(rolesFrom("owen.threlfall@justice.gov.uk", order, "office@hopedalescaffolding.co.uk")["Mr Coupe"]).toBe("case");
  });

  it("'Dean - you still need to bring the worksheet' to a programme group's webmail addresses is a named case person", () => {
    const body = `Hi all,\n\nThis week's session moves to Wednesday. Attendance is still a requirement of your order.\n\nDean - you still need to bring the week 4 worksheet about the incident with your ex-partner.\n\nThanks\n\nMarsha Tulley\nProgramme Facilitator`;
    const report = check({ subject: "Thursday group moved to Wednesday", body, to: ["dean.w84@gmail.com", "aaron.p@hotmail.co.uk"] }, { sender: "marsha.tulley@justice.gov.uk" });
    expect(report.verdict).toBe("block");
  });

  it("guard: 'your licence' and 'your order' that are no case's ('the conditions of your driving licence', 'your order number') keep the greeting a contact", () => {
    const body = "Dear Mr Coupe,\n\nThank you for your order number 5512. The van hire needs a copy of your driving licence.\n\nKind regards\n\nOwen";
    expect(rolesFrom("owen.threlfall@justice.gov.uk", body, "office@hopedalescaffolding.co.uk")["Mr Coupe"]).not.toBe("case");
  });
});

describe("seventeenth session: the writer's own new address and a service's booking line", () => {
  const FEMI =
    "\n\nThanks,\nFemi Adeyinka\n\nFemi Adeyinka | he/him\nSocial Worker - Starting Point (Contact and Referral)\nDerbyshire County Council Children's Services\nLime Tree Court, 2 Smedley Street, Matlock DE4 3FT\nDirect: 01632 960447  Mobile: 07700 900562\nStarting Point duty line: 01632 960400";

  it("'From 1 December I'll be living at 7 Thornbridge Rise, Belper DE56 1TW' to the writer's credit union is the writer's own", () => {
    const body = `Hello,\n\nPlease update the address on my savings account. From 1 December I'll be living at 7 Thornbridge Rise, Belper DE56 1TW. My mobile stays the same (07700 900562).${FEMI}`;
    const message = { from: "femi.adeyinka@derbyshire.gov.uk", to: ["memberservices@creditunion.co.uk"], subject: "Change of address - member 0048213", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: body.replace("I'll be living at", "we now live at") })).toBe("pass");
    expect(scanVerdict({ ...message, body: body.replace("I'll be living at", "he will be living at") })).toBe("block");
  });

  it("guard: 'he will be living at 7 Thornbridge Rise' is a case's address", () => {
    const body = "Hello,\n\nOn release he will be living at 7 Thornbridge Rise, Belper DE56 1TW with his partner, under licence.\n\nThanks,\nFemi Adeyinka\nSocial Worker";
    expect(rolesFrom("femi.adeyinka@derbyshire.gov.uk", body, "memberservices@creditunion.co.uk")["7 Thornbridge Rise"]).toBe("case");
  });

  it("'through the prison's official visits booking line on 01632 960745' is a service's number, so partner mail needs no marking", () => {
    const body =
      "Bore da / Good morning Samina,\n\nProfessional visits for social workers can be booked through the prison's official visits booking line on 01632 960745 at least three working days ahead.\n\nDiolch / Thanks,\n\nElin Prydderch (hi/ei - she/her)\nPublic Protection Case Administrator\nCEF Berwyn | HMP Berwyn\nFfôn/Tel: 01632 960738\nelin.prydderch@justice.gov.uk";
    const message = { from: "elin.prydderch@justice.gov.uk", to: ["samina.kauser@derbyshire.gov.uk"], subject: "Family days and professional visits at HMP Berwyn", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: body.replace("through the prison's official visits booking line on", "by calling her mum on") })).toBe("warn");
  });

  it("guard: 'you can reach her mum on 07700 900745' stays a case's number", () => {
    const body = "Hi Samina,\n\nThe child's visits are agreed. You can reach her mum on 07700 900745 to book.\n\nThanks,\nElin";
    expect(rolesFrom("elin.prydderch@justice.gov.uk", body, "samina.kauser@derbyshire.gov.uk")["07700 900745"]).toBe("case");
  });
  it("as written in the tuning sets: the credit-union change of address passes, and the prison's visits information needs no marking", () => {
    expect(fixtureVerdict("tuning342.jsonl", "t342-m009")).toBe("pass");
    expect(fixtureVerdict("tuning342.jsonl", "t342-m009", "I'll be living at", "her mum will be living at")).toBe("block");
    expect(fixtureVerdict("tuning341.jsonl", "t341-m020")).toBe("pass");
    expect(fixtureVerdict("tuning341.jsonl", "t341-m020", "through the prison's official visits booking line on", "by calling the child's mum on")).toBe("warn");
  });
});

describe("seventeenth session, second round: the writer's own household", () => {
  it("a form naming the writer as one parent ('Stacey Wragg (mum)') makes the other parent named so, and the home after him, the family's", () => {
    const body = "Hi Gareth,\n\nRegistration details for Harley:\n\nPlayer: Harley Wragg-Hinds\nDate of birth: 27/09/2014\nParent/guardian: Stacey Wragg (mum) 07700 900774, Jamie Hinds (dad) 07700 900775\nAddress: 4 Nottingham Road Close, Melton Mowbray LE13 0PT\n\nThanks\nStacey\n\nPC 2730 Stacey Wragg\nResponse, Melton Mowbray\nLeicestershire Police";
    const message = { from: "stacey.wragg@leics.police.uk", to: ["registrations@meltonrovers-jfc.co.uk"], subject: "U12 registration form", body };
    expect(scanVerdict(message)).toBe("pass");
    // Without the writer as the mum, the dad and the address are someone's case.
    expect(scanVerdict({ ...message, body: body.replace("Stacey Wragg (mum) 07700 900774, ", "") })).toBe("block");
  });

  it("'my former home, …', 'my mobile is …' and 'I moved out of … and into …' are the writer's own", () => {
    const tenancy = "Dear Sir or Madam,\n\nI am the tenant in dispute DPR-88413 about my former home, 19 Burley Road, Oakham LE15 6DH, which I rented from Mr Keith Albury.\n\nMy forwarding address is 3 Larch Close, Uppingham LE15 9TE, and my mobile is 07700 900381.\n\nYours faithfully,\n\nOwen Pritchett";
    const message = { from: "owen.pritchett@leics.police.uk", to: ["disputes@tenancydepositresolve.co.uk"], subject: "Deposit dispute DPR-88413", body: tenancy };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: tenancy.replace("my mobile is", "his mobile is") })).toBe("block");
    const tax = "Hello,\n\nI moved out of 88 Gipsy Lane, Leicester LE4 6RE on 31 October and into 5 Hollybush Close, Leicester LE5 4JP from 1 November. Please could you close the old account?\n\nThanks,\n\nTariq Bhatti\nControl Room Supervisor\nLeicestershire Police";
    const taxMessage = { from: "tariq.bhatti@leics.police.uk", to: ["counciltax@leicester.gov.uk"], subject: "Council tax account 6011829374 - change of address", body: tax };
    expect(scanVerdict(taxMessage)).toBe("pass");
    expect(scanVerdict({ ...taxMessage, body: tax.replace("I moved out of", "Our client moved out of") })).toBe("warn");
  });

  it("'the children in care health team' is a team's name, not a case: the writer's husband on her own race entry is family", () => {
    const body = "Hello,\n\nPlease could you register me for the 5k Santa Dash?\n\nName: Beth Alsop\nMy date of birth: 19/06/1984\nEmergency contact: my husband, Gavin Alsop, 07700 900226\n\nI'm running with two colleagues from the children in care health team.\n\nThank you,\n\nBeth Alsop\nSpecialist Nurse for Children in Care";
    const message = { from: "beth.alsop@nhs.net", to: ["challenges@peaklandhospice.org.uk"], subject: "Registration - Santa Dash", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: body.replace("from the children in care health team", "about one of our children in care") })).toBe("block");
  });
});

describe("seventeenth session, third round: case wording", () => {
  const IAN = "\n\nIan\n\nIan Bramall\nProbation Officer, Chesterfield PDU\nThe Probation Service\nTel: 01632 960913";
  const QUIZ = (middle: string) => ({ from: "ian.bramall@justice.gov.uk", to: ["kerry.stubbs@justice.gov.uk"], subject: "RE: Christmas quiz team", body: `Sorry all, count me out for the quiz. ${middle} Kerry, can you take my place?${IAN}` });

  it("'after the DV call-out', 'have gone into refuge' give the name before them case context", () => {
    const message = QUIZ("I've been asked to do a joint home visit with the police that evening to Ross Hendley after the DV call-out on Sunday. His ex-partner and the two children have gone into refuge.");
    expect(scanVerdict({ ...message, to: [...message.to, "quiz@thewheatsheaf.co.uk"] })).toBe("block");
    expect(scanVerdict({ ...message, to: [...message.to, "quiz@thewheatsheaf.co.uk"], body: message.body.replace(/ after the DV call-out on Sunday\. His ex-partner and the two children have gone into refuge\./, ".") })).toBe("pass");
  });

  it("'smacked her with a belt', 'marks on the back of her legs' are harm told of the child named", () => {
    const body = "Hi Lydia,\n\nSchool rang me. Riley told her teacher that Mum's boyfriend Craig smacked her with a belt on Sunday and she has marks on the back of her legs.\n\nEllen\nSocial Worker";
    expect(scanVerdict({ from: "ellen.rourke@leicester.gov.uk", to: ["lydia.farnham@leics.police.uk", "jodiek_93@hotmail.co.uk"], subject: "RE: Thursday meeting time", body })).toBe("block");
  });

  it("'Started the hep C tablets' in a service user's quoted message is health data", () => {
    const body = "Hi Sam,\n\nCan your mentor still meet him on Friday?\n\nJoss\nIOM Housing Officer\n\nFrom: Marlon Aboagye <m.aboagye94@icloud.com>\nSent: 18 November 2026 22:41\nTo: Akintola, Joss <joss.akintola@richmondandwandsworth.gov.uk>\nSubject: friday\n\nJoss I had a bad week. Started the hep C tablets monday and they make me feel rough.\n\nMarlon";
    const message = { from: "joss.akintola@richmondandwandsworth.gov.uk", to: ["tootingpeermentors@outlook.com"], subject: "FW: Friday meet-up", body };
    expect(scanVerdict(message)).toBe("block");
    expect(scanVerdict({ ...message, body: body.replace("Started the hep C tablets monday and they make me feel rough.", "Started the new job monday.") })).toBe("pass");
  });

  it("a hamper 'for our colleague in the Youth Offending Service' is a colleague's: the team's name is no case", () => {
    const body = "Hello,\n\nPlease could I order the hamper (£38) for delivery on 2 December?\n\nIt's for our colleague in the Youth Offending Service who is off having chemotherapy, so nothing with strong smells please.\n\nDeliver to: Mrs Lorraine Hibbert, 9 Pinfold Close, Ashbourne DE6 1FX. Her husband Neil will sign for it; his mobile is 07700 900622.\n\nCard: \"Thinking of you. Love from Team North YOS\"\n\nThanks,\nNicola Bagshaw\nBusiness Support Officer";
    const message = { from: "nicola.bagshaw@derbyshire.gov.uk", to: ["orders@daleshampers.co.uk"], subject: "Get well hamper", body };
    expect(scanVerdict(message)).toBe("pass");
    expect(scanVerdict({ ...message, body: body.replace("who is off having chemotherapy", "whose son is on licence for offending") })).toBe("block");
  });
});

describe("seventeenth session, fourth round: case told beside team life", () => {
  it("'the initial child protection conference for baby Nevaeh Pinder …, whose mum … is in foster care herself' in a team-day e-mail to a venue is a case's", () => {
    const body = "Hi Olivia,\n\nFinal numbers for our team day on Tuesday 8 December are 16.\n\nTwo of the team will have to leave at 13:30: Kerry and Dom have the initial child protection conference for baby Nevaeh Pinder (born 2 October), whose mum Chantelle Pinder is only 16 and in foster care herself. Could their lunches be boxed up?\n\nKind regards,\nJas\n\nJas Kooner\nBusiness Support Officer";
    const message = { from: "jas.kooner@leics.gov.uk", to: ["events@swithlandmanor.co.uk"], subject: "Team day Tuesday 8 December - final details", body };
    expect(scanVerdict(message)).toBe("block");
    expect(scanVerdict({ ...message, body: body.replace(/Kerry and Dom have [^?]*\?/, "Kerry and Dom have a meeting. Could their lunches be boxed up?") })).toBe("pass");
  });

  it("a second gift 'for a family on my caseload: Ms Tanya Rudd …, just out of the refuge' beside a colleague's retirement flowers is a case's", () => {
    const body = "Hello,\n\nTwo orders please.\n\n1. A retirement bouquet for our colleague Carol Ollerenshaw:\nCarol Ollerenshaw, 14 Fairfield Road, Buxton SK17 7DJ\nCard: \"Happy retirement Carol! Love from the High Peak team\"\n\n2. The Christmas family hamper for a family on my caseload:\nMs Tanya Rudd and her three children, 5 Heyward Close, Buxton SK17 7HN.\nThey've only just moved in after leaving the refuge.\n\nMany thanks,\nSam\n\nSam Leivers\nSocial Worker";
    const message = { from: "sam.leivers@derbyshire.gov.uk", to: ["orders@wildflowerbuxton.co.uk"], subject: "Two deliveries please", body };
    expect(scanVerdict(message)).toBe("block");
    const retirementOnly = body.slice(0, body.indexOf("2. The Christmas")) + "Many thanks,\nSam\n\nSam Leivers\nSocial Worker";
    expect(scanVerdict({ ...message, body: retirementOnly })).toBe("pass");
  });
});
