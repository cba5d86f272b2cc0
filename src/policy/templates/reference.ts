/**
 * The case reference is the only user value that reaches the subject line, so it must be a
 * reference and nothing else: no name, date of birth, NHS number or other identifier (LLR
 * agreement, Appendix A: no personal data in the subject). Shape first, then detect() as the
 * subject rule would see it.
 */
import { detect } from "../detect/detect";
import { isIdentifying, type PersonalDataKind } from "../detect/types";

export const MAX_REFERENCE_LENGTH = 24;
const SHAPE = /^[A-Za-z0-9]+([/-][A-Za-z0-9]+)*$/;
const DATE_LIKE = /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/;

const KIND_WORDS: Partial<Record<PersonalDataKind, string>> = {
  "person-name": "a person's name",
  "date-of-birth": "a date of birth",
  "nhs-number": "an NHS number",
  "national-insurance-number": "a National Insurance number",
  "phone-number": "a telephone number",
  "email-address": "an e-mail address",
  postcode: "a postcode",
  "street-address": "an address",
  "pnc-id": "a PNC ID",
  "cro-number": "a CRO number",
  "prison-number": "a prison number",
};

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const NOT_IN_SUBJECT = "the subject line may carry only a case reference (such as the nDelius CRN X123456), never personal details";

/** Why `value` cannot be the subject's case reference, or undefined when it can. */
export function caseReferenceProblem(label: string, value: string): string | undefined {
  const identifying = detect(value).filter((s) => isIdentifying(s.kind));
  if (identifying.length > 0) {
    const first = identifying[0] as { kind: PersonalDataKind };
    return `${label} looks like ${KIND_WORDS[first.kind] ?? "personal data"}: ${NOT_IN_SUBJECT}.`;
  }
  if (value.length > MAX_REFERENCE_LENGTH) return `${label} is too long (${value.length} characters; a reference has at most ${MAX_REFERENCE_LENGTH}).`;
  if (DATE_LIKE.test(value)) return `${label} looks like a date: ${NOT_IN_SUBJECT}.`;
  if (!SHAPE.test(value) || countDigits(value) < 3 || value.length < 4) {
    return `${label} is not a case reference: use letters and digits, optionally joined by / or -, with at least 3 digits and no spaces (e.g. X123456). Names and other personal details must not go in the subject.`;
  }
  return undefined;
}
