/** Reading a read item's record (src/outlook/readRecord.ts) and opening the report form
 * (src/outlook/reportMistake.ts) on the simulated read item and Office: never rejects. */
import { readItemOf } from "../../src/outlook/readItem";
import { readMessageRecord } from "../../src/outlook/readRecord";
import { MAX_FORM_BODY, openNewMessage } from "../../src/outlook/reportMistake";
import { recordHeaders, RECORD_PROPERTY, type SharingRecord } from "../../src/outlook/sharingRecord";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { SimulatedReadItem } from "../../src/preview/simulatedReadItem";

const RECORD: SharingRecord = { agreement: "a-1", agreementVersion: "2", exchange: "none", safeshareVersion: "0.1.0", verdict: "pass", checkedAt: "2026-11-25T10:00:00.000Z", dismissed: [] };
const headers = Object.entries(recordHeaders(RECORD));
const SENT = new Date("2026-11-25T10:00:00Z");

describe("readItemOf", () => {
  it("tells a read item (subject a string) from a compose item (subject.getAsync)", () => {
    expect(readItemOf({ item: new SimulatedReadItem() })).not.toBeNull();
    expect(readItemOf({ item: new SimulatedComposeItem() })).toBeNull();
    expect(readItemOf({ item: { itemType: "appointment", subject: "x" } })).toBeNull();
    expect(readItemOf(null)).toBeNull();
  });
});

describe("readMessageRecord", () => {
  it("reads the headers and the property, and the sent time from the Date header", async () => {
    const item = new SimulatedReadItem({ sentAt: SENT, headers, customProperties: { [RECORD_PROPERTY]: JSON.stringify(RECORD) } });
    const r = await readMessageRecord(item);
    expect(r).toMatchObject({ status: "read", reading: { status: "ok", record: { source: "headers and property" } }, notes: [] });
    expect(r.sentAt?.toISOString()).toBe(SENT.toISOString());
  });

  it("a slow header read counts as failed after the deadline; with no property that is 'could not read', not 'none'", async () => {
    const item = new SimulatedReadItem({ headers });
    item.delay("getAllInternetHeadersAsync", 300);
    const r = await readMessageRecord(item, 50);
    expect(r).toMatchObject({ status: "failed", reasons: ["the internet headers could not be read: getAllInternetHeadersAsync took longer than 0.1 seconds"] });
  });

  it("a call that throws becomes a reason, and the other source is still read", async () => {
    const item = new SimulatedReadItem({ headers });
    item.throwNext("loadCustomPropertiesAsync", "Host gone");
    const r = await readMessageRecord(item);
    expect(r).toMatchObject({ status: "read", reading: { status: "ok" }, notes: ["the custom property could not be read: loadCustomPropertiesAsync failed: Host gone"] });
  });

  it("a message without any record reads as none", async () => {
    expect(await readMessageRecord(new SimulatedReadItem())).toMatchObject({ status: "read", reading: { status: "none" } });
  });

  it("falls back to dateTimeCreated when the Date header cannot be read", async () => {
    const item = new SimulatedReadItem({ sentAt: SENT });
    // A header section whose Date is unreadable.
    Object.defineProperty(item, "getAllInternetHeadersAsync", { value: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: "succeeded", value: "Date: garbage\r\n" }), 0) });
    const r = await readMessageRecord(item);
    expect(r.sentAt?.toISOString()).toBe(SENT.toISOString());
  });
});

describe("openNewMessage", () => {
  const form = { toRecipients: ["ig@example.gov.uk"], subject: "SafeShare report", htmlBody: "<p>x</p>" };

  it("refuses a body over Outlook's 32 KB limit before calling Outlook", async () => {
    const office = createSimulatedOffice({ item: new SimulatedReadItem() });
    const r = await openNewMessage(office.context.mailbox, { ...form, htmlBody: "x".repeat(MAX_FORM_BODY + 1) });
    expect(r).toEqual({ opened: false, reason: "the message is longer than Outlook's 32 KB limit" });
    expect(office.newMessageForms.calls).toEqual([]);
  });

  it("answers (never rejects) when the async form never calls back", async () => {
    const office = createSimulatedOffice({ item: new SimulatedReadItem() });
    office.context.mailbox.displayNewMessageFormAsync = () => undefined;
    expect(await openNewMessage(office.context.mailbox, form, 50)).toEqual({ opened: false, reason: "displayNewMessageFormAsync took longer than 0.1 seconds" });
  });

  it("the simulated Outlook refuses unknown parameters, as Outlook does", () => {
    const office = createSimulatedOffice({ item: new SimulatedReadItem() });
    expect(() => office.context.mailbox.displayNewMessageForm!({ ...form, importance: "high" } as never)).toThrow("Unknown parameter importance.");
  });
});

describe("SimulatedReadItem", () => {
  it("answers the header section as Outlook does: CRLF and folded long lines", async () => {
    const long = "a#12345678, ".repeat(12).trim().replace(/,$/, "");
    const item = new SimulatedReadItem({ headers: [["X-SafeShare-Dismissed", long]] });
    const text = await new Promise<string>((resolve) => item.getAllInternetHeadersAsync((r: { value: string }) => resolve(r.value)));
    expect(text).toMatch(/\r\nX-SafeShare-Dismissed: a#12345678,[^\r]*\r\n a#12345678/);
    expect(text.split("\r\n").every((line) => line.length <= 78)).toBe(true);
  });

  it("has no getAllInternetHeadersAsync below Mailbox 1.8", () => {
    const office = createSimulatedOffice({ item: new SimulatedReadItem(), mailboxVersion: "1.7" });
    expect(office.context.mailbox.item.getAllInternetHeadersAsync).toBeUndefined();
    expect(office.context.mailbox.displayNewMessageFormAsync).toBeUndefined();
    expect(typeof office.context.mailbox.displayNewMessageForm).toBe("function");
  });
});
