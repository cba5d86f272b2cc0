/** The header's account of the agreement in force: title, version, review date and whether it is past. */
import type { Agreement } from "../../policy/agreement/types";
import { londonDate } from "../../policy/time/londonDate";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface AgreementSummary {
  title: string;
  version: string;
  /** "26 June 2021"; "none stated" when the agreement gives none. */
  reviewDate: string;
  pastReview: boolean;
}

/** "2021-06-26" → "26 June 2021" (the date as written, no time zone involved). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export function summariseAgreement(agreement: Agreement, now: Date): AgreementSummary {
  return {
    title: agreement.title,
    version: agreement.version,
    reviewDate: agreement.reviewDate !== undefined ? formatIsoDate(agreement.reviewDate) : "none stated",
    // ISO dates compare correctly as strings; no stated date is never "past".
    pastReview: agreement.reviewDate !== undefined && londonDate(now).date > agreement.reviewDate,
  };
}
