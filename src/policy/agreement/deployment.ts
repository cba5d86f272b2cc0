/**
 * The agreement set this build deploys. Under jest and tsx (the CLI) it is the repository's
 * shipped file, imported as JSON. In the bundles, webpack.config.js replaces this module with
 * the set scripts/agreements/ read and validated at build time — every *.json file in
 * agreements/, or in $SAFESHARE_AGREEMENTS — as plain data, so no zod reaches the Send bundle.
 * A build with any problem in any file fails; this module never holds a half-valid set.
 */
import derbyshireJson from "../../../agreements/derbyshire.json";
import type { Agreement } from "./types";

export const DEPLOYED_AGREEMENTS: readonly Agreement[] = [derbyshireJson as Agreement];
