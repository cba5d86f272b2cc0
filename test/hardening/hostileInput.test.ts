/**
 * Random and hostile Unicode into every entry point: detect(), recipient classification,
 * checkMessage() (plain and HTML bodies) and template rendering never throw, and their output
 * stays well formed. Lone surrogates, combining marks, bidi controls, zero-width characters,
 * full-width digits and near-miss identifiers are mixed in on purpose.
 */
import fc from "fast-check";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { detect, PERSONAL_DATA_KINDS } from "../../src/policy/detect";
import { bodyTexts } from "../../src/policy/html";
import { ADDRESS_KINDS, addressClassOf, classifierFor } from "../../src/policy/recipients";
import type { Recipient, Snapshot } from "../../src/policy/snapshot";

const NOW = new Date("2026-11-25T10:00:00Z");

/** Code units from every corner: lone surrogates included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const tricky = fc.constantFrom(
  "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u0301", "\u00a0", "\u2028", "\u3000",
  "\ud800", "\udfff", "\ud83d\ude00", "０", "９", "Ａ", "／", "－", "‐", "@", "＠", ".", "。",
  "DOB ", "NHS ", "Mr ", "Mrs ", "Smith", "John", "S40 1AA", "943 476 5919", "AB 12 34 56 C", "07700 900123",
  "12/03/1985", "2001/1234567A", "A1234BC", "X123456", "\n", "\t", " ", "-", "'", "’",
);
const hostileText = (maxLength: number) =>
  fc.oneof(fc.string({ unit: "binary", maxLength }), fc.string({ unit: anyCodeUnit, maxLength }), fc.string({ unit: tricky, maxLength: Math.ceil(maxLength / 4) }));

const htmlPiece = fc.constantFrom(
  "<p>", "</p>", "<div style=\"display:none\">", "</div>", "<!--", "-->", "<script>", "</script>", "<style>", "</style>",
  "<span style=\"color:#fff\">", "</span>", "<br>", "<td>", "<table>", "&amp;", "&#0;", "&#x110000;", "&nbsp", "&bogus;",
  "<img alt=\"", "\">", "<![CDATA[", "]]>", "<!--[if mso]>", "<![endif]-->", "<textarea>", "</textarea>", "<", ">", "\"", "'",
);
const hostileHtml = fc.array(fc.oneof(htmlPiece, hostileText(20)), { maxLength: 40 }).map((parts) => parts.join(""));

const recipient: fc.Arbitrary<Recipient> = fc.record({ name: hostileText(40), address: fc.oneof(hostileText(60), hostileText(20).map((s) => `${s}@${s}.gov.uk`)) });

describe("hostile input never throws", () => {
  it("detect(): spans are in bounds, ordered, of known kinds, and quote the input", () => {
    fc.assert(
      fc.property(hostileText(400), (text) => {
        const spans = detect(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(PERSONAL_DATA_KINDS).toContain(s.kind);
          expect(s.text).toBe(text.slice(s.start, s.end));
          last = s.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("recipient classification gives a class for any name and address", () => {
    const classifier = classifierFor(derbyshireAgreement);
    fc.assert(
      fc.property(recipient, hostileText(40), (r, sender) => {
        const c = classifier.classify(r, sender);
        expect(ADDRESS_KINDS).toContain(addressClassOf(c).kind);
        expect(c.recipient).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it("checkMessage(): a verdict, and no rule or reader that failed on the input", () => {
    const snapshot: fc.Arbitrary<Snapshot> = fc.record({
      subject: hostileText(120),
      to: fc.array(recipient, { maxLength: 4 }),
      cc: fc.array(recipient, { maxLength: 3 }),
      bcc: fc.array(recipient, { maxLength: 2 }),
      body: hostileText(600),
      hiddenText: hostileText(200),
      attachments: fc.constant([]),
    });
    fc.assert(
      fc.property(snapshot, (s) => {
        const report = checkMessage(s, derbyshireAgreement, { now: NOW, sender: "me@justice.gov.uk", exchange: "kpc-probation-to-childrens" });
        expect(["pass", "warn", "block"]).toContain(report.verdict);
        const failures = report.findings.filter((f) => f.rule === "check-error" || f.id.startsWith("rule-error"));
        expect(failures).toEqual([]);
        for (const f of report.findings) {
          const text = f.field === "subject" ? s.subject : s.body;
          if (f.start !== undefined && f.end !== undefined && (f.field === "subject" || f.field === "body")) expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("HTML bodies: bodyTexts and then checkMessage on the visible and hidden text", () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const { visible, hidden } = bodyTexts(html);
        expect(typeof visible).toBe("string");
        expect(typeof hidden).toBe("string");
        const report = checkMessage(
          { subject: "", to: [{ name: "", address: "x@gmail.com" }], cc: [], bcc: [], body: visible, hiddenText: hidden, attachments: [] },
          derbyshireAgreement,
          { now: NOW },
        );
        expect(report.findings.filter((f) => f.rule === "check-error" || f.id.startsWith("rule-error"))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("text outside markup survives into visible or hidden text", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(htmlPiece, word), { maxLength: 20 }), (pairs) => {
        const html = pairs.map(([tag, w]) => `${tag} ${w} `).join("");
        // Inside an attribute value, a tag or a CSS rule a word is not text: only check the rest.
        fc.pre(!/<img|<style|<!\[CDATA|"|'|< /.test(html));
        const { visible, hidden } = bodyTexts(html);
        for (const [, w] of pairs) expect(`${visible}\n${hidden}`).toContain(w);
      }),
      { numRuns: 300 },
    );
  });
});
