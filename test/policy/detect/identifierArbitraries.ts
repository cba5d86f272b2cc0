/**
 * fast-check generators for every kind of identifier the recognizers find, each in a sentence
 * that cues it, with where the identifier sits: for properties that change the text around or
 * inside an identifier and expect the same finding.
 */
import fc from "fast-check";
import { checkCharFor, padStart } from "../../../src/policy/detect/recognizers/checkChar";
import type { PersonalDataKind } from "../../../src/policy/detect/types";

export interface Placed {
  kind: PersonalDataKind;
  text: string;
  /** Where the identifier is in `text`. */
  start: number;
  end: number;
}

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const letters = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((l) => l.join(""));

function placed(kind: PersonalDataKind, before: string, value: string, after: string): Placed {
  return { kind, text: before + value + after, start: before.length, end: before.length + value.length };
}

const nhsNumber = fc
  .tuple(digits(9), fc.constantFrom("", " ", "-"))
  .filter(([nine]) => !/^(\d)\1{8}$/.test(nine))
  .map(([nine, sep]) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    return { nine, sep, check: (11 - (sum % 11)) % 11 };
  })
  .filter(({ check }) => check !== 10)
  .map(({ nine, sep, check }) => placed("nhs-number", "NHS number ", `${nine.slice(0, 3)}${sep}${nine.slice(3, 6)}${sep}${nine.slice(6)}${check}`, " today."));

const nino = fc
  .tuple(fc.constantFrom(..."ABCEGHJKLMNOPRSTWXYZ"), fc.constantFrom(..."ABCEGHJKLMNPRSTWXYZ"), digits(6), fc.constantFrom("A", "B", "C", "D"), fc.boolean())
  .filter(([a, b]) => ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].indexOf(a + b) === -1)
  .map(([a, b, d, s, spaced]) =>
    placed("national-insurance-number", "NI number ", spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`, "."),
  );

const pnc = fc.tuple(fc.integer({ min: 1970, max: 2029 }), fc.integer({ min: 1, max: 9_999_999 }), fc.boolean()).map(([year, serial, long]) => {
  const yy = String(year).slice(2);
  const padded = padStart(String(serial), 7);
  const check = checkCharFor(yy + padded);
  return placed("pnc-id", "PNC ", long ? `${year}/${padded}${check}` : `${yy}/${serial}${check}`, " on file.");
});

// Serials from 100: "20/29K" is as much a short PNC id as a CRO number (PNC wins by rank).
const cro = fc.tuple(fc.integer({ min: 100, max: 999_999 }), digits(2), fc.boolean()).map(([serial, yy, pad]) => {
  const s = pad ? padStart(String(serial), 6) : String(serial);
  return placed("cro-number", "CRO ", `${s}/${yy}${checkCharFor(yy + padStart(String(serial), 6))}`, " on file.");
});

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const prisonNumber = fc
  .tuple(fc.constantFrom(...UPPER), digits(4), letters(UPPER, 2, 2))
  .map(([a, d, bc]) => placed("prison-number", "Prison number ", `${a}${d}${bc}`, " at HMP Nottingham."));

const INWARD = "ABDEFGHJLNPQRSTUWXYZ";
const postcode = fc
  .tuple(
    fc.constantFrom("B", "DE", "E", "G", "L", "M", "N", "NG", "S", "SK", "SW", "W", "EC", "WC", "CR", "DN", "LS", "BT"),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom("", "0", "5", "A"),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...INWARD),
    fc.constantFrom(...INWARD),
  )
  .map(([area, d, extra, n, x, y]) => placed("postcode", "Postcode: ", `${area}${d}${extra} ${n}${x}${y}`, "."));

const dateOfBirth = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2015 }), fc.boolean())
  .map(([d, m, y, numeric]) => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const value = numeric ? `${padStart(String(d), 2)}/${padStart(String(m), 2)}/${y}` : `${d} ${months[m - 1]} ${y}`;
    return placed("date-of-birth", numeric ? "DOB " : "date of birth ", value, ", seen today.");
  });

const phoneNumber = fc
  .tuple(fc.constantFrom("1", "3", "4", "5", "7", "8", "9"), digits(8), fc.boolean())
  .map(([third, rest, spaced]) => {
    const all = `07${third}${rest}`;
    return placed("phone-number", "tel ", spaced ? `${all.slice(0, 5)} ${all.slice(5)}` : all, " after 5pm.");
  });

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const emailAddress = fc
  .tuple(letters(LOWER, 1, 10), fc.option(letters(LOWER, 1, 8), { nil: undefined }), letters(LOWER, 2, 10), fc.constantFrom("org", "co.uk", "gov.uk", "com", "nhs.net"))
  .map(([local, more, domain, tld]) => placed("email-address", "Email ", `${local}${more ? `.${more}` : ""}@${domain}.${tld}`, " please."));

const caseReference = fc.tuple(fc.constantFrom(...UPPER), digits(6)).map(([l, d]) => placed("case-reference", "CRN ", `${l}${d}`, " refers."));

/** Names the person-name tests show found, from the name lists. */
const GIVEN = ["Priya", "Harry", "John", "Poppy", "Sarah", "Ahmed", "Kwame", "Siobhan", "Chantelle", "Daisy", "Oluwaseun", "Zuzanna"];
const SURNAMES = ["Clarke", "Martin", "Smith", "Morris", "Khan", "Begum", "Jenkins", "Okafor", "Young", "O'Neill", "Wojcik", "Edwards"];
const personName = fc
  .tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES))
  .map(([given, surname]) => placed("person-name", "Known Persons Check for ", `${given} ${surname}`, " please."));

const streetAddress = fc
  .tuple(fc.integer({ min: 1, max: 299 }), fc.constantFrom("Station", "Church", "Victoria", "Mill", "Burton"), fc.constantFrom("Street", "Road", "Lane", "Avenue", "Crescent", "Close"))
  .map(([n, name, suffix]) => placed("street-address", "She lives at ", `${n} ${name} ${suffix}`, " now."));

/** One generator per kind that identifies someone (special-category phrases are facts, not identifiers). */
export const IDENTIFIERS: Partial<Record<PersonalDataKind, fc.Arbitrary<Placed>>> = {
  "nhs-number": nhsNumber,
  "national-insurance-number": nino,
  "pnc-id": pnc,
  "cro-number": cro,
  "prison-number": prisonNumber,
  postcode,
  "date-of-birth": dateOfBirth,
  "phone-number": phoneNumber,
  "email-address": emailAddress,
  "case-reference": caseReference,
  "person-name": personName,
  "street-address": streetAddress,
};
