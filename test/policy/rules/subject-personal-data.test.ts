import { ALEX, byRule, CASE_BODY, check, CLEAN, expectDeclaredFixes, ORDINARY_BODY, ruleById } from "./helpers";

const rule = ruleById("subject-personal-data");

describe("subject-personal-data", () => {
  describe("metadata", () => {
    it("is a blocking rule on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check({ ...CLEAN, subject: "KPC request for John Smith DOB 12/03/1985 ref X123456" })]);
    });
  });

  it("blocks a name and a date of birth in the subject, with a reference-only subject as the fix", () => {
    const report = check({ ...CLEAN, subject: "KPC request for John Smith DOB 12/03/1985 ref X123456" }, { exchange: "kpc-probation-to-childrens" });
    const findings = byRule(report, "subject-personal-data");
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(["person-name", "date-of-birth"]));
    expect(findings.every((f) => f.severity === "block" && f.field === "subject")).toBe(true);
    const name = findings.find((f) => f.kind === "person-name");
    expect(report.verdict).toBe("block");
    expect(name && "KPC request for John Smith DOB 12/03/1985 ref X123456".slice(name.start, name.end)).toBe("John Smith");
    expect(name?.fix).toEqual({
      type: "replace-subject",
      label: "Use a reference-only subject",
      subject: "OFFICIAL-SENSITIVE: Known Persons Check (probation initiated) – Ref X123456",
    });
  });

  it("without a known exchange, the reference-only subject says “Information sharing”", () => {
    const [finding] = byRule(check({ ...CLEAN, subject: "KPC for John Smith – Ref X123456" }), "subject-personal-data");
    expect(finding?.fix).toEqual(expect.objectContaining({ subject: "OFFICIAL-SENSITIVE: Information sharing – Ref X123456" }));
  });

  it("allows case references and initials", () => {
    const report = check({ ...CLEAN, subject: "OFFICIAL-SENSITIVE: KPC for J.S. – CRN X123456" });
    expect(byRule(report, "subject-personal-data")).toEqual([]);
  });

  it("is strict: any name in the subject blocks, even a colleague's on ordinary mail with no case context", () => {
    const report = check({ subject: "Training with Tom Fletcher", body: ORDINARY_BODY, to: ["jane.doe@justice.gov.uk"] }, ALEX);
    const findings = byRule(report, "subject-personal-data");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toEqual(expect.objectContaining({ severity: "block", kind: "person-name", start: 14, end: 26 }));
    expect(report.verdict).toBe("block");
  });

  it("finds a name after reply prefixes and the marking, at its place in the subject", () => {
    const subject = "RE: OFFICIAL-SENSITIVE: Strategy meeting re Chidi Okafor";
    const [finding] = byRule(check({ ...CLEAN, subject }), "subject-personal-data");
    expect(finding?.severity).toBe("block");
    expect(finding && subject.slice(finding.start, finding.end)).toBe("Chidi Okafor");
  });

  it("looks at the subject only: case data in the body under a reference-only subject raises nothing here", () => {
    const report = check({ ...CLEAN, body: CASE_BODY }, ALEX);
    expect(report.caseData).toBe(true);
    expect(byRule(report, "subject-personal-data")).toEqual([]);
  });

  it("a dismissal with a reason removes the finding and lowers the verdict", () => {
    const spec = { ...CLEAN, subject: "OFFICIAL-SENSITIVE: Strategy meeting re Chidi Okafor" };
    const first = check(spec);
    const findings = byRule(first, "subject-personal-data");
    expect(findings.length).toBeGreaterThan(0);
    expect(first.verdict).toBe("block");
    const dismissed = findings.map((f) => ({ findingId: f.id, reason: "not personal data" }));
    const second = check(spec, { dismissed });
    expect(byRule(second, "subject-personal-data")).toEqual([]);
    expect(second.dismissed.map((d) => d.reason)).toEqual(dismissed.map(() => "not personal data"));
    expect(second.verdict).not.toBe("block");
  });
});

describe("subject-personal-data fix keeps the thread's reply prefixes", () => {
  it("RE: stays in front of the reference-only subject; a bracketed marking is not doubled", () => {
    const [finding] = byRule(check({ ...CLEAN, subject: "RE: FW: KPC for John Smith – Ref X123456" }), "subject-personal-data");
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "replace-subject", subject: "RE: FW: OFFICIAL-SENSITIVE: Information sharing – Ref X123456" }));
    const [bracketed] = byRule(check({ ...CLEAN, subject: "[OFFICIAL-SENSITIVE] John Smith" }), "subject-personal-data");
    expect(bracketed?.fix).toEqual(expect.objectContaining({ subject: "OFFICIAL-SENSITIVE: Information sharing" }));
  });
});
