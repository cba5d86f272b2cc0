import { derbyshireAgreement } from "../../../src/policy/agreement";
import type { Agreement } from "../../../src/policy/agreement/types";
import { checkMessage, type CheckOptions, type Report } from "../../../src/policy/check";
import { RECIPIENT_RULES, RULES } from "../../../src/policy/rules";
import type { Finding, FixType, Rule } from "../../../src/policy/rules/types";
import type { AttachmentInfo, Recipient, Snapshot } from "../../../src/policy/snapshot";

/** The shipped agreement with a review date in the future, so lifecycle warnings stay out of the way. */
export const CURRENT_AGREEMENT: Agreement = { ...derbyshireAgreement, reviewDate: "2099-01-01" };

/** Wednesday 25 November 2026, 10:00 in London. */
export const WEDNESDAY = new Date("2026-11-25T10:00:00Z");

function recipients(list: (string | Recipient)[] | undefined): Recipient[] {
  return (list ?? []).map((r) => (typeof r === "string" ? { name: "", address: r } : r));
}

export interface MessageSpec {
  subject?: string;
  body?: string;
  /** Text hidden in an HTML body (comments, display:none…). */
  hiddenText?: string;
  to?: (string | Recipient)[];
  cc?: (string | Recipient)[];
  bcc?: (string | Recipient)[];
  attachments?: AttachmentInfo[];
}

export function snapshot(spec: MessageSpec): Snapshot {
  const out: Snapshot = {
    subject: spec.subject ?? "",
    body: spec.body ?? "",
    to: recipients(spec.to),
    cc: recipients(spec.cc),
    bcc: recipients(spec.bcc),
    attachments: spec.attachments ?? [],
  };
  if (spec.hiddenText !== undefined) out.hiddenText = spec.hiddenText;
  return out;
}

export function check(spec: MessageSpec, options: Partial<CheckOptions> = {}, agreement: Agreement = CURRENT_AGREEMENT): Report {
  return checkMessage(snapshot(spec), agreement, { now: WEDNESDAY, sender: "practitioner@justice.gov.uk", ...options });
}

