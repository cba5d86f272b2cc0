import { readFileSync } from "node:fs";
import path from "node:path";
import { NAMED_REFERENCES } from "../../src/policy/html/entityTable";
import { UK_PLACES_CODED } from "../../src/policy/detect/data/ukPlaces";
import { AMBIGUOUS_NAMES } from "../../src/policy/detect/data/ambiguousNames";
import { NAME_LISTS } from "../../src/policy/detect/data/nameLists";
import { runModuleSource } from "./runModuleSource";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pairCodeStrings } = require("../../scripts/build/pairCodeStrings.js") as { pairCodeStrings: (source: string) => string };

/** The coded module's NAMED_REFERENCES. */
function namedReferencesOf(source: string): string {
  return runModuleSource(source).NAMED_REFERENCES as string;
}

describe("pairCodeStrings (the build step for the HTML entity table and the UK place names)", () => {
  const source = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "html", "entityTable.ts"), "utf8");

  it("codes the table's long string so that it expands to the very same text, and is smaller", () => {
    const coded = pairCodeStrings(source);
    expect(coded).not.toContain(NAMED_REFERENCES);
    expect(coded.length).toBeLessThan(source.length - 800);
    expect(namedReferencesOf(coded)).toBe(NAMED_REFERENCES);
  });

  it("codes the UK place names' front-coded string the same way (the Send bundle's place names)", () => {
    const places = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "detect", "data", "ukPlaces.ts"), "utf8");
    const coded = pairCodeStrings(places);
    expect(coded).not.toContain(UK_PLACES_CODED);
    expect(coded.length).toBeLessThan(places.length - 1500);
    expect(runModuleSource(coded).UK_PLACES_CODED).toBe(UK_PLACES_CODED);
  });

  // Coding 141 KB takes a minute or more the first time; the build (npm test builds first) keeps the coding in node_modules/.cache.
  it("codes the name lists' string with two-byte symbols too, a twelfth smaller or more, and it expands to the very same text", () => {
    const lists = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "detect", "data", "nameLists.ts"), "utf8");
    const coded = pairCodeStrings(lists);
    expect(coded).not.toContain(NAME_LISTS);
    expect(Buffer.byteLength(coded)).toBeLessThan(Buffer.byteLength(lists) - NAME_LISTS.length / 12);
    expect(runModuleSource(coded).NAME_LISTS).toBe(NAME_LISTS);
  }, 300000);

  it("codes the ambiguous names' string (1,000 characters or more) the same way", () => {
    const names = readFileSync(path.join(__dirname, "..", "..", "src", "policy", "detect", "data", "ambiguousNames.ts"), "utf8");
    const coded = pairCodeStrings(names);
    expect(coded).not.toContain(AMBIGUOUS_NAMES);
    expect(runModuleSource(coded).AMBIGUOUS_NAMES).toBe(AMBIGUOUS_NAMES);
  });

  it("leaves a module without a long string as it is", () => {
    const small = 'export const A = "short";\n';
    expect(pairCodeStrings(small)).toBe(small);
  });
});
