/** The preview's sample messages: each shows one thing SafeShare checks. */
import { sampleZip } from "./sampleFiles";
import type { SimulatedMessage } from "./simulatedItem";

export interface Scenario {
  id: string;
  name: string;
  /** What to look for in the pane. */
  description: string;
  message: SimulatedMessage;
  /** The preview's clock for this scenario (ISO instant); the real time when absent. */
  now?: string;
  /** How the message was started (getComposeTypeAsync); new mail when absent. */
  composeType?: "reply" | "forward";
  /** The tenant uses sensitivity labels (the sample catalogue, src/preview/simulatedLabels.ts),
   * with this label's GUID applied ("" for none); the catalogue is disabled when absent. */
  sensitivityLabel?: string;
}

const STARTING_POINT = { displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "clean-kpc",
    name: "Clean: KPC to Starting Point",
    description: "A reference-only subject, the marking, a named mailbox and a password-protected attachment: nothing to fix (on a weekday), only a note that the agreement is past its review date.",
    message: {
      subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
      to: [STARTING_POINT],
      body: "Hello,\n\nPlease see the attached Known Persons Check request for case X123456. The password follows by telephone.\n\nThanks",
      attachments: [{ name: "kpc-request-X123456.zip", contentType: "application/zip", content: sampleZip("kpc-request.docx", "request", true) }],
    },
  },
  {
    id: "name-in-subject",
    name: "Name in subject",
    description: "The subject names the person and their date of birth: SafeShare blocks it and offers a reference-only subject.",
    message: {
      subject: "KPC request for John Smith DOB 12/03/1985",
      to: [STARTING_POINT],
      body: "Hello,\n\nPlease can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station Street, Chesterfield S40 1AA.\n\nThanks",
    },
  },
  {
    id: "lookalike-domain",
    name: "Look-alike domain",
    description: "derbyshlre.gov.uk (an l for the i) looks like derbyshire.gov.uk: SafeShare flags it and suggests the right address.",
    message: {
      subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
      to: [{ emailAddress: "starting.point@derbyshlre.gov.uk" }],
      body: "Hello,\n\nPlease see the attached request for case X123456.\n\nThanks",
    },
  },
  {
    id: "buxton-monday",
    name: "Buxton on a Monday",
    description: "The Buxton probation mailbox is read Tuesday to Thursday only; the preview's clock is set to a Monday.",
    message: {
      subject: "OFFICIAL-SENSITIVE: Known Persons Check response – Ref X123456",
      to: [{ displayName: "Derbyshire West NPS", emailAddress: "midlandsnps.derbyshirewest@justice.gov.uk" }],
      body: "Hello,\n\nOur response to the Known Persons Check for case X123456 is attached.\n\nThanks",
    },
    now: "2026-11-23T10:00:00Z",
  },
  {
    id: "webmail-attachment",
    name: "Webmail with attachment",
    description: "A copy to a personal Gmail address, with an unprotected risk assessment attached.",
    message: {
      subject: "OFFICIAL-SENSITIVE: Risk assessment – Ref X123456",
      to: [STARTING_POINT],
      cc: [{ displayName: "Sam Jones", emailAddress: "sam.jones@gmail.com" }],
      body: "Hello,\n\nThe risk assessment for Jane Doe, born 04/05/1990, is attached.\n\nThanks",
      attachments: [{ name: "risk-assessment.docx", contentType: DOCX, content: sampleZip("word/document.xml", "<w:document/>") }],
    },
  },
  {
    id: "signature-and-thread",
    name: "Signature and quoted thread",
    description:
      "An ordinary reply to a training venue: your signature, the greeting and a quoted thread between colleagues hold names, an office address and phone numbers, but no case data. Nothing to fix: the pane's “Set aside” line shows what it read and why it did not count.",
    message: {
      subject: "RE: Room for the January training",
      to: [{ displayName: "Derby Training Bookings", emailAddress: "bookings@derbytraining.co.uk" }],
      body:
        "Hi Sophie,\n\nThanks, Tuesday 14 January suits us. The attendees will be Tom Fletcher, Claire Bennett and me.\n\nKind regards\n\n" +
        "Alex Morgan (she/her)\nProbation Officer | Chesterfield Probation Office\nThe Probation Service, 1 Brewery Street, Chesterfield S41 7UJ\nTel: 01246 276761 | Mobile: 07700 933101\nalex.morgan@justice.gov.uk\n\n" +
        "-----Original Message-----\nFrom: Sophie Turner <bookings@derbytraining.co.uk>\nSent: 20 November 2026 09:12\nTo: Morgan, Alex <alex.morgan@justice.gov.uk>\nSubject: Room for the January training\n\n" +
        "Hello Alex,\n\nWe can offer the large room on Tuesday 14 or Thursday 16 January. Which would you prefer?\n\nBest wishes\n\nSophie Turner\nBookings Coordinator\n01332 555 010",
    },
  },
  {
    id: "reply-added-recipient",
    name: "Reply with an added recipient",
    description:
      "A reply to Starting Point about a case, with a colleague at another council added in Cc who was not on the message being answered: the pane names them as added, and because the reply holds case data they are also a finding.",
    composeType: "reply",
    message: {
      subject: "RE: OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
      to: [STARTING_POINT],
      cc: [{ displayName: "Pat Green", emailAddress: "pat.green@nottinghamshire.gov.uk" }],
      body:
        "Hello,\n\nThe Known Persons Check for Amelia Edwards (DOB 02/02/2020) is attached to the case record: no concerns found.\n\nThanks\n\n" +
        "-----Original Message-----\nFrom: Starting Point <starting.point@derbyshire.gov.uk>\nSent: 20 November 2026 09:12\nTo: Practitioner, Sam <sam.practitioner@justice.gov.uk>\nSubject: OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456\n\n" +
        "Please can you complete the Known Persons Check for case X123456?",
    },
  },
  {
    id: "labelled-kpc",
    name: "Labelled: OFFICIAL-SENSITIVE label, plain subject",
    description:
      "Case data to Starting Point with the OFFICIAL-SENSITIVE/Personal sensitivity label and no subject prefix: the label is the marking, so nothing to fix. The tenant has the sample labels (Public, OFFICIAL, OFFICIAL-SENSITIVE with Personal and Commercial).",
    sensitivityLabel: "6f1a2c10-0000-4000-8000-000000000004",
    message: {
      subject: "Known Persons Check – Ref X123456",
      to: [STARTING_POINT],
      body: "Hello,\n\nPlease can you complete a Known Persons Check for Amelia Edwards (DOB 02/02/2020) of 22 Station Street, Chesterfield S40 1AA.\n\nThanks",
    },
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
