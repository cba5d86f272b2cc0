/** Public surface of personal-data detection. */
export { detect, detectChecked, resolveOverlaps } from "./detect";
export type { Detection, DetectOptions } from "./detect";
export { normalise } from "./normalise";
export type { Normalised } from "./normalise";
export { RECOGNIZERS } from "./recognizers";
export { PERSONAL_DATA_KINDS, isIdentifying } from "./types";
export type { Candidate, PersonalDataKind, Recognizer, Span } from "./types";
