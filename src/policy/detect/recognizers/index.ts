/**
 * The registry: every recognizer detect() runs, in order. Order matters: each recognizer is
 * given what the ones before it found (`earlier`), so identifiers run first, then person
 * names, then dates of birth (which look for a nearby name), then special-category phrases.
 */
import type { Recognizer } from "../types";
// --- identifiers (detection core) ---
import { caseReference } from "./caseReference";
import { croNumber } from "./croNumber";
import { emailAddress } from "./emailAddress";
import { nationalInsurance } from "./nationalInsurance";
import { nhsNumber } from "./nhsNumber";
import { phoneNumber } from "./phoneNumber";
import { pncId } from "./pncId";
import { postcode } from "./postcode";
import { prisonNumber } from "./prisonNumber";
import { streetAddress } from "./streetAddress";
// --- person-name recognizers: add imports here ---
import { personName } from "./personName";
// --- date-of-birth recognizers: add imports here ---
import { dateOfBirth } from "./dateOfBirth";
// --- special-category recognizers: add imports here ---
import { specialCategory } from "./specialCategory";

export const RECOGNIZERS: readonly Recognizer[] = [
  // --- identifiers (detection core) ---
  emailAddress,
  nhsNumber,
  nationalInsurance,
  pncId,
  croNumber,
  prisonNumber,
  postcode,
  phoneNumber,
  streetAddress,
  caseReference,
  // --- person-name recognizers: add entries here ---
  personName,
  // --- date-of-birth recognizers: add entries here ---
  dateOfBirth,
  // --- special-category recognizers: add entries here ---
  specialCategory,
];
