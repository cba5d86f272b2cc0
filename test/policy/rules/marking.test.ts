import { hasMarking, leadingTagsLength, markingPrefixLength, withMarking } from "../../../src/policy/rules/marking";
import { CURRENT_AGREEMENT } from "./helpers";

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
