/**
 * The development corpus (../shared/corpus/messages.dev.jsonl): in every message, the greeting,
 * the sign-off, the signature, the disclaimer and the quoted header land where a reader sees them,
 * and case details stay text. Expectations are worked out from each message's own lines by the
 * rules below, not listed per message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bodyTexts } from "../../../src/policy/html";
import { brokenPromise, read, type Read } from "./helpers";

interface CorpusMessage {
  id: string;
  message: { body: string; bodyType: "text" | "html" };
}

const corpus: CorpusMessage[] = readFileSync(path.join(__dirname, "..", "..", "..", "..", "shared", "corpus", "messages.dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as CorpusMessage);

const SIGN_OFF = /^(Kind regards|Many thanks|Thanks|Best wishes|Regards)$/;
const DATE_OF_BIRTH = /\b\d\d\/\d\d\/\d{4}\b/;

function readMessage(m: CorpusMessage): Read {
  if (m.message.bodyType === "html") {
    const t = bodyTexts(m.message.body);
    return read(t.visible, t.regions);
  }
  return read(m.message.body);
}

/** The message's lines with their offsets. */
function linesOf(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    out.push({ line: line.trim(), at: at + (line.length - line.trimStart().length) });
    at += line.length + 1;
  }
  return out;
}

describe("development corpus", () => {
  it("has messages to check", () => {
    expect(corpus.length).toBeGreaterThan(40);
  });

  it.each(corpus.map((m) => [m.id, m] as const))("%s", (_id, m) => {
    const r = readMessage(m);
    expect(brokenPromise(r.text, r.anatomy)).toBeNull();
    const lines = linesOf(r.text);
    const kindAt = (at: number) => r.anatomy.parts.find((p) => p.start <= at && at < p.end);
    const quoteAt = lines.findIndex((l) => l.line === "-----Original Message-----" || l.line.startsWith("From: "));
    const ownEnd = quoteAt < 0 ? lines.length : quoteAt;

    // Greeting: the first line, when it opens with a salutation.
    const first = lines.find((l) => l.line !== "");
    if (first && /^(Hi|Hello|Dear)\b/.test(first.line)) expect(r.all("greeting", 0)).toEqual([first.line]);
    else expect(r.all("greeting", 0)).toEqual([]);

    // Sign-off, then every line up to the next blank line is the signature.
    const signOff = lines.findIndex((l, i) => i < ownEnd && SIGN_OFF.test(l.line));
    if (signOff >= 0) {
      expect(kindAt((lines[signOff] as { at: number }).at)).toMatchObject({ kind: "sign-off", message: 0 });
      for (let i = signOff + 1; i < ownEnd && (lines[i] as { line: string }).line !== ""; i++) {
        const l = lines[i] as { line: string; at: number };
        expect([l.line, kindAt(l.at)?.kind]).toEqual([l.line, "signature"]);
      }
    }

    // The disclaimer.
    for (const l of lines) if (l.line.startsWith("This e-mail and any files")) expect([l.line, kindAt(l.at)?.kind]).toEqual([l.line, "disclaimer"]);

    // Case details (a date of birth or a date after a name) stay text, new or quoted.
    for (const l of lines) if (DATE_OF_BIRTH.test(l.line)) expect([l.line, kindAt(l.at)?.kind]).toEqual([l.line, "text"]);

    // A quoted header: message 1, its people and subject exactly as written.
    if (quoteAt >= 0) {
      const header = r.anatomy.headers[0];
      expect(header?.message).toBe(1);
      const from = lines.find((l) => l.line.startsWith("From: "));
      const fromMatch = /^From: (.*) <(.*)>$/.exec(from?.line ?? "");
      expect(r.headers()[0]?.people[0]).toEqual(["from", fromMatch?.[1], fromMatch?.[2]]);
      const subject = lines.find((l) => l.line.startsWith("Subject: "));
      expect(r.headers()[0]?.subject).toBe(subject?.line.slice("Subject: ".length));
      const last = lines[lines.length - 1] as { line: string; at: number };
      expect(kindAt(last.at)).toMatchObject({ kind: "text", message: 1 });
    }
  });

  it("reads the signature of the Outlook HTML message, which has no sign-off", () => {
    const m = corpus.find((c) => c.id.includes("outlook-html"));
    if (!m) throw new Error("corpus changed: no Outlook HTML message");
    const r = readMessage(m);
    expect(r.all("signature")).toHaveLength(1);
    expect(r.all("signature")[0]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+\n.*Officer.*\nTel: [0-9 ]+$/);
    expect(r.at("DOB")).toEqual(["text", 0]);
  });
});
