/** checkMessage() benchmarks: a typical message, and the recipient classifier's first use. */
import { derbyshireAgreement } from "../../src/policy/agreement";
import { checkMessage } from "../../src/policy/check";
import { RecipientClassifier } from "../../src/policy/recipients";
import type { Snapshot } from "../../src/policy/snapshot";
import { time } from "./harness";
import type { BenchResult, Suite } from "./types";

/** A typical Known Persons Check: two partner recipients, one webmail, personal data in the
 * subject and a short body. */
export const TYPICAL: Snapshot = {
  subject: "KPC request for John Smith DOB 12/03/1985",
  to: [{ name: "Starting Point", address: "starting.point@derbyshire.gov.uk" }],
  cc: [
    { name: "Jane Doe", address: "jane.doe@justice.gov.uk" },
    { name: "", address: "sam.jones@gmail.com" },
  ],
  bcc: [],
  body:
    "Hello,\n\nPlease can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station " +
    "Street, Chesterfield S40 1AA. Also living at the address is Freddie Ward. CRN X123456.\n\nMany thanks\n\nJane Doe\nProbation Officer",
  attachments: [],
};

const NOW = new Date("2026-11-25T10:00:00Z");

export const checkSuite: Suite = {
  name: "check",
  run() {
    const out: BenchResult[] = [];
    const typical = time(() => checkMessage(TYPICAL, derbyshireAgreement, { now: NOW, sender: "jane.doe@justice.gov.uk" }), {
      warmup: 50,
      minRuns: 50,
      maxRuns: 2000,
      budgetMs: 3000,
    });
    out.push({
      group: "check",
      name: "checkMessage() latency",
      input: "typical KPC message (3 recipients, 300-character body)",
      value: typical.medianMs,
      unit: "ms",
      detail: `median of ${typical.runs}`,
      target: { op: "<=", limit: 1 },
    });
    const build = time(() => new RecipientClassifier(derbyshireAgreement), { warmup: 2, minRuns: 10, maxRuns: 50, budgetMs: 2000 });
    out.push({
      group: "check",
      name: "recipient classifier build",
      input: "Derbyshire agreement + UK public-sector list (once per agreement)",
      value: build.medianMs,
      unit: "ms",
      detail: `median of ${build.runs}`,
    });
    return out;
  },
};
