/** A finding's "why" is the applied agreement's own clause text, never text held by a rule. */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { citeClause, defaultAgreement, NO_CLAUSE_TEXT, type Agreement } from "../../../src/policy/agreement";
import { RULES } from "../../../src/policy/rules";
import { clauseFor } from "../../../src/taskpane/model/clauses";

const RULES_DIR = path.resolve(__dirname, "../../../src/policy/rules");

/** Checks the Derbyshire agreement has no clause for: it predates the CRC's dissolution, prints no review date and does not say who may not share under it. */
const NOT_IN_DERBYSHIRE = ["agreement-lifecycle", "partner-dissolved", "sender-not-party"];

function withChannelRules(agreement: Agreement, channelRules: Agreement["channelRules"]): Agreement {
  return { ...agreement, channelRules };
}

describe("citing an agreement's clauses", () => {
  it("every rule's clause resolves in the Derbyshire agreement to that agreement's text, except the checks it has no clause for", () => {
    for (const rule of RULES) {
      const cited = citeClause(defaultAgreement, rule.clause);
      if (NOT_IN_DERBYSHIRE.includes(rule.id)) {
        expect({ rule: rule.id, cited }).toEqual({ rule: rule.id, cited: { found: false, id: rule.clause, text: NO_CLAUSE_TEXT } });
        continue;
      }
      const own = defaultAgreement.channelRules.find((c) => c.id === rule.clause);
      expect({ rule: rule.id, text: cited.text }).toEqual({ rule: rule.id, text: own?.text });
      expect(cited).toMatchObject({ found: true, document: own?.source.document, section: own?.source.section });
    }
  });

  it("quotes whichever agreement is applied: changed wording shows, a missing clause says so", () => {
    const reworded = withChannelRules(defaultAgreement, [
      { id: "no-personal-data-in-subject", text: "Subjects carry a reference only.", source: { document: "Test ISA", section: "4.2" } },
    ]);
    expect(citeClause(reworded, "no-personal-data-in-subject")).toEqual({
      found: true,
      id: "no-personal-data-in-subject",
      document: "Test ISA",
      section: "4.2",
      text: "Subjects carry a reference only.",
    });
    expect(citeClause(reworded, "protective-marking")).toEqual({ found: false, id: "protective-marking", text: "This agreement has no clause for this check." });
    expect(clauseFor("subject-personal-data", reworded)?.text).toBe("Subjects carry a reference only.");
    expect(clauseFor("protective-marking", reworded)?.found).toBe(false);
  });

  it("no rule file holds clause text: each names a clause id", () => {
    const offenders = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /\bclause\s*:\s*\{/.test(readFileSync(path.join(RULES_DIR, f), "utf8")));
    expect(offenders).toEqual([]);
    for (const rule of RULES) expect(typeof rule.clause).toBe("string");
  });
});
