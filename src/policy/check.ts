/**
 * checkMessage: the single entry point the task pane, the Send handler and the CLI share, and
 * the one result they all read (verdict, findings, recipients' classes, whether the message
 * holds case data, whether attachment bytes are needed, what was set aside).
 *
 * Pure and synchronous; "now" is passed in. Never throws, and fails closed: a recognizer, the
 * recipient classifier or a rule that throws becomes a blocking "could not check" finding that
 * names the part, never fewer findings; if the message's anatomy cannot be read, every span
 * counts as case data.
 */
import { NO_AGREEMENT, NO_AGREEMENT_ID } from "./agreement/noAgreement";
import { agreementsWithPartner, applicableAgreements, joinedParties } from "./agreement/parties";
import type { Agreement, Exchange } from "./agreement/types";
import { messageAnatomy, type Anatomy } from "./anatomy";
import { detectEncryption } from "./attachments";
import { emptyKnownPeople, addPerson, senderNameOf, writtenToRelatives, type KnownPeople } from "./caseData/knownPeople";
import { newTextTellsReadersCase } from "./caseData/addressedReaders";
import { allCaseData, assignRoles, isCaseData } from "./caseData/roles";
import { subjectEchoes } from "./caseData/subjectEchoes";
import { setAsideGroups } from "./caseData/setAside";
import { subjectTermIsTopic } from "./caseData/topics";
import type { RoledSpan, SetAsideGroup } from "./caseData/types";
import { detectChecked } from "./detect";
import { isIdentifying, type Recognizer, type Span } from "./detect/types";
import { RECOGNIZERS } from "./detect/recognizers";
import { classifierFor } from "./recipients/classify";
import { libraryBudget } from "./recipients/parseAddress";
import { addressClassOf, type RecipientClass } from "./recipients/types";
import { RULES } from "./rules";
import { answeredPeople, wasOnAnswered } from "./reply/answered";
import { attachmentBytesNeeded } from "./rules/attachmentEncryption";
import { findingId } from "./rules/findingId";
import { hasMarking, misspeltMarking } from "./rules/marking";
import { labelMarking, type LabelMapping } from "./marking/labels";
import { quotedSubjectMarked } from "./marking/threadMarking";
import { hasMarkingAttempt } from "./marking/markingAttempt";
import { runRule } from "./rules/runRule";
import type { CheckedAttachment, CheckedRecipient, Finding, FindingField, RecipientField, ReplyContext, Rule, RuleContext, Verdict } from "./rules/types";
import { severityRank } from "./rules/types";
import type { Recipient, Snapshot } from "./snapshot";
import { londonDate } from "./time/londonDate";
import { isStaffNewsSubject } from "./caseData/subjectStaffNews";
import { subjectPets } from "./caseData/pets";

/** A user's decision that a finding does not apply ("not personal data", "confirmed by telephone"). */
export interface Dismissal {
  findingId: string;
  reason: string;
}

/** Classifies one recipient for the sender; the agreement's classifier unless a test injects one. */
export type Classify = (recipient: Recipient, sender: string | undefined) => RecipientClass;

export interface CheckOptions {
  now: Date;
  /** The sender's address, for "own organisation" and for telling contact details from case data. */
  sender?: string;
  /** The sender's display name (in Outlook, the user's profile name). */
  senderName?: string;
  /** The exchange, when known (a template was inserted, or the caller names it): its bare id,
   * looked up in the applied agreements first, or "agreementId/exchangeId". */
  exchange?: string;
  dismissed?: readonly Dismissal[];
  /** Rules to run; all of them by default. */
  rules?: readonly Rule[];
  /** Recognizers to run; the registry by default (tests inject failing ones). */
  recognizers?: readonly Recognizer[];
  /** The recipient classifier; the agreement's by default (tests inject failing ones). */
  classify?: Classify;
  /** Which sensitivity labels count as the marking; the deployment's (LABEL_MAPPING) by default. */
  labelMapping?: LabelMapping;
}

