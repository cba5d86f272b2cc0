/**
 * Rules: one a file, each enforcing a clause of the agreement, in the spirit of ESLint's rules
 * (metadata + a check that returns findings with optional fixes).
 */
import type { Agreement, Exchange } from "../agreement/types";
import type { EncryptionResult } from "../attachments/types";
import type { PersonalDataKind, Span } from "../detect/types";
import type { RecipientClass } from "../recipients/types";
import type { AttachmentInfo, Recipient, Snapshot } from "../snapshot";

export type Severity = "block" | "warn" | "info";
export type Verdict = "block" | "warn" | "pass";
export type FindingField = "subject" | "body" | "recipients" | "attachments" | "agreement" | "route";
export type RecipientField = "to" | "cc" | "bcc";

/** A one-click fix the task pane can apply (or show, for the form and the telephone). */
export type Fix =
  | { type: "replace-subject"; label: string; subject: string }
  | { type: "add-marking"; label: string; subject: string }
  | { type: "remove-recipient"; label: string; address: string }
  | { type: "replace-recipient"; label: string; address: string; replacement: string }
  | { type: "open-form"; label: string; name: string; url?: string }
  | { type: "telephone"; label: string; number?: string; note: string };

export interface Finding {
  /** Stable across re-checks of the same message, so a dismissal keeps applying. */
  id: string;
  rule: string;
  severity: Severity;
  field: FindingField;
  /** Plain English: what is wrong and what to do. */
  message: string;
  kind?: PersonalDataKind;
  /** Offsets into the subject or the body text (JavaScript string indices). */
  start?: number;
  end?: number;
  /** The recipient's address, for recipient findings. */
  recipient?: string;
  /** The attachment's name, for attachment findings. */
  attachment?: string;
  fix?: Fix;
}

export interface Clause {
  document: string;
  section: string;
  text: string;
}

export interface CheckedRecipient {
  field: RecipientField;
  recipient: Recipient;
  class: RecipientClass;
}

export interface CheckedAttachment {
  info: AttachmentInfo;
  /** Absent when the bytes were not available to look at. */
  encryption?: EncryptionResult;
}

/** Everything a rule may look at, computed once per check. */
export interface RuleContext {
  snapshot: Snapshot;
  agreement: Agreement;
  now: Date;
  sender?: string;
  exchange?: Exchange;
  subjectSpans: Span[];
  bodySpans: Span[];
  /** Spans in snapshot.hiddenText (offsets into it); absent when there is none. */
  hiddenSpans?: Span[];
  recipients: CheckedRecipient[];
  attachments: CheckedAttachment[];
  /** The message holds personal data that identifies someone (subject, body or hidden text). */
  hasPersonalData: boolean;
  /** … or special-category data. */
  hasSensitiveData: boolean;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One sentence. */
  description: string;
  /** The clause of the agreement it enforces. */
  clause: Clause;
  check(context: RuleContext): Finding[];
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
