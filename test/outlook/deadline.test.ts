import { decodeBase64 } from "../../src/outlook/base64";
import { DeadlineError, withDeadline } from "../../src/outlook/deadline";
import { MAX_ATTACHMENT_BYTES } from "../../src/outlook/attachmentBytes";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

describe("withDeadline", () => {
  afterEach(() => jest.useRealTimers());

  it("passes a prompt answer through and clears its timer", async () => {
    jest.useFakeTimers();
    const answer = withDeadline(Promise.resolve(42), 1000, "Reading");
    await expect(answer).resolves.toBe(42);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("rejects with a DeadlineError naming what was slow, and ignores the late answer", async () => {
    jest.useFakeTimers();
    let late: (v: number) => void = () => undefined;
    const answer = withDeadline(new Promise<number>((resolve) => (late = resolve)), 3000, "Reading the message");
    jest.advanceTimersByTime(3000);
    await expect(answer).rejects.toThrow(new DeadlineError("Reading the message", 3000));
    await expect(answer).rejects.toThrow("Reading the message took longer than 3 seconds");
    late(1); // no effect, no throw
  });

  it("passes a rejection through", async () => {
    await expect(withDeadline(Promise.reject(new Error("no")), 1000, "x")).rejects.toThrow("no");
  });
});

describe("decodeBase64 (no atob in the JavaScript-only runtime)", () => {
  it("decodes what Buffer encodes, padded or not, with line breaks", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      const encoded = Buffer.from(bytes).toString("base64");
      expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(bytes));
      expect(Array.from(decodeBase64(encoded.replace(/=+$/, "").replace(/(.{76})/g, "$1\r\n")))).toEqual(Array.from(bytes));
    }
  });

  it("says where a bad character is", () => {
    expect(() => decodeBase64("QUJD$")).toThrow('Not base64: character "$" at offset 4');
  });
});

describe("readSnapshot with hidden text", () => {
  it("keeps what an HTML body hides, and reads no HTML for a plain-text body", async () => {
    const html = new SimulatedComposeItem({ bodyHtml: "<p>Hello</p><!-- old draft: Jane Doe --><span style=\"color:#fff\">secret</span>" });
    const snapshot = await readSnapshot(html, { hiddenText: true });
    expect(snapshot.hiddenText).toContain("old draft: Jane Doe");
    expect(snapshot.hiddenText).toContain("secret");
    expect(snapshot.body).not.toContain("Jane Doe");
    expect((await readSnapshot(html)).hiddenText).toBeUndefined();
    const text = new SimulatedComposeItem({ body: "Hello <!-- not a comment -->" }, { bodyFormat: "text" });
    const plain = await readSnapshot(text, { hiddenText: true });
    expect(plain.hiddenText).toBeUndefined();
    expect(text.calls.filter((c) => c === "body.getAsync")).toHaveLength(1);
  });

  it("a failed HTML read fails the read (the hidden text must not be skipped silently)", async () => {
    const item = new SimulatedComposeItem({ bodyHtml: "<p>Hello</p>" });
    item.failNext("body.getTypeAsync");
    await expect(readSnapshot(item, { hiddenText: true })).rejects.toThrow("body.getTypeAsync failed");
  });
});

describe("readSnapshot with attachment content", () => {
  it("adds the bytes of file attachments only when asked, skipping inline and oversized ones", async () => {
    const item = new SimulatedComposeItem({
      attachments: [
        { name: "a.pdf", content: new Uint8Array([37, 80, 68, 70]) },
        { name: "logo.png", isInline: true, content: new Uint8Array([1]) },
        { name: "huge.zip", size: MAX_ATTACHMENT_BYTES + 1, content: new Uint8Array([2]) },
      ],
    });
    const plain = await readSnapshot(item);
    expect(plain.attachments.every((a) => a.content === undefined)).toBe(true);
    const withBytes = await readSnapshot(item, { attachmentContent: true });
    expect(Array.from(withBytes.attachments[0]?.content ?? [])).toEqual([37, 80, 68, 70]);
    expect(withBytes.attachments[1]?.content).toBeUndefined();
    expect(withBytes.attachments[2]?.content).toBeUndefined();
  });

  it("an attachment slower than its deadline keeps no content; the others keep theirs", async () => {
    const item = new SimulatedComposeItem({ attachments: [{ name: "a.pdf", content: new Uint8Array([1, 2]) }] });
    item.delay("getAttachmentContentAsync", 200);
    const snapshot = await readSnapshot(item, { attachmentContent: true, attachmentDeadlineMs: 20 });
    expect(snapshot.attachments[0]?.content).toBeUndefined();
    const patient = await readSnapshot(item, { attachmentContent: true, attachmentDeadlineMs: 5000 });
    expect(Array.from(patient.attachments[0]?.content ?? [])).toEqual([1, 2]);
  });

  it("an attachment Outlook will not give keeps no content rather than failing the read", async () => {
    const item = new SimulatedComposeItem({ attachments: [{ name: "a.pdf", content: new Uint8Array([1, 2]) }] });
    item.failNext("getAttachmentContentAsync");
    const snapshot = await readSnapshot(item, { attachmentContent: true });
    expect(snapshot.attachments[0]?.content).toBeUndefined();
  });
});
