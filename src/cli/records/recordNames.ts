/**
 * The names src/outlook/sharingRecord.ts stamps on a sent message. The CLI may not import the
 * Office layer (ESLint's layer rules), so they are repeated here; test/cli/recordsParts.test.ts
 * holds the two lists equal.
 */
export const HEADER_AGREEMENT = "X-SafeShare-Agreement";
export const HEADER_EXCHANGE = "X-SafeShare-Exchange";
export const HEADER_VERSION = "X-SafeShare-Version";
export const HEADER_VERDICT = "X-SafeShare-Verdict";
export const HEADER_DISMISSED = "X-SafeShare-Dismissed";
/** Optional: the sensitivity label the message carried, "Name; id=GUID". */
export const HEADER_LABEL = "X-SafeShare-Label";
export const RECORD_PROPERTY = "safeshareRecord";
/** Microsoft Purview's own header on labelled mail (not SafeShare's). */
export const HEADER_MSIP_LABELS = "msip_labels";
