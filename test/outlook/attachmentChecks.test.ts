import { readFileSync } from "node:fs";
import path from "node:path";
import { AttachmentBytesCache, attachmentKey, MAX_ATTACHMENT_BYTES, readAttachmentBytes, withAttachmentBytes } from "../../src/outlook/attachmentBytes";
import { checkAttachmentsNow, checkRecords, judgedAttachments, rememberAttachmentChecks, withRememberedChecks } from "../../src/outlook/attachmentChecks";
import { checkMessage } from "../../src/policy/check";
import { parseMessageState, readMessageState } from "../../src/outlook/messageState";
import { runSendCheck } from "../../src/outlook/sendCheck";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { sampleZip } from "../../src/preview/sampleFiles";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

const NOW = new Date("2026-11-25T10:00:00Z");
const DOCX = readFileSync(path.join(__dirname, "..", "fixtures", "attachments", "plain.docx"));
const OUTSIDE = { subject: "OFFICIAL-SENSITIVE: Report", to: [{ emailAddress: "someone@example.com" }], body: "Attached." };

describe("one attachment reader", () => {
  it("reads bytes once per attachment id and size, and gives null for what it cannot read", async () => {
    const item = new SimulatedComposeItem({ ...OUTSIDE, attachments: [{ name: "a.docx", content: new Uint8Array(DOCX) }] });
    expect(await withAttachmentBytes(item, [])).toEqual([]);
    const list = await new Promise<{ id: string; name: string; size: number; isInline: boolean }[]>((resolve) => item.getAttachmentsAsync((r: { value: never[] }) => resolve(r.value)));
    const cache = new AttachmentBytesCache();
    const first = await cache.read(item, list[0] as never);
    const second = await cache.read(item, list[0] as never);
    expect(first?.length).toBe(DOCX.length);
    expect(second).toBe(first);
    expect(item.calls.filter((c) => c === "getAttachmentContentAsync")).toHaveLength(1);
    expect(await readAttachmentBytes(item, { id: "x", name: "big", size: MAX_ATTACHMENT_BYTES + 1, isInline: false })).toBeNull();
    item.failNext("getAttachmentContentAsync");
    expect(await readAttachmentBytes(item, list[0] as never)).toBeNull();
    expect(attachmentKey({ id: "a", size: 3 })).toBe("a|3");
  });
});

describe("attachment checks done before Send", () => {
  it("keeps only the verdict (no file name), keyed by id and size; unknown results are not kept", () => {
    const records = checkRecords([
      { id: "1", name: "secret-name.docx", size: DOCX.length, isInline: false, content: new Uint8Array(DOCX) },
      { id: "2", name: "x.bin", size: 3, isInline: false },
    ]);
    expect(records).toEqual([expect.objectContaining({ key: `1|${DOCX.length}`, status: "not-encrypted", format: expect.any(String), detail: expect.any(String) })]);
    expect(JSON.stringify(records)).not.toContain("secret-name");
  });

  it("a remembered check applies only while the id and size match", () => {
    const state = parseMessageState({ dismissals: [], attachments: [{ key: "1|10", status: "encrypted", format: "zip", detail: "All 1 file is encrypted.", entries: { total: 1, encrypted: 1 } }] });
    const [same, resized] = withRememberedChecks(
      [
        { id: "1", name: "a.zip", size: 10, isInline: false },
        { id: "1", name: "a.zip", size: 11, isInline: false },
      ],
      state,
    );
    expect(same?.encryption).toEqual({ status: "encrypted", format: "zip", detail: "All 1 file is encrypted.", entries: { total: 1, encrypted: 1 } });
    expect(resized?.encryption).toBeUndefined();
  });

  it("stored state that is malformed is dropped, never thrown", () => {
    const state = parseMessageState({ dismissals: [], attachments: [{ key: 1 }, { key: "a", status: "maybe", format: "zip", detail: "" }, "x", { key: "b|1", status: "not-encrypted", format: "pdf", detail: "d" }] });
    expect(state.attachments).toEqual([{ key: "b|1", status: "not-encrypted", format: "pdf", detail: "d" }]);
  });

  it("checkAttachmentsNow (OnMessageAttachmentsChanged) remembers each attachment; Send then reads no bytes and gives the same verdict", async () => {
    const message = { ...OUTSIDE, attachments: [{ name: "report.docx", content: new Uint8Array(DOCX) }, { name: "safe.zip", content: sampleZip("a.docx", "x", true) }] };
    const fresh = new SimulatedComposeItem(message);
    const cold = await runSendCheck(fresh, { agreement: derbyshireAgreement, now: NOW });
    expect(fresh.calls).toContain("getAttachmentContentAsync");

    const item = new SimulatedComposeItem(message);
    await checkAttachmentsNow(item, 1000);
    expect((await readMessageState(item)).attachments?.map((a) => a.status)).toEqual(["not-encrypted", "encrypted"]);
    const before = item.calls.length;
    const warm = await runSendCheck(item, { agreement: derbyshireAgreement, now: NOW });
    expect(item.calls.slice(before)).not.toContain("getAttachmentContentAsync");
    expect(warm.report.verdict).toBe(cold.report.verdict);
    expect(warm.report.findings.map((f) => f.id)).toEqual(cold.report.findings.map((f) => f.id));
    expect(warm.report.verdict).toBe("block"); // the unprotected .docx to an outsider under a marked subject
  });

  it("rememberAttachmentChecks writes only when something changed, and drops removed attachments", async () => {
    const item = new SimulatedComposeItem({ ...OUTSIDE });
    const a = { id: "1", name: "a.docx", size: DOCX.length, isInline: false, content: new Uint8Array(DOCX) };
    await rememberAttachmentChecks(item, [a]);
    const writes = () => item.calls.filter((c) => /setAsync|saveAsync/.test(c)).length;
    const after = writes();
    await rememberAttachmentChecks(item, [a]);
    expect(writes()).toBe(after);
    await rememberAttachmentChecks(item, []);
    expect((await readMessageState(item)).attachments).toBeUndefined();
  });

  it("the pane remembers what checkMessage judged, without judging the bytes again", async () => {
    const item = new SimulatedComposeItem({ ...OUTSIDE });
    const info = { id: "1", name: "a.docx", size: DOCX.length, isInline: false, content: new Uint8Array(DOCX) };
    const report = checkMessage({ subject: OUTSIDE.subject, body: OUTSIDE.body, to: [{ name: "", address: "someone@example.com" }], cc: [], bcc: [], attachments: [info] }, derbyshireAgreement, { now: NOW });
    const judged = judgedAttachments(report.attachments);
    expect(judged[0]?.encryption?.status).toBe("not-encrypted");
    await rememberAttachmentChecks(item, judged, await readMessageState(item));
    expect((await readMessageState(item)).attachments).toEqual(checkRecords([info]));
  });
});
