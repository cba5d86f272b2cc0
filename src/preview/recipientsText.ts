import type { SimulatedRecipient } from "./simulatedItem";

/** "Name <a@b>; c@d" as typed in the preview's To/Cc boxes → recipients (and back). */
export function parseRecipients(text: string): SimulatedRecipient[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const angle = /^(.*?)<([^<>]+)>\s*$/.exec(part);
      if (angle) {
        const name = (angle[1] ?? "").trim().replace(/^"|"$/g, "");
        const address = (angle[2] ?? "").trim();
        return name ? { displayName: name, emailAddress: address } : { emailAddress: address };
      }
      return { emailAddress: part };
    });
}

export function formatRecipients(recipients: SimulatedRecipient[] | undefined): string {
  return (recipients ?? []).map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}
