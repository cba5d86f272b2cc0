import { readComposeType } from "../../src/outlook/composeType";
import { encodePaneContext, onPaneContextChanged, parsePaneContext, readPaneContext } from "../../src/outlook/paneContext";
import { readSnapshot } from "../../src/outlook/readSnapshot";
import { createSimulatedOffice } from "../../src/preview/simulatedOffice";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

describe("readComposeType (Mailbox 1.10)", () => {
  it("reads reply, forward and new mail from {composeType, coercionType}", async () => {
    for (const type of ["reply", "forward", "newMail"] as const) expect(await readComposeType(new SimulatedComposeItem({}, { composeType: type }), true)).toBe(type);
  });

  it("is not called where the client lacks 1.10 (the caller's isSetSupported) or the method", async () => {
    const item = new SimulatedComposeItem({}, { composeType: "reply" });
    expect(await readComposeType(item, false)).toBeUndefined();
    expect(item.calls).toEqual([]);
    const old = new SimulatedComposeItem({}, { composeType: "reply" });
    createSimulatedOffice({ item: old, mailboxVersion: "1.9" });
    expect((old as unknown as Record<string, unknown>).getComposeTypeAsync).toBeUndefined();
    expect(await readComposeType(old, true)).toBeUndefined();
  });

  it("a failure, a throw, a slow answer or an unknown value is undefined, never a rejection", async () => {
    const failing = new SimulatedComposeItem({}, { composeType: "reply" });
    failing.failNext("getComposeTypeAsync");
    expect(await readComposeType(failing, true)).toBeUndefined();
    const throwing = new SimulatedComposeItem({}, { composeType: "reply" });
    throwing.throwNext("getComposeTypeAsync");
    expect(await readComposeType(throwing, true)).toBeUndefined();
    const slow = new SimulatedComposeItem({}, { composeType: "reply" });
    slow.delay("getComposeTypeAsync", 200);
    expect(await readComposeType(slow, true, 20)).toBeUndefined();
    const odd = { getComposeTypeAsync: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: "succeeded", value: { composeType: "replyAll" } }), 0) };
    expect(await readComposeType(odd as never, true)).toBeUndefined();
    const bare = { getComposeTypeAsync: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: "succeeded", value: "reply" }), 0) };
    expect(await readComposeType(bare as never, true)).toBeUndefined();
  });

  it("readSnapshot carries it only when asked, and a failure does not fail the read", async () => {
    const item = new SimulatedComposeItem({ subject: "RE: x", body: "hi" }, { composeType: "reply" });
    expect((await readSnapshot(item, { composeType: true })).composeType).toBe("reply");
    expect((await readSnapshot(item)).composeType).toBeUndefined();
    item.failNext("getComposeTypeAsync");
    const snapshot = await readSnapshot(item, { composeType: true });
    expect(snapshot.subject).toBe("RE: x");
    expect(snapshot.composeType).toBeUndefined();
  });
});

describe("the pane's opening context", () => {
  it("round-trips a finding, as a string", () => {
    const data = encodePaneContext({ id: "recipient-webmail:cc:a@gmail.com", rule: "recipient-webmail" });
    expect(typeof data).toBe("string");
    expect(parsePaneContext(data)).toEqual({ findingId: "recipient-webmail:cc:a@gmail.com", rule: "recipient-webmail" });
    // Newer Windows builds may hand back the object itself.
    expect(parsePaneContext(JSON.parse(data))).toEqual({ findingId: "recipient-webmail:cc:a@gmail.com", rule: "recipient-webmail" });
  });

  it.each([[""], ["   "], ["{"], ["null"], ["[]"], ["\"text\""], [JSON.stringify({ a: "aValue", b: "bValue" })], [JSON.stringify({ safeshare: "safeshare-open" })], [JSON.stringify({ safeshare: "safeshare-open", finding: 7 })], [undefined], [null], [42]])(
    "%j is no target",
    (data) => {
      expect(parsePaneContext(data)).toBeNull();
    },
  );

  it("reads getInitializationContextAsync where supported; feature-detected and never rejects", async () => {
    const context = encodePaneContext({ id: "f1", rule: "r1" });
    expect(await readPaneContext(new SimulatedComposeItem({}, { initializationContext: context }), true)).toEqual({ findingId: "f1", rule: "r1" });
    expect(await readPaneContext(new SimulatedComposeItem({}, { initializationContext: "" }), true)).toBeNull();
    const unsupported = new SimulatedComposeItem({}, { initializationContext: context });
    expect(await readPaneContext(unsupported, false)).toBeNull();
    expect(unsupported.calls).toEqual([]);
    const old = new SimulatedComposeItem({}, { initializationContext: context });
    createSimulatedOffice({ item: old, mailboxVersion: "1.7" });
    expect(await readPaneContext(old, true)).toBeNull();
    const failing = new SimulatedComposeItem({}, { initializationContext: context });
    failing.throwNext("getInitializationContextAsync");
    expect(await readPaneContext(failing, true)).toBeNull();
  });

  it("InitializationContextChanged (1.15) delivers the new target; on 1.14 the simulated client refuses the event and nothing breaks", async () => {
    const item = new SimulatedComposeItem({});
    createSimulatedOffice({ item, mailboxVersion: "1.15" });
    const seen: unknown[] = [];
    const off = await onPaneContextChanged(item, true, (t) => seen.push(t));
    item.openPaneWith(encodePaneContext({ id: "f2", rule: "r2" }));
    item.openPaneWith("garbage");
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([{ findingId: "f2", rule: "r2" }, null]);
    off();
    expect(item.openPaneWith(encodePaneContext({ id: "f3", rule: "r3" }))).toBe(false);

    const older = new SimulatedComposeItem({});
    createSimulatedOffice({ item: older, mailboxVersion: "1.14" });
    // Even if asked (a wrong requirement answer), the refused registration resolves quietly.
    const offOld = await onPaneContextChanged(older, true, () => undefined);
    expect(older.openPaneWith("x")).toBe(false);
    offOld();
  });
});
