import { findingId } from "./findingId";
import { isSecureRoute } from "./secureRoute";
import type { Finding, Rule, RuleContext } from "./types";

export const attachmentEncryption: Rule = {
  id: "attachment-encryption",
  defaultSeverity: "block",
  description: "Attachments going to anyone not on a secure route must be password-protected, with the password sent another way.",
  clause: {
    document: "LLR safeguarding information sharing agreement",
    section: "Appendix A – Information Security Standards",
    text: "If it has to be sent to an insecure email the personal information must be contained within a password protected attachment. Password protecting attachments for sensitive personal data in case it is sent to wrong email address.",
  },
  check(context: RuleContext): Finding[] {
    const insecure = context.recipients.filter((r) => !isSecureRoute(r.class)).map((r) => r.recipient.address);
    if (insecure.length === 0) return [];
    const who = insecure.length === 1 ? insecure[0] : `${insecure.length} recipients (${insecure.join(", ")})`;
    const findings: Finding[] = [];
    for (const attachment of context.attachments) {
      if (attachment.info.isInline) continue; // signature images and the like
      const name = attachment.info.name;
      const base = { rule: this.id, field: "attachments" as const, attachment: name };
      const status = attachment.encryption ? attachment.encryption.status : "unknown";
      if (status === "not-encrypted") {
        findings.push({
          ...base,
          id: findingId(this.id, name, "plain"),
          severity: "block",
          message: `“${name}” is not password-protected and would go to ${who}, who ${insecure.length === 1 ? "is" : "are"} not on a secure route. Protect it with a password, or remove those recipients.`,
        });
      } else if (status === "encrypted") {
        findings.push({
          ...base,
          id: findingId(this.id, name, "encrypted"),
          severity: "info",
          message: `“${name}” is password-protected. Send the password by another channel, such as a telephone call — never in this e-mail.`,
          fix: { type: "telephone", label: "Send the password by telephone", note: "Telephone the recipient with the password; do not e-mail it." },
        });
      } else {
        findings.push({
          ...base,
          id: findingId(this.id, name, "unknown"),
          severity: "warn",
          message: `SafeShare could not tell whether “${name}” is password-protected${attachment.encryption ? ` (${attachment.encryption.detail})` : ""}. It would go to ${who}, who ${insecure.length === 1 ? "is" : "are"} not on a secure route: make sure it is protected.`,
        });
      }
    }
    return findings;
  },
};
