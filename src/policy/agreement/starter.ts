/**
 * The starter file `safeshare agreement new` writes: a valid agreement with two example partners
 * and one exchange each way, every value an example to replace. Valid as written (a test parses
 * it with the schema), so an IG author edits from something that lints, one change at a time.
 */
import type { Agreement } from "./types";

export interface StarterOptions {
  /** Kebab-case agreement id. */
  id: string;
  /** YYYY-MM-DD: the caller's date a year from now (policy/ has no clock). */
  reviewDate: string;
}

export const DEFAULT_STARTER_ID = "new-agreement";

export function starterAgreement({ id, reviewDate }: StarterOptions): Agreement {
  return {
    id,
    title: "Information-sharing agreement between Partner A and Partner B (write the agreement's full title)",
    version: "0.1 draft",
    source: {
      document: "The signed agreement's title, version and date",
      note: "Written by `safeshare agreement new`. Replace every example value (partners, domains, mailboxes, exchanges), quote the agreement's clauses in channelRules, then run `safeshare agreement lint` on the folder.",
    },
    reviewDate,
    marking: {
      text: "OFFICIAL-SENSITIVE",
      accepted: ["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "[OFFICIAL-SENSITIVE]"],
      suffixes: ["PERSONAL"],
      note: "The marking at the start of the subject of every message shared under the agreement.",
    },
    partners: [
      {
        id: "partner-a",
        name: "Partner A (full name of the organisation)",
        shortName: "Partner A",
        kind: "probation",
        domains: [{ domain: "partner-a.example.gov.uk", status: "active" }],
        mailboxes: [{ address: "spoc@partner-a.example.gov.uk", name: "Partner A single point of contact", purpose: "Requests and replies under this agreement" }],
        lifecycle: { status: "active" },
      },
      {
        id: "partner-b",
        name: "Partner B (full name of the organisation)",
        shortName: "Partner B",
        kind: "childrens-services",
        domains: [{ domain: "partner-b.example.gov.uk", status: "active" }],
        mailboxes: [{ address: "front.door@partner-b.example.gov.uk", name: "Partner B front door", monitoredDays: [1, 2, 3, 4, 5] }],
        lifecycle: { status: "active" },
      },
    ],
    exchanges: [
      {
        id: "partner-a-to-partner-b",
        name: "Request from Partner A to Partner B",
        purpose: "Why Partner A asks, in the agreement's words.",
        from: ["partner-a"],
        to: ["partner-b"],
        information: ["What the request must contain, one item a line"],
        timescale: { text: "Two working days", workingDays: 2 },
        routes: [
          { partner: "partner-b", kind: "secure-email", mailboxes: ["front.door@partner-b.example.gov.uk"] },
          { partner: "partner-a", kind: "secure-email", mailboxes: ["spoc@partner-a.example.gov.uk"], notes: "Replies go back to the requester." },
        ],
      },
    ],
    channelRules: [],
    templates: [],
  };
}
