import { DEFAULT_LABEL_MAPPING, labelCountsAsMarking, labelDisplayName, labelMarking } from "../../../src/policy/marking/labels";
import type { SensitivityLabelRef, Snapshot } from "../../../src/policy/snapshot";

const label = (name: string, parent?: string, id = `id-${name}`): SensitivityLabelRef => (parent ? { id, name, parent } : { id, name });
const snapshot = (extra: Partial<Snapshot>): Snapshot => ({ subject: "", to: [], cc: [], bcc: [], body: "", attachments: [], ...extra });

describe("sensitivity labels as the marking", () => {
  describe("the default mapping", () => {
    it.each(["OFFICIAL-SENSITIVE", "Official-Sensitive", "OFFICIAL SENSITIVE", "OFFICIAL – SENSITIVE", "OFFICIAL\u2011SENSITIVE", "OFFICIAL-SENSITIVE PERSONAL", "UK OFFICIAL-SENSITIVE"])("“%s” counts", (name) => {
      expect(labelCountsAsMarking(label(name), DEFAULT_LABEL_MAPPING)).toBe(true);
    });

    it.each(["OFFICIAL", "Public", "Confidential", "SENSITIVE", "UNOFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVEX", ""])("“%s” does not", (name) => {
      expect(labelCountsAsMarking(label(name), DEFAULT_LABEL_MAPPING)).toBe(false);
    });

    it("a sublabel counts under a mapped parent, and not under another", () => {
      expect(labelCountsAsMarking(label("Personal", "OFFICIAL-SENSITIVE"))).toBe(true);
      expect(labelCountsAsMarking(label("Personal", "OFFICIAL"))).toBe(false);
    });

    it("no label, or a label whose name is unknown (not in the catalogue), never counts", () => {
      expect(labelCountsAsMarking(undefined)).toBe(false);
      expect(labelCountsAsMarking({ id: "9a1c", name: "" })).toBe(false);
    });
  });

  describe("a deployment's own names", () => {
    const mapping = { names: ["Sensitive / Personal data", "Restricted"] };

    it("only the listed names count, by name or as Parent/Sublabel", () => {
      expect(labelCountsAsMarking(label("Restricted"), mapping)).toBe(true);
      expect(labelCountsAsMarking(label("restricted"), mapping)).toBe(true);
      expect(labelCountsAsMarking(label("Personal data", "Sensitive"), mapping)).toBe(true);
      expect(labelCountsAsMarking(label("Other", "Sensitive"), mapping)).toBe(false);
      expect(labelCountsAsMarking(label("OFFICIAL-SENSITIVE"), mapping)).toBe(false);
    });
  });

  it("shows a sublabel with its parent", () => {
    expect(labelDisplayName(label("Personal", "OFFICIAL-SENSITIVE"))).toBe("OFFICIAL-SENSITIVE/Personal");
    expect(labelDisplayName(label("OFFICIAL"))).toBe("OFFICIAL");
  });

  describe("labelMarking", () => {
    const catalogue = [label("Public"), label("OFFICIAL"), label("Personal", "OFFICIAL-SENSITIVE"), label("Commercial", "OFFICIAL-SENSITIVE")];

    it("finds the applied label when it counts, and the first catalogue label that does", () => {
      const out = labelMarking(snapshot({ sensitivityLabel: catalogue[2], labelCatalog: catalogue }));
      expect(out.applied).toEqual(catalogue[2]);
      expect(out.available).toEqual(catalogue[2]);
      expect(out.noMatchInCatalogue).toBe(false);
    });

    it("an applied label that does not count is not the marking", () => {
      expect(labelMarking(snapshot({ sensitivityLabel: catalogue[1], labelCatalog: catalogue })).applied).toBeUndefined();
    });

    it("says when the catalogue lists labels but none counts", () => {
      const out = labelMarking(snapshot({ labelCatalog: [label("Public"), label("OFFICIAL")] }));
      expect(out.available).toBeUndefined();
      expect(out.noMatchInCatalogue).toBe(true);
    });

    it("an empty or missing catalogue says nothing", () => {
      expect(labelMarking(snapshot({ labelCatalog: [] })).noMatchInCatalogue).toBe(false);
      expect(labelMarking(snapshot({})).noMatchInCatalogue).toBe(false);
    });

    it("malformed label data is no label, never an exception", () => {
      const broken = snapshot({ sensitivityLabel: { id: "x", name: null as unknown as string }, labelCatalog: [null as unknown as SensitivityLabelRef] });
      expect(() => labelMarking(broken)).not.toThrow();
      expect(labelMarking(broken).applied).toBeUndefined();
    });
  });
});
