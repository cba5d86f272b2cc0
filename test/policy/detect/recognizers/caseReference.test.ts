import { caseReference } from "../../../../src/policy/detect/recognizers/caseReference";
import { texts } from "./helpers";

describe("caseReference", () => {
  it("finds references after cues", () => {
    expect(texts(caseReference, "Known Persons Check request - ref 393507")).toEqual(["393507"]);
    expect(texts(caseReference, "KPC response overdue (ref 6619653)")).toEqual(["6619653"]);
    expect(texts(caseReference, "Change of circumstances for case Z956699: moved")).toEqual(["Z956699"]);
    expect(texts(caseReference, "Case ref: KPC-2024-0012.")).toEqual(["KPC-2024-0012"]);
    expect(texts(caseReference, "Reference number 445566")).toEqual(["445566"]);
    expect(texts(caseReference, "CRN: X123456")).toEqual(["X123456"]);
    // A follow-on word that starts the token itself is part of the reference.
    expect(texts(caseReference, "reference REF/2026/0077")).toEqual(["REF/2026/0077"]);
  });

  it("finds bare nDelius CRNs at lower confidence", () => {
    const [bare] = caseReference.find("about X123456 today", []);
    const [cued] = caseReference.find("CRN X123456", []);
    expect(bare).toBeDefined();
    expect(bare?.confidence).toBeLessThan(cued?.confidence ?? 0);
  });

  it("reports a cued CRN once", () => {
    expect(texts(caseReference, "case X123456")).toEqual(["X123456"]);
  });

  it("does not fire on cue words without a reference", () => {
    expect(texts(caseReference, "in case 2 people attend")).toEqual([]);
    expect(texts(caseReference, "Case transfer to NPS - initials J.S. only")).toEqual([]);
    expect(texts(caseReference, "referral 123456")).toEqual([]);
    expect(texts(caseReference, "ref 12")).toEqual([]);
    expect(texts(caseReference, "the case 2024 showed")).toEqual([]);
  });

  it("does not take a bare CRN shape out of a longer token", () => {
    expect(texts(caseReference, "XX123456 X1234567")).toEqual([]);
  });
});
