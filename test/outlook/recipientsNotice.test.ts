import { readFileSync } from "node:fs";
import path from "node:path";
import { checkRecipients, recipientsRecord } from "../../src/outlook/recipientsCheck";
import { MAX_NOTICE_LENGTH, NOTICE_ICON, noticeFor, RECIPIENTS_NOTICE_KEY, showRecipientsNotice } from "../../src/outlook/recipientsNotice";
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
