/**
 * Regenerates src/policy/recipients/data/ukpsDomains.ts from the GOV.UK ukps-domains list.
 *
 *   npx tsx scripts/data/build-ukps-domains.ts [SOURCE.json] [--check]
 *
 * SOURCE defaults to ../shared/data/ukps-user-domains.json (a copy of
 * github.com/govuk-digital-backbone/ukps-domains data/user_domains.json). --check writes nothing
 * and exits 1 when the shipped module differs from what SOURCE gives.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderUkpsDomainsModule } from "./ukpsDomainsModule";

const ROOT = resolve(__dirname, "..", "..");
const DEFAULT_SOURCE = join(ROOT, "..", "shared", "data", "ukps-user-domains.json");
const TARGET = join(ROOT, "src", "policy", "recipients", "data", "ukpsDomains.ts");

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const source = argv.find((a) => !a.startsWith("--")) ?? DEFAULT_SOURCE;
  let text: string;
  try {
    text = renderUkpsDomainsModule(JSON.parse(readFileSync(source, "utf8")));
  } catch (error) {
    console.error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
  if (check) {
    let current = "";
    try {
      current = readFileSync(TARGET, "utf8");
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error(`${TARGET} is out of date; run npx tsx scripts/data/build-ukps-domains.ts`);
      return 1;
    }
    console.log(`${TARGET} is up to date.`);
    return 0;
  }
  writeFileSync(TARGET, text);
  console.log(`Wrote ${TARGET} (${text.length} bytes)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
