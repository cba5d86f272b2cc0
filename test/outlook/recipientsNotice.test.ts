import { readFileSync } from "node:fs";
import path from "node:path";
import { checkRecipients, recipientsRecord } from "../../src/outlook/recipientsCheck";
import { insightNoticeFor, MAX_NOTICE_LENGTH, NOTICE_ICON, noticeFor, RECIPIENTS_NOTICE_KEY, showRecipientsNotice } from "../../src/outlook/recipientsNotice";
import { officeCall } from "../../src/outlook/officeAsync";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { reportOf } from "../support/report";

const NOW = new Date("2026-11-25T10:00:00Z");

describe("recipients notice", () => {
  it("says nothing for clean recipients, informs for warnings, errors for blocks; always within 150 characters", () => {
    expect(noticeFor({ verdict: "pass", outside: 0, findingIds: [] })).toBeNull();
    // Without the body there is no case data yet, so outsiders do not change the verdict; the
    // notification bar still says they are there (it is not a Send dialog).
    expect(noticeFor({ verdict: "pass", outside: 2, findingIds: ["a", "b"] })?.type).toBe("informationalMessage");
    expect(noticeFor({ verdict: "warn", outside: 1, findingIds: ["a"] })).toEqual({
      type: "informationalMessage",
      message: "SafeShare: 1 recipient is outside the agreement's secure addresses. Open SafeShare to check before you send.",
      icon: NOTICE_ICON,
      persistent: false,
    });
    expect(noticeFor({ verdict: "block", outside: 3, findingIds: ["a"] })).toEqual({
      type: "errorMessage",
      message: "SafeShare: 3 recipients would stop this message at Send. Open SafeShare to see why and fix it.",
    });
    for (const n of [1, 99, 100000]) {
      for (const verdict of ["warn", "block"] as const) expect(noticeFor({ verdict, outside: n, findingIds: [] })?.message.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    }
  });

  it("the icon is an image declared in manifest.xml", () => {
    const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(manifest).toContain(`<bt:Image id="${NOTICE_ICON}"`);
  });

  it("shows, replaces and removes one notice under one key; removing when none is shown is fine", async () => {
    const item = new SimulatedComposeItem();
    await showRecipientsNotice(item, null);
    await showRecipientsNotice(item, noticeFor({ verdict: "warn", outside: 1, findingIds: [] }));
    await showRecipientsNotice(item, noticeFor({ verdict: "block", outside: 2, findingIds: [] }));
    expect(item.state.notifications.map((n) => [n.key, n.type])).toEqual([[RECIPIENTS_NOTICE_KEY, "errorMessage"]]);
    await showRecipientsNotice(item, null);
    expect(item.state.notifications).toEqual([]);
  });

  it("counts each flagged recipient once, whatever the number of findings about it", async () => {
    const item = new SimulatedComposeItem({ to: [{ emailAddress: "sam.jones@gmail.com" }, { emailAddress: "Sam.Jones@gmail.com" }, { emailAddress: "someone@example.com" }] });
    const record = await checkRecipients(item, { agreement: derbyshireAgreement, now: NOW });
    expect(record.outside).toBe(2);
    expect(record.verdict).toBe("pass"); // no body read yet, so no case data: outsiders are notes, still counted for the notice
    expect(recipientsRecord(reportOf({ verdict: "pass", findings: [] }))).toEqual({ verdict: "pass", outside: 0, findingIds: [] });
  });
});

describe("the insight form of the recipients notice (Mailbox 1.10)", () => {
  const record = { verdict: "pass" as const, outside: 2, findingIds: [] };

  it("carries one Open SafeShare action that opens the task pane, an icon and no persistent flag", () => {
    expect(insightNoticeFor(record, "SafeShare.OpenPaneButton")).toEqual({
      type: "insightMessage",
      message: "SafeShare: 2 recipients are outside the agreement's secure addresses. Open SafeShare to check before you send.",
      icon: "Icon.16x16",
      actions: [{ actionType: "showTaskPane", actionText: "Open SafeShare", commandId: "SafeShare.OpenPaneButton", contextData: '{"from":"recipients-changed"}' }],
    });
    expect(insightNoticeFor({ ...record, outside: 0 }, "x")).toBeNull();
  });

  it("the simulated item accepts it where the client has 1.10", async () => {
    const item = new SimulatedComposeItem();
    item.limitToMailbox("1.15");
    await showRecipientsNotice(item, insightNoticeFor(record, "SafeShare.OpenPaneButton"), noticeFor(record));
    expect(item.state.notifications.map((n) => n.type)).toEqual(["insightMessage"]);
  });

  it("falls back to the informational message where the client refuses insight messages", async () => {
    const item = new SimulatedComposeItem();
    item.limitToMailbox("1.9");
    await showRecipientsNotice(item, insightNoticeFor(record, "SafeShare.OpenPaneButton"), noticeFor(record));
    expect(item.state.notifications).toEqual([expect.objectContaining({ key: "safeshare-recipients", type: "informationalMessage" })]);
  });

  it("the simulated item holds Outlook's rules: actions only on insight messages, one insight per add-in", async () => {
    const item = new SimulatedComposeItem();
    const insight = insightNoticeFor(record, "SafeShare.OpenPaneButton");
    if (!insight) throw new Error("expected a notice");
    await expect(officeCall("x", (cb) => item.notificationMessages.addAsync("a", { ...insight, type: "informationalMessage" }, cb))).rejects.toThrow(/only allowed on an insight/);
    await expect(officeCall("x", (cb) => item.notificationMessages.addAsync("a", { ...insight, persistent: false }, cb))).rejects.toThrow(/persistent/);
    await officeCall("x", (cb) => item.notificationMessages.addAsync("a", insight, cb));
    await expect(officeCall("x", (cb) => item.notificationMessages.addAsync("b", insight, cb))).rejects.toThrow(/one insight message/);
  });
});
