/** `npm run validate [FILE]`: the offline manifest check; exit 1 with every problem listed. */
import { readFileSync } from "node:fs";
import { checkManifest, formatProblems } from "./manifest/checkManifest";

const file = process.argv[2] ?? "manifest.xml";
let xml: string;
try {
  xml = readFileSync(file, "utf8");
} catch (error) {
  console.error(`validate: cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const problems = checkManifest(xml);
if (problems.length > 0) {
  console.error(formatProblems(file, problems));
  console.error(`\n${file}: ${problems.length} problem(s). (Offline structural check; see README "Manifest check".)`);
  process.exit(1);
}
console.log(`${file}: the offline structural check passed (see README "Manifest check" for what it covers).`);
