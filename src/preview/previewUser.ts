/**
 * Who the preview signs in as (Office.context.mailbox.userProfile). Agreements apply by the
 * sender's organisation, so a deployment built from another agreement folder
 * (SAFESHARE_AGREEMENTS) needs a sender at one of its parties:
 * "preview.html?sender=alex.officer@northmoor.example.police.uk&senderName=Alex Officer".
 * Without the parameter the preview is Sam Practitioner at the Probation Service.
 */
export interface PreviewUser {
  emailAddress: string;
  displayName: string;
}

export const DEFAULT_PREVIEW_USER: PreviewUser = { emailAddress: "sam.practitioner@justice.gov.uk", displayName: "Sam Practitioner" };

/** One plain address: something@domain.tld, no spaces or angle brackets. */
const PLAIN_ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The user a page query asks for, or the default with the reason it was not used. */
export function previewUserOf(search: string): { user: PreviewUser; problem?: string } {
  const query = new URLSearchParams(search);
  const sender = query.get("sender")?.trim();
  if (!sender) return { user: DEFAULT_PREVIEW_USER };
  if (!PLAIN_ADDRESS.test(sender)) {
    return { user: DEFAULT_PREVIEW_USER, problem: `?sender=${sender} is not a plain e-mail address (name@domain); the preview signs in as ${DEFAULT_PREVIEW_USER.emailAddress}.` };
  }
  const name = query.get("senderName")?.trim();
  return { user: { emailAddress: sender.toLowerCase(), displayName: name || sender.slice(0, sender.indexOf("@")) } };
}
