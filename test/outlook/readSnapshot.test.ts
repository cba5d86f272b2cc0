import type { ComposeItem } from "../../src/outlook/composeItem";
import { onRecipientsChanged } from "../../src/outlook/events";
import { OfficeCallError, officeCall } from "../../src/outlook/officeAsync";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { MAX_DEPTH } from "../../src/policy/html/bodyTexts";
import { htmlToText, SimulatedComposeItem } from "../../src/preview/simulatedItem";
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

  describe("an HTML body read by SafeShare's reader (the hiddenText option)", () => {
    const owaReply =
      '<div>Hello,<br><br>Please could you book the room?<br><br></div><div id="Signature"><p>Gareth Lloyd<br>Probation Officer<br>Tel: 01332 340047</p></div>' +
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Alex Morgan &lt;alex.morgan@justice.gov.uk&gt;<br><b>Sent:</b> 20 November 2026 09:12<br><b>Subject:</b> Room</div>' +
      '<div>Can you sort the room?</div><div style="display:none">NHS 943 476 5919</div>';

    it("makes the reader's visible text the body, with the signature and quoted history as offsets into it", async () => {
      const item = new SimulatedComposeItem({ to: [{ emailAddress: "alex.morgan@justice.gov.uk" }], bodyHtml: owaReply });
      const snapshot = await readSnapshot(item, { hiddenText: true });
      expect(snapshot.body).toBe(
        "Hello,\n\nPlease could you book the room?\n\n\n\nGareth Lloyd\nProbation Officer\nTel: 01332 340047\n\nFrom: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: 20 November 2026 09:12\nSubject: Room\nCan you sort the room?",
      );
      expect(snapshot.hiddenText).toBe("NHS 943 476 5919");
      expect(snapshot.bodyRegions?.map((r) => [r.kind, snapshot.body.slice(r.start, r.end)])).toEqual([
        ["signature", "Gareth Lloyd\nProbation Officer\nTel: 01332 340047"],
        ["quoted", "From: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: 20 November 2026 09:12\nSubject: Room\nCan you sort the room?"],
        ["quote-header", "From: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: 20 November 2026 09:12\nSubject: Room"],
      ]);
      expect(item.calls).toContain("body.getTypeAsync");
    });

    it("keeps Outlook's text as the body, with no regions, without the option", async () => {
      const item = new SimulatedComposeItem({ bodyHtml: owaReply });
      const snapshot = await readSnapshot(item);
      expect(snapshot.body).toBe(htmlToText(owaReply));
      expect(snapshot.body).toContain("NHS 943 476 5919");
      expect(snapshot).not.toHaveProperty("bodyRegions");
      expect(snapshot).not.toHaveProperty("hiddenText");
    });

    it("reads a plain-text body as it is, with no regions", async () => {
      const item = new SimulatedComposeItem({ body: "Hi Tom,\n\n> quoted" }, { bodyFormat: "text" });
      const snapshot = await readSnapshot(item, { hiddenText: true });
      expect(snapshot.body).toBe("Hi Tom,\n\n> quoted");
      expect(snapshot).not.toHaveProperty("bodyRegions");
      expect(snapshot).not.toHaveProperty("hiddenText");
    });

    it("keeps Outlook's text as the body when the reader cannot lay the HTML out (still checked)", async () => {
      const deep = "<div>".repeat(MAX_DEPTH + 5) + '<div id="Signature">Kelly Brennan &amp; Jo</div>' + "</div>".repeat(MAX_DEPTH + 5);
      const item = new SimulatedComposeItem({ bodyHtml: deep });
      const snapshot = await readSnapshot(item, { hiddenText: true });
      expect(snapshot.body).toBe(htmlToText(deep));
      expect(snapshot.body).toContain("Kelly Brennan & Jo");
      expect(snapshot).not.toHaveProperty("bodyRegions");
    });

    it("rejects, naming the call, when the HTML cannot be fetched (never a silent pass)", async () => {
      const item = new SimulatedComposeItem({ bodyHtml: owaReply });
      const getAsync = item.body.getAsync.bind(item.body);
      item.body.getAsync = (type: unknown, a?: unknown, b?: unknown) => {
        const callback = (typeof a === "function" ? a : b) as (r: unknown) => void;
        if (String(type).toLowerCase() === "html") setTimeout(() => callback({ status: "failed", value: undefined, error: { code: 9002, message: "Internal error" } }), 0);
        else getAsync(type as Office.CoercionType, callback);
      };
      await expect(readSnapshot(item, { hiddenText: true })).rejects.toThrow("body.getAsync(html) failed: Internal error");
    });
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
