import { VERDICT_RULES } from "../../../src/policy/rules";
import type { Finding } from "../../../src/policy/rules/types";
import {
  ALEX,
  byRule,
  caseMail,
  CASE_BODY,
  CASE_SPANS,
  check,
  expectDeclaredFixes,
  ORDINARY_BODY,
  ordinaryMail,
  ORDINARY_NAMES,
  QUOTED_CASE_BODY,
  quotedCaseMail,
  ruleById,
  setAsideTexts,
} from "./helpers";

const rule = ruleById("personal-data-found");

const PARTNER = { to: ["starting.point@derbyshire.gov.uk"] };
const MARKED = "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456";

/** What a body note points at, read back from the body. */
function found(findings: readonly Finding[], body: string): { kind: string | undefined; text: string }[] {
  return findings.filter((f) => f.field === "body").map((f) => ({ kind: f.kind, text: body.slice(f.start, f.end) }));
}

describe("personal-data-found", () => {
  describe("metadata", () => {
    it("is a note: information only", () => {
      expect(rule.scope).toBe("note");
      expect(rule.defaultSeverity).toBe("info");
    });

    it("declares no fix and offers none", () => {
      expect(rule.fixes).toEqual([]);
      expectDeclaredFixes(rule, [check(caseMail(PARTNER, MARKED), ALEX)]);
    });

    it("never changes the verdict: all its findings are information, and the Send check (which skips notes) reaches the same verdict", () => {
      for (const spec of [caseMail(PARTNER, MARKED), caseMail({ to: ["sam.carer@gmail.com"] }), quotedCaseMail(PARTNER)]) {
        const full = check(spec, ALEX);
        expect(byRule(full, rule.id).length).toBeGreaterThan(0);
        expect(byRule(full, rule.id).every((f) => f.severity === "info")).toBe(true);
        const send = check(spec, { ...ALEX, rules: VERDICT_RULES });
        expect(byRule(send, rule.id)).toEqual([]);
        expect(send.verdict).toBe(full.verdict);
      }
    });
  });

  describe("long messages", () => {
    it("lists at most 200 items a field and says how many more there are", () => {
      const body = Array.from({ length: 250 }, (_, i) => `Please complete a KPC for Kayleigh Brooks${i}, NHS number 943 476 5919.`).join("\n\n");
      const report = check({ subject: MARKED, body, to: ["starting.point@derbyshire.gov.uk"] }, ALEX);
      const notes = byRule(report, rule.id).filter((f) => f.field === "body");
      expect(notes.length).toBe(201);
      expect(notes[0]?.message).toMatch(/^…and \d+ more in the body, not listed one by one\.$/);
      expect(report.verdict).toBe(check({ subject: MARKED, body: body.slice(0, 200), to: ["starting.point@derbyshire.gov.uk"] }, ALEX).verdict);
    });
  });

  describe("quoting found text", () => {
    it("drops bidi controls from the quotation, so found text cannot reorder the message around it", () => {
      const subject = "KPC for John \u202eSmith";
      const report = check({ ...caseMail(PARTNER, MARKED), subject }, ALEX);
      const messages = report.findings.filter((f) => f.message.includes("John")).map((f) => f.message);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.join("")).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      expect(messages.join("")).toContain("John Smith");
    });
  });

  describe("case data", () => {
    it("with case data: lists exactly the case data of the body (not the greeting or the signature), and the message still passes", () => {
      const report = check(caseMail(PARTNER, MARKED), ALEX);
      expect(report.caseData).toBe(true);
      expect(found(byRule(report, rule.id), CASE_BODY)).toEqual(CASE_SPANS);
      expect(byRule(report, rule.id).find((f) => f.field === "body")?.message).toBe("Found a name in the body: “John Smith”.");
      expect(report.verdict).toBe("pass");
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): nothing", () => {
      const report = check(ordinaryMail(PARTNER), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, rule.id)).toEqual([]);
    });

    it("case data only in the quoted history: listed", () => {
      const report = check(quotedCaseMail(PARTNER), ALEX);
      expect(found(byRule(report, rule.id), QUOTED_CASE_BODY)).toEqual(expect.arrayContaining(CASE_SPANS));
    });
  });

  describe("the subject", () => {
    it("lists what the subject holds, whatever its role (a case reference too)", () => {
      const report = check({ ...PARTNER, subject: MARKED, body: ORDINARY_BODY }, ALEX);
      const subject = byRule(report, rule.id).filter((f) => f.field === "subject");
      expect(subject.map((f) => [f.kind, MARKED.slice(f.start, f.end)])).toEqual([["case-reference", "X123456"]]);
    });

    it("leaves out a note where another rule already reports the same place", () => {
      const subject = "OFFICIAL-SENSITIVE: Training with Tom Fletcher";
      const report = check({ ...PARTNER, subject, body: ORDINARY_BODY }, ALEX);
      const [blocked] = byRule(report, "subject-personal-data");
      expect(blocked && subject.slice(blocked.start, blocked.end)).toBe("Tom Fletcher");
      expect(byRule(report, rule.id).filter((f) => f.field === "subject" && f.start === blocked?.start)).toEqual([]);
    });
  });
});
