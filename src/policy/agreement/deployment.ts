/**
 * The agreement set this build deploys. Under jest and tsx (the CLI) it is the repository's
 * shipped file, imported as JSON. In the bundles, webpack.config.js replaces this module with
 * the set scripts/agreements/ read and validated at build time — every *.json file in
 * agreements/, or in $SAFESHARE_AGREEMENTS — as plain data, so no zod reaches the Send bundle.
 * A build with any problem in any file fails; this module never holds a half-valid set.
 */
import derbyshireJson from "../../../agreements/derbyshire.json";
import iomJson from "../../../agreements/iom.json";
import llrJson from "../../../agreements/llr-safeguarding.json";
import workingTogetherJson from "../../../agreements/working-together-prison-probation.json";
import type { Agreement } from "./types";

/** In file-name order, as the build reads the folder (a test holds this list to the folder). */
export const DEPLOYED_AGREEMENTS: readonly Agreement[] = [derbyshireJson as Agreement, iomJson as Agreement, llrJson as Agreement, workingTogetherJson as Agreement];
