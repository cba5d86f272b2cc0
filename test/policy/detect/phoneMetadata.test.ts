/**
 * Only the +44 numbering plans ship (src/policy/detect/data/phoneMetadata.ts); other countries'
 * numbers are confirmed by calling code and length. For UK forms the cut metadata must answer
 * exactly as libphonenumber-js's full metadata did, and numbers from elsewhere must still be
 * found.
 */
import fc from "fast-check";
import { parsePhoneNumberFromString as parseCut } from "libphonenumber-js/core";
import full from "libphonenumber-js/metadata.min.json";
import { parsePhoneNumberFromString as parseFull } from "libphonenumber-js/min";
import { renderUkPhoneModule } from "../../../scripts/data/build-phone-metadata";
import { parseCallingCodes, ukPhoneData } from "../../../src/policy/detect/data/phoneMetadata";
import { UK_PHONE } from "../../../src/policy/detect/data/ukPhone";
import { phoneNumber } from "../../../src/policy/detect/recognizers/phoneNumber";
import { texts } from "./recognizers/helpers";

const validWith = (parse: () => { isValid(): boolean } | undefined): boolean => {
  try {
    return parse()?.isValid() ?? false;
  } catch {
    return false;
  }
};

describe("phone metadata", () => {
  it("keeps +44's countries and every other calling code's lengths, and is small", () => {
    expect(Object.keys(UK_PHONE.metadata.countries).sort()).toEqual(["GB", "GG", "IM", "JE"]);
    expect(UK_PHONE.metadata.country_calling_codes).toEqual({ "44": ["GB", "GG", "IM", "JE"] });
    const codes = parseCallingCodes(UK_PHONE.otherCallingCodes);
    expect(codes.get("33")).toEqual([9]);
    expect(codes.get("1")).toContain(10);
    expect(codes.get("353")).toBeDefined();
    expect(codes.has("44")).toBe(false);
    expect(codes.size).toBeGreaterThan(200);
    expect(JSON.stringify(UK_PHONE).length).toBeLessThan(8_000);
  });

  it("is the same cut at build time (the bundles' module) as at run time", () => {
    const built = /export const UK_PHONE = (.*);\n$/.exec(renderUkPhoneModule())?.[1];
    expect(JSON.parse(built ?? "null")).toEqual(UK_PHONE);
    expect(ukPhoneData(full)).toEqual(UK_PHONE);
  });

  it("validates UK forms (national, +44, 0044) exactly as the full metadata does", () => {
    // ("00" then another calling code is the recognizer's shape path, tested below.)
    const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));
    const prefix = fc.constantFrom("0", "+44 ", "+44", "0044 ", "+44 (0)", "(0", "+44(0)");
    const sep = fc.constantFrom(" ", "", "-", ".");
    const number = fc.tuple(prefix, fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8", "9"), digits(3, 5), sep, digits(3, 7)).map(([p, first, a, s, b]) => (p === "(0" ? `(0${first}${a}) ${b}` : `${p}${first}${a}${s}${b}`));
    fc.assert(
      fc.property(number, (raw) => {
        expect(validWith(() => parseCut(raw, "GB", UK_PHONE.metadata))).toBe(validWith(() => parseFull(raw, "GB")));
      }),
      { numRuns: 3000 },
    );
    for (const raw of ["01629 818657", "07593 199348", "+44 7510 439065", "0044 7510 439065", "+44 (0)20 7946 0958", "01481 256789", "01534 123456", "01624 123456", "07781 123456"]) {
      expect([raw, validWith(() => parseCut(raw, "GB", UK_PHONE.metadata))]).toEqual([raw, validWith(() => parseFull(raw, "GB"))]);
    }
  });

  it("still finds other countries' numbers by calling code and length", () => {
    expect(texts(phoneNumber, "Paris office +33 1 23 45 67 89")).toEqual(["+33 1 23 45 67 89"]);
    expect(texts(phoneNumber, "US office +1 202 555 0173")).toEqual(["+1 202 555 0173"]);
    expect(texts(phoneNumber, "Dublin 00353 1 234 5678")).toEqual(["00353 1 234 5678"]);
    expect(texts(phoneNumber, "Warsaw +48 22 123 45 67")).toEqual(["+48 22 123 45 67"]);
    // A length France never uses, or no calling code at all: not a phone number (uncued).
    expect(texts(phoneNumber, "ref +33 1 23 45 67 891")).toEqual([]);
    expect(texts(phoneNumber, "ref +999 123 456 789")).toEqual([]);
    // After a phone cue the shape is enough, as before.
    expect(texts(phoneNumber, "tel +33 1 23 45 67 891")).toEqual(["+33 1 23 45 67 891"]);
  });
});
