/** Purview's label names from a message's headers (the sharing record itself is read by
 * src/policy/record/parseRecord.ts, shared with the task pane). */
import { HEADER_MSIP_LABELS } from "./recordNames";
import type { HeaderField } from "../../policy/record/headerFields";

/**
 * The sensitivity label names Microsoft Purview wrote on the message (msip_labels:
 * "MSIP_Label_<GUID>_Name=Official Sensitive; …"), for messages with or without a record.
 * Untrusted like any header: names are cut to printable ASCII and 100 characters.
 */
export function purviewLabelNames(fields: readonly HeaderField[]): string[] {
  const names = new Set<string>();
  for (const f of fields) {
    if (f.name !== HEADER_MSIP_LABELS) continue;
    const re = /MSIP_Label_[0-9a-f-]{36}_Name=([^;]{1,300})/gi;
    for (let m = re.exec(f.value); m && names.size < 10; m = re.exec(f.value)) {
      const name = (m[1] as string).replace(/[^\x20-\x7e]/g, "?").trim().slice(0, 100);
      if (name) names.add(name);
    }
  }
  return [...names];
}
