import { hasMarking, markingPrefixLength } from "../../../src/policy/rules/marking";
import { CLEAN, CURRENT_AGREEMENT, byRule, check } from "./helpers";

describe("subject-personal-data", () => {
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

  it("allows case references and initials", () => {
    const report = check({ ...CLEAN, subject: "OFFICIAL-SENSITIVE: KPC for J.S. – CRN X123456" });
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

describe("protective-marking", () => {
  it("warns when personal data travels without the marking, and the fix prefixes it", () => {
    const report = check({ ...CLEAN, subject: "Known Persons Check – Ref X123456", body: "Re: Amelia Edwards, DOB 02/02/2020." });
    const [finding] = byRule(report, "protective-marking");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" });
  });

  it("accepts the agreement's spellings, with PERSONAL, and only at the start", () => {
    const marking = CURRENT_AGREEMENT.marking;
    for (const s of ["OFFICIAL-SENSITIVE: KPC", "OFFICIAL SENSITIVE KPC", "[OFFICIAL-SENSITIVE] KPC", "official-sensitive personal: KPC", "  OFFICIAL–SENSITIVE: KPC"]) {
      expect(hasMarking(s, marking)).toBe(true);
    }
    for (const s of ["KPC OFFICIAL-SENSITIVE", "OFFICIAL: KPC", "OFFICIAL-SENSITIVEX KPC", ""]) expect(hasMarking(s, marking)).toBe(false);
    expect("OFFICIAL-SENSITIVE PERSONAL: KPC".slice(markingPrefixLength("OFFICIAL-SENSITIVE PERSONAL: KPC", marking))).toBe("KPC");
  });

  it("says nothing when the message holds no personal data", () => {
    expect(byRule(check({ ...CLEAN, subject: "Team meeting moved" }), "protective-marking")).toEqual([]);
  });
});
