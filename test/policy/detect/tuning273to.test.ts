import { personName } from "../../../src/policy/detect/recognizers/personName";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, fourteenth session: a lower-case surname and initial, as case lists write people", () => {
  it("'kinsella r' closing a subject, or before a dash and any word ('mcgrath t - AP referral')", () => {
    expect(names("kinsella r")).toEqual(["kinsella r"]);
    expect(names("RE: OFFICIAL-SENSITIVE: kinsella r")).toEqual(["kinsella r"]);
    expect(names("RE: mcgrath t - AP referral")).toEqual(["mcgrath t"]);
  });

  it("guard: an everyday word and a letter is no one ('plan b', 'vitamin d', 'hepatitis c - training')", () => {
    expect(names("re: plan b")).toEqual([]);
    expect(names("vitamin d")).toEqual([]);
    expect(names("re: hepatitis c - training")).toEqual([]);
  });
});
