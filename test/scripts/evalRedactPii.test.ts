import { alignRedacted, makeRedactPii, segment, type Token } from "../../scripts/evalRedactPii";

const TOKENS: Token[] = [
  { kind: "email-address", text: "#" },
  { kind: null, text: "%" },
  { kind: "person-name", text: "NAME" },
];

describe("segment", () => {
  it("splits literals from token runs and merges adjacent tokens", () => {
    expect(segment("Hi NAME, mail #%.", TOKENS)).toEqual([
      { lit: "Hi " },
      { kinds: ["person-name"] },
      { lit: ", mail " },
      { kinds: ["email-address", null] },
      { lit: "." },
    ]);
  });
});

describe("alignRedacted", () => {
  it("maps each token back onto the text it replaced", () => {
    const original = "Hi Jo Bloggs, mail jo@example.org now";
    expect(alignRedacted(original, "Hi NAME, mail # now", TOKENS)).toEqual([
      { start: 3, end: 12, kind: "person-name" },
      { start: 19, end: 33, kind: "email-address" },
    ]);
  });

  it("backtracks when the next literal also occurs inside the replaced text", () => {
    // The first "." after the token lies inside the address: a greedy match would fail.
    const original = "mail a.b@c.org. Thanks";
    expect(alignRedacted(original, "mail #. Thanks", TOKENS)).toEqual([{ start: 5, end: 14, kind: "email-address" }]);
  });

  it("handles a token at the very end and gives every kind of a merged run the whole run", () => {
    expect(alignRedacted("call 0123 4567", "call #%", TOKENS)).toEqual([
      { start: 5, end: 14, kind: "email-address" },
      { start: 5, end: 14, kind: null },
    ]);
  });

  it("returns null when the output is not a redaction of the input", () => {
    expect(alignRedacted("hello there", "goodbye #", TOKENS)).toBeNull();
  });
});

describe("makeRedactPii", () => {
  it("finds redact-pii's names, emails and phone numbers at their offsets, offline", () => {
    const text = "Hi David Johnson, please call 555-555-5555 or mail dj@example.com today.";
    const r = makeRedactPii();
    const found = r.find(text).map((s) => [s.kind, text.slice(s.start, s.end)]);
    expect(found).toEqual([
      ["person-name", "David Johnson"],
      ["phone-number", "555-555-5555"],
      ["email-address", "dj@example.com"],
    ]);
    expect(r.alignmentFailures()).toBe(0);
  });
});
