import { check } from "../rules/helpers";
import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("sixteenth session: someone on a worker's caseload", () => {
  const ORDER = (second: string): string =>
    `Hello,\n\nI'd like to place two orders please.\n\n1. A hand-tied bouquet (£40) for our colleague Marie's retirement, card "Happy retirement Marie, from all the health visitors x".\n\n2. A small white arrangement (£30) for ${second}: Mrs Kerys Moult, 7 Linden Grove, Syston LE7 1NF.\n\nThank you,\n\nDeb Sarson\nHealth Visitor`;

  it("'for a family on my caseload: Mrs Kerys Moult, 7 Linden Grove' beside a colleague's retirement flowers is a case's", () => {
    const r = rolesFrom("debra.sarson@nhs.net", ORDER("a family on my caseload"), "shop@blooms.co.uk");
    expect([r["Mrs Kerys Moult"], r["7 Linden Grove"]]).toEqual(["case", "case"]);
  });

  it("guard: 'anything urgent on my caseload' in a cover note is the writer's work, not a case person", () => {
    const r = rolesFrom(
      "eleanor.haigh@justice.gov.uk",
      "Hi Paul,\n\nOn cover: Aisha has said she's happy to pick up anything urgent on my caseload on a Friday alongside hers.\n\nThanks\nEllie",
      "paul.whitmore@justice.gov.uk",
    );
    expect(r["Aisha"]).not.toBe("case");
  });
});

