import { hasMarkingAttempt, startsWithMarkingAttempt, withoutMarkingAttempts } from "../../../src/policy/marking/markingAttempt";

describe("marking attempts", () => {
  it.each(["OFFICAL-SENSITIVE", "OFFICIAL-SENSTIVE", "OFFICIAL_SENSITIVE", "Official Sensative", "OFFCIAL SENSITIVE", "[OFFICIAL-SENISTIVE]", "OFFICIAL–SENSITIVE PERSONAL"])(
    "reads %s as the marking someone tried to write",
    (written) => {
      expect(hasMarkingAttempt(`RE: ${written}: KPC`)).toBe(true);
      expect(startsWithMarkingAttempt(`${written}: KPC`)).toBe(true);
    },
  );

  it("guard: words that only share letters with the marking are none", () => {
    expect(hasMarkingAttempt("Official launch of the sensory garden")).toBe(false);
    expect(hasMarkingAttempt("Sensitive handling of official records")).toBe(false);
  });

  it("a marking later in the subject is an attempt, but not one the subject starts with", () => {
    expect(hasMarkingAttempt("Child contact - OFFICIAL-SENSITIVE")).toBe(true);
    expect(startsWithMarkingAttempt("Child contact - OFFICIAL-SENSITIVE")).toBe(false);
  });

  it("takes attempts and their separators out, keeping the rest of the subject", () => {
    expect(withoutMarkingAttempts("OFFICAL-SENSITIVE: new birth visit")).toBe("new birth visit");
    expect(withoutMarkingAttempts("Child contact - OFFICIAL-SENSITIVE")).toBe("Child contact");
    expect(withoutMarkingAttempts("Known Persons Check – Ref X123456")).toBe("Known Persons Check – Ref X123456");
  });
});
