/** The file `safeshare agreement new` writes is valid as it stands. */
import { starterAgreement } from "../../../src/policy/agreement/starter";
import { parseAgreement } from "../../../src/policy/agreement/validate";

describe("starterAgreement", () => {
  it("passes the schema and the cross-reference checks unchanged", () => {
    const starter = starterAgreement({ id: "county-probation-childrens", reviewDate: "2027-12-04" });
    expect(parseAgreement(JSON.parse(JSON.stringify(starter)))).toEqual({ ok: true, agreement: starter });
  });

  it("carries the id and review date it is given", () => {
    const starter = starterAgreement({ id: "x", reviewDate: "2030-01-31" });
    expect([starter.id, starter.reviewDate]).toEqual(["x", "2030-01-31"]);
  });
});
