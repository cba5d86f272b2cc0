/**
 * Reads the sharing record of a message open for reading: its internet headers (Mailbox 1.8,
 * getAllInternetHeadersAsync) and the `safeshareRecord` custom property (Mailbox 1.1), each
 * within a deadline, both parsed by the same strict reader as `safeshare records`
 * (policy/record/parseRecord.ts). Never rejects: every failure becomes a result the pane can
 * show.
 *
 * Fails closed: when a source could not be read and the other holds no record, the answer is
 * "could not read", never "no record" (the unread source may hold one).
 */
import { headerFields, type HeaderField } from "../policy/record/headerFields";
import { RECORD_PROPERTY } from "../policy/record/names";
import { readSharingRecord, type RecordReading } from "../policy/record/parseRecord";
import type { CustomPropertiesLike } from "./composeItem";
import { withDeadline } from "./deadline";
import { officeCall } from "./officeAsync";
import type { ReadItem } from "./readItem";

/** Each read may take this long before it counts as failed. */
export const READ_RECORD_DEADLINE_MS = 5000;

export type ReadRecordResult =
  | {
      status: "read";
      reading: RecordReading;
      /** When the message was sent (its Date header, else the item's creation time); null if unknown. */
      sentAt: Date | null;
      /** A source that could not be read while the other gave a record (shown beside it). */
      notes: string[];
    }
  | { status: "failed"; reasons: string[]; sentAt: Date | null };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readHeaders(item: ReadItem, ms: number): Promise<{ fields: HeaderField[] } | { failed: string }> {
  const get = item.getAllInternetHeadersAsync;
  if (typeof get !== "function") return { failed: "this version of Outlook cannot read a message's internet headers (Mailbox 1.8)" };
  try {
    const text = await withDeadline(
      officeCall<string>("getAllInternetHeadersAsync", (cb) => get.call(item, cb)),
      ms,
      "getAllInternetHeadersAsync",
    );
    return { fields: headerFields(typeof text === "string" ? text : "") };
  } catch (error) {
    return { failed: `the internet headers could not be read: ${reason(error)}` };
  }
}

/** The property as the reader takes it: JSON text (SafeShare stores a JSON string). */
async function readProperty(item: ReadItem, ms: number): Promise<{ json?: string } | { failed: string }> {
  const load = item.loadCustomPropertiesAsync;
  if (typeof load !== "function") return {};
  try {
    const props = await withDeadline(
      officeCall<CustomPropertiesLike>("loadCustomPropertiesAsync", (cb) => load.call(item, cb)),
      ms,
      "loadCustomPropertiesAsync",
    );
    const value = props.get(RECORD_PROPERTY);
    if (value === undefined || value === null) return {};
    return { json: typeof value === "string" ? value : JSON.stringify(value) };
  } catch (error) {
    return { failed: `the custom property could not be read: ${reason(error)}` };
  }
}

/** The message's own Date header, else the item's creation time. */
function sentAtOf(fields: readonly HeaderField[], item: ReadItem): Date | null {
  const date = fields.find((f) => f.name === "date");
  const parsed = date ? Date.parse(date.value) : NaN;
  if (!Number.isNaN(parsed)) return new Date(parsed);
  let created: unknown;
  try {
    created = item.dateTimeCreated;
  } catch {
    return null;
  }
  return created instanceof Date && !Number.isNaN(created.getTime()) ? created : null;
}

export async function readMessageRecord(item: ReadItem, ms = READ_RECORD_DEADLINE_MS): Promise<ReadRecordResult> {
  try {
    const [headers, property] = await Promise.all([readHeaders(item, ms), readProperty(item, ms)]);
    const fields = "fields" in headers ? headers.fields : [];
    const json = "json" in property ? property.json : undefined;
    const failures = ["failed" in headers ? headers.failed : null, "failed" in property ? property.failed : null].filter((f): f is string => f !== null);
    const sentAt = sentAtOf(fields, item);
    const reading = readSharingRecord(fields, json);
    // Nothing found but a source unread: the record may be in it.
    if (reading.status === "none" && failures.length > 0) return { status: "failed", reasons: failures, sentAt };
    return { status: "read", reading, sentAt, notes: failures };
  } catch (error) {
    return { status: "failed", reasons: [`the record could not be read: ${reason(error)}`], sentAt: null };
  }
}
