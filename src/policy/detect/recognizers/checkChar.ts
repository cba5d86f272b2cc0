/**
 * The check character shared by Police National Computer ids and Criminal Records Office
 * numbers: the number formed by the year digits and the serial, modulo 23, indexes this
 * alphabet (no I, O, S: they look like 1, 0, 5).
 */
export const CHECK_ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY";

/** Remainder modulo 23 of a decimal digit string, computed digit by digit (no overflow). */
export function mod23(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + (digits.charCodeAt(i) - 48)) % 23;
  return r;
}

export function checkCharFor(digits: string): string {
  return CHECK_ALPHABET.charAt(mod23(digits));
}

export function padStart(s: string, length: number): string {
  let out = s;
  while (out.length < length) out = "0" + out;
  return out;
}
