import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../../src/policy/detect/types";
import type { KindScore } from "../../scripts/evalMetrics";
import type { System } from "../../scripts/evalPeers";
import { replaceBetweenMarkers, resultsTable, snippet, targetCheck, type SystemResult } from "../../scripts/evalReport";

const ratio = (num: number, den: number) => ({ num, den });

function result(name: string, kinds: readonly PersonalDataKind[], good: number): SystemResult {
  const system: System = { name, kinds, find: () => [], note: "" };
  const perKind = {} as Record<PersonalDataKind, KindScore>;
  for (const k of PERSONAL_DATA_KINDS) perKind[k] = { precision: ratio(good, 100), recall: ratio(good, 100), falseNegatives: [], falsePositives: [] };
  const hasPd = { recall: ratio(good, 100), fpr: ratio(100 - good, 100), missed: [], falseAlarms: [] };
  return { system, kinds: perKind, hasPd: { subjects: hasPd, bodies: hasPd } };
}

describe("resultsTable", () => {
  it("has a column per system and a dash for kinds a peer cannot detect", () => {
    const table = resultsTable([result("SafeShare", PERSONAL_DATA_KINDS, 99), result("peer", ["person-name"], 50)]);
    expect(table.split("\n")[0]).toBe("| Metric | Target | SafeShare | peer |");
    expect(table).toContain("| Subjects: has-PD recall | ≥ 0.98 | 0.990 (99/100) | 0.500 (50/100) |");
    expect(table).toContain("| nhs-number P | ≥ 0.99 | 0.990 (99/100) | — |");
    expect(table).toContain("| person-name R | ≥ 0.95 | 0.990 (99/100) | 0.500 (50/100) |");
  });
});

describe("targetCheck", () => {
  it("passes when every bar is met", () => {
    const c = targetCheck(result("SafeShare", PERSONAL_DATA_KINDS, 99));
    expect(c.allMet).toBe(true);
    expect(c.lines.filter((l) => l.startsWith("- PASS"))).toHaveLength(10);
  });

  it("fails on a false-positive rate above 0.02 and on a kind below its bar", () => {
    const r = result("SafeShare", PERSONAL_DATA_KINDS, 99);
    r.hasPd.subjects = { ...r.hasPd.subjects, fpr: ratio(3, 100) };
    r.kinds["cro-number"].recall = ratio(98, 100);
    const c = targetCheck(r);
    expect(c.allMet).toBe(false);
    expect(c.lines.filter((l) => l.startsWith("- FAIL")).map((l) => l.split(":")[0])).toEqual(["- FAIL subjects", "- FAIL cro-number"]);
  });

  it("fails a kind with nothing found (precision undefined)", () => {
    const r = result("SafeShare", PERSONAL_DATA_KINDS, 99);
    r.kinds["date-of-birth"].precision = ratio(0, 0);
    expect(targetCheck(r).allMet).toBe(false);
  });
});

describe("replaceBetweenMarkers", () => {
  it("replaces only the block between the markers", () => {
    const doc = "# T\n<!-- eval:start -->\nold\n<!-- eval:end -->\ntail\n";
    expect(replaceBetweenMarkers(doc, "new")).toBe("# T\n<!-- eval:start -->\nnew\n<!-- eval:end -->\ntail\n");
  });
  it("returns null without both markers", () => {
    expect(replaceBetweenMarkers("# T\n<!-- eval:start -->\n", "new")).toBeNull();
  });
});

describe("snippet", () => {
  it("marks the span and flattens newlines", () => {
    expect(snippet("Dear Jo,\nthanks", 5, 7, 5)).toBe("Dear «Jo»,⏎tha…");
  });
});
