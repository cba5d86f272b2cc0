/**
 * Rules: one a file, each enforcing a clause of the agreement, in the spirit of ESLint's rules
 * (metadata + a check that returns findings with optional fixes).
 */
import type { Agreement, Exchange } from "../agreement/types";
import type { EncryptionResult } from "../attachments/types";
import type { RoledSpan } from "../caseData/types";
import type { PersonalDataKind, Span } from "../detect/types";
import type { RecipientClass } from "../recipients/types";
import type { LabelMarking } from "../marking/labels";
import type { AttachmentInfo, Recipient, Snapshot } from "../snapshot";

export type Severity = "block" | "warn" | "info";
export type Verdict = "block" | "warn" | "pass";
export type FindingField = "subject" | "body" | "recipients" | "attachments" | "agreement" | "route";
export type RecipientField = "to" | "cc" | "bcc";

/** A one-click fix the task pane can apply (or show, for the form and the telephone). */
export type Fix =
  | { type: "replace-subject"; label: string; subject: string }
  | { type: "add-marking"; label: string; subject: string }
  /** Apply the sensitivity label the deployment maps to the marking (and, with `subject`, also
   * set that marked subject). */
  | { type: "set-label"; label: string; labelId: string; labelName: string; subject?: string }
  | { type: "remove-recipient"; label: string; address: string }
  /** Moves these recipients from To and Cc to Bcc, so none sees the others' addresses. */
  | { type: "move-to-bcc"; label: string; addresses: string[] }
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
  /** The id of the agreement whose clause the finding enforces (absent for failures to check). */
  agreement?: string;
}

export type FixType = Fix["type"];

/** The id of the agreement clause a rule enforces: a channelRules[].id of the agreement, e.g.
 * "no-personal-data-in-subject". Rules hold no clause text: the wording a finding cites is the
 * applied agreement's own (citeClause in ../agreement/clauses.ts), or says it has none. */
export type ClauseId = string;

export interface CheckedRecipient {
  field: RecipientField;
  recipient: Recipient;
  class: RecipientClass;
  /** Ids of the applied agreements that join the sender and this recipient's organisation
   * (empty when none does). */
  agreements: string[];
}

export interface CheckedAttachment {
  info: AttachmentInfo;
  /** Absent when the bytes were not available to look at. */
  encryption?: EncryptionResult;
}

/** Everything a rule may look at, computed once per check. */
export interface RuleContext {
  snapshot: Snapshot;
  /** The agreement the message is judged under: the exchange's, else the applied agreement that
   * joins the sender to the most recipients (NO_AGREEMENT when the sender is party to none). */
  agreement: Agreement;
  /** Every deployed agreement the sender is a party to (all of them when the sender is unknown). */
  agreements: readonly Agreement[];
  /** Whether the sender is a party to the applied agreements (see applicableAgreements). */
  senderParty: "party" | "none" | "unknown";
  now: Date;
  sender?: string;
  /** The exchange id the caller named (template inserted, or chosen), known or not. */
  exchangeId?: string;
  /** That exchange, when the agreement has it. */
  exchange?: Exchange;
  /** Every span in the subject: the subject rule holds any name there, whatever its role. */
  subjectSpans: Span[];
  /** Every span in the body, each with its role (case data, or contact details set aside). */
  bodySpans: RoledSpan[];
  /** Spans in snapshot.hiddenText (offsets into it), with roles; absent when there is none. */
  hiddenSpans?: RoledSpan[];
  recipients: CheckedRecipient[];
  attachments: CheckedAttachment[];
  /** The message holds case data: data about the people a case concerns (see src/policy/caseData). */
  hasCaseData: boolean;
  /** The subject is a colleague's news (a farewell, a death, a baby, a welcome) and the message holds no case data: its names are
   * staff (src/policy/caseData/subjectStaffNews.ts). */
  subjectStaffNews?: boolean;
  /** The new text tells its readers of their own case ("a requirement of your order"): written to
   * the people a case concerns (src/policy/caseData/addressedReaders.ts). */
  readersToldOfTheirCase?: boolean;
  /** The subject carries the protective marking, or the message a sensitivity label mapped to it:
   * the sender has declared the message sensitive. */
  marked: boolean;
  /** A quoted message's subject carries the marking: the thread was declared sensitive, and a
   * reply quoting it needs the marking too (see src/policy/marking/threadMarking.ts). */
  threadMarked?: boolean;
  /** The subject starts with the marking misspelt ("OFFICAL-SENSITIVE:"): declared, but unread
   * by gateways and readers (see src/policy/marking/markingAttempt.ts). */
  misspeltMarking?: boolean;
  /** Sensitivity labels against the deployment's mapping; absent when the caller built the
   * context without them (the message then has no label). */
  labels?: LabelMarking;
  /** A reply or forward whose answered message's people are known (see src/policy/reply). */
  reply?: ReplyContext;
}

/** A reply or forward: the recipients who were not on the message being answered. */
export interface ReplyContext {
  composeType: "reply" | "forward";
  /** In To, Cc, Bcc order; the sender's own address is never counted as added. */
  added: CheckedRecipient[];
}

/**
 * What a rule is about, which decides where it runs:
 * - "recipients": judged from the recipients alone (also run when only the recipients changed);
 * - "message": needs the whole message (subject, body, attachments, exchange, time);
 * - "note": information for the task pane only; never changes the verdict, so Send skips it.
 */
export type RuleScope = "recipients" | "message" | "note";

/** A finding as a rule reports it; the reporter fills in id, rule and severity (the rule's
 * default unless given). */
export interface FindingDraft extends Pick<Finding, "field" | "message">, Partial<Pick<Finding, "severity" | "kind" | "start" | "end" | "recipient" | "attachment" | "fix">> {
  /** Parts that, with the rule id, make the finding's stable id. */
  key: readonly (string | number | undefined)[];
  /** The agreement whose clause it enforces, when not the context's (e.g. the recipient's). */
  agreement?: string;
}

export type Report = (draft: FindingDraft) => void;

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** A few words naming the check for users: "the protective marking check" when it cannot run.
   * What the rule checks is said in a comment beside it (the Send bundle carries these words). */
  description: string;
  scope: RuleScope;
  /** Every kind of fix the rule may offer (the registry test holds rules to it). */
  fixes: readonly FixType[];
  /** The id of the agreement clause it enforces (see ClauseId). */
  clause: ClauseId;
  /** True when the rule judges the message against an agreement's parties, routes or marking.
   * A sender who is party to none of the deployed agreements gets only the rules that need no
   * agreement (the subject, the marking, webmail, look-alikes, invalid or retired addresses,
   * notes). */
  needsAgreement: boolean;
  check(context: RuleContext, report: Report): void;
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
