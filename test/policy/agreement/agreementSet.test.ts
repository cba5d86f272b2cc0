/** Checks across the agreement set: one id per agreement, one meaning per mailbox. */
import { checkAgreementSet, formatSetProblems } from "../../../src/policy/agreement/agreementSet";
import { parseAgreement } from "../../../src/policy/agreement/validate";
import type { Agreement } from "../../../src/policy/agreement";
import { derbyshireCopy, smallAgreement, type Json } from "./helpers";

function valid(json: Json): Agreement {
  const r = parseAgreement(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.agreement;
}

/** A second agreement that also names Derbyshire's Buxton SPOC mailbox. */
function secondWithBuxton(partnerId: string, monitoredDays?: number[]): Json {
  const a = smallAgreement();
  a.id = "second";
  a.partners[0].id = partnerId;
  a.partners[0].mailboxes[1] = { address: "midlandsnps.derbyshirewest@justice.gov.uk", name: "Buxton", ...(monitoredDays ? { monitoredDays } : {}) };
  // Keep the small agreement's own references consistent with the renamed partner.
  for (const p of a.partners) if (p.lifecycle.functionsMovedTo === "probation") p.lifecycle.functionsMovedTo = partnerId;
  for (const e of a.exchanges) {
    e.from = e.from.map((p: string) => (p === "probation" ? partnerId : p));
    e.to = e.to.map((p: string) => (p === "probation" ? partnerId : p));
    for (const r of e.routes) {
      if (r.partner === "probation") r.partner = partnerId;
      if (r.mailboxes) r.mailboxes = r.mailboxes.filter((m: string) => m !== "west@justice.gov.uk");
    }
  }
  return a;
}

describe("checkAgreementSet", () => {
  const derbyshire = { file: "agreements/derbyshire.json", agreement: valid(derbyshireCopy()) };

  it("accepts a set whose agreements agree on every shared mailbox", () => {
    const second = { file: "agreements/second.json", agreement: valid(secondWithBuxton("nps", [2, 3, 4])) };
    expect(checkAgreementSet([derbyshire, second])).toEqual([]);
  });

  it("refuses one mailbox given to two different partners, at the later file's JSON path", () => {
    const second = { file: "agreements/second.json", agreement: valid(secondWithBuxton("probation", [2, 3, 4])) };
    const problems = checkAgreementSet([derbyshire, second]);
    expect(problems).toEqual([
      {
        file: "agreements/second.json",
        path: "partners[0].mailboxes[1].address",
        message:
          '"midlandsnps.derbyshirewest@justice.gov.uk" is a mailbox of partner "nps" (National Probation Service (NPS)) in agreements/derbyshire.json but of partner "probation" (Probation Service) here: a mailbox must belong to the same partner, under the same id, in every agreement of the set',
      },
    ]);
    expect(formatSetProblems(problems)).toMatch(/^agreements\/second\.json: partners\[0\]\.mailboxes\[1\]\.address: "midlandsnps/);
  });

  it("refuses one mailbox read on different days in two agreements", () => {
    const second = { file: "agreements/second.json", agreement: valid(secondWithBuxton("nps")) };
    expect(checkAgreementSet([derbyshire, second])).toEqual([
      {
        file: "agreements/second.json",
        path: "partners[0].mailboxes[1].monitoredDays",
        message: '"midlandsnps.derbyshirewest@justice.gov.uk" is read Tue–Thu in agreements/derbyshire.json but Mon–Fri here: a mailbox must have the same schedule in every agreement of the set',
      },
    ]);
  });

  it("refuses two files with one agreement id", () => {
    const copy = { file: "agreements/copy.json", agreement: valid(derbyshireCopy()) };
    expect(checkAgreementSet([derbyshire, copy])).toEqual([
      { file: "agreements/copy.json", path: "id", message: 'duplicate agreement id "derbyshire-probation-childrens-services": agreements/derbyshire.json has it too; expected each agreement once in the set' },
    ]);
  });
});
