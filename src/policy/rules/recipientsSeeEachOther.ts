/**
 * Several personal e-mail addresses together in To and Cc, on a message that tells its readers of
 * their own case ("Attending the programme is a requirement of your order"): each reader sees the
 * others' addresses, and so who else is on a domestic abuse programme, on licence or has a child on
 * a plan. Blocked whoever the message names; the fix moves them to Bcc. Addresses in Bcc already,
 * and messages to one person, are left alone.
 */
import { findClass } from "../recipients/types";
import type { Rule } from "./types";

export const recipientsSeeEachOther: Rule = {
  id: "recipients-see-each-other",
  defaultSeverity: "block",
  // Several personal e-mail addresses together in To and Cc on a message that tells its readers of their own case: each sees who the others are.
  description: "recipients who see each other",
  scope: "message",
  fixes: ["move-to-bcc"],
  clause: "disclose-only-to-entitled",
  needsAgreement: false,
  check(context, report) {
    if (!context.readersToldOfTheirCase) return;
    const personal = context.recipients.filter((r) => r.field !== "bcc" && !!findClass(r.class, "webmail") && !findClass(r.class, "lookalike"));
    if (personal.length < 2) return;
    const addresses = personal.map((r) => r.recipient.address);
    report({
      field: "recipients",
      key: addresses,
      message: `${addresses.length} personal e-mail addresses (${addresses.join(", ")}) are together in To and Cc, and the message tells its readers of their own case: each of them would see who the others are. Put them in Bcc, or write to each separately.`,
      fix: { type: "move-to-bcc", label: "Move them to Bcc", addresses },
    });
  },
};
