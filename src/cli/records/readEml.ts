/** An .eml file's bytes → MessageFacts, through the same reader as `safeshare check`. */
import { parseEml } from "../emlMessage";
import { headerFields } from "../../policy/record/headerFields";
import type { FactRecipient, FactsResult } from "./messageFacts";

/** Boundaries declared but never closed: the file ends inside its MIME structure (truncated). */
function unclosedBoundaries(text: string): string[] {
  const declared = new Set<string>();
  const re = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const b = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(m[0]);
    if (b) declared.add((b[1] ?? b[2]) as string);
  }
  return [...declared].filter((b) => !new RegExp(`(?:^|[\r\n])--${b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}--`).test(text));
}

export async function readEmlFacts(bytes: Uint8Array): Promise<FactsResult> {
  const parsed = await parseEml(bytes);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const m = parsed.message;
  const s = m.snapshot;
  const recipients: FactRecipient[] = [];
  for (const field of ["to", "cc", "bcc"] as const) for (const r of s[field]) recipients.push({ field, name: r.name, address: r.address });
  // parseEml has checked the bytes are a message; the raw text is enough for the record's
  // plain ASCII header fields and the closing boundaries (no second repair pass over the file).
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(/^\xef\xbb\xbf/, "");
  const end = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/.exec(text);
  const fields = headerFields(end ? text.slice(0, end.index) : text);
  let partly = m.partly;
  const unclosed = unclosedBoundaries(text);
  if (unclosed.length > 0) {
    partly = [partly, "the file ends before its MIME structure does (truncated?), so attachments may be incomplete"].filter((p) => p !== undefined).join("; ");
  }
  const facts = {
    format: "eml" as const,
    fields,
    sent: m.date.kind === "ok" ? { kind: "ok" as const, at: m.date.at } : m.date,
    recipients,
    subject: s.subject,
    attachments: s.attachments.map((a) => (a.content ? { name: a.name, bytes: a.content } : { name: a.name })),
    notes: m.notes.slice(),
    ...(m.sender !== undefined ? { sender: m.sender } : {}),
    ...(partly !== undefined ? { partly } : {}),
  };
  return { ok: true, facts };
}
