import { domainOf, isIsoDate, isMailboxAddress, isMailDomain, isPhoneNumber, isWithinDomain } from "../../../src/policy/agreement/formats";
import { formatPath } from "../../../src/policy/agreement/references";

describe("formats", () => {
  it.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2021-06-31", false],
    ["2021-06-30", true],
    ["2021-00-10", false],
    ["2021-06-26T00:00:00Z", false],
  ])("isIsoDate(%s) is %s", (text, ok) => expect(isIsoDate(text)).toBe(ok));

  it.each([
    ["starting.point@derbyshire.gov.uk", true],
    ["cs.cpconf@derbyshire.gov.uk", true],
    ["CS.CPCONF@derbyshire.gov.uk", false],
    ["starting point@derbyshire.gov.uk", false],
    ["starting.point@derbyshire", false],
    ["Starting Point <starting.point@derbyshire.gov.uk>", false],
    ["a..b@derby.gov.uk", false],
    ["@derby.gov.uk", false],
    ["x@xn--derbyshre-4db.gov.uk", true],
  ])("isMailboxAddress(%s) is %s", (text, ok) => expect(isMailboxAddress(text)).toBe(ok));

  it("recognises mail domains and subdomains", () => {
    expect(isMailDomain("justice.gov.uk")).toBe(true);
    expect(isMailDomain("justice")).toBe(false);
    expect(isMailDomain("-justice.gov.uk")).toBe(false);
    expect(domainOf("a@b.gov.uk")).toBe("b.gov.uk");
    expect(domainOf("no-at")).toBe("");
    expect(isWithinDomain("mail.derby.gov.uk", "derby.gov.uk")).toBe(true);
    expect(isWithinDomain("derby.gov.uk", "derby.gov.uk")).toBe(true);
    // Suffix matching is by label: "notderby.gov.uk" is not derby.gov.uk.
    expect(isWithinDomain("notderby.gov.uk", "derby.gov.uk")).toBe(false);
    expect(isWithinDomain("derby.gov.uk.evil.com", "derby.gov.uk")).toBe(false);
  });

  it("accepts telephone numbers as people write them", () => {
    expect(isPhoneNumber("01632 960123")).toBe(true);
    expect(isPhoneNumber("+44 (0)1632 960123")).toBe(true);
    expect(isPhoneNumber("999")).toBe(false);
    expect(isPhoneNumber("ring Starting Point")).toBe(false);
  });

  it("formats JSON paths", () => {
    expect(formatPath(["partners", 2, "mailboxes", 0, "address"])).toBe("partners[2].mailboxes[0].address");
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["a key"])).toBe('["a key"]');
  });
});
