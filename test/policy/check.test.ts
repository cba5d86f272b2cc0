import fc from "fast-check";
import { checkMessage, verdictOf } from "../../src/policy/check";
import type { Rule } from "../../src/policy/rules/types";
import { CLEAN, CURRENT_AGREEMENT, WEDNESDAY, check, snapshot } from "./rules/helpers";

describe("checkMessage", () => {
  it("passes a clean, marked, reference-only message to a partner mailbox", () => {
    const report = check(CLEAN);
    expect(report.verdict).toBe("pass");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("verdict is the worst severity left: block > warn > info → pass", () => {
    const f = (severity: "block" | "warn" | "info") => ({ id: severity, rule: "r", severity, field: "subject" as const, message: "" });
    expect(verdictOf([f("info"), f("warn"), f("block")])).toBe("block");
    expect(verdictOf([f("info"), f("warn")])).toBe("warn");
    expect(verdictOf([f("info")])).toBe("pass");
    expect(verdictOf([])).toBe("pass");
  });

  it("lists findings worst first, and every span found is reported", () => {
    const report = check({ ...CLEAN, subject: "Known Persons Check – Ref X123456", body: "For Amelia Edwards, DOB 02/02/2020.", cc: ["a@gmail.com"] });
    const ranks = report.findings.map((f) => ["info", "warn", "block"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const found = report.findings.filter((f) => f.rule === "personal-data-found" && f.field === "body").map((f) => f.kind);
    expect(found).toEqual(expect.arrayContaining(["person-name", "date-of-birth"]));
  });

  it("finding ids are stable while the user types elsewhere, so dismissals keep applying", () => {
    const one = check({ ...CLEAN, cc: ["a@gmail.com"] });
    const two = check({ ...CLEAN, cc: ["a@gmail.com"], body: "Hello,\n\nSomething else entirely.\n\nThanks" });
    const id = one.findings.find((f) => f.rule === "recipient-webmail")?.id;
    expect(id).toBeDefined();
    expect(two.findings.some((f) => f.id === id)).toBe(true);
    const dismissed = check({ ...CLEAN, cc: ["a@gmail.com"] }, { dismissed: [{ findingId: id as string, reason: "recipient confirmed by telephone" }] });
    expect(dismissed.findings.some((f) => f.id === id)).toBe(false);
    expect(dismissed.dismissed[0]?.reason).toBe("recipient confirmed by telephone");
  });

  it("a rule that throws becomes a warning instead of a silent pass", () => {
    const broken: Rule = {
      id: "broken",
      defaultSeverity: "block",
      description: "a broken rule",
      clause: { document: "d", section: "s", text: "t" },
      check: () => {
        throw new Error("boom");
      },
    };
    const report = checkMessage(snapshot(CLEAN), CURRENT_AGREEMENT, { now: WEDNESDAY, rules: [broken] });
    expect(report.verdict).toBe("warn");
    expect(report.findings[0]?.message).toMatch(/could not run its “a broken rule” check \(boom\)/);
  });

  it("never throws on arbitrary input", () => {
    const text = fc.string({ unit: "binary", maxLength: 300 });
    const recipient = fc.record({ name: text, address: text });
    fc.assert(
      fc.property(text, text, fc.array(recipient, { maxLength: 4 }), fc.array(recipient, { maxLength: 2 }), (subject, body, to, cc) => {
        const report = checkMessage({ subject, body, to, cc, bcc: [], attachments: [] }, CURRENT_AGREEMENT, { now: WEDNESDAY });
        expect(["block", "warn", "pass"]).toContain(report.verdict);
      }),
      { numRuns: 300 },
    );
  });
});
