import { addressClassOf } from "../recipients/types";
import { recipientRule } from "./recipientRule";

export const partnerDissolved = recipientRule({
  id: "partner-dissolved",
  defaultSeverity: "warn",
  fixes: [],
  // A recipient belongs to a partner that no longer exists; its work has moved elsewhere.
  description: "dissolved partner",
  clause: "partner-dissolved",
  needsAgreement: true,
  judge(checked, context) {
    const where = addressClassOf(checked.class);
    const partner = where.kind === "partner-mailbox" || where.kind === "partner-domain" || where.kind === "retired-format" ? where.partner : undefined;
    if (!partner || partner.lifecycle.status !== "dissolved") return null;
    const lifecycle = partner.lifecycle;
    const movedTo = lifecycle.functionsMovedTo ? context.agreement.partners.find((p) => p.id === lifecycle.functionsMovedTo) : undefined;
    return {
      message: `${checked.recipient.address} belongs to ${partner.name}, dissolved on ${lifecycle.on}.${movedTo ? ` Its work moved to ${movedTo.name}: send there instead.` : ""}`,
    };
  },
});
