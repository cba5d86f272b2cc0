import {
  ALEX,
  byRule,
  caseMail,
  CASE_BODY,
  check,
  CLEAN,
  expectDeclaredFixes,
  ordinaryMail,
  ORDINARY_NAMES,
  quotedCaseMail,
  ruleById,
  setAsideTexts,
} from "./helpers";

const rule = ruleById("protective-marking");

/** A partner mailbox: only the marking is in question. */
const PARTNER = { to: ["starting.point@derbyshire.gov.uk"] };

describe("protective-marking", () => {
  describe("metadata", () => {
    it("is a warning on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(caseMail(PARTNER), ALEX)]);
    });
  });

  it("warns when personal data travels without the marking, and the fix prefixes it", () => {
    const report = check({ ...CLEAN, subject: "Known Persons Check – Ref X123456", body: "Re: Amelia Edwards, DOB 02/02/2020." });
    const [finding] = byRule(report, "protective-marking");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" });
  });

  it("says nothing when the message holds no personal data", () => {
    expect(byRule(check({ ...CLEAN, subject: "Team meeting moved" }), "protective-marking")).toEqual([]);
  });

  describe("case data", () => {
    it("with case data and no marking: warns, offering to add it", () => {
      const report = check(caseMail(PARTNER), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id).map((f) => [f.severity, f.field, f.fix])).toEqual([
        ["warn", "subject", { type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" }],
      ]);
      expect(report.verdict).toBe("warn");
    });

    it("with case data and the marking: nothing", () => {
      const report = check(caseMail(PARTNER, "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456"), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id)).toEqual([]);
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): nothing", () => {
      const report = check(ordinaryMail(PARTNER), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, rule.id)).toEqual([]);
    });

    it("case data only in the quoted history: warns, and the fix keeps the FW: prefix", () => {
      const report = check(quotedCaseMail(PARTNER, "FW: Ref X123456"), ALEX);
      expect(report.caseData).toBe(true);
      const [finding] = byRule(report, rule.id);
      expect(finding?.severity).toBe("warn");
      expect(finding?.fix).toEqual(expect.objectContaining({ subject: "FW: OFFICIAL-SENSITIVE: Ref X123456" }));
    });
  });

  describe("reply prefixes and gateway tags", () => {
    it.each(["RE: OFFICIAL-SENSITIVE: KPC", "Fwd: OFFICIAL-SENSITIVE: KPC", "AW: OFFICIAL-SENSITIVE: KPC", "WG: OFFICIAL-SENSITIVE KPC", "[SECURE] OFFICIAL-SENSITIVE: KPC", "RE: [EXTERNAL] Fwd: OFFICIAL-SENSITIVE PERSONAL: KPC"])(
      "“%s” counts as marked",
      (subject) => {
        expect(byRule(check({ ...PARTNER, subject, body: CASE_BODY }, ALEX), rule.id)).toEqual([]);
      },
    );

    it.each([
      ["RE: KPC – Ref X123456", "RE: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["Fwd: KPC – Ref X123456", "Fwd: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["AW: WG: KPC – Ref X123456", "AW: WG: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["[SECURE] RE: KPC – Ref X123456", "[SECURE] RE: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["", "OFFICIAL-SENSITIVE:"],
    ])("unmarked “%s”: the fix keeps the prefixes → “%s”", (subject, fixed) => {
      const [finding] = byRule(check({ ...PARTNER, subject, body: CASE_BODY }, ALEX), rule.id);
      expect(finding?.severity).toBe("warn");
      expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: fixed });
    });

    it("a marking later in the subject is not the marking", () => {
      expect(byRule(check({ ...PARTNER, subject: "KPC – OFFICIAL-SENSITIVE", body: CASE_BODY }, ALEX), rule.id)).toHaveLength(1);
    });
  });
});
