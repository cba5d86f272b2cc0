/** Public surface of HTML body reading: what a recipient can see, and what is hidden. */
export { bodyTexts } from "./bodyTexts";
export type { BodyRegion, BodyTexts } from "./bodyTexts";
export { contrastRatio, parseColour, UNREADABLE_CONTRAST } from "./colour";
export type { Rgba } from "./colour";
