/**
 * Command-line face of agreementsModule.ts for webpack.config.js, which runs it in its own
 * process (as it does scripts/data/build-phone-metadata.ts) so that loading the config works the
 * same under webpack-cli and inside jest. Usage: build-agreements-module.ts CACHE_DIR
 * Writes the pane's module (with templates) and the Send handler's (without) for the folder
 * $SAFESHARE_AGREEMENTS or agreements/, and prints {"pane": path, "send": path}; on any problem
 * prints every problem to stderr and exits 1.
 */
import * as path from "node:path";
import { agreementsDir, writeAgreementsModule } from "./agreementsModule";

const cacheDir = process.argv[2];
if (cacheDir === undefined) {
  process.stderr.write("usage: build-agreements-module.ts CACHE_DIR\n");
  process.exit(2);
}
const dir = agreementsDir(process.env, path.resolve(__dirname, "..", ".."));
try {
  const pane = writeAgreementsModule(dir, cacheDir);
  const send = writeAgreementsModule(dir, cacheDir, { forSend: true });
  process.stdout.write(`${JSON.stringify({ pane, send })}\n`);
} catch (e) {
  process.stderr.write((e as Error).message);
  process.exit(1);
}
