import type { EncryptionResult, EncryptionStatus } from "../attachments/types";
import type { AttachmentInfo } from "../snapshot";
import { findClass } from "../recipients/types";
import { isSecureRoute } from "./secureRoute";
import type { CheckedRecipient, Rule, RuleContext } from "./types";

/**
 * Whom an unprotected attachment would matter for. With case data in the message (or a subject
 * marked OFFICIAL-SENSITIVE, the sender's own word that it is sensitive): every recipient off the
 * secure routes. Without: only personal webmail — a file forwarded to a home address is the
 * classic breach — so an invoice to a supplier or a poster to a venue raises nothing.
 */
function exposedRecipients(context: RuleContext): CheckedRecipient[] {
  const sensitive = context.hasCaseData || context.marked;
  return context.recipients.filter((r) => !isSecureRoute(r.class) && (sensitive || findClass(r.class, "webmail") !== undefined));
}

function isChecked(info: AttachmentInfo): boolean {
  return !info.isInline; // signature images and the like are not files anyone shares
}

/** Whether this rule would look at the files' bytes: an attachment with no known protection
 * status would go to an exposed recipient. The Send check reads bytes only then. */
export function attachmentBytesNeeded(context: RuleContext): boolean {
  if (!context.attachments.some((a) => isChecked(a.info) && !a.encryption)) return false;
  return exposedRecipients(context).length > 0;
}

/** An archive counts as protected only when every file in it is: one open entry can hold it all. */
function statusOf(encryption: EncryptionResult | undefined): EncryptionStatus | "partly-encrypted" {
  if (!encryption) return "unknown";
  const entries = encryption.entries;
  if (encryption.status === "encrypted" && entries && entries.encrypted < entries.total) return "partly-encrypted";
  return encryption.status;
}

export const attachmentEncryption: Rule = {
  id: "attachment-encryption",
  defaultSeverity: "block",
  scope: "message",
  fixes: ["telephone"],
  // Attachments going to anyone not on a secure route must be password-protected, with the password sent another way.
  description: "attachment password",
  clause: "password-protect-attachments",
  needsAgreement: true,
  check(context, report) {
    const exposed = exposedRecipients(context).map((r) => r.recipient.address);
    if (exposed.length === 0) return;
    const who = exposed.length === 1 ? exposed[0] : `${exposed.length} recipients (${exposed.join(", ")})`;
    const are = exposed.length === 1 ? "is" : "are";
    // Without case data only webmail is exposed: a warning, since the file may well hold none.
    const plainSeverity = context.hasCaseData || context.marked ? "block" : "warn";
    for (const attachment of context.attachments) {
      if (!isChecked(attachment.info)) continue;
      const name = attachment.info.name;
      const status = statusOf(attachment.encryption);
      if (status === "partly-encrypted") {
        report({
          key: [name, "partly"],
          severity: plainSeverity,
          field: "attachments",
          attachment: name,
          message: `“${name}” is only partly password-protected (${attachment.encryption ? attachment.encryption.detail : "some files open without the password"}) and would go to ${who}, who ${are} not on a secure route. Protect every file in it, or remove those recipients.`,
        });
      } else if (status === "not-encrypted") {
        report({
          key: [name, "plain"],
          severity: plainSeverity,
          field: "attachments",
          attachment: name,
          message: `“${name}” is not password-protected and would go to ${who}, who ${are} not on a secure route. Protect it with a password, or remove those recipients.`,
        });
      } else if (status === "encrypted") {
        report({
          key: [name, "encrypted"],
          severity: "info",
          field: "attachments",
          attachment: name,
          message: `“${name}” is password-protected. Send the password by another channel, such as a telephone call — never in this e-mail.`,
          fix: { type: "telephone", label: "Send the password by telephone", note: "Telephone the recipient with the password; do not e-mail it." },
        });
      } else {
        report({
          key: [name, "unknown"],
          severity: "warn",
          field: "attachments",
          attachment: name,
          message: `SafeShare could not tell whether “${name}” is password-protected${attachment.encryption ? ` (${attachment.encryption.detail})` : ""}. It would go to ${who}, who ${are} not on a secure route: make sure it is protected.`,
        });
      }
    }
  },
};
