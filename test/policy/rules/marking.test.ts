import { hasMarking, leadingTagsLength, markingPrefixLength, withMarking } from "../../../src/policy/rules/marking";
import { byRule, check, CLEAN, CURRENT_AGREEMENT } from "./helpers";

const marking = CURRENT_AGREEMENT.marking;

describe("marking helpers", () => {
  it("accepts the agreement's spellings, with PERSONAL, and only at the start", () => {
    for (const s of ["OFFICIAL-SENSITIVE: KPC", "OFFICIAL SENSITIVE KPC", "[OFFICIAL-SENSITIVE] KPC", "official-sensitive personal: KPC", "  OFFICIAL–SENSITIVE: KPC"]) {
      expect(hasMarking(s, marking)).toBe(true);
    }
    for (const s of ["KPC OFFICIAL-SENSITIVE", "OFFICIAL: KPC", "OFFICIAL-SENSITIVEX KPC", ""]) expect(hasMarking(s, marking)).toBe(false);
    expect("OFFICIAL-SENSITIVE PERSONAL: KPC".slice(markingPrefixLength("OFFICIAL-SENSITIVE PERSONAL: KPC", marking))).toBe("KPC");
  });

  it("accepts the marking after reply and forward prefixes and gateway tags, in any case and number", () => {
    for (const s of ["RE: OFFICIAL-SENSITIVE: KPC", "Fwd: OFFICIAL-SENSITIVE: KPC", "AW: OFFICIAL-SENSITIVE: KPC", "WG: OFFICIAL-SENSITIVE: KPC", "[SECURE] OFFICIAL-SENSITIVE: KPC", "re: fw: [EXTERNAL] official sensitive KPC", "RE[2]: OFFICIAL-SENSITIVE: KPC", "RE: [OFFICIAL-SENSITIVE] KPC"]) {
      expect(hasMarking(s, marking)).toBe(true);
    }
    for (const s of ["RE: KPC", "[SECURE] KPC", "RE: KPC OFFICIAL-SENSITIVE", "REPLY: OFFICIAL-SENSITIVE: KPC"]) expect(hasMarking(s, marking)).toBe(false);
  });

  it("markingPrefixLength ends after the prefixes, the marking, PERSONAL and the separator", () => {
    const subject = "RE: [SECURE] OFFICIAL-SENSITIVE PERSONAL: KPC";
    expect(subject.slice(markingPrefixLength(subject, marking))).toBe("KPC");
    expect(markingPrefixLength("RE: KPC", marking)).toBe(0);
  });

  it("leadingTagsLength covers every leading prefix and tag, with the spaces after them", () => {
    expect(leadingTagsLength("RE: Fwd: [EXTERNAL] KPC")).toBe("RE: Fwd: [EXTERNAL] ".length);
    expect(leadingTagsLength("  re[3]:KPC")).toBe("  re[3]:".length);
    expect(leadingTagsLength("KPC: RE: x")).toBe(0);
  });

  it("withMarking adds the marking after the prefixes and tags, keeping them", () => {
    expect(withMarking("Known Persons Check", marking)).toBe("OFFICIAL-SENSITIVE: Known Persons Check");
    expect(withMarking("RE: Known Persons Check", marking)).toBe("RE: OFFICIAL-SENSITIVE: Known Persons Check");
    expect(withMarking("RE: [EXTERNAL] Known Persons Check", marking)).toBe("RE: [EXTERNAL] OFFICIAL-SENSITIVE: Known Persons Check");
    expect(withMarking("AW: WG: KPC", marking)).toBe("AW: WG: OFFICIAL-SENSITIVE: KPC");
    expect(withMarking("RE: ", marking)).toBe("RE: OFFICIAL-SENSITIVE:");
    expect(withMarking("", marking)).toBe("OFFICIAL-SENSITIVE:");
  });

  it("a subject withMarking gives has the marking", () => {
    for (const s of ["KPC", "RE: KPC", "[SECURE] Fwd: KPC", ""]) expect(hasMarking(withMarking(s, marking), marking)).toBe(true);
  });
});

// Invisible characters in the subject change neither the marking nor what the subject rule sees.
const INVISIBLES = ["\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\u180e", "\u034f", "\ufe0f", "\u2062", "\u3164", "\u{e0041}", "\u0007"];

describe("marking with invisible characters", () => {
  it.each(INVISIBLES.map((c) => [c.codePointAt(0)?.toString(16), c]))("U+%s inside or around the marking still marks the subject", (_cp, c) => {
    for (const subject of [`OFFICIAL${c}-SENSITIVE: KPC`, `${c}OFFICIAL-SENSITIVE: KPC`, `OFFI${c}CIAL SENSITIVE${c} KPC`, `RE${c}: OFFICIAL-SENSITIVE${c}: KPC`]) {
      expect(hasMarking(subject, marking)).toBe(true);
    }
  });

  it("an invisible character does not hide that the word runs on", () => {
    expect(hasMarking("OFFICIAL-SENSITIVE\u200eX KPC", marking)).toBe(false);
    expect(hasMarking("OFFICIAL-SENSITIVE\u{e0041}PERSONALISED KPC", marking)).toBe(false);
  });

  it("the prefix length is an offset into the subject as written", () => {
    const subject = "RE:\u200e OFFICIAL\u200e-\u2066SENSITIVE\u2069  PERSONAL\u{e0041}: KPC";
    expect(subject.slice(markingPrefixLength(subject, marking))).toBe("KPC");
    // Collapsed white space and ß (one character, upper-cased to two) keep offsets exact too.
    const spaced = "OFFICIAL-SENSITIVE   :   Straße";
    expect(spaced.slice(markingPrefixLength(spaced, marking))).toBe("Straße");
  });

  it("checkMessage: no marking warning for a marked subject with an LRM, and the subject rule still blocks a name after it", () => {
    const body = "Re: Amelia Edwards, DOB 02/02/2020.";
    const marked = check({ ...CLEAN, subject: "OFFICIAL\u200e-SENSITIVE: Known Persons Check – Ref X123456", body });
    expect(byRule(marked, "protective-marking")).toEqual([]);
    const leaky = check({ ...CLEAN, subject: "OFFICIAL\u200e-SENSITIVE: KPC for Amelia Ed\u200ewards", body });
    expect(byRule(leaky, "subject-personal-data").map((f) => f.kind)).toContain("person-name");
  });
});
