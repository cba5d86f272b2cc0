import { phoneNumber, plausiblePhoneDigits } from "../../../../src/policy/detect/recognizers/phoneNumber";
import { texts } from "./helpers";

describe("phoneNumber", () => {
  it.each([
    "01629 818657",
    "07593 199348",
    "07593199348",
    "+44 7510 439065",
    "+447510439065",
    "0044 7510 439065",
    "+44 (0)20 7946 0958",
    "(01332) 243353",
    "0115 943 4765",
    "020-7946-0958",
    "0800 123 456",
  ])("finds %s", (number) => {
    expect(texts(phoneNumber, `Call me on ${number}, thanks`)).toEqual([number]);
  });

  it("finds international numbers in + form", () => {
    expect(texts(phoneNumber, "US office +1 202 555 0173")).toEqual(["+1 202 555 0173"]);
  });

  it("accepts an unallocated UK shape only after a phone cue", () => {
    expect(texts(phoneNumber, "tel 07635 824709")).toEqual(["07635 824709"]);
    expect(texts(phoneNumber, "batch 07635 824709")).toEqual([]);
  });

  it("does not fire on NHS numbers, dates, times, CRNs or PNC ids", () => {
    expect(texts(phoneNumber, "NHS 943 476 5919")).toEqual([]);
    expect(texts(phoneNumber, "NHS 066 708 5831")).toEqual([]);
    expect(texts(phoneNumber, "on 12/03/2024 at 10:00, 2024-03-12")).toEqual([]);
    expect(texts(phoneNumber, "CRN X123456, PNC 2002/0073319Z")).toEqual([]);
    expect(texts(phoneNumber, "ref 01332243353X")).toEqual([]);
  });

  it("does not merge two numbers written next to each other", () => {
    expect(texts(phoneNumber, "01332 243353 07593 199348")).toEqual(["01332 243353", "07593 199348"]);
  });

  it("checks the UK numbering-plan shape before asking the library", () => {
    expect(plausiblePhoneDigits("075931", 11, false)).toBe(true);
    expect(plausiblePhoneDigits("943476", 10, false)).toBe(false);
    expect(plausiblePhoneDigits("066708", 10, false)).toBe(false);
    expect(plausiblePhoneDigits("447510", 12, true)).toBe(true);
    expect(plausiblePhoneDigits("440207", 13, true)).toBe(true);
    expect(plausiblePhoneDigits("447510", 10, true)).toBe(false);
  });
});
