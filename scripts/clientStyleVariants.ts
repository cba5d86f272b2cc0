/**
 * The dev set as other mail clients write it: each plain-text message copied into the body a
 * user of another client would send: Outlook desktop's Word HTML (MsoNormal paragraphs, the
 * top-bordered header block), Outlook on the web (id="Signature", appendonsend, divRplyFwdMsg),
 * Gmail (gmail_signature, gmail_quote with "On … wrote:"), Apple Mail (blockquote type="cite"),
 * and plain text from Gmail ("> " on every quoted line), Outlook for Mac (a "Date:" header block)
 * and an iPhone ("Sent from my iPhone", "> " quoting). The words are the same, so each copy keeps
 * its label: this measures whether the verdicts rest on the dev set's one layout.
 */
import type { LabelledMessage } from "./evalMessages";

export const CLIENT_STYLES = ["outlook-desktop-html", "owa-html", "gmail-html", "apple-mail-html", "gmail-text", "outlook-mac-text", "iphone-text"] as const;
export type ClientStyle = (typeof CLIENT_STYLES)[number];

/** A quoted message of a plain-text body: its header lines by field, and its text. */
interface Quoted {
  from: string;
  sent: string;
  to: string;
  cc: string;
  subject: string;
  forwarded: boolean;
  lines: string[];
}

/** A plain-text body in parts: the new text, the signature after its sign-off, the quoted messages. */
export interface BodyParts {
  text: string[];
  signature: string[];
  quoted: Quoted[];
}

const BANNER = /^-{3,}\s*(Original Message|Forwarded message)\s*-{3,}$/i;
const HEADER = /^(From|Sent|Date|To|Cc|Subject):\s?(.*)$/;
/** Which of a quoted message's fields each header line fills ("Date:" is Outlook for Mac's "Sent:"). */
type HeaderField = "from" | "sent" | "to" | "cc" | "subject";
const HEADER_FIELD: Record<string, HeaderField> = { from: "from", sent: "sent", date: "sent", to: "to", cc: "cc", subject: "subject" };
const SIGN_OFF = /^(?:(?:many |with )?thanks(?: again| so much)?|thank you|(?:kind|best|warm) regards|regards|best wishes|best|cheers|yours sincerely)[,.!]?$/i;

/** Splits a plain-text body written in the dev set's Outlook desktop layout. */
export function bodyParts(body: string): BodyParts {
  const lines = body.split("\n");
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const headerFollows = /^From:\s/.test(line) && lines.slice(i + 1, i + 3).some((l) => /^(Sent|Date):/.test(l));
    if (BANNER.test(line) || (headerFollows && !BANNER.test(lines[i - 1] ?? ""))) starts.push(i);
  }
  const newText = lines.slice(0, starts[0] ?? lines.length);
  while (newText.length && newText[newText.length - 1] === "") newText.pop();
  let signOff = -1;
  newText.forEach((l, i) => {
    if (SIGN_OFF.test(l.trim())) signOff = i;
  });
  const quoted = starts.map((start, n) => {
    const block = lines.slice(start, starts[n + 1] ?? lines.length);
    const q: Quoted = { from: "", sent: "", to: "", cc: "", subject: "", forwarded: /forwarded/i.test(block[0] ?? ""), lines: [] };
    let i = BANNER.test(block[0] ?? "") ? 1 : 0;
    for (; i < block.length; i++) {
      const m = HEADER.exec(block[i] as string);
      if (!m) break;
      q[HEADER_FIELD[(m[1] as string).toLowerCase()] as HeaderField] = m[2] as string;
    }
    while (block[i] === "") i++;
    q.lines = block.slice(i);
    while (q.lines.length && q.lines[q.lines.length - 1] === "") q.lines.pop();
    return q;
  });
  return signOff < 0 ? { text: newText, signature: [], quoted } : { text: newText.slice(0, signOff + 1), signature: newText.slice(signOff + 1), quoted };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "14 November 2026 15:25" as each client writes a date; the text as it is if it has another shape. */
function dateAs(sent: string, style: "gmail" | "apple" | "mac"): string {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4}),? (\d{1,2}):(\d{2})$/.exec(sent.trim());
  const month = m ? MONTHS.indexOf(m[2] as string) : -1;
  if (!m || month < 0) return sent;
  const [day, year, hour, minute] = [Number(m[1]), Number(m[3]), Number(m[4]), m[5] as string];
  const weekday = DAYS[new Date(Date.UTC(year, month, day)).getUTCDay()] as string;
  const short = (MONTHS[month] as string).slice(0, 3);
  if (style === "gmail") return `${weekday.slice(0, 3)}, ${day} ${short} ${year} at ${hour}:${minute}`;
  if (style === "apple") return `${day} ${short} ${year}, at ${String(hour).padStart(2, "0")}:${minute}`;
  return `${weekday}, ${day} ${MONTHS[month]} ${year} at ${String(hour).padStart(2, "0")}:${minute}`;
}

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const joined = (lines: readonly string[]): string => lines.map(escape).join("<br>");
const headerFields = (q: Quoted, sentLabel: string): [string, string][] =>
  ([["From", q.from], [sentLabel, q.sent], ["To", q.to], ["Cc", q.cc], ["Subject", q.subject]] as [string, string][]).filter(([, v]) => v);

