/**
 * OnMessageAttachmentsChanged in the built dist/launchevent.js: each attachment's protection is
 * worked out while composing and kept in sessionData, so the Send handler reads no bytes for it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleZip } from "../../src/preview/sampleFiles";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { fire, loadInJsRuntime, settle } from "./jsRuntime";

const NOW = "2026-11-25T10:00:00Z";
const DOCX = readFileSync(path.join(__dirname, "..", "fixtures", "attachments", "plain.docx"));

describe("attachments changed (dist/launchevent.js in a JavaScript-only context)", () => {
  it("remembers each attachment's protection; Send then reads no bytes and stops the unprotected file", async () => {
    const item = new SimulatedComposeItem({
      subject: "OFFICIAL-SENSITIVE: Report",
      to: [{ emailAddress: "someone@example.com" }],
      body: "Attached.",
      attachments: [{ name: "report.docx", content: new Uint8Array(DOCX) }, { name: "safe.zip", content: sampleZip("a.docx", "x", true) }],
    });
    const { office } = loadInJsRuntime({ item, mailboxVersion: "1.15", now: NOW });
    const changed = await fire(office, "onMessageAttachmentsChangedHandler");
    await settle();
    expect(changed.calls()).toBe(1);
    const stored = JSON.parse(item.state.sessionData.safeshare ?? "{}");
    expect(stored.attachments.map((a: { status: string }) => a.status)).toEqual(["not-encrypted", "encrypted"]);
    expect(JSON.stringify(stored)).not.toContain("report.docx");

    const readsBefore = item.calls.filter((c) => c === "getAttachmentContentAsync").length;
    const sent = await fire(office, "onMessageSendHandler");
    await settle();
    expect(item.calls.filter((c) => c === "getAttachmentContentAsync").length).toBe(readsBefore);
    expect(sent.options?.allowEvent).toBe(false);
    expect(sent.options?.errorMessage).toMatch(/“report\.docx” is not password-protected/);
  });

  it("completes the event even when the attachments cannot be read", async () => {
    const item = new SimulatedComposeItem({ subject: "x", attachments: [{ name: "a.docx", content: new Uint8Array(DOCX) }] });
    item.failNext("getAttachmentsAsync");
    const { office } = loadInJsRuntime({ item, mailboxVersion: "1.15", now: NOW });
    const changed = await fire(office, "onMessageAttachmentsChangedHandler");
    await settle();
    expect(changed.calls()).toBe(1);
    expect(JSON.parse(item.state.sessionData.safeshare ?? "{}").attachments).toBeUndefined();
  });
});
