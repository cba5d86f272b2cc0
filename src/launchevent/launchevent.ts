/**
 * Event-based activation: the Send check (Smart Alerts) and the recipients-changed check.
 *
 * Built by webpack into ONE self-contained ES2016 file, dist/launchevent.js, because classic
 * Outlook on Windows loads it in a JavaScript-only runtime: no DOM, no localStorage, no
 * imports, Office.onReady not called. Handlers are registered with Office.actions.associate
 * under the FunctionName values in manifest.xml.
 *
 * Foundation stage: the handlers are registered and always complete the event. The agreement
 * check at Send arrives with its own issue (Smart Alerts); until then Send is allowed.
 */
import { completeSafely } from "./complete";

export function onMessageSendHandler(event: Office.MailboxEvent): void {
  completeSafely(event, { allowEvent: true });
}

export function onMessageRecipientsChangedHandler(event: Office.MailboxEvent): void {
  completeSafely(event);
}

// In the web runtime office.js defines Office before this file runs; in the JavaScript-only
// runtime Office is a global of the host. Guard anyway so a stray load never throws.
if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
}
