/**
 * `npm run validate [FILE]`: the offline manifest checks; exit 1 with every problem listed.
 *   FILE.xml   checks the XML add-in manifest, then translates it into the unified manifest
 *              (what the build writes as manifest.json) and checks that against Microsoft's JSON
 *              schema and the cross-references: both manifests are checked from one source.
 *   FILE.json  checks a unified manifest as it stands (e.g. dist/manifest.json after a build).
 */
import { readFileSync } from "node:fs";
import { checkManifest, formatProblems } from "./manifest/checkManifest";
import { checkUnifiedManifestText } from "./manifest/checkUnifiedManifest";
import { unifiedManifestJson } from "./manifest/unifiedManifest";

const file = process.argv[2] ?? "manifest.xml";
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`validate: cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

function report(label: string, problems: ReturnType<typeof checkManifest>, what: string): boolean {
  if (problems.length === 0) {
    console.log(`${label}: ${what} passed.`);
    return true;
  }
  console.error(formatProblems(label, problems));
  console.error(`\n${label}: ${problems.length} problem(s). (${what}; see README "Manifest check".)`);
  return false;
}

const JSON_CHECK = "the offline check against Microsoft's JSON schema and the cross-references";
let ok: boolean;
if (file.endsWith(".json")) {
  ok = report(file, checkUnifiedManifestText(text), JSON_CHECK);
} else {
  ok = report(file, checkManifest(text), "the offline structural check");
  if (ok) {
    const label = `manifest.json (from ${file})`;
    let json: string | undefined;
    try {
      json = unifiedManifestJson(text);
    } catch (error) {
      console.error(`${label}: cannot translate: ${(error as Error).message}`);
      ok = false;
    }
    if (json !== undefined) ok = report(label, checkUnifiedManifestText(json), JSON_CHECK);
  }
}
process.exit(ok ? 0 : 1);
