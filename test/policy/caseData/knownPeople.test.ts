import { addPerson, emptyKnownPeople, isKnownName } from "../../../src/policy/caseData/knownPeople";

describe("known people: a recipient's display name that is an address", () => {
  it("reads the address's local part, not its domain (Outlook names an unnamed recipient by the address)", () => {
    const known = emptyKnownPeople();
    addPerson(known, "leon.abara@richmond.gov.uk", "leon.abara@richmond.gov.uk");
    expect(isKnownName(known, "Leon Abara")).toBe(true);
    // The domain's "richmond" names no one: the scan (no display name) and Send (the address as
    // its name) read the same people.
    expect(isKnownName(known, "Richmond")).toBe(false);
  });

  it("guard: a display name that is a name still counts", () => {
    const known = emptyKnownPeople();
    addPerson(known, "Richmond, Leon", "leon.r@partner.gov.uk");
    expect(isKnownName(known, "Leon Richmond")).toBe(true);
  });
});
