/** Issue 17, item 1: one invisible character inside a name, a date of birth or an NHS number no longer removes the finding. */
import { detect } from "../../../src/policy/detect";
import { byRule, check, CLEAN } from "../rules/helpers";

const NAMED: [string, string][] = [
  ["U+200E", "\u200e"], ["U+200F", "\u200f"], ["U+202A", "\u202a"], ["U+202B", "\u202b"], ["U+202C", "\u202c"], ["U+202D", "\u202d"],
  ["U+202E", "\u202e"], ["U+2066", "\u2066"], ["U+2067", "\u2067"], ["U+2068", "\u2068"], ["U+2069", "\u2069"], ["U+061C", "\u061c"],
  ["U+180E", "\u180e"], ["U+034F", "\u034f"], ["U+FE0F", "\ufe0f"], ["U+2062", "\u2062"], ["U+3164", "\u3164"], ["U+E0041", "\u{e0041}"],
];

describe("detect() with the invisible characters of issue 17", () => {
  it.each(NAMED)("%s inside a name, a date of birth and an NHS number", (_name, c) => {
    const text = `Known Persons Check for Amelia Ed${c}wards, DOB 02/0${c}2/2020, NHS number 943 4${c}76 5919.`;
    const found = detect(text).map((s) => [s.kind, s.text]);
    expect(found).toEqual([
      ["person-name", `Amelia Ed${c}wards`],
      ["date-of-birth", `02/0${c}2/2020`],
      ["nhs-number", `943 4${c}76 5919`],
    ]);
  });

  it("removes an astral invisible character (a surrogate pair) whole, offsets on the caller's characters", () => {
    const text = "NHS \u{e0041}9\u{e0041}43 476 591\u{e0100}9\u{e0041} ok";
    const [span] = detect(text, { kinds: ["nhs-number"] });
    expect(span?.text).toBe("9\u{e0041}43 476 591\u{e0100}9");
    expect(span?.start).toBe(6);
    expect(span?.end).toBe(text.length - 5);
  });

  it("checkMessage blocks such a message sent outside the agreement as it would without the marks", () => {
    const body = "Re: Amelia Ed\u200ewards, DOB 02/0\u202e2/2020, NHS number 943\u2066 476 5919.";
    const plain = check({ ...CLEAN, body: body.replace(/[\u200e\u202e\u2066]/g, ""), to: ["someone@gmail.com"] });
    const marked = check({ ...CLEAN, body, to: ["someone@gmail.com"] });
    expect(plain.verdict).toBe("block");
    expect(marked.verdict).toBe("block");
    expect(byRule(marked, "body-secure-route")).toHaveLength(1);
    expect(byRule(marked, "personal-data-found").map((f) => f.kind)).toEqual(byRule(plain, "personal-data-found").map((f) => f.kind));
    expect(marked.findings.map((f) => f.rule).sort()).toEqual(plain.findings.map((f) => f.rule).sort());
  });

  it.each([["U+200E", "\u200e"], ["U+00AD", "\u00ad"], ["U+2066", "\u2066"]])("%s inside a case word still gives a name case context (the verdict does not pass)", (_name, c) => {
    const plain = check({ ...CLEAN, body: "Hello,\n\nAmelia Edwards was arrested yesterday.\n\nThanks", to: ["someone@gmail.com"] });
    const marked = check({ ...CLEAN, body: `Hello,\n\nAmelia Edwards was arr${c}ested yesterday.\n\nThanks`, to: ["someone@gmail.com"] });
    expect(plain.verdict).toBe("block");
    expect(marked.verdict).toBe("block");
    expect(marked.findings.map((f) => f.rule).sort()).toEqual(plain.findings.map((f) => f.rule).sort());
  });
});
