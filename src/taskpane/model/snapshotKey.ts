/**
 * A cheap fingerprint of what a check depends on, so the poll re-checks only when something
 * changed. The body is included in full: comparing strings is far cheaper than a check.
 */
import type { Snapshot } from "../../policy/snapshot";

export function snapshotKey(snapshot: Snapshot, extra: string): string {
  const people = (list: Snapshot["to"]) => list.map((r) => `${r.name}<${r.address}>`).join(",");
  const files = snapshot.attachments.map((a) => `${a.id}:${a.name}:${a.size}`).join(",");
  const label = snapshot.sensitivityLabel ? snapshot.sensitivityLabel.id : "";
  return [snapshot.subject, people(snapshot.to), people(snapshot.cc), people(snapshot.bcc), files, extra, label, snapshot.body, snapshot.hiddenText ?? ""].join("\u0000");
}
