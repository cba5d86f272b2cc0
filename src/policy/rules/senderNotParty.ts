/**
 * A sender whose organisation is party to none of the deployed agreements: say so once, so the
 * silence of the route checks is not read as approval. Information only.
 */
import type { Rule } from "./types";

export const senderNotParty: Rule = {
  id: "sender-not-party",
  defaultSeverity: "info",
  scope: "note",
  fixes: [],
  // Says when the sender is party to none of the deployed agreements, so only the subject, marking, webmail, look-alike and no-agreement checks apply.
  description: "sender's agreements",
  clause: "parties",
  needsAgreement: false,
  check(context, report) {
    if (context.senderParty !== "none") return;
    const sender = context.sender ?? "your address";
    report({
      key: ["sender"],
      field: "agreement",
      message: `${sender} is not an address of any organisation party to the agreements deployed here, so SafeShare checks only the subject, the marking, webmail, look-alike addresses and case data to organisations no agreement names. If your organisation should be a party, tell your information-governance team.`,
    });
  },
};
