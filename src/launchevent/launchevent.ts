/**
 * Event-based activation: the Send check (Smart Alerts), the recipients-changed check and the
 * attachments-changed check (work done before Send).
 *
 * Built by webpack into ONE self-contained ES2016 file, dist/launchevent.js, because classic
 * Outlook on Windows loads it in a JavaScript-only runtime: no DOM, no localStorage, no
 * imports, Office.onReady not called. Handlers are registered with Office.actions.associate
 * under the FunctionName values in manifest.xml; they are thin wrappers that hand the global
 * Office to the handlers (which the preview page also calls with its simulated Office).
 */
import { completeSafely } from "./complete";
import type { OfficeLike } from "./officeLike";
import { handleMessageSend } from "./onMessageSend";
import { handleRecipientsChanged } from "./onRecipientsChanged";
import { handleAttachmentsChanged } from "./onAttachmentsChanged";
import { handleSensitivityLabelChanged } from "./onSensitivityLabelChanged";
import { decideFailure } from "./sendDecision";
import { NO_OPTIONAL_SUPPORT } from "./clientSupport";

function globalOffice(): OfficeLike {
  return Office as unknown as OfficeLike;
}

export function onMessageSendHandler(event: Office.MailboxEvent): void {
  handleMessageSend(event, globalOffice()).catch(() => {
    // handleMessageSend does not reject; this is the last guard against a hang.
    completeSafely(event, decideFailure("an internal error occurred.", NO_OPTIONAL_SUPPORT));
  });
}

export function onMessageRecipientsChangedHandler(event: Office.MailboxEvent): void {
  handleRecipientsChanged(event, globalOffice()).catch(() => completeSafely(event));
}

export function onMessageAttachmentsChangedHandler(event: Office.MailboxEvent): void {
  handleAttachmentsChanged(event, globalOffice()).catch(() => completeSafely(event));
}

export function onSensitivityLabelChangedHandler(event: Office.MailboxEvent): void {
  handleSensitivityLabelChanged(event, globalOffice()).catch(() => completeSafely(event));
}

// In the web runtime office.js defines Office before this file runs; in the JavaScript-only
// runtime Office is a global of the host. Guard anyway so a stray load never throws.
if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onMessageAttachmentsChangedHandler", onMessageAttachmentsChangedHandler);
  Office.actions.associate("onSensitivityLabelChangedHandler", onSensitivityLabelChangedHandler);
}
