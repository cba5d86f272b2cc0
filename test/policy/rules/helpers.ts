import { derbyshireAgreement } from "../../../src/policy/agreement";
import type { Agreement } from "../../../src/policy/agreement/types";
import { checkMessage, type CheckOptions, type Report } from "../../../src/policy/check";
import type { Finding } from "../../../src/policy/rules/types";
import type { AttachmentInfo, Recipient, Snapshot } from "../../../src/policy/snapshot";

/** The shipped agreement with a review date in the future, so lifecycle warnings stay out of the way. */
export const CURRENT_AGREEMENT: Agreement = { ...derbyshireAgreement, reviewDate: "2099-01-01" };

/** Wednesday 25 November 2026, 10:00 in London. */
export const WEDNESDAY = new Date("2026-11-25T10:00:00Z");

function recipients(list: (string | Recipient)[] | undefined): Recipient[] {
  return (list ?? []).map((r) => (typeof r === "string" ? { name: "", address: r } : r));
}

export interface MessageSpec {
  subject?: string;
  body?: string;
  to?: (string | Recipient)[];
  cc?: (string | Recipient)[];
  bcc?: (string | Recipient)[];
  attachments?: AttachmentInfo[];
}

export function snapshot(spec: MessageSpec): Snapshot {
  return {
    subject: spec.subject ?? "",
    body: spec.body ?? "",
    to: recipients(spec.to),
    cc: recipients(spec.cc),
    bcc: recipients(spec.bcc),
    attachments: spec.attachments ?? [],
  };
}

export function check(spec: MessageSpec, options: Partial<CheckOptions> = {}, agreement: Agreement = CURRENT_AGREEMENT): Report {
  return checkMessage(snapshot(spec), agreement, { now: WEDNESDAY, sender: "practitioner@justice.gov.uk", ...options });
}

export function byRule(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** A clean message: reference-only marked subject, no personal data, to a named partner mailbox. */
export const CLEAN: MessageSpec = {
  subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
  body: "Hello,\n\nPlease see the attached request.\n\nThanks",
  to: ["starting.point@derbyshire.gov.uk"],
};
