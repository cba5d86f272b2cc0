import { join } from "node:path";
import { loadLabelledMessages, runMessages } from "../../scripts/evalMessages";
import { bodyParts, clientStyleVariants, CLIENT_STYLES, inClientStyle } from "../../scripts/clientStyleVariants";
import { bodyTexts } from "../../src/policy/html";
import { read } from "../policy/anatomy/helpers";

const DEV = join(__dirname, "..", "..", "..", "shared", "corpus", "messages.dev.jsonl");

const THREAD = [
  "Hi Sam,",
  "",
  "See below.",
  "",
  "Kind regards",
  "",
  "Alex Morgan",
  "Probation Officer",
  "",
  "-----Original Message-----",
  "From: Starting Point <starting.point@derbyshire.gov.uk>",
  "Sent: 18 November 2026 9:42",
  "To: Morgan, Alex <alex.morgan@justice.gov.uk>",
  "Subject: RE: OFFICIAL-SENSITIVE: KPC",
  "",
  "Nothing known.",
  "",
  "-----Original Message-----",
  "From: Morgan, Alex <alex.morgan@justice.gov.uk>",
  "Sent: 17 November 2026 16:05",
  "To: Starting Point <starting.point@derbyshire.gov.uk>",
  "Subject: OFFICIAL-SENSITIVE: KPC",
  "",
  "Please check.",
].join("\n");

describe("clientStyleVariants (the dev set as other mail clients write it)", () => {
  it("splits a plain-text body into new text, the signature after the sign-off, and each quoted message's header and text", () => {
    const p = bodyParts(THREAD);
    expect(p.text).toEqual(["Hi Sam,", "", "See below.", "", "Kind regards"]);
    expect(p.signature).toEqual(["", "Alex Morgan", "Probation Officer"]);
    expect(p.quoted.map((q) => [q.from, q.sent, q.subject, q.lines])).toEqual([
      ["Starting Point <starting.point@derbyshire.gov.uk>", "18 November 2026 9:42", "RE: OFFICIAL-SENSITIVE: KPC", ["Nothing known."]],
      ["Morgan, Alex <alex.morgan@justice.gov.uk>", "17 November 2026 16:05", "OFFICIAL-SENSITIVE: KPC", ["Please check."]],
    ]);
  });

  it("writes each client's own markers, and SafeShare's anatomy finds both quoted messages in every style", () => {
    const markers: Record<string, RegExp> = {
      "outlook-desktop-html": /class=MsoNormal[\s\S]*border-top:solid #E1E1E1/,
      "owa-html": /id="Signature"[\s\S]*id="appendonsend"[\s\S]*id="divRplyFwdMsg"/,
      "gmail-html": /class="gmail_signature"[\s\S]*On Wed, 18 Nov 2026 at 9:42, Starting Point[\s\S]*class="gmail_quote"[\s\S]*class="gmail_quote"/,
      "apple-mail-html": /<blockquote type="cite"><div>On 18 Nov 2026, at 09:42,[\s\S]*<blockquote type="cite">/,
      "gmail-text": /\nOn Wed, 18 Nov 2026 at 9:42, Starting Point [^\n]*wrote:\n\n> Nothing known\.\n\n> On Tue, 17 Nov 2026 at 16:05, [^\n]* wrote:\n>\n> > Please check\.$/,
      "outlook-mac-text": /\nFrom: Starting Point [^\n]*\nDate: Wednesday, 18 November 2026 at 09:42\n/,
      "iphone-text": /See below\.\n\nKind regards\n\nSent from my iPhone\n\nOn 18 Nov 2026, at 09:42,/,
    };
    for (const style of CLIENT_STYLES) {
      const { body, bodyType } = inClientStyle(THREAD, style);
      expect([style, bodyType]).toEqual([style, style.endsWith("-html") ? "html" : "text"]);
      expect(body).toMatch(markers[style] as RegExp);
      const r = bodyType === "html" ? read(bodyTexts(body).visible, bodyTexts(body).regions) : read(body);
      // The new text is message 0; each quoted message's text is in a later one, the older deeper.
      const first = r.at("Nothing known.");
      const second = r.at("Please check.");
      expect([style, r.at("See below.")]).toEqual([style, ["text", 0]]);
      expect([style, first?.[1]]).toEqual([style, 1]);
      expect([style, second?.[1]]).toEqual([style, 2]);
      if (style !== "iphone-text") expect([style, r.at("Probation Officer")?.[0]]).toEqual([style, "signature"]);
    }
  });

  it("every copy of the dev set in every client style gets the verdict its message expects", () => {
    const dev = loadLabelledMessages(DEV);
    const copies = clientStyleVariants(dev);
    expect(copies.length).toBe(dev.filter((m) => (JSON.parse(m.line) as { message: { bodyType?: string } }).message.bodyType !== "html").length * CLIENT_STYLES.length);
    const wrong = runMessages(copies)
      .filter((o) => o.verdict !== o.message.expected)
      .map((o) => `${o.message.id}: expected ${o.message.expected}, got ${o.verdict}`);
    expect(wrong).toEqual([]);
  });
});
