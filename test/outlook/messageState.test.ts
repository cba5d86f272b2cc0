import { choosePurpose, emptyState, giveOverrideReason, MAX_PURPOSE_LENGTH, MAX_REASON_LENGTH, parseMessageState, readMessageState, readMessageStateStrict, STATE_KEY, updateMessageState, writeMessageState } from "../../src/outlook/messageState";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

describe("message state", () => {
  it("round-trips through sessionData", async () => {
    const item = new SimulatedComposeItem();
    expect(await readMessageState(item)).toEqual(emptyState());
    await writeMessageState(item, { exchangeId: "kpc-probation-to-childrens", dismissals: [{ findingId: "f1", reason: "not personal data" }] });
    expect(item.state.sessionData[STATE_KEY]).toContain("kpc-probation-to-childrens");
    expect(await readMessageState(item)).toEqual({ exchangeId: "kpc-probation-to-childrens", dismissals: [{ findingId: "f1", reason: "not personal data" }] });
    const next = await updateMessageState(item, (s) => ({ ...s, dismissals: [] }));
    expect(next.dismissals).toEqual([]);
    expect((await readMessageState(item)).exchangeId).toBe("kpc-probation-to-childrens");
  });

  it("falls back to a saved custom property where sessionData is missing", async () => {
    const item = new SimulatedComposeItem({}, { unsupported: ["sessionData"] });
    const withoutSession = item;
    expect(item.sessionData).toBeUndefined();
    await writeMessageState(withoutSession, { exchangeId: "rtcn1-risk-to-children-notification", dismissals: [] });
    expect(item.state.customProperties[STATE_KEY]).toContain("rtcn1");
    expect((await readMessageState(withoutSession)).exchangeId).toBe("rtcn1-risk-to-children-notification");
  });

  it("drops malformed parts instead of throwing, and caps reasons", () => {
    expect(parseMessageState("{not json")).toEqual(emptyState());
    expect(parseMessageState(42)).toEqual(emptyState());
    const parsed = parseMessageState({ exchangeId: 7, dismissals: [{ findingId: "a", reason: "x".repeat(500) }, { findingId: "b" }, "junk"], recipients: { verdict: "maybe" } });
    expect(parsed.exchangeId).toBeUndefined();
    expect(parsed.dismissals).toHaveLength(1);
    expect(parsed.dismissals[0]?.reason).toHaveLength(MAX_REASON_LENGTH);
    expect(parsed.recipients).toBeUndefined();
  });

  it("keeps the chosen purpose (setting the exchange too) and override reasons through sessionData", async () => {
    const item = new SimulatedComposeItem();
    await writeMessageState(item, { exchangeId: "kpc-probation-to-childrens", dismissals: [{ findingId: "f1", reason: "not personal data" }] });
    await choosePurpose(item, { exchangeId: "rtcn1-risk-to-children-notification", text: "For probation services to inform children's services." });
    await giveOverrideReason(item, "marking-missing:subject", "  Marked by   the label ");
    await giveOverrideReason(item, "reply-added:x", "Asked for by the manager");
    const state = await readMessageState(item);
    expect(state.exchangeId).toBe("rtcn1-risk-to-children-notification");
    expect(state.purpose).toEqual({ exchangeId: "rtcn1-risk-to-children-notification", text: "For probation services to inform children's services." });
    expect(state.overrides).toEqual([
      { findingId: "marking-missing:subject", reason: "Marked by   the label" },
      { findingId: "reply-added:x", reason: "Asked for by the manager" },
    ]);
    // Dismissals are untouched: a reason to send anyway is not a dismissal.
    expect(state.dismissals).toEqual([{ findingId: "f1", reason: "not personal data" }]);
    // A second reason for the same warning replaces the first; an empty one removes it.
    await giveOverrideReason(item, "marking-missing:subject", "Checked with IG");
    await giveOverrideReason(item, "reply-added:x", " ");
    expect((await readMessageState(item)).overrides).toEqual([{ findingId: "marking-missing:subject", reason: "Checked with IG" }]);
  });

  it("ignores a malformed purpose or override list, and reads old state without them", () => {
    const old = parseMessageState(JSON.stringify({ exchangeId: "kpc-probation-to-childrens", dismissals: [] }));
    expect(old).toEqual({ exchangeId: "kpc-probation-to-childrens", dismissals: [] });
    for (const purpose of ["kpc", { exchangeId: "Not An Id!" }, { exchangeId: "kpc-probation-to-childrens" }, { exchangeId: 4, text: "x" }, { exchangeId: "a".repeat(200), text: "x" }, null]) {
      expect(parseMessageState({ dismissals: [], purpose }).purpose).toBeUndefined();
    }
    const parsed = parseMessageState({ dismissals: [], purpose: { exchangeId: "kpc-probation-to-childrens", text: "p".repeat(2000) }, overrides: [{ findingId: "a", reason: "" }, { findingId: 3, reason: "r" }, "junk", { findingId: "b", reason: "y".repeat(500) }] });
    expect(parsed.purpose?.text).toHaveLength(MAX_PURPOSE_LENGTH);
    expect(parsed.overrides).toEqual([{ findingId: "b", reason: "y".repeat(MAX_REASON_LENGTH) }]);
    expect(parseMessageState({ dismissals: [], overrides: "nope" }).overrides).toBeUndefined();
  });

  it("rejects, naming the call, when Outlook refuses to store it", async () => {
    const item = new SimulatedComposeItem();
    item.failNext("sessionData.setAsync", { code: 9057, name: "SessionObjectMaxLengthExceeded", message: "too long" });
    await expect(writeMessageState(item, emptyState())).rejects.toThrow("sessionData.setAsync failed: too long");
  });
});

describe("message state reads", () => {
  it("never overwrites stored dismissals when the read fails", async () => {
    const item = new SimulatedComposeItem();
    await writeMessageState(item, { dismissals: [{ findingId: "f1", reason: "recipient confirmed by telephone" }] });
    item.failNext("sessionData.getAllAsync", { message: "busy" });
    await expect(updateMessageState(item, (s) => ({ ...s, exchangeId: "x" }))).rejects.toThrow("sessionData.getAllAsync failed: busy");
    expect((await readMessageState(item)).dismissals).toHaveLength(1);
  });

  it("gives the empty state to tolerant readers when Outlook fails", async () => {
    const item = new SimulatedComposeItem();
    await writeMessageState(item, { exchangeId: "x", dismissals: [] });
    item.failNext("sessionData.getAllAsync");
    expect(await readMessageState(item)).toEqual(emptyState());
  });

  it("reads through Outlook's '{}' string answer for an empty store", async () => {
    const item = new SimulatedComposeItem();
    expect(await readMessageStateStrict(item)).toEqual(emptyState());
  });

  it("treats a sessionData object without methods as missing (office-js#4154)", async () => {
    const item = new SimulatedComposeItem();
    Object.defineProperty(item, "sessionData", { value: {} });
    await writeMessageState(item, { exchangeId: "kpc-probation-to-childrens", dismissals: [] });
    expect(item.state.customProperties[STATE_KEY]).toContain("kpc-probation-to-childrens");
    expect((await readMessageState(item)).exchangeId).toBe("kpc-probation-to-childrens");
  });
});
