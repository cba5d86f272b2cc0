import { isValidNhsNumber, nhsNumber } from "../../../../src/policy/detect/recognizers/nhsNumber";
import { texts } from "./helpers";

describe("nhsNumber", () => {
  it("validates the modulus-11 check digit", () => {
    expect(isValidNhsNumber("9434765919")).toBe(true);
    expect(isValidNhsNumber("9434765918")).toBe(false);
    expect(isValidNhsNumber("0667085831")).toBe(true);
  });

  it("rejects repeated digits, including 0000000000 which passes the raw checksum", () => {
    expect(isValidNhsNumber("0000000000")).toBe(false);
    expect(isValidNhsNumber("1111111111")).toBe(false);
  });

  it("rejects numbers whose check digit would be 10", () => {
    // 1000000001..: weights 10..2 on 100000001 give 10+1*2=12 -> 11-1=10 -> never issued.
    expect(isValidNhsNumber("1000000010")).toBe(false);
  });

  it("finds spaced, hyphenated and plain forms", () => {
    expect(texts(nhsNumber, "NHS number 943 476 5919.")).toEqual(["943 476 5919"]);
    expect(texts(nhsNumber, "(NHS no 943-476-5919)")).toEqual(["943-476-5919"]);
    expect(texts(nhsNumber, "NHS: 9434765919")).toEqual(["9434765919"]);
  });

  it("finds NHS numbers without a cue, at lower confidence", () => {
    const [withCue] = nhsNumber.find("NHS 943 476 5919", []);
    const [without] = nhsNumber.find("number 943 476 5919", []);
    expect(without).toBeDefined();
    expect(withCue?.confidence).toBeGreaterThan(without?.confidence ?? 1);
  });

  it("rejects mixed separators and failed checksums", () => {
    expect(texts(nhsNumber, "943 476-5919")).toEqual([]);
    expect(texts(nhsNumber, "943 476 5918")).toEqual([]);
  });

  it("does not fire inside longer digit runs or tokens", () => {
    expect(texts(nhsNumber, "19434765919")).toEqual([]);
    expect(texts(nhsNumber, "94347659190")).toEqual([]);
    expect(texts(nhsNumber, "ID9434765919")).toEqual([]);
    expect(texts(nhsNumber, "12943 476 5919")).toEqual([]);
  });

  it("does not fire on part of a longer grouped number such as a phone number", () => {
    expect(texts(nhsNumber, "+44 943 476 5919")).toEqual([]);
    expect(texts(nhsNumber, "0 943 476 5919")).toEqual([]);
    expect(texts(nhsNumber, "943 476 5919 12")).toEqual([]);
  });

  it("accepts a date or time written next to the number", () => {
    expect(texts(nhsNumber, "943 476 5919 12/03/2020")).toEqual(["943 476 5919"]);
    expect(texts(nhsNumber, "seen 12/03/2020 943 476 5919")).toEqual(["943 476 5919"]);
    expect(texts(nhsNumber, "at 10:30 943 476 5919")).toEqual(["943 476 5919"]);
  });

  it("accepts a list of NHS numbers separated by spaces", () => {
    expect(texts(nhsNumber, "943 476 5919 066 708 5831")).toEqual(["943 476 5919", "066 708 5831"]);
  });

  it("is no NHS number after a label naming another kind of number (tuning31)", () => {
    // 4500923381 passes the check digit, as one ten-digit number in eleven does.
    expect(isValidNhsNumber("4500923381")).toBe(true);
    expect(texts(nhsNumber, "The purchase order is 4500923381. Please send the certificates.")).toEqual([]);
    expect(texts(nhsNumber, "Invoice no. 4500923381")).toEqual([]);
    expect(texts(nhsNumber, "Serial: 943 476 5919")).toEqual([]);
    // With the thing it is for between ("the purchase order for this one is …", tuning396).
    expect(texts(nhsNumber, "the purchase order for this one is 4500718826. Please could you re-issue it?")).toEqual([]);
    expect(texts(nhsNumber, "The order number for the job was 4500718826")).toEqual([]);
  });

  it("guard: an NHS cue wins over such a label, and other words before the number are no label", () => {
    expect(texts(nhsNumber, "Order form NHS number 4500923381")).toEqual(["4500923381"]);
    expect(texts(nhsNumber, "Patient 4500923381 was seen")).toEqual(["4500923381"]);
    expect(texts(nhsNumber, "ordered on 12/03, 943 476 5919")).toEqual(["943 476 5919"]);
    expect(texts(nhsNumber, "the referral for this one is 4500718826")).toEqual(["4500718826"]);
  });
});