function outlookDesktop(p: BodyParts): string {
  const para = (l: string): string => (l ? `<p class=MsoNormal>${escape(l)}<o:p></o:p></p>` : "<p class=MsoNormal><o:p>&nbsp;</o:p></p>");
  const quoted = p.quoted.map(
    (q) =>
      `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>${headerFields(q, "Sent")
        .map(([k, v]) => `${k}:</b> ${escape(v)}`)
        .join("<br><b>")}<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>${q.lines.map(para).join("")}`,
  );
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang=EN-GB link="#0563C1"><div class=WordSection1>${[...p.text, ...p.signature].map(para).join("")}${quoted.join("")}</div></body></html>`;
}

function owa(p: BodyParts): string {
  const signature = p.signature.length ? `<div id="Signature"><div style="font-family:Aptos,sans-serif;font-size:11pt">${joined(p.signature)}</div></div>` : "";
  const quoted = p.quoted.map(
    (q, n) =>
      `${n === 0 ? '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' : ""}<div id="${n === 0 ? "divRplyFwdMsg" : ""}" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${headerFields(q, "Sent")
        .map(([k, v]) => `${k}:</b> ${escape(v)}`)
        .join("<br><b>")}</font><div>&nbsp;</div></div><div>${joined(q.lines)}</div>`,
  );
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div class="elementToProof" style="font-family:Aptos,sans-serif;font-size:12pt;color:rgb(0,0,0)">${joined(p.text)}</div>${signature}${quoted.join("")}</body></html>`;
}

/** Gmail and Apple Mail nest each older message inside the quote of the one after it. */
function nested(quoted: readonly Quoted[], open: (q: Quoted) => string, close: string, bodyOf: (q: Quoted) => string): string {
  return quoted.map((q) => open(q) + bodyOf(q)).join("") + close.repeat(quoted.length);
}

function gmail(p: BodyParts): string {
  const signature = p.signature.length ? `<br><div dir="ltr" class="gmail_signature">${joined(p.signature)}</div>` : "";
  const quoted = nested(
    p.quoted,
    (q) =>
      q.forwarded
        ? `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>${headerFields(q, "Date").map(([k, v]) => `${k}: ${escape(v)}`).join("<br>")}<br></div><br>`
        : `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${escape(dateAs(q.sent, "gmail"))}, ${escape(q.from)} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">`,
    "</blockquote></div>",
    (q) => `<div dir="ltr">${joined(q.lines)}</div>`,
  );
  return `<div dir="ltr"><div>${joined(p.text)}</div>${signature}</div>${quoted}`;
}

function appleMail(p: BodyParts): string {
  const div = (l: string): string => (l ? `<div>${escape(l)}</div>` : "<div><br></div>");
  const quoted = nested(
    p.quoted,
    (q) => `<div><br><blockquote type="cite"><div>On ${escape(dateAs(q.sent, "apple"))}, ${escape(q.from)} wrote:</div><br>`,
    "</blockquote></div>",
    (q) => q.lines.map(div).join(""),
  );
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${[...p.text, ...p.signature].map(div).join("")}${quoted}</body></html>`;
}

/** ">"-quoted plain text, each older message one level deeper, after its "On … wrote:" line. */
function angleQuoted(quoted: readonly Quoted[], attribution: (q: Quoted) => string): string[] {
  const out: string[] = [];
  quoted.forEach((q, depth) => {
    const prefix = "> ".repeat(depth);
    out.push("", prefix + attribution(q), prefix.trimEnd() || "");
    for (const l of q.lines) out.push(`${prefix}> ${l}`.trimEnd());
  });
  return out;
}

function gmailText(p: BodyParts): string {
  return [...p.text, ...p.signature, ...angleQuoted(p.quoted, (q) => `On ${dateAs(q.sent, "gmail")}, ${q.from} wrote:`)].join("\n");
}

function iphoneText(p: BodyParts): string {
  return [...p.text, "", "Sent from my iPhone", ...angleQuoted(p.quoted, (q) => `On ${dateAs(q.sent, "apple")}, ${q.from} wrote:`)].join("\n");
}

function outlookMacText(p: BodyParts): string {
  const quoted = p.quoted.flatMap((q) => ["", ...headerFields({ ...q, sent: dateAs(q.sent, "mac") }, "Date").map(([k, v]) => `${k}: ${v}`), "", ...q.lines]);
  return [...p.text, ...p.signature, ...quoted].join("\n");
}

const RENDER: Record<ClientStyle, (p: BodyParts) => string> = {
  "outlook-desktop-html": outlookDesktop,
  "owa-html": owa,
  "gmail-html": gmail,
  "apple-mail-html": appleMail,
  "gmail-text": gmailText,
  "outlook-mac-text": outlookMacText,
  "iphone-text": iphoneText,
};

/** A plain-text body as `style` writes it, and the body type it then has. */
export function inClientStyle(body: string, style: ClientStyle): { body: string; bodyType: "text" | "html" } {
  return { body: RENDER[style](bodyParts(body)), bodyType: style.endsWith("-html") ? "html" : "text" };
}

/** A copy of each plain-text message in each client style, ids suffixed "~style". HTML messages are left out. */
export function clientStyleVariants(messages: readonly LabelledMessage[], styles: readonly ClientStyle[] = CLIENT_STYLES): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  for (const m of messages) {
    const parsed = JSON.parse(m.line) as { id: string; message: { body: string; bodyType?: string } & Record<string, unknown> };
    if (parsed.message.bodyType === "html") continue;
    for (const style of styles) {
      const id = `${m.id}~${style}`;
      const message = { ...parsed.message, ...inClientStyle(parsed.message.body, style), id };
      out.push({ id, category: m.category, expected: m.expected, line: JSON.stringify({ ...parsed, id, message }) });
    }
  }
  return out;
}
