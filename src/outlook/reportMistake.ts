/**
 * Opens Outlook's new-message form with a report already written (Office.context.mailbox.
 * displayNewMessageFormAsync, Mailbox 1.9, where the client has it; else displayNewMessageForm,
 * Mailbox 1.6). Both throw when a parameter is too long or unknown; the async one can also fail
 * through its callback. Never rejects: the pane shows what went wrong and the report's text
 * stays on screen for the user to copy.
 */
import { withDeadline } from "./deadline";
import { officeCall } from "./officeAsync";
import type { NewMessageForm, ReadMailboxLike } from "./readItem";

/** Outlook's documented limits on MessageForm (Mailbox 1.6): subject 255 characters, body 32 KB,
 * at most 100 recipients per field. */
export const MAX_FORM_SUBJECT = 255;
export const MAX_FORM_BODY = 32 * 1024;
export const MAX_FORM_RECIPIENTS = 100;

/** How long to wait for displayNewMessageFormAsync to answer. */
export const OPEN_FORM_DEADLINE_MS = 10_000;

export type OpenFormResult = { opened: true } | { opened: false; reason: string };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Refuses a form Outlook would refuse, with a reason, before calling it. */
function tooBig(form: NewMessageForm): string | null {
  if (form.subject.length > MAX_FORM_SUBJECT) return `the subject is longer than ${MAX_FORM_SUBJECT} characters`;
  if (form.htmlBody.length > MAX_FORM_BODY) return `the message is longer than Outlook's ${MAX_FORM_BODY / 1024} KB limit`;
  if (form.toRecipients.length > MAX_FORM_RECIPIENTS) return `more than ${MAX_FORM_RECIPIENTS} recipients`;
  return null;
}

export async function openNewMessage(mailbox: ReadMailboxLike | null | undefined, form: NewMessageForm, ms = OPEN_FORM_DEADLINE_MS): Promise<OpenFormResult> {
  const problem = tooBig(form);
  if (problem) return { opened: false, reason: problem };
  try {
    const openAsync = mailbox ? mailbox.displayNewMessageFormAsync : undefined;
    const open = mailbox ? mailbox.displayNewMessageForm : undefined;
    const parameters: NewMessageForm = { toRecipients: form.toRecipients.slice(), subject: form.subject, htmlBody: form.htmlBody };
    if (mailbox && typeof openAsync === "function") {
      await withDeadline(
        officeCall<void>("displayNewMessageFormAsync", (cb) => openAsync.call(mailbox, parameters, cb)),
        ms,
        "displayNewMessageFormAsync",
      );
      return { opened: true };
    }
    if (mailbox && typeof open === "function") {
      open.call(mailbox, parameters);
      return { opened: true };
    }
    return { opened: false, reason: "this version of Outlook cannot open a new message from an add-in" };
  } catch (error) {
    return { opened: false, reason: reason(error) };
  }
}