export interface Report {
  verdict: Verdict;
  /** The agreement the message was judged under (NO_AGREEMENT when the sender is party to none);
   * the pane quotes its clauses. */
  agreement: Agreement;
  /** Ids of the deployed agreements the sender is a party to, in deployment order. */
  agreements: string[];
  /** Whether the sender is a party to them ("unknown" when no sender was given: all apply). */
  senderParty: "party" | "none" | "unknown";
  /** Worst first; dismissed findings are not here. */
  findings: Finding[];
  dismissed: { finding: Finding; reason: string }[];
  /** Every To/Cc/Bcc recipient with its class under the agreement. */
  recipients: CheckedRecipient[];
  /** Every attachment with its protection where its bytes (or an earlier check) told it. */
  attachments: CheckedAttachment[];
  /** The message holds case data (subject, body with its quoted history, or hidden text). */
  caseData: boolean;
  /** An attachment whose protection is unknown would matter: the caller should read its bytes
   * and check again. */
  attachmentBytesNeeded: boolean;
  /** Contact details and boilerplate set aside, for the pane's "Set aside" line. */
  setAside: SetAsideGroup[];
  /** On a reply or forward whose answered message's people are known: who was added. */
  reply?: ReplyContext;
}

const FIELD_ORDER: FindingField[] = ["subject", "body", "recipients", "attachments", "route", "agreement"];

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The blocking finding for a part of the check that failed. */
function couldNotCheck(part: string, key: string, error: string): Finding {
  return {
    id: findingId("check-failed", key),
    rule: "check-failed",
    severity: "block",
    field: "agreement",
    message: `SafeShare could not check part of this message (${part}: ${error}). Ask your IT team; until then, check it yourself and send it by another route if it holds case data.`,
  };
}

/** The applied agreements that have the recipient's organisation as a party. */
function joiningAgreements(cls: RecipientClass, applied: readonly Agreement[]): string[] {
  const where = addressClassOf(cls);
  if (where.kind !== "partner-mailbox" && where.kind !== "partner-domain") return [];
  return agreementsWithPartner(applied, where.partner.id).map((a) => a.id);
}

