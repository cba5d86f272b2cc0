import { withoutBidiControls } from "../../../src/policy/text/bidi";

describe("withoutBidiControls", () => {
  it("drops the marks, embeddings, overrides and isolates", () => {
    const controls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
    expect(withoutBidiControls(`Jo${controls}hn`)).toBe("John");
    // The Trojan Source shape: an override that would show "evil" reversed as "live".
    expect(withoutBidiControls("name \u202elive\u202c here")).toBe("name live here");
  });

  it("leaves other text, including joiners that scripts and emoji need, as it is", () => {
    const text = "\u0915\u094d\u200d\u0937 \u{1f469}\u200d\u{1f467} \u05e9\u05dc\u05d5\u05dd Ana\u00efs";
    expect(withoutBidiControls(text)).toBe(text);
  });
});