describe("sixteenth session: staff news told to 'some of you'", () => {
  it("'news from Precious, who some of you will have worked with … her husband Tunde says Amara …' is a colleague's family", () => {
    const text = `Hi everyone,\n\nLovely news from Precious, who some of you will have worked with in the court team: she had a baby girl, Amara Zuri, on Sunday evening, 7lb 2oz. Mum and baby are both home and doing well, and her husband Tunde says Amara already has a full head of hair!\n\nWe're collecting for a gift.\n\nTanya`;
    const r = rolesFrom("tanya.obi@wandsworth.gov.uk", text, "chrissie.longden63@gmail.com");
    expect([r["Tunde"], r["Amara"], r["Amara Zuri"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: a case told with the same words keeps its people case people", () => {
    const text = `Hi everyone,\n\nNews of Precious, who some of you will have worked with: her son Amara was arrested on Sunday and her husband Tunde says the police have his phone.\n\nTanya`;
    const r = rolesFrom("tanya.obi@wandsworth.gov.uk", text, "chrissie.longden63@gmail.com");
    expect(r["Amara"]).toBe("case");
  });
});

describe("sixteenth session: a job newly held, stated after a name", () => {
  it("'Kirsty Blackwell is now our Named Nurse for Looked After Children' is a professional", () => {
    const text = "Dear colleagues,\n\nTeam news\n\n• Kirsty Blackwell is now our Named Nurse for Looked After Children.\n\nBest wishes\nSiobhan";
    expect(rolesFrom("siobhan.garbett@nhs.net", text, "starting.point@derbyshire.gov.uk")["Kirsty Blackwell"]).toBe("a named professional");
  });

  it("guard: 'is now our foster child' is no job", () => {
    const text = "Dear colleagues,\n\n• Kirsty Blackwell is now our foster child and has moved to 4 Elm Road, Derby DE1 2AB.\n\nSiobhan";
    expect(rolesFrom("siobhan.garbett@nhs.net", text, "starting.point@derbyshire.gov.uk")["Kirsty Blackwell"]).toBe("case");
  });
});

describe("sixteenth session: an employer after a dash on a list of professionals", () => {
  it("'Marcia Lindo - Probation Service' is a professional", () => {
    const text = "Hi Dean,\n\nThe professionals who need a parking permit are:\n\nSian Pritchard - Conference Chair, Derbyshire County Council\nMarcia Lindo - Probation Service\n\nLorna";
    expect(rolesFrom("lorna.fitch@derby.gov.uk", text, "facilities@riverside.co.uk")["Marcia Lindo"]).toBe("a named professional");
  });
});

describe("sixteenth session: people the agreement names as contacts", () => {
  const BODY = (who: string) =>
    `Hello all,\n\nPlease use the Probation Service SPOC mailboxes instead of the CRC's.\n\nStrategy meeting invites still go to ${who} in the Risk and Referral team.\n\nMany thanks\n\nDev Mistry\nSenior Probation Officer`;
  const send = (who: string) => check({ subject: "CRC mailboxes - please update your templates", body: BODY(who), to: ["starting.point@derbyshire.gov.uk"] }, { sender: "dev.mistry@justice.gov.uk" });

  it("'Sophie Nuttall' (the agreement's strategy-meeting contact) is no case person: no marking warning", () => {
    expect(send("Sophie Nuttall").verdict).toBe("pass");
  });

  it("guard: another name with case words beside it is still case data (the marking is asked for)", () => {
    expect(send("Sophie Marchant, who was arrested for assault,").verdict).toBe("warn");
  });
});

describe("sixteenth session: a club's training is no study topic", () => {
  it("'keep an eye on him at training' beside 'his epilepsy medication' to a football coach: the child's health is case data", () => {
    const text = "Hi Craig,\n\nMason's foster carer asked me to let you know that Mason has had two seizures this month since his epilepsy medication was changed, so please keep an eye on him at training.\n\nThanks\n\nLiam";
    expect(rolesFrom("liam.brodribb@leicester.gov.uk", text, "braunstonerovers.u12s@gmail.com")["his epilepsy medication"]).toBe("case");
  });

  it("guard: a training course on a condition keeps it a topic ('the training covers epilepsy medication')", () => {
    const text = "Hi Craig,\n\nThe training covers epilepsy medication and what to do if a child has a seizure.\n\nThanks\n\nLiam";
    expect(rolesFrom("liam.brodribb@leicester.gov.uk", text, "braunstonerovers.u12s@gmail.com")["epilepsy medication"]).not.toBe("case");
  });
});

describe("sixteenth session: 'an incident at home', 'the police are involved' told of 'she'", () => {
  it("'Thank you for calling about Amira. She and her brother have been staying with their auntie since Friday after an incident at home' makes Amira a case person", () => {
    const text = "Dear Mrs Kaur,\n\nThank you for calling about Amira. She and her brother have been staying with their auntie since Friday after an incident at home between mum and dad.\n\nKind regards\n\nChloe";
    expect(rolesFrom("chloe.beresford@derby.gov.uk", text, "friendsofwardenparkpta@gmail.com")["Amira"]).toBe("case");
  });

  it("guard: a colleague's news without such wording stays no case ('Amira. She and her brother have been to the pantomime')", () => {
    const text = "Dear Mrs Kaur,\n\nThank you for calling about Amira. She and her brother have been to the pantomime since Friday.\n\nKind regards\n\nChloe";
    expect(rolesFrom("chloe.beresford@derby.gov.uk", text, "friendsofwardenparkpta@gmail.com")["Amira"]).not.toBe("case");
  });
});

describe("sixteenth session: a refresher is training; a file's name in a subject echoes the body's case person", () => {
  it("'a morning refresher on Clare's Law (the domestic violence disclosure scheme)' is a topic", () => {
    const text =
      "Hello,\n\nOur Area 6 team day on Wednesday 25 November includes a morning refresher on Clare's Law (the domestic violence disclosure scheme), Sarah's Law (the child sex offender disclosure scheme), and Gillick competence and the Fraser guidelines.\n\nPlease reply with names by Friday.\n\nCorinne";
    const r = rolesFrom("corinne.hadfield@derbyshire.gov.uk", text, "midlandsnps.derbyshirewest@justice.gov.uk");
    expect([r["the domestic violence"], r["sex offender"]].filter((x) => x === "case")).toEqual([]);
  });

  it("'FW: CP_Plan_Rowbotham_Leo_Nov26.pdf' over a body about Leo's child protection plan names him", () => {
    const body = "Hi,\n\nForwarding the child protection plan agreed at Leo's review conference. Mum's partner is on licence and must have no unsupervised contact with Leo.\n\nHarpreet";
    const r = check({ subject: "FW: CP_Plan_Rowbotham_Leo_Nov26.pdf", body, to: ["midlandsnps.derbyshire.city@justice.gov.uk"] }, { sender: "harpreet.dhillon@derby.gov.uk" });
    expect(r.verdict).toBe("block");
  });
});
