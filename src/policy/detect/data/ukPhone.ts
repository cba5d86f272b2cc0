/**
 * The phone recognizer's metadata (phoneMetadata.ts), cut at run time from the installed
 * libphonenumber-js metadata. The launchevent and task-pane bundles never contain this module
 * or the full metadata: webpack.config.js replaces it with the same cut made at build time
 * (scripts/data/build-phone-metadata.ts), so the bundles carry only the result.
 */
import full from "libphonenumber-js/metadata.min.json";
import { ukPhoneData } from "./phoneMetadata";

export const UK_PHONE = ukPhoneData(full);
