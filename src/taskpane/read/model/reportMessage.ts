/**
 * The "Report a mistake" message: to the breach contact of the agreement the record names (or,
 * when the record names none this deployment has, the deployment's default agreement), with the
 * record, the agreement's breach steps in order and the regulator clock counted from the moment
 * the user opens the report (`openedAt`, from the pane: policy/ has no clock).
 *
 * The subject carries no personal data: a fixed phrase, the agreement's id (only an id this
 * deployment knows: a forged record's id could be anything) and when the message was sent —
 * never the original subject. The body's values are escaped. Pure.
 */
import type { Agreement } from "../../../policy/agreement/types";
import { londonDate } from "../../../policy/time/londonDate";
import type { RecordReading } from "../../../policy/record/parseRecord";
import { agreementNamed, recordView, type RecordLine } from "./recordView";

/** UK GDPR Art. 33: a reportable breach goes to the ICO within 72 hours of becoming aware. */
export const DEFAULT_REGULATOR_HOURS = 72;
export const REPORT_SUBJECT = "SafeShare: possible data-sharing mistake – report";
/** Outlook's MessageForm.htmlBody limit is 32 KB; the steps are cut to stay under it. */
const MAX_BODY = 32 * 1024 - 512;

export interface ReportMessage {
  /** The agreement whose breach section is used (null only for an empty agreement set). */
  agreement: Agreement | null;
  /** True when the record names no agreement of this deployment and the default one is used. */
  usedDefaultAgreement: boolean;
  toRecipients: string[];
  /** Who the report goes to, for the pane ("Information Governance (ig@…)"); null when none. */
  contact: string | null;
  subject: string;
  htmlBody: string;
  hours: number;
  deadline: Date;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "2026-12-04 20:42 GMT" / "… BST": UK time, as the practitioner and the IG team read it. */
export function ukDateTime(instant: Date): string {
  const { date, offsetHours } = londonDate(instant);
  const local = new Date(instant.getTime() + offsetHours * 3600 * 1000);
  return `${date} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${offsetHours ? "BST" : "GMT"}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The record as a table; lists longer than `maxValues` are cut with a count of the rest. */
function linesHtml(lines: readonly RecordLine[], maxValues: number): string {
  const values = (l: RecordLine) => (l.values.length > maxValues ? l.values.slice(0, maxValues).concat(`and ${l.values.length - maxValues} more (see the pane)`) : l.values);
  const rows = lines.map((l) => `<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:12px">${escapeHtml(l.term)}</th><td>${values(l).map(escapeHtml).join("<br>")}</td></tr>`);
  return `<table>${rows.join("")}</table>`;
}

function recordSection(reading: RecordReading | null, agreements: readonly Agreement[], maxValues: number): string {
  if (reading === null) return "<p>SafeShare could not read this message's sharing record.</p>";
  if (reading.status === "none") return "<p>No SafeShare record on this message.</p>";
  if (reading.status === "unreadable") {
    return `<p>The message's SafeShare record is unreadable (it may have been altered):</p><ul>${reading.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`;
  }
  return linesHtml(recordView(reading.record, agreements).lines, maxValues);
}

export interface ReportInput {
  /** The record as read; null when it could not be read. */
  reading: RecordReading | null;
  agreements: readonly Agreement[];
  /** The deployment's default agreement, used when the record names none of `agreements`. */
  fallback: Agreement | null;
  sentAt: Date | null;
  openedAt: Date;
}

export function reportMessage(input: ReportInput): ReportMessage {
  const named = input.reading && input.reading.status === "ok" ? agreementNamed(input.reading.record, input.agreements) : null;
  const agreement = named ?? input.fallback;
  const breach = agreement ? agreement.breach : undefined;
  const hours = breach && breach.regulatorHours !== undefined ? breach.regulatorHours : DEFAULT_REGULATOR_HOURS;
  const deadline = new Date(input.openedAt.getTime() + hours * 3600 * 1000);
  const sent = input.sentAt ? `sent ${ukDateTime(input.sentAt)}` : "sent date unknown";
  const subject = `${REPORT_SUBJECT} (${agreement ? agreement.id : "no agreement"}, ${sent})`;

  const headWith = (maxValues: number) =>
    [
      `<p>I may have made a data-sharing mistake with a message ${input.sentAt ? `sent on ${escapeHtml(ukDateTime(input.sentAt))}` : "whose sent date SafeShare could not read"}.</p>`,
      `<p><strong>${escapeHtml(`Report within ${hours} hours of becoming aware (deadline: ${ukDateTime(deadline)})`)}</strong></p>`,
      `<h3>SafeShare's record of the message</h3>`,
      recordSection(input.reading, input.agreements, maxValues),
    ].join("");
  // Long lists of dismissals give way first, so the steps and the clock always fit.
  let head = headWith(Infinity);
  for (const cut of [20, 5, 1]) if (head.length > MAX_BODY / 2) head = headWith(cut);
  const title = agreement ? `${agreement.title} (version ${agreement.version})` : "no agreement";
  let steps: string;
  if (breach) {
    const source = `${breach.source.document}, ${breach.source.section}`;
    const intro = `<h3>${escapeHtml(`Breach steps of ${title}`)}</h3>`;
    const cite = `<p>${escapeHtml(`Source: ${source}.`)}</p>`;
    const items = breach.steps.map((s) => `<li>${escapeHtml(s)}</li>`);
    // Keep the body within Outlook's limit: later steps give way to a pointer to the source.
    let kept = items.length;
    const build = (n: number) => `${intro}<ol>${items.slice(0, n).join("")}</ol>${n < items.length ? `<p>${escapeHtml(`${items.length - n} more step(s): see ${source}.`)}</p>` : ""}${cite}`;
    while (kept > 0 && head.length + build(kept).length > MAX_BODY) kept--;
    steps = build(kept);
  } else {
    steps = `<p>${escapeHtml(`${agreement ? agreement.title : "No agreement"} names no breach contact or steps: ask your information governance (IG) team what to do.`)}</p>`;
  }
  const why = named === null && agreement ? `<p>${escapeHtml(`The record names no agreement of this deployment, so this report uses ${title}.`)}</p>` : "";
  return {
    agreement,
    usedDefaultAgreement: named === null && agreement !== null,
    toRecipients: breach ? [breach.contact] : [],
    contact: breach ? `${breach.contactName} (${breach.contact})` : null,
    subject,
    htmlBody: `${head}${why}${steps}`,
    hours,
    deadline,
  };
}
