import {
  ALEX,
  byRule,
  caseMail,
  check,
  CLEAN,
  ordinaryMail,
  ORDINARY_NAMES,
  quotedCaseMail,
  describeCaseDataRecipientRule,
  ruleById,
  setAsideTexts,
} from "./helpers";

const rule = ruleById("recipient-webmail");

const PD_BODY = "Please complete a Known Persons Check for Amelia Edwards (DOB 02/02/2020) of 30c Meadow Grove, Glossop.";

/** Personal webmail beside a partner mailbox and an unknown external address. */
const MIXED = { to: ["starting.point@derbyshire.gov.uk"], cc: ["sam.carer@gmail.com", "someone@example.org"], bcc: ["sam.home@yahoo.co.uk"] };

describe("recipient-webmail", () => {
  describeCaseDataRecipientRule(rule, MIXED);

  it("webmail → block with case data, a note (no Send dialog) without", () => {
    expect(byRule(check({ ...CLEAN, body: PD_BODY, cc: ["amelia.carer@gmail.com"] }), "recipient-webmail")[0]?.severity).toBe("block");
    expect(byRule(check({ ...CLEAN, subject: "Training dates", cc: ["amelia.carer@gmail.com"] }), "recipient-webmail")[0]?.severity).toBe("info");
  });

  it("a reply quoting a message marked OFFICIAL-SENSITIVE is blocked to webmail, though its own subject dropped the marking", () => {
    const body = "Sending to your hotmail as the laptop's playing up.\n\nBea\n\n-----Original Message-----\nFrom: Lindqvist, Bea <bea.lindqvist@derbyshire.gov.uk>\nSent: 11 November 2026 12:40\nTo: IOM Panel\nSubject: OFFICIAL-SENSITIVE: panel actions\n\nAaron - nomination agreed. Darren - no change.";
    const [finding] = byRule(check({ ...CLEAN, subject: "FW: panel actions", body, to: ["gemma.loftus77@hotmail.co.uk"] }), "recipient-webmail");
    expect(finding?.severity).toBe("block");
    expect(finding?.message).toContain("quotes one marked OFFICIAL-SENSITIVE");
  });

  it("a message its writer marked OFFICIAL-SENSITIVE is blocked to webmail, case data found or not, and says why", () => {
    const [finding] = byRule(check({ ...CLEAN, cc: ["amelia.carer@gmail.com"] }), "recipient-webmail");
    expect(finding?.severity).toBe("block");
    expect(finding?.message).toContain("marked OFFICIAL-SENSITIVE");
  });

  describe("case data", () => {
    it("with case data: blocks each webmail recipient, offering to remove it", () => {
      const report = check(caseMail(MIXED), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id).map((f) => [f.severity, f.recipient, f.fix])).toEqual([
        ["block", "sam.carer@gmail.com", { type: "remove-recipient", label: "Remove sam.carer@gmail.com", address: "sam.carer@gmail.com" }],
        ["block", "sam.home@yahoo.co.uk", { type: "remove-recipient", label: "Remove sam.home@yahoo.co.uk", address: "sam.home@yahoo.co.uk" }],
      ]);
      expect(byRule(report, rule.id)[0]?.message).toMatch(/holds case data/);
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): a note only", () => {
      const report = check(ordinaryMail(MIXED), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, rule.id).map((f) => [f.severity, f.recipient])).toEqual([
        ["info", "sam.carer@gmail.com"],
        ["info", "sam.home@yahoo.co.uk"],
      ]);
      expect(byRule(report, rule.id)[0]?.message).toMatch(/holds no case data/);
    });

    it("case data only in the quoted history: blocks", () => {
      const report = check(quotedCaseMail({ to: ["sam.carer@gmail.com"] }), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id).map((f) => f.severity)).toEqual(["block"]);
    });
  });

  it("says nothing for partners, public sector or unknown external addresses", () => {
    const report = check(caseMail({ to: ["starting.point@derbyshire.gov.uk"], cc: ["jane.doe@justice.gov.uk", "duty.team@nottinghamshire.gov.uk", "someone@example.org"] }), ALEX);
    expect(byRule(report, rule.id)).toEqual([]);
  });
});