export function byRule(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** A clean message: reference-only marked subject, no personal data, to a named partner mailbox. */
export const CLEAN: MessageSpec = {
  subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
  body: "Hello,\n\nPlease see the attached request.\n\nThanks",
  to: ["starting.point@derbyshire.gov.uk"],
};

// ---------------------------------------------------------------------------------------------
// Case data and contact details. The messages below are sent by Alex Morgan (pass ALEX as the
// check's options), whose signature they carry.

/** The sender of the messages below, as Outlook reports them. */
export const ALEX: Partial<CheckOptions> = { sender: "alex.morgan@justice.gov.uk", senderName: "Alex Morgan" };

/** One sentence of case data: a name with a date of birth and a home address. */
export const CASE_SENTENCE = "Please complete a KPC for John Smith (DOB 12/03/1985) of 14 Ashbourne Road, Belper DE56 1AA.";

/** The case data CASE_SENTENCE holds, as the recognizers find it. */
export const CASE_SPANS = [
  { kind: "person-name", text: "John Smith" },
  { kind: "date-of-birth", text: "12/03/1985" },
  { kind: "street-address", text: "14 Ashbourne Road" },
  { kind: "postcode", text: "DE56 1AA" },
];

/** Alex Morgan's signature: a name, an office, a telephone number and an e-mail address. */
export const SIGNATURE = "Kind regards\n\nAlex Morgan (she/her)\nProbation Officer, Derby Probation Office\nT: 01332 340047\nalex.morgan@justice.gov.uk";

/** A quoted message about lunch, with the people in its header. */
export const QUOTED_LUNCH =
  "-----Original Message-----\nFrom: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 24 November 2026 09:12\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nSubject: Team lunch\n\nShall we book the usual place?";

/** A KPC request: a greeting, the case sentence and the signature. */
export const CASE_BODY = `Hi Sam,\n\n${CASE_SENTENCE}\n\n${SIGNATURE}`;

/** Ordinary mail: names and contact details, none of them case data (greeting, colleagues on a
 * booking, the sender's signature, a quoted header). */
export const ORDINARY_BODY = `Hi Sam,\n\nI have booked the training room for Thursday at 10. The attendees will be Tom Fletcher and Claire Bennett.\n\n${SIGNATURE}\n\n${QUOTED_LUNCH}`;

/** Names the ordinary mail holds that the checks must find and set aside (so a test on it is not vacuous). */
export const ORDINARY_NAMES = ["Tom Fletcher", "Claire Bennett"];

/** A forwarded case thread: the new text holds nothing, the quoted history holds the case data. */
export const QUOTED_CASE_BODY =
  `Sam, see below.\n\n${SIGNATURE}\n\n-----Original Message-----\nFrom: Morgan, Alex <alex.morgan@justice.gov.uk>\nSent: 18 November 2026 09:42\nTo: Starting Point <starting.point@derbyshire.gov.uk>\nSubject: OFFICIAL-SENSITIVE: Ref X123456\n\n${CASE_SENTENCE}`;

/** An unmarked subject with no personal data. */
export const ORDINARY_SUBJECT = "Training room booking";

/** The same three messages to the same recipients, for with/without case data comparisons. */
export function caseMail(to: MessageSpec, subject = "Known Persons Check – Ref X123456"): MessageSpec {
  return { subject, body: CASE_BODY, ...to };
}
export function ordinaryMail(to: MessageSpec, subject = ORDINARY_SUBJECT): MessageSpec {
  return { subject, body: ORDINARY_BODY, ...to };
}
export function quotedCaseMail(to: MessageSpec, subject = "FW: Ref X123456"): MessageSpec {
  return { subject, body: QUOTED_CASE_BODY, ...to };
}

/** Every text the check set aside (contact details, boilerplate, names without case context). */
export function setAsideTexts(report: Report): string[] {
  return report.setAside.reduce<string[]>((all, group) => all.concat(group.texts), []);
}

// ---------------------------------------------------------------------------------------------
// Rule metadata.

export function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule "${id}" in RULES`);
  return rule;
}

/** The kinds of fix the findings offer, each once, sorted. */
export function fixTypes(findings: readonly Finding[]): FixType[] {
  const types: FixType[] = [];
  for (const f of findings) if (f.fix && types.indexOf(f.fix.type) < 0) types.push(f.fix.type);
  return types.sort();
}

/**
 * Holds a rule to its declared fixes: the reports (messages chosen to trigger it, between them
 * every fix it may offer) give findings of the rule, and the fix types they offer are exactly the
 * rule's `fixes`: none it does not declare, none declared that it never offers.
 */
export function expectDeclaredFixes(rule: Rule, reports: readonly Report[]): void {
  const findings = reports.reduce<Finding[]>((all, r) => all.concat(byRule(r, rule.id)), []);
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) if (f.fix) expect(rule.fixes).toContain(f.fix.type);
  expect(fixTypes(findings)).toEqual(rule.fixes.slice().sort());
}

/** The check run when only the recipients change (src/outlook/recipientsCheck.ts): the recipients
 * of `spec` alone (no subject, body or attachments), with only the recipient rules. */
export function checkRecipientsOnly(spec: MessageSpec, options: Partial<CheckOptions> = {}, agreement: Agreement = CURRENT_AGREEMENT): Report {
  return check({ to: spec.to, cc: spec.cc, bcc: spec.bcc }, { rules: RECIPIENT_RULES, ...options }, agreement);
}

/** What a finding about a recipient says apart from its severity and wording: enough to tell two
 * checks found the same thing (a dismissal keyed by id keeps applying). */
export function recipientFindingShape(f: Finding): Pick<Finding, "id" | "rule" | "field" | "recipient" | "fix"> {
  return { id: f.id, rule: f.rule, field: f.field, recipient: f.recipient, fix: f.fix };
}

/**
 * The metadata tests shared by the recipient rules that act on case data (webmail, outside the
 * agreement): scope and severity, honest fixes, and the same findings (ids included, so
 * dismissals carry over) on the recipients-only check, blocking only with case data. `mixed`
 * must give the rule two findings.
 */
export function describeCaseDataRecipientRule(rule: Rule, mixed: MessageSpec): void {
  describe("metadata", () => {
    it("is a blocking rule judged from the recipients", () => {
      expect(rule.scope).toBe("recipients");
      expect(rule.defaultSeverity).toBe("block");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [check(caseMail(mixed), ALEX), check(ordinaryMail(mixed), ALEX)]);
    });

    it("gives the same findings on a recipients-only snapshot as on a message without case data", () => {
      const spec = ordinaryMail(mixed);
      const full = byRule(check(spec, ALEX), rule.id);
      expect(full).toHaveLength(2);
      expect(byRule(checkRecipientsOnly(spec, ALEX), rule.id)).toEqual(full);
    });

    it("with case data only the severity and wording differ from the recipients-only check (same ids, so dismissals carry over)", () => {
      const spec = caseMail(mixed);
      const full = byRule(check(spec, ALEX), rule.id);
      const recipientsOnly = byRule(checkRecipientsOnly(spec, ALEX), rule.id);
      expect(full.map((f) => f.severity)).toEqual(["block", "block"]);
      expect(recipientsOnly.map((f) => f.severity)).toEqual(["info", "info"]);
      expect(recipientsOnly.map(recipientFindingShape)).toEqual(full.map(recipientFindingShape));
    });
  });
}
