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
    "+44(0)7510 439065",
  ])("finds %s", (number) => {
    expect(texts(phoneNumber, `Call me on ${number}, thanks`)).toEqual([number]);
  });

  it("finds international numbers in + form", () => {
    expect(texts(phoneNumber, "US office +1 202 555 0173")).toEqual(["+1 202 555 0173"]);
    expect(texts(phoneNumber, "Paris +33 1 23 45 67 89")).toEqual(["+33 1 23 45 67 89"]);
  });

  it("finds numbers glued to a label but not to a time or decimal", () => {
    expect(texts(phoneNumber, "Tel:01332640000")).toEqual(["01332640000"]);
    expect(texts(phoneNumber, "mob.07593199348")).toEqual(["07593199348"]);
    expect(texts(phoneNumber, "at 10:01332640000")).toEqual([]);
    expect(texts(phoneNumber, "ratio 1.07593199348")).toEqual([]);
  });

  it("accepts an unallocated UK range after a phone cue or at full landline/mobile length", () => {
    const [cued] = phoneNumber.find("tel 07635 824709", []);
    const [bare] = phoneNumber.find("see 07635 824709", []);
    const [valid] = phoneNumber.find("see 07593 199348", []);
    expect(cued?.confidence).toBeGreaterThan(bare?.confidence ?? 1);
    expect(bare?.confidence).toBeLessThan(valid?.confidence ?? 0);
    // Only 01, 02 and 07 shapes are trusted without the library or a cue.
    expect(texts(phoneNumber, "batch 0820 000 0000")).toEqual([]);
    expect(texts(phoneNumber, "batch 0390 000 0000")).toEqual([]);
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
    expect(texts(phoneNumber, "01332 243353/07593 199348")).toEqual(["01332 243353", "07593 199348"]);
  });

  it("ends a number at sentence punctuation", () => {
    expect(texts(phoneNumber, "Tel 01332 243353: ask for Jo.")).toEqual(["01332 243353"]);
    expect(texts(phoneNumber, "(tel 01332 243353)")).toEqual(["01332 243353"]);
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
