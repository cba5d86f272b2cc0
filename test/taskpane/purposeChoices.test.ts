/** "What is this for?" across the agreements a message is judged against. */
import { deployedAgreements, derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { purposeChoices, purposeChoicesAcross } from "../../src/taskpane/model/purposeChoices";
import { CASE_BODY, snapshot, WEDNESDAY } from "../policy/rules/helpers";

const PROBATION = "alex.morgan@justice.gov.uk";
const WORKING_TOGETHER = deployedAgreements.find((a) => a.id === "working-together-prison-probation");

describe("purpose choices across several agreements", () => {
  const report = checkMessage(snapshot({ subject: "OFFICIAL-SENSITIVE: Ref X123456", body: CASE_BODY, to: ["starting.point@derbyshire.gov.uk"] }), deployedAgreements, { now: WEDNESDAY, sender: PROBATION });

  it("offers the main agreement's exchanges first, then the other applied agreements', each named, none twice", () => {
    expect(report.agreement.id).toBe(derbyshireAgreement.id);
    const choices = purposeChoicesAcross(deployedAgreements, report, PROBATION);
    const ids = choices.map((c) => c.exchangeId);
    expect(ids.slice(0, purposeChoices(derbyshireAgreement, report, PROBATION).length)).toEqual(purposeChoices(derbyshireAgreement, report, PROBATION).map((c) => c.exchangeId));
    expect(ids).toContain("kpc-probation-to-childrens");
    expect(new Set(ids).size).toBe(ids.length);
    const wt = choices.find((c) => c.exchangeId === "probation-child-safeguarding-enquiry");
    expect(wt?.name).toMatch(new RegExp(`\\(${WORKING_TOGETHER?.title.replace(/[()]/g, "\\$&")}\\)$`));
  });

  it("offers nothing from an agreement the sender is not party to", () => {
    const council = checkMessage(snapshot({ subject: "Ref X123456", body: CASE_BODY, to: ["sw@leicester.gov.uk"] }), deployedAgreements, { now: WEDNESDAY, sender: "sw@derbyshire.gov.uk" });
    const choices = purposeChoicesAcross(deployedAgreements, council, "sw@derbyshire.gov.uk");
    // Leicester City Council and Derbyshire County Council share only the Working Together
    // agreement, whose exchanges go between children's social care and probation: none fits.
    expect(council.agreements).not.toContain("llr-safeguarding");
    expect(choices).toEqual([]);
  });
});