function classifyAll(snapshot: Snapshot, classify: Classify, sender: string | undefined, applied: readonly Agreement[], failures: Finding[]): CheckedRecipient[] {
  const out: CheckedRecipient[] = [];
  for (const field of ["to", "cc", "bcc"] as RecipientField[]) {
    for (const recipient of snapshot[field]) {
      let cls: RecipientClass;
      try {
        cls = classify(recipient, sender);
      } catch (error) {
        // Unknown is off every secure route: the recipient is judged as an outsider.
        cls = { kind: "unknown", recipient, address: null, alsoNote: [] };
        failures.push(couldNotCheck(`the recipient ${recipient.address}`, `recipient:${field}:${recipient.address.toLowerCase()}`, errorText(error)));
      }
      out.push({ field, recipient, class: cls, agreements: joiningAgreements(cls, applied) });
    }
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

/** The day of `now` in Europe/London as yyyymmdd, for detect's `today` (NaN for an invalid
 * date: then no date is judged to be in the future). */
function dayOf(now: Date): number {
  return Number(londonDate(now).date.replace(/-/g, ""));
}

function detectIn(where: "subject" | "body" | "hidden text", text: string, recognizers: readonly Recognizer[], failures: Finding[], today: number): Span[] {
  const { spans, failures: failed } = detectChecked(text, { today }, recognizers);
  for (const f of failed) failures.push(couldNotCheck(`looking for ${f.recognizer} in the ${where}`, `detect:${where}:${f.recognizer}`, f.error));
  return spans;
}

/** The sender and the recipients, whose names and addresses are contact details. */
function knownPeopleOf(snapshot: Snapshot, options: CheckOptions): KnownPeople {
  const known = emptyKnownPeople();
  addPerson(known, options.senderName ?? "", options.sender ?? "");
  const sender = senderNameOf(options.senderName ?? "", options.sender ?? "");
  if (sender) known.sender = sender;
  if (hasMarkingAttempt(snapshot.subject)) known.markedSubject = true;
  const recipients = snapshot.to.concat(snapshot.cc, snapshot.bcc);
  for (const r of recipients) addPerson(known, r.name, r.address);
  if (writtenToRelatives(sender, options.sender ?? "", recipients)) known.toRelatives = true;
  return known;
}

/** The body's anatomy, or null when it cannot be read. */
function anatomyOf(snapshot: Snapshot): Anatomy | null {
  try {
    return messageAnatomy(snapshot.body, snapshot.bodyRegions);
  } catch {
    return null;
  }
}

/** Whether the new text tells its readers of their own case; with no anatomy, the whole body is read as new text (fail closed). */
function readersToldOfTheirCase(body: string, anatomy: Anatomy | null): boolean {
  try {
    const parts = anatomy ? anatomy.parts : [{ kind: "text" as const, start: 0, end: body.length, message: 0 }];
    return newTextTellsReadersCase(body, parts);
  } catch {
    return true;
  }
}

/** Roles for the body's spans; if the anatomy or the roles fail, all of it is case data. */
function bodyRoles(snapshot: Snapshot, spans: Span[], anatomy: Anatomy | null, known: KnownPeople, readersCase: boolean): RoledSpan[] {
  if (!anatomy) return allCaseData(spans);
  try {
    return assignRoles({ text: snapshot.body, spans, anatomy, known, readersCase, subject: snapshot.subject });
  } catch {
    return allCaseData(spans);
  }
}

/**
 * On a reply or forward, the recipients who were not on the message being answered. Undefined
 * when the compose type is not reply/forward or the answered message's people are unknown: then
 * nothing is said about it. Only ever adds warnings, so a failure here is silence, not a block.
 */
function replyContext(snapshot: Snapshot, anatomy: Anatomy | null, recipients: CheckedRecipient[], sender: string | undefined): ReplyContext | undefined {
  const type = snapshot.composeType;
  if (type !== "reply" && type !== "forward") return undefined;
  try {
    const people = snapshot.answeredPeople && snapshot.answeredPeople.length > 0 ? snapshot.answeredPeople : anatomy ? answeredPeople(snapshot.body, anatomy) : null;
    if (!people) return undefined;
    const self = (sender ?? "").toLowerCase();
    const added = recipients.filter((r) => r.recipient.address.toLowerCase() !== self && !wasOnAnswered(r.recipient, people));
    return { composeType: type, added };
  } catch {
    return undefined;
  }
}

/** Hidden text has no anatomy: it is read as text, with the same context rules, but not as the
 * writer's own words (no sender): nobody hides their own new address from the reader, and a bare
 * hidden "NHS 943 476 5919" is someone's. */
function hiddenRoles(text: string, spans: Span[], known: KnownPeople): RoledSpan[] {
  try {
    const unsigned: KnownPeople = { people: known.people, addresses: known.addresses };
    return assignRoles({ text, spans, anatomy: { parts: [{ kind: "text", start: 0, end: text.length, message: 0 }], headers: [] }, known: unsigned });
  } catch {
    return allCaseData(spans);
  }
}

/** The same place reported by another rule makes the plain "found" note redundant. */
function withoutRedundantNotes(findings: Finding[], notes: ReadonlySet<string>): Finding[] {
  const covered = new Set<string>();
  for (const f of findings) if (!notes.has(f.rule) && f.start !== undefined) covered.add(`${f.field}:${f.start}:${f.end}`);
  return findings.filter((f) => !notes.has(f.rule) || !covered.has(`${f.field}:${f.start}:${f.end}`));
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

function emptyReport(findings: Finding[]): Report {
  return {
    verdict: verdictOf(findings),
    agreement: NO_AGREEMENT,
    agreements: [],
    senderParty: "unknown",
    findings,
    dismissed: [],
    recipients: [],
    attachments: [],
    caseData: false,
    attachmentBytesNeeded: false,
    setAside: [],
  };
}

/** The exchange a caller named: "agreementId/exchangeId", or a bare id looked up in the applied
 * agreements first, then in the rest of the set. */
function findExchange(ref: string | undefined, applied: readonly Agreement[], all: readonly Agreement[]): { agreement: Agreement; exchange: Exchange } | undefined {
  if (!ref) return undefined;
  const slash = ref.indexOf("/");
  const agreementId = slash >= 0 ? ref.slice(0, slash) : undefined;
  const exchangeId = slash >= 0 ? ref.slice(slash + 1) : ref;
  for (const agreement of applied.concat(all)) {
    if (agreementId !== undefined && agreement.id !== agreementId) continue;
    const exchange = agreement.exchanges.find((e) => e.id === exchangeId);
    if (exchange) return { agreement, exchange };
  }
  return undefined;
}

/** The agreement joining the sender to the most recipients (ties: deployment order). */
function mainAgreement(applied: readonly Agreement[], recipients: readonly CheckedRecipient[]): Agreement {
  let best: Agreement | undefined;
  let bestCount = -1;
  for (const agreement of applied) {
    const count = recipients.filter((r) => r.agreements.indexOf(agreement.id) >= 0).length;
    if (count > bestCount) {
      best = agreement;
      bestCount = count;
    }
  }
  return best ?? NO_AGREEMENT;
}

/**
 * Checks a message against the deployed agreements (or one agreement). The agreements that apply
 * are those the sender's organisation is a party to; a recipient is on a route when one of them
 * has the recipient's organisation as a party too.
 */
/** Before a subject's health term: a parent or grandparent as a family calls them, owning it ("Mum's medication review"). */
const FAMILY_OWNS_TERM = /\b(?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandma|grandpa)['\u2019]s[ \t]+(?:[\w-]+[ \t]+)?$/i;

export function checkMessage(snapshot: Snapshot, agreements: Agreement | readonly Agreement[], options: CheckOptions): Report {
  try {
    return runCheck(snapshot, Array.isArray(agreements) ? agreements : [agreements as Agreement], options);
  } catch (error) {
    // Only reached on a bug outside the guarded parts: still a block, never a pass.
    return emptyReport([couldNotCheck("the message", "message", errorText(error))]);
  }
}

function runCheck(snapshot: Snapshot, deployed: readonly Agreement[], options: CheckOptions): Report {
  const failures: Finding[] = [];
  const recognizers = options.recognizers ?? RECOGNIZERS;
  const applicable = applicableAgreements(deployed, options.sender);
  const applied = applicable.agreements;
  // A sender party to none is judged against every deployed agreement's parties: a look-alike of
  // any partner's domain is caught, and an organisation no agreement names is known as such.
  const parties = applicable.sender === "none" ? deployed : applied;
  const classifier = classifierFor(parties.length === 1 ? (parties[0] as Agreement) : joinedParties(parties));
  // One budget for the message's recipients: bounds the RFC 5322 parser's total time.
  const budget = libraryBudget();
  const classify: Classify = options.classify ?? ((recipient, sender) => classifier.classify(recipient, sender, budget));

  const known = knownPeopleOf(snapshot, options);
  // The people an agreement names as contacts ("sophie.nuttall@…", its strategy-meeting contact) are contacts too.
  for (const a of deployed) for (const p of a.partners) for (const m of p.mailboxes) addPerson(known, "", m.address);
  const today = dayOf(options.now);
  const subjectSpans = detectIn("subject", snapshot.subject, recognizers, failures, today);
  const anatomy = anatomyOf(snapshot);
  const readersCase = readersToldOfTheirCase(snapshot.body, anatomy);
  const bodySpans = bodyRoles(snapshot, detectIn("body", snapshot.body, recognizers, failures, today), anatomy, known, readersCase);
  // A case person the body names, said again in the subject ("re: tayvion okonkwo - exclusion").
  const echoes = subjectEchoes(snapshot.subject, subjectSpans, bodySpans);
  if (echoes.length > 0) {
    subjectSpans.push(...echoes);
    subjectSpans.sort((a, b) => a.start - b.start);
  }
  const hiddenSpans = snapshot.hiddenText ? hiddenRoles(snapshot.hiddenText, detectIn("hidden text", snapshot.hiddenText, recognizers, failures, today), known) : undefined;
  const recipients = classifyAll(snapshot, classify, options.sender, applied, failures);
  const named = findExchange(options.exchange, applied, deployed);
  const exchange = named?.exchange;
  const agreement = named ? named.agreement : mainAgreement(applied, recipients);

  const caseInBody = bodySpans.some(isCaseData) || (hiddenSpans ?? []).some(isCaseData);
  // A pet's name in the subject of a message about pets ("Booster appointment for Bramble") is no person's.
  if (!caseInBody) {
    const pets = subjectPets(snapshot.subject, subjectSpans, snapshot.body, bodySpans, known.addresses);
    for (const pet of pets) subjectSpans.splice(subjectSpans.indexOf(pet), 1);
  }
  // A colleague's news in the subject ("Maureen's retirement", "Sad news - Dave Cresswell") names staff, when nothing else does a case.
  const subjectStaffNews = !caseInBody && isStaffNewsSubject(snapshot.subject, subjectSpans);
  // The writer's own family's health the body tells, said again in the subject ("RE: Mum's medication and the GP visit").
  const ownTerms = new Set(bodySpans.filter((s) => s.kind === "special-category" && s.reason === "the sender or a recipient").map((s) => s.text.toLowerCase()));
  // So is the subject's term owned by the family word the body's own family health goes with ("Mum's medication review").
  const ownTerm = (s: Span): boolean =>
    !caseInBody && (ownTerms.has(snapshot.subject.slice(s.start, s.end).toLowerCase()) || (ownTerms.size > 0 && FAMILY_OWNS_TERM.test(snapshot.subject.slice(Math.max(0, s.start - 30), s.start))));
  const caseData =
    (!subjectStaffNews && subjectSpans.some((s) => isIdentifying(s.kind) || (s.kind === "special-category" && !subjectTermIsTopic(snapshot.subject, subjectSpans) && !ownTerm(s)))) || caseInBody;
  const labels = labelMarking(snapshot, options.labelMapping);
  const context: RuleContext = {
    snapshot,
    agreement,
    agreements: applied,
    senderParty: applicable.sender,
    now: options.now,
    subjectSpans,
    bodySpans,
    recipients,
    attachments: checkedAttachments(snapshot),
    hasCaseData: caseData,
    subjectStaffNews,
    readersToldOfTheirCase: readersCase,
    marked: hasMarking(snapshot.subject, agreement.marking) || labels.applied !== undefined,
    threadMarked: quotedSubjectMarked(snapshot.body, anatomy, agreement.marking),
    misspeltMarking: misspeltMarking(snapshot.subject, agreement.marking),
    labels,
  };
  if (hiddenSpans) context.hiddenSpans = hiddenSpans;
  if (options.sender) context.sender = options.sender;
  if (options.exchange) context.exchangeId = exchange ? exchange.id : options.exchange;
  if (exchange) context.exchange = exchange;
  const reply = replyContext(snapshot, anatomy, recipients, options.sender);
  if (reply) context.reply = reply;

  const allRules = options.rules ?? RULES;
  // A sender party to no agreement: only what needs none (subject, marking, webmail, look-alikes, notes).
  const rules = agreement.id === NO_AGREEMENT_ID && applicable.sender === "none" ? allRules.filter((r) => !r.needsAgreement) : allRules;
  const findings: Finding[] = failures.slice();
  for (const rule of rules) {
    try {
      for (const f of runRule(rule, context)) findings.push(f);
    } catch (error) {
      findings.push(couldNotCheck(`the ${rule.description} check`, `rule:${rule.id}`, errorText(error)));
    }
  }
  const notes = new Set(rules.filter((r) => r.scope === "note").map((r) => r.id));
  const reasons = new Map<string, string>();
  for (const d of options.dismissed ?? []) reasons.set(d.findingId, d.reason);
  const kept: Finding[] = [];
  const dismissed: Report["dismissed"] = [];
  for (const f of withoutRedundantNotes(findings, notes)) {
    const reason = reasons.get(f.id);
    // A failure to check cannot be dismissed: there is nothing the user could have judged.
    if (reason !== undefined && f.rule !== "check-failed") dismissed.push({ finding: f, reason });
    else kept.push(f);
  }
  kept.sort(compare);
  let bytesNeeded: boolean;
  try {
    bytesNeeded = attachmentBytesNeeded(context);
  } catch {
    bytesNeeded = context.attachments.length > 0; // fail closed: read them
  }
  return {
    verdict: verdictOf(kept),
    agreement,
    agreements: applied.map((a) => a.id),
    senderParty: applicable.sender,
    findings: kept,
    dismissed,
    recipients,
    attachments: context.attachments,
    caseData,
    attachmentBytesNeeded: bytesNeeded,
    setAside: setAsideGroups(bodySpans),
    ...(reply ? { reply } : {}),
  };
}
