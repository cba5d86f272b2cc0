import { derbyshireAgreement } from "../../src/policy/agreement";
import type { Report } from "../../src/policy/check";

/** A Report with the given parts and empty defaults for the rest (for tests of its readers). */
export function reportOf(parts: Pick<Report, "verdict" | "findings"> & Partial<Report>): Report {
  return { agreement: derbyshireAgreement, agreements: [derbyshireAgreement.id], senderParty: "party", dismissed: [], recipients: [], attachments: [], caseData: false, attachmentBytesNeeded: false, setAside: [], ...parts };
}
