import { detect } from "../../../src/policy/detect";
import { normalise } from "../../../src/policy/detect/normalise";

describe("normalise", () => {
  it("returns the very same string and identity offsets when nothing changes", () => {
    const text = "NHS number 943 476 5919, tel 01332 243353.";
    const n = normalise(text);
    expect(n.text).toBe(text);
    expect(n.toOriginal(7)).toBe(7);
    expect(n.toOriginal(text.length, true)).toBe(text.length);
  });

  it("reads a document file name's underscores as spaces, one for one (tuning395)", () => {
    const text = "Attachments: Licence_conditions_KELSALL_Aaron.pdf and my_notes";
    const n = normalise(text);
    expect(n.text).toBe("Attachments: Licence conditions KELSALL Aaron.pdf and my_notes");
    expect(n.text.length).toBe(text.length);
    // Guard: underscores outside a file name (an address, a handle) stay.
    expect(normalise("write to j_smith@example.com").text).toBe("write to j_smith@example.com");
    expect(detect("PSR_draft_FEARN_Lewis.docx").some((d) => d.kind === "person-name")).toBe(true);
    // A file name ending a sentence; a run too long to be a file name is left as it is.
    expect(normalise("See Risk_plan_v2.docx.").text).toBe("See Risk plan v2.docx.");
    const long = `${"x_".repeat(200)}.pdf`;
    expect(normalise(long).text).toBe(long);
  });

  it("handles the empty string", () => {
    const n = normalise("");
    expect(n.text).toBe("");
    expect(n.toOriginal(0)).toBe(0);
  });

  it("removes zero-width characters and soft hyphens", () => {
    const n = normalise("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg");
    expect(n.text).toBe("abcdefg");
  });

  it("maps Unicode spaces to ASCII spaces", () => {
    const n = normalise("a\u00A0b\u2002c\u200Ad\u202Fe\u205Ff\u3000g");
    expect(n.text).toBe("a b c d e f g");
  });

  it("maps full-width digits, letters and punctuation to ASCII", () => {
    const n = normalise("\uFF19\uFF14\uFF13\uFF0F\uFF21\uFF5A\uFF0D\uFF20\uFF0E");
    expect(n.text).toBe("943/Az-@.");
  });

  it("maps Unicode hyphens to ASCII hyphens", () => {
    expect(normalise("943\u2011476\u20105919").text).toBe("943-476-5919");
  });

  it("maps starts and ends back past removed characters", () => {
    // "9\u200B43" -> "943": index 1 in the normalised text is '4', at 2 in the original.
    const original = "x9\u200B43\u200By";
    const n = normalise(original);
    expect(n.text).toBe("x943y");
    expect(n.toOriginal(1)).toBe(1);
    expect(n.toOriginal(2)).toBe(3);
    // End of "943" (exclusive 4) maps to just after '3', before the trailing zero-width space.
    expect(n.toOriginal(4, true)).toBe(5);
    expect(n.toOriginal(4)).toBe(6);
    expect(n.toOriginal(5, true)).toBe(7);
  });

  it("does not throw on lone surrogates and keeps them", () => {
    const text = "\uD800 a\u00A0\uDC00";
    const n = normalise(text);
    expect(n.text).toBe("\uD800 a \uDC00");
  });

  it("copes with 1 MB of one character, changed or not", () => {
    const plain = "a".repeat(1 << 20);
    expect(normalise(plain).text).toBe(plain);
    const zw = "\u200B".repeat(1 << 20);
    const n = normalise(zw);
    expect(n.text).toBe("");
    expect(n.toOriginal(0, true)).toBe(0);
    expect(n.toOriginal(0)).toBe(1 << 20);
  });
});

describe("detect() with normalisation", () => {
  it("finds an NHS number with a zero-width space inside, offsets into the original", () => {
    const text = "NHS no 943\u200B 476 5919 today";
    const [span] = detect(text, { kinds: ["nhs-number"] });
    expect(span).toBeDefined();
    expect(span?.start).toBe(7);
    expect(span?.end).toBe(text.indexOf(" today"));
    expect(span?.text).toBe("943\u200B 476 5919");
  });

  it("finds numbers written with non-breaking spaces and full-width digits", () => {
    const text = "NHS \uFF19\uFF14\uFF13\u00A0476\u00A05919 and tel 01332\u00A0243353";
    const spans = detect(text);
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ["nhs-number", "\uFF19\uFF14\uFF13\u00A0476\u00A05919"],
      ["phone-number", "01332\u00A0243353"],
    ]);
  });

  it("returns nothing for the empty string and for 1 MB of one character", () => {
    expect(detect("")).toEqual([]);
    expect(detect("7".repeat(1 << 20))).toEqual([]);
  });
});
