import { rolesByText } from "./rolesOf";
import { check } from "../rules/helpers";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

const SIGNATURE = "\n\nBest wishes\n\nZainab Stubbs\nProbation Officer\nDerby Probation Office\nT: 01332 340047";

// Sixteenth session: a message that names no one SafeShare can read as a name and speaks of no third
// person was read as the writer's own affairs, so a case person's date of birth went with it.
describe("the writer's own affairs: a date of birth only in the first person", () => {
  it("a date of birth after a name no rule reads ('MAISY HALL (DOB …) has moved to …') is a case's", () => {
    const r = rolesFrom("zainab.stubbs@justice.gov.uk", `Hello Scarlett,\n\nMAISY HALL (DOB 25/05/1983) has moved to 97 Osmaston Park Road, Chesterfield S41 7QX.${SIGNATURE}`, "scarlett.kaur@derbyshireschools.org.uk");
    expect(r["25/05/1983"]).toBe("case");
  });

  it("guard: the writer giving their own ('my DOB is …, I've moved to …') keeps it theirs", () => {
    const r = rolesFrom("zainab.stubbs@justice.gov.uk", `Hello,\n\nPlease update my details: my DOB is 25/05/1983 and I've moved to 97 Osmaston Park Road, Chesterfield S41 7QX.${SIGNATURE}`, "hr.enquiries@justice.gov.uk");
    expect(r["25/05/1983"]).toBe("the sender or a recipient");
    expect(r["97 Osmaston Park Road"]).toBe("the sender or a recipient");
  });

  it("guard: the writer's own records without a date of birth stay theirs ('New address 8 Wellington Street')", () => {
    const r = rolesFrom("owen.pritchard@dwp.gov.uk", `Keys back to landlord 30 Oct. New address 8 Wellington Street, Richmond TW9 1QR.\n\nOwen\n\nOwen Pritchard\nWork Coach Team Leader`, "counciltax@newport.gov.uk");
    expect(r["8 Wellington Street"]).toBe("the sender or a recipient");
  });
});

describe("a subject marked OFFICIAL-SENSITIVE is case mail: no coincidence of family names makes it the writer's", () => {
  const body = `Hello Cerys,\n\nLibby Jones (DOB 11/05/1990) has moved to 3 Cavendish Street, Chesterfield S41 7QX.\n\nBest wishes\n\nFaith Spencer-Jones\nProbation Officer, Chesterfield Probation Office\n01246 276761`;
  const send = (subject: string): string => check({ subject, body, to: ["cerys.wright@derbyshireschools.org.uk"] }, { sender: "faith.spencer-jones@justice.gov.uk" }).verdict;

  it("'Libby Jones (DOB …) has moved' from Faith Spencer-Jones, marked, to an outsider: blocked", () => {
    expect(send("OFFICIAL-SENSITIVE: Change of address - Ref D936064")).toBe("block");
  });

  it("guard: unmarked and quiet of cases, someone of the writer's family name is still read as family", () => {
    expect(send("Change of address")).toBe("pass");
  });
});
