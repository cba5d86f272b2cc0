/** The Send handler's copy of the agreements leaves out only what the Send path never reads. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { messageFromJson } from "../../../src/cli/messageInput";
import { unwrapLabelled } from "../../../src/cli/scanCommand";
import { deployedAgreements } from "../../../src/policy/agreement";
import { sendCopyOf } from "../../../src/policy/agreement/sendCopy";
import { checkMessage } from "../../../src/policy/check";
import { VERDICT_RULES } from "../../../src/policy/rules";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "messages");

function messages(file: string) {
  return readFileSync(path.join(FIXTURES, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => messageFromJson(unwrapLabelled(JSON.parse(l))))
    .map((r) => {
      if (!r.ok) throw new Error(r.error);
      return r.message;
    });
}

describe("the Send copy of the agreements", () => {
  const sendSet = deployedAgreements.map(sendCopyOf);

  it("leaves out templates, notes, information lists, the breach section and clauses, and keeps routes, schedules, purposes and retired domains' notes", () => {
    const derbyshire = sendSet[0];
    expect(derbyshire?.templates).toBeUndefined();
    expect(derbyshire?.source.note).toBeUndefined();
    expect(sendSet.every((a) => a.channelRules.length === 0 && a.breach === undefined)).toBe(true);
    expect(deployedAgreements.some((a) => a.breach !== undefined)).toBe(true);
    const retired = (set: readonly (typeof sendSet)[number][]) => set.flatMap((a) => a.partners.flatMap((p) => p.domains.filter((d) => d.status === "retired").map((d) => d.note)));
    expect(retired(sendSet)).toEqual(retired(deployedAgreements));
    expect(sendSet.flatMap((a) => a.partners.flatMap((p) => p.domains.filter((d) => d.status === "active" && d.note !== undefined)))).toEqual([]);
    for (const a of sendSet) {
      expect([a.source.note, a.marking.note]).toEqual([undefined, undefined]);
      expect(a.partners.flatMap((p) => [p.notes, ...p.mailboxes.map((m) => m.notes)]).filter((n) => n !== undefined)).toEqual([]);
      expect(a.exchanges.flatMap((e) => [e.notes, ...e.routes.filter((r) => r.kind !== "telephone").map((r) => r.notes)]).filter((n) => n !== undefined)).toEqual([]);
      expect(a.exchanges.every((e) => e.information.length === 0)).toBe(true);
    }
    expect(derbyshire?.exchanges.map((e) => [e.id, e.purpose, e.routes.length])).toEqual(deployedAgreements[0]?.exchanges.map((e) => [e.id, e.purpose, e.routes.length]));
    const buxton = derbyshire?.partners.flatMap((p) => p.mailboxes).find((m) => m.address === "midlandsnps.derbyshirewest@justice.gov.uk");
    expect(buxton?.monitoredDays).toEqual([2, 3, 4]);
  });

  it.each(["tuning.jsonl", "tuning3.jsonl", "tuning5.jsonl"])("gives the Send check the same findings as the full set on %s", (file) => {
    for (const m of messages(file)) {
      const options = { now: m.sentAt ?? new Date("2026-11-25T10:00:00Z"), rules: VERDICT_RULES, ...(m.sender ? { sender: m.sender } : {}) };
      const full = checkMessage(m.snapshot, deployedAgreements, options);
      const send = checkMessage(m.snapshot, sendSet, options);
      expect({ id: m.id, findings: send.findings }).toEqual({ id: m.id, findings: full.findings });
    }
  });
});
