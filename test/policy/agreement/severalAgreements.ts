/** A made-up second agreement for tests of several agreements at once: probation ("nps", the same
 * organisation and id as in the Derbyshire agreement), a police force, a council and an NHS trust. */
import type { Agreement } from "../../../src/policy/agreement/types";

export const SECOND_AGREEMENT: Agreement = {
  id: "test-shire-safeguarding",
  title: "Test-shire Safeguarding Information Sharing Agreement",
  version: "1.0",
  source: { document: "Made up for tests" },
  reviewDate: "2099-01-01",
  marking: { text: "OFFICIAL-SENSITIVE", accepted: ["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE"] },
  partners: [
    { id: "nps", name: "The Probation Service", kind: "probation", domains: [{ domain: "justice.gov.uk", status: "active" }], mailboxes: [], lifecycle: { status: "active" } },
    { id: "testshire-police", name: "Test-shire Police", kind: "police", domains: [{ domain: "testshire.police.uk", status: "active" }], mailboxes: [{ address: "mash@testshire.police.uk", name: "Police MASH" }], lifecycle: { status: "active" } },
    { id: "testshire-council", name: "Test-shire County Council", kind: "local-authority", domains: [{ domain: "testshire.gov.uk", status: "active" }], mailboxes: [], lifecycle: { status: "active" } },
    { id: "testshire-nhs", name: "Test-shire NHS Trust", kind: "health", domains: [{ domain: "testshire.nhs.uk", status: "active" }], mailboxes: [], lifecycle: { status: "active" } },
  ],
  exchanges: [
    {
      id: "police-check",
      name: "Police check",
      purpose: "Safeguarding",
      from: ["nps", "testshire-council"],
      to: ["testshire-police"],
      information: ["Name and date of birth"],
      routes: [{ partner: "testshire-police", kind: "secure-email", mailboxes: ["mash@testshire.police.uk"] }],
    },
  ],
  channelRules: [
    { id: "disclose-only-to-entitled", text: "Share only with the signatories to this agreement.", source: { document: "Test-shire ISA", section: "2.1" } },
    { id: "protective-marking", text: "Mark e-mails OFFICIAL-SENSITIVE.", source: { document: "Test-shire ISA", section: "A.2" } },
  ],
};
