/**
 * The registry: every recognizer detect() runs, in order. Order matters: each recognizer is
 * given what the ones before it found (`earlier`), so identifiers run first, then person
 * names, then dates of birth (which look for a nearby name), then special-category phrases.
 */
import type { Recognizer } from "../types";
import { emailAddress } from "./emailAddress";
// --- identifiers (detection core) ---
// --- person-name recognizers: add imports here ---
// --- date-of-birth recognizers: add imports here ---
// --- special-category recognizers: add imports here ---

export const RECOGNIZERS: readonly Recognizer[] = [
  // --- identifiers (detection core) ---
  emailAddress,
  // --- person-name recognizers: add entries here ---
  // --- date-of-birth recognizers: add entries here ---
  // --- special-category recognizers: add entries here ---
];
