/**
 * The names of the sharing record SafeShare stamps on a sent message: the Send handler writes
 * them (src/outlook/sharingRecord.ts) and `safeshare records` reads them (src/cli/records/).
 */
export const HEADER_AGREEMENT = "X-SafeShare-Agreement";
export const HEADER_EXCHANGE = "X-SafeShare-Exchange";
export const HEADER_VERSION = "X-SafeShare-Version";
export const HEADER_VERDICT = "X-SafeShare-Verdict";
export const HEADER_DISMISSED = "X-SafeShare-Dismissed";
/** Optional: the sensitivity label the message carried, "Parent/Name; id=GUID". */
export const HEADER_LABEL = "X-SafeShare-Label";
/** Optional: the purpose the sender chose in the pane, as the agreement's exchange id (never
 * free text: the purpose's words are the agreement's, looked up by id). */
export const HEADER_PURPOSE = "X-SafeShare-Purpose";
/** The custom property holding the same, with the time and each dismissal's reason. */
export const RECORD_PROPERTY = "safeshareRecord";
