/** The deployed set and the one agreement run-time code applies for now. */
import { defaultAgreement, defaultAgreementOf, deployedAgreements, derbyshireAgreement, DERBYSHIRE_AGREEMENT_ID } from "../../../src/policy/agreement";
import { starterAgreement } from "../../../src/policy/agreement/starter";

describe("the deployed agreements", () => {
  it("hold the repository's Derbyshire agreement, which is the default and keeps its old name", () => {
    expect(deployedAgreements.map((a) => a.id)).toEqual([DERBYSHIRE_AGREEMENT_ID]);
    expect(defaultAgreement).toBe(deployedAgreements[0]);
    expect(derbyshireAgreement).toBe(defaultAgreement);
  });

  it("default to the Derbyshire agreement wherever it is in the set, else the first", () => {
    const a = starterAgreement({ id: "a", reviewDate: "2030-01-01" });
    const b = starterAgreement({ id: "b", reviewDate: "2030-01-01" });
    expect(defaultAgreementOf([a, derbyshireAgreement, b])).toBe(derbyshireAgreement);
    expect(defaultAgreementOf([b, a])).toBe(b);
    expect(defaultAgreementOf([])).toBeUndefined();
  });
});
