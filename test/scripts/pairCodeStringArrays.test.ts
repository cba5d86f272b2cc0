/** The build step that byte-pair codes the phrase lists of three data modules gives back the very same exports. */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as phrases from "../../src/policy/anatomy/data/phrases";
import * as stopWords from "../../src/policy/detect/names/stopWords";
import * as caseVocabulary from "../../src/policy/caseData/caseVocabulary";
import * as lexicon from "../../src/policy/detect/names/lexicon";
import * as specialCategoryLexicon from "../../src/policy/detect/recognizers/specialCategoryLexicon";
import * as ukpsDomains from "../../src/policy/recipients/data/ukpsDomains";
import * as webmail from "../../src/policy/recipients/webmail";
import { runModuleSource } from "./runModuleSource";
import { agreementsModule } from "../../scripts/agreements/agreementsModule";
import { DEPLOYED_AGREEMENTS } from "../../src/policy/agreement/deployment";
import { sendCopyOf } from "../../src/policy/agreement/sendCopy";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pairCodeStringArrays } = require("../../scripts/build/pairCodeStringArrays.js") as { pairCodeStringArrays: (source: string) => string };

const ROOT = path.join(__dirname, "..", "..");
const SENTENCES = ["He was convicted of assault in 2019.", "Lunch at the Derby office on Friday", "She has a history of arson and burglary.", "Nothing here at all.", "smith", "derby", "mr", "gmail.com", "hotmail.co.uk", "jane", "the"];

describe("pairCodeStringArrays (the build step for the phrase lists)", () => {
  it.each([
    ["src/policy/detect/names/stopWords.ts", stopWords, 2000],
    ["src/policy/anatomy/data/phrases.ts", phrases, 1000],
    ["src/policy/detect/recognizers/specialCategoryLexicon.ts", specialCategoryLexicon, 4000],
    ["src/policy/detect/names/lexicon.ts", lexicon, 1500],
    ["src/policy/recipients/data/ukpsDomains.ts", ukpsDomains, 2000],
    ["src/policy/recipients/webmail.ts", webmail, 400],
    ["src/policy/caseData/caseVocabulary.ts", caseVocabulary, 2000],
  ])("codes %s into a smaller module with the same exports", (file, real, saving) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const coded = pairCodeStringArrays(source);
    expect(Buffer.byteLength(coded)).toBeLessThan(Buffer.byteLength(source) - saving);
    expect(coded).toMatch(/__safesharePairedStrings(?:\.slice\(|\[)/);
    const exports = runModuleSource(coded, path.dirname(path.join(ROOT, file)));
    expect(Object.keys(exports).sort()).toEqual(Object.keys(real).sort());
    for (const [key, value] of Object.entries(real)) {
      // A function is compared by what it says of sentences that use the lists.
      if (typeof value === "function") {
        for (const text of SENTENCES) expect({ key, text, said: (exports[key] as (t: string) => unknown)(text) }).toEqual({ key, text, said: value(text) });
      } else expect({ key, value: exports[key] }).toEqual({ key, value });
    }
  });

  it.each([
    ["the Send copy", true, 500],
    ["the task pane's copy", false, 2000],
  ])("codes the generated agreements module's string table (%s) into a smaller module with the same agreements", (_, forSend, saving) => {
    const options = { forSend };
    const built = agreementsModule(path.join(ROOT, "agreements"), options);
    if (!built.ok) throw new Error(built.report);
    const coded = pairCodeStringArrays(built.source);
    expect(coded).toMatch(/const S = __safesharePairedStrings\.slice\(0, \d+\);/);
    expect(Buffer.byteLength(coded)).toBeLessThan(Buffer.byteLength(built.source) - saving);
    const expected = options.forSend ? DEPLOYED_AGREEMENTS.map(sendCopyOf) : DEPLOYED_AGREEMENTS;
    expect(JSON.parse(JSON.stringify(runModuleSource(coded).DEPLOYED_AGREEMENTS))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("keeps each array's strings in order, comments dropped and \\u escapes read", () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i} and more words`);
    const source = `export const A = [\n  // a comment with "quotes"\n${words.map((w) => `  "${w}",`).join("\n")}\n  "it\\u2019s",\n];\nexport const B = ["short"];\n`;
    const coded = pairCodeStringArrays(source);
    expect(coded).not.toContain("word39 and more words");
    expect(coded).toContain('["short"]');
    expect(runModuleSource(coded)).toEqual({ A: [...words, "it\u2019s"], B: ["short"] });
  });

  it("codes a long concatenation of strings into one item of the list", () => {
    const parts = Array.from({ length: 30 }, (_, i) => `word${i} another${i} `);
    const source = `export const A = toSet(\n${parts.map((p) => `  ${JSON.stringify(p)}`).join(" +\n  // a comment\n")}\n);\nfunction toSet(s: string) { return s; }\n`;
    const coded = pairCodeStringArrays(source);
    expect(coded).toContain("__safesharePairedStrings[0]");
    expect(runModuleSource(coded)).toEqual({ A: parts.join("") });
  });

  it("leaves short arrays, arrays with escapes JSON lacks and arrays read `as const` as they are", () => {
    const long = Array.from({ length: 40 }, (_, i) => `"phrase number ${i}"`).join(", ");
    for (const source of ['export const A = ["a", "b"];\n', `export const A = [${long}, "hex\\x41"];\n`, `export const A = [${long}] as const;\n`]) {
      expect(pairCodeStringArrays(source)).toBe(source);
    }
  });
});
