/**
 * checkMessage: the single entry point the task pane, the Send handler and the CLI share.
 * Pure and synchronous; "now" is passed in. Never throws: a rule that fails becomes a warning
 * finding, so a broken rule can never silently let a message through as "pass".
 */
import type { Agreement } from "./agreement/types";
import { detectEncryption } from "./attachments";
import { detect } from "./detect";
import { isIdentifying, type Span } from "./detect/types";
import { classifierFor } from "./recipients/classify";
import { RULES } from "./rules";
import { findingId } from "./rules/findingId";
import type { CheckedAttachment, CheckedRecipient, Finding, FindingField, RecipientField, Rule, RuleContext, Verdict } from "./rules/types";
import { severityRank } from "./rules/types";
import type { Snapshot } from "./snapshot";

/** A user's decision that a finding does not apply ("not personal data", "confirmed by telephone"). */
export interface Dismissal {
  findingId: string;
  reason: string;
}

export interface CheckOptions {
  now: Date;
  /** The sender's address, for "own organisation". */
  sender?: string;
  /** The exchange id, when known (a template was inserted, or the caller names it). */
  exchange?: string;
  dismissed?: readonly Dismissal[];
  /** Rules to run; all of them by default. */
  rules?: readonly Rule[];
}

export interface Report {
  verdict: Verdict;
  /** Worst first; dismissed findings are not here. */
  findings: Finding[];
  dismissed: { finding: Finding; reason: string }[];
}

const FIELD_ORDER: FindingField[] = ["subject", "body", "recipients", "attachments", "route", "agreement"];

function safeDetect(text: string): Span[] {
  try {
    return detect(text);
  } catch {
    return [];
  }
}

/** Every To/Cc/Bcc recipient with its class under the agreement (the task pane shows these too). */
export function checkedRecipients(snapshot: Snapshot, agreement: Agreement, sender: string | undefined): CheckedRecipient[] {
  const classifier = classifierFor(agreement);
  const out: CheckedRecipient[] = [];
  for (const field of ["to", "cc", "bcc"] as RecipientField[]) {
    for (const recipient of snapshot[field]) out.push({ field, recipient, class: classifier.classify(recipient, sender) });
  }
  return out;
}

function checkedAttachments(snapshot: Snapshot): CheckedAttachment[] {
  return snapshot.attachments.map((info) => {
    if (info.encryption) return { info, encryption: info.encryption };
    if (info.content) return { info, encryption: detectEncryption(info.name, info.content) };
    return { info };
  });
}

function ruleFailure(rule: Rule, error: unknown): Finding {
  return {
    id: findingId("rule-error", rule.id),
    rule: rule.id,
    severity: "warn",
    field: "agreement",
    message: `SafeShare could not run its “${rule.description}” check (${error instanceof Error ? error.message : String(error)}). Check this yourself before sending.`,
  };
}

/** The same place reported by another rule makes the plain "found" note redundant. */
function withoutRedundantNotes(findings: Finding[]): Finding[] {
  const covered = new Set<string>();
  for (const f of findings) if (f.rule !== "personal-data-found" && f.start !== undefined) covered.add(`${f.field}:${f.start}:${f.end}`);
  return findings.filter((f) => f.rule !== "personal-data-found" || !covered.has(`${f.field}:${f.start}:${f.end}`));
}

function compare(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) ||
    (a.start ?? 0) - (b.start ?? 0)
  );
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, severityRank(f.severity));
  return worst === 2 ? "block" : worst === 1 ? "warn" : "pass";
}

export function checkMessage(snapshot: Snapshot, agreement: Agreement, options: CheckOptions): Report {
  const findings: Finding[] = [];
  let context: RuleContext | undefined;
  try {
    const subjectSpans = safeDetect(snapshot.subject);
    const bodySpans = safeDetect(snapshot.body);
    // Hidden personal data is still personal data: it counts for every rule, not just its own.
    const hiddenSpans = snapshot.hiddenText ? safeDetect(snapshot.hiddenText) : [];
    const all = subjectSpans.concat(bodySpans, hiddenSpans);
    const exchange = options.exchange ? agreement.exchanges.find((e) => e.id === options.exchange) : undefined;
    if (options.exchange && !exchange) {
      findings.push({
        id: findingId("unknown-exchange", options.exchange),
        rule: "exchange-route",
        severity: "warn",
        field: "route",
        message: `“${options.exchange}” is not an exchange of “${agreement.title}”, so its route could not be checked.`,
      });
    }
    context = {
      snapshot,
      agreement,
      now: options.now,
      subjectSpans,
      bodySpans,
      recipients: checkedRecipients(snapshot, agreement, options.sender),
      attachments: checkedAttachments(snapshot),
      hasPersonalData: all.some((s) => isIdentifying(s.kind)),
      hasSensitiveData: all.some((s) => s.kind === "special-category"),
    };
    if (snapshot.hiddenText) context.hiddenSpans = hiddenSpans;
    if (options.sender) context.sender = options.sender;
    if (exchange) context.exchange = exchange;
  } catch (error) {
    findings.push({
      id: findingId("check-error"),
      rule: "check-error",
      severity: "warn",
      field: "agreement",
      message: `SafeShare could not read this message fully (${error instanceof Error ? error.message : String(error)}). Check it yourself before sending.`,
    });
  }
  if (context) {
    for (const rule of options.rules ?? RULES) {
      try {
        for (const f of rule.check(context)) findings.push(f);
      } catch (error) {
        findings.push(ruleFailure(rule, error));
      }
    }
  }
  const reasons = new Map<string, string>();
  for (const d of options.dismissed ?? []) reasons.set(d.findingId, d.reason);
  const kept: Finding[] = [];
  const dismissed: Report["dismissed"] = [];
  for (const f of withoutRedundantNotes(findings)) {
    const reason = reasons.get(f.id);
    if (reason !== undefined) dismissed.push({ finding: f, reason });
    else kept.push(f);
  }
  kept.sort(compare);
  return { verdict: verdictOf(kept), findings: kept, dismissed };
}
