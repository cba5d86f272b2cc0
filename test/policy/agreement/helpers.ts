/** Shared test data: a deep copy of the shipped agreement to break, and a small valid one. */
import derbyshireJson from "../../../agreements/derbyshire.json";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function derbyshireCopy(): Json {
  return JSON.parse(JSON.stringify(derbyshireJson));
}

/** Two partners, one exchange each way: enough for every kind of route. */
export function smallAgreement(): Json {
  return {
    id: "small",
    title: "Small test agreement",
    version: "1",
    source: { document: "test" },
    reviewDate: "2030-01-31",
    expiryDate: "2031-01-31",
    marking: { text: "OFFICIAL-SENSITIVE", accepted: ["OFFICIAL-SENSITIVE"] },
    partners: [
      {
        id: "probation",
        name: "Probation Service",
        shortName: "PS",
        kind: "probation",
        domains: [{ domain: "justice.gov.uk", status: "active" }],
        mailboxes: [
          { address: "north@justice.gov.uk", name: "North SPOC" },
          { address: "west@justice.gov.uk", name: "West SPOC", monitoredDays: [2, 3, 4], alternative: "north@justice.gov.uk" },
        ],
        lifecycle: { status: "active" },
      },
      {
        id: "council",
        name: "County Council children's services",
        kind: "childrens-services",
        domains: [{ domain: "county.gov.uk", status: "active" }],
        mailboxes: [{ address: "front.door@county.gov.uk", name: "Front Door" }],
        lifecycle: { status: "active" },
      },
      {
        id: "old-crc",
        name: "Old CRC",
        kind: "probation",
        domains: [{ domain: "crc.example.org", status: "retired" }],
        mailboxes: [],
        lifecycle: { status: "dissolved", on: "2021-06-26", functionsMovedTo: "probation", note: "Unified." },
      },
    ],
    exchanges: [
      {
        id: "check",
        name: "Check",
        purpose: "Ask whether a person is known.",
        from: ["probation", "old-crc"],
        to: ["council"],
        information: ["Whether known."],
        timescale: { text: "Two working days", workingDays: 2 },
        routes: [
          { partner: "council", kind: "online-form", url: "https://forms.county.gov.uk/refer", name: "Referral form" },
          { partner: "council", kind: "telephone", when: "urgent", number: "01632 960123" },
          { partner: "probation", kind: "secure-email", mailboxes: ["north@justice.gov.uk", "west@justice.gov.uk"], individuals: "first.last@justice.gov.uk" },
        ],
      },
      {
        id: "invite",
        name: "Invite",
        purpose: "Invite probation to a meeting.",
        from: ["council"],
        to: ["probation", "old-crc"],
        information: ["Date and venue."],
        routes: [
          { partner: "probation", kind: "secure-email", mailboxes: ["north@justice.gov.uk"], notes: "North first." },
          { partner: "old-crc", kind: "secure-email", mailboxes: [], individuals: "anyone@crc.example.org" },
        ],
        notes: "Exchange note.",
      },
    ],
    channelRules: [{ id: "no-personal-data-in-subject", text: "No personal data in subject title.", source: { document: "LLR", section: "Appendix A" } }],
  };
}
