import type { ComposeItem } from "../../src/outlook/composeItem";
import { onRecipientsChanged } from "../../src/outlook/events";
import { OfficeCallError, officeCall } from "../../src/outlook/officeAsync";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { parseRecipients } from "../../src/preview/recipientsText";

// Compile-time check: Outlook's real compose item satisfies SafeShare's ComposeItem interface.
const realItemFits: (item: Office.MessageCompose) => ComposeItem = (item) => item;
void realItemFits;

describe("readSnapshot", () => {
  it("reads subject, recipients, text body and attachments from a compose item", async () => {
    const item = new SimulatedComposeItem({
      subject: "Known Persons Check – Ref X123456",
      to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk" }],
      cc: [{ emailAddress: "cpsafeguarding@derby.gov.uk" }],
      body: "Line one\nLine <two> & three",
      attachments: [{ name: "report.pdf", size: 1200, contentType: "application/pdf" }],
    });
    const snapshot = await readSnapshot(item);
    expect(snapshot.subject).toBe("Known Persons Check – Ref X123456");
    expect(snapshot.to).toEqual([{ name: "Starting Point", address: "starting.point@derbyshire.gov.uk" }]);
    expect(snapshot.cc).toEqual([{ name: "cpsafeguarding@derby.gov.uk", address: "cpsafeguarding@derby.gov.uk" }]);
    expect(snapshot.bcc).toEqual([]);
    expect(snapshot.body).toContain("Line <two> & three");
    expect(snapshot.attachments).toEqual([{ id: expect.any(String), name: "report.pdf", size: 1200, isInline: false, contentType: "application/pdf" }]);
  });

  it("rejects with the failing call named when Outlook reports an error", async () => {
    const item = new SimulatedComposeItem({ subject: "x" });
    item.body.getAsync = (_type: unknown, a?: unknown, b?: unknown) => {
      const callback = (typeof a === "function" ? a : b) as (r: unknown) => void;
      setTimeout(() => callback({ status: "failed", value: undefined, error: { code: 9002, message: "Internal error" } }), 0);
    };
    await expect(readSnapshot(item)).rejects.toThrow("body.getAsync failed: Internal error");
    await expect(readSnapshot(item)).rejects.toBeInstanceOf(OfficeCallError);
  });

  it("turns a synchronous throw from Office into a rejection", async () => {
    await expect(officeCall("body.setAsync", () => { throw new Error("Data exceeds the limit"); })).rejects.toThrow("body.setAsync failed: Data exceeds the limit");
  });
});

describe("the simulated compose item behaves as Outlook does", () => {
  it("calls back asynchronously, never inside the call", () => {
    const item = new SimulatedComposeItem({ subject: "a" });
    let called = false;
    item.subject.getAsync(() => (called = true));
    expect(called).toBe(false);
  });

  it("throws, rather than calling back, when setAsync gets more than 1,000,000 characters", () => {
    const item = new SimulatedComposeItem();
    expect(() => item.body.setAsync("x".repeat(1_000_001), () => undefined)).toThrow(/1,000,000/);
  });

  it("fires RecipientsChanged when recipients change, and not when only the subject does", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "a@derbyshire.gov.uk" }] });
    const handler = jest.fn();
    await onRecipientsChanged(item, handler);
    item.edit({ subject: "new subject" });
    await new Promise((r) => setTimeout(r, 5));
    expect(handler).not.toHaveBeenCalled();
    item.edit({ to: parseRecipients("Starting Point <starting.point@derbyshire.gov.uk>; b@derby.gov.uk") });
    await new Promise((r) => setTimeout(r, 5));
    expect(handler).toHaveBeenCalledTimes(1);
    expect((await readSnapshot(item)).to.map((r) => r.address)).toEqual(["starting.point@derbyshire.gov.uk", "b@derby.gov.uk"]);
  });
});
