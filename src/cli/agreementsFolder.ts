/** Where a deployment's agreements live: one answer for the build (scripts/agreements/) and the CLI. */
import * as path from "node:path";

/** The folder a build deploys and the CLI reads by default: $SAFESHARE_AGREEMENTS (relative to the
 * working directory), or the repository's agreements/. */
export function agreementsDir(env: NodeJS.ProcessEnv, repoRoot: string): string {
  const dir = env.SAFESHARE_AGREEMENTS;
  return dir !== undefined && dir.trim() !== "" ? path.resolve(dir) : path.join(repoRoot, "agreements");
}
