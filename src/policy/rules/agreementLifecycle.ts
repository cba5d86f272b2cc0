import { londonDate } from "../time/londonDate";
import type { Rule } from "./types";

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

export const agreementLifecycle: Rule = {
  id: "agreement-lifecycle",
  defaultSeverity: "warn",
  scope: "message",
  fixes: [],
  // The agreement in force is within its review date and has not expired.
  description: "agreement review date",
  clause: "review-date",
  needsAgreement: true,
  check(context, report) {
    const { agreement } = context;
    const today = londonDate(context.now).date; // ISO dates compare as strings
    if (agreement.expiryDate && today > agreement.expiryDate) {
      report({
        key: ["expired"],
        field: "agreement",
        message: `“${agreement.title}” expired on ${formatDate(agreement.expiryDate)}. Ask your information-governance team whether sharing under it may continue.`,
      });
      return;
    }
    // No stated review date: nothing for the practitioner to act on (lint tells the IG owner).
    if (agreement.reviewDate !== undefined && today > agreement.reviewDate) {
      // Information, not a warning: an overdue review says nothing about this message, and a
      // warning here would hold every Send in a dialog the practitioner cannot act on. The task
      // pane's header shows it; expiry (above) still warns.
      report({
        key: ["review"],
        severity: "info",
        field: "agreement",
        message: `“${agreement.title}” was due for review on ${formatDate(agreement.reviewDate)}. Check with your information-governance team that it is still in force.`,
      });
    }
  },
};
