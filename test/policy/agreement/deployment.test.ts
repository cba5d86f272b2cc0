/** The deployed set and its default agreement (what the pane shows before the first check). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultAgreement, defaultAgreementOf, deployedAgreements, derbyshireAgreement, DERBYSHIRE_AGREEMENT_ID } from "../../../src/policy/agreement";
import { starterAgreement } from "../../../src/policy/agreement/starter";

describe("the deployed agreements", () => {
  it("hold every file of the repository's agreements/ folder, in file-name order as the build reads them", () => {
    const folder = path.join(__dirname, "..", "..", "..", "agreements");
    const files = readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(deployedAgreements.map((a) => a.id)).toEqual(files.map((f) => (JSON.parse(readFileSync(path.join(folder, f), "utf8")) as { id: string }).id));
  });

  it("default to the Derbyshire agreement, which keeps its old name", () => {
    expect(defaultAgreement.id).toBe(DERBYSHIRE_AGREEMENT_ID);
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
