/** Agreements and records for the read-mode tests: written by the Send handler's own writer
 * (recordHeaders, the custom property's JSON), so the pane reads what SafeShare really stamps. */
import { derbyshireAgreement } from "../../../src/policy/agreement";
import type { Agreement } from "../../../src/policy/agreement/types";
import { recordHeaders, RECORD_PROPERTY, type SharingRecord } from "../../../src/outlook/sharingRecord";
import { SimulatedReadItem, type SimulatedReadMessage } from "../../../src/preview/simulatedReadItem";

export const BREACH = {
  contact: "ig.team@derbyshire.gov.uk",
  contactName: "Information Governance",
  steps: ["Tell your line manager now.", "Ask the recipient to delete it <unread> & confirm in writing.", "Record it in the incident log."],
  regulatorHours: 72,
  source: { document: "Derbyshire information-sharing agreement", section: "12 Breaches" },
};

const { breach: _ignored, ...withoutBreach } = derbyshireAgreement;
void _ignored;
/** The deployed agreement with a breach section (another change adds real ones to agreements/). */
export const WITH_BREACH: Agreement = { ...withoutBreach, breach: BREACH };
export const NO_BREACH: Agreement = { ...withoutBreach };

export const EXCHANGE = derbyshireAgreement.exchanges[0]!;

export const RECORD: SharingRecord = {
  agreement: derbyshireAgreement.id,
  agreementVersion: derbyshireAgreement.version,
  exchange: EXCHANGE.id,
  safeshareVersion: "0.1.0",
  verdict: "warn",
  checkedAt: "2026-11-25T09:59:58.000Z",
  dismissed: [{ finding: "recipient-webmail#1a2b3c4d", rule: "recipient-webmail", reason: "Agreed by telephone with the duty manager" }],
  label: { id: "7f1c2a9e-0000-4000-8000-000000000001", name: "OFFICIAL-SENSITIVE" },
  purpose: { exchange: EXCHANGE.id, text: EXCHANGE.purpose },
  overridden: [{ finding: "protective-marking#0badf00d", rule: "protective-marking", reason: "Marked in the attachment" }],
};

export const SENT_AT = new Date("2026-11-25T10:00:00Z");
/** The original subject: personal data that must never reach the report. */
export const SUBJECT = "Known Persons Check – John Smith DOB 12/03/1985";

export function headersOf(record: SharingRecord): [string, string][] {
  return Object.entries(recordHeaders(record));
}

/** The sender's Sent Items copy: headers and the custom property. */
export function sentCopy(record: SharingRecord = RECORD, extra: Partial<SimulatedReadMessage> = {}): SimulatedReadItem {
  return new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT, to: [{ emailAddress: "starting.point@derbyshire.gov.uk" }], headers: headersOf(record), customProperties: { [RECORD_PROPERTY]: JSON.stringify(record) }, ...extra });
}

/** The recipient's copy: headers only. */
export function receivedCopy(record: SharingRecord = RECORD): SimulatedReadItem {
  return new SimulatedReadItem({ subject: SUBJECT, sentAt: SENT_AT, headers: headersOf(record) });
}
