/**
 * Inserts a rendered template into the message being written: the body at the cursor (HTML, or
 * the plain-text alternative when the message is plain text), the subject, and a note of the
 * exchange in the message state so the Send check and the route rule know what is being sent.
 *
 * Never throws, and a failure leaves the message as it was. The calls are ordered so that the
 * one change that cannot be undone (inserting into the body) comes last:
 *   1. read the body type, the subject and the stored state (reads change nothing);
 *   2. store the exchange id (undone by writing the old state back);
 *   3. set the subject (undone by setting the old subject back);
 *   4. insert the body.
 * If step 3 or 4 fails, the earlier steps are undone before the error is returned.
 *
 * Runs in the task pane, but lives in outlook/: ES2016 built-ins only.
 */
import type { ComposeItem } from "./composeItem";
import { readMessageState, writeMessageState, type MessageState } from "./messageState";
import { officeCall } from "./officeAsync";

export interface RenderedForInsert {
  subject: string;
  html: string;
  text: string;
}

export type InsertTemplateResult = { ok: true; format: "html" | "text" } | { ok: false; error: string };

// Office.CoercionType values: the enum is only defined once office.js has loaded.
const HTML = "html" as Office.CoercionType;
const TEXT = "text" as Office.CoercionType;
const EXCHANGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNCHANGED = "The message has not been changed.";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function inputProblem(rendered: RenderedForInsert, exchangeId: string): string | undefined {
  if (!rendered || typeof rendered !== "object") return "there is no rendered template to insert";
  for (const key of ["subject", "html", "text"] as const) {
    if (typeof rendered[key] !== "string" || rendered[key].trim() === "") return `the rendered template has no ${key}`;
  }
  if (typeof exchangeId !== "string" || !EXCHANGE_ID.test(exchangeId)) return `"${String(exchangeId).slice(0, 60)}" is not an exchange id`;
  return undefined;
}

async function bodyFormat(item: ComposeItem): Promise<"html" | "text"> {
  const getType = item.body.getTypeAsync;
  // Every Outlook since Mailbox 1.1 has getTypeAsync; without it, text is the safe choice.
  if (!getType) return "text";
  const type = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => getType.call(item.body, cb));
  return String(type).toLowerCase() === "html" ? "html" : "text";
}

/** Best-effort undo; reports what it could not put back. */
async function undo(item: ComposeItem, state: MessageState, subject: string | undefined): Promise<string> {
  const problems: string[] = [];
  if (subject !== undefined) {
    const setSubject = item.subject.setAsync;
    try {
      if (!setSubject) throw new Error("subject.setAsync is missing");
      await officeCall<void>("subject.setAsync", (cb) => setSubject.call(item.subject, subject, cb));
    } catch (error) {
      problems.push(`The subject could not be put back (${messageOf(error)}); it was: "${subject}".`);
    }
  }
  try {
    await writeMessageState(item, state);
  } catch {
    // The state is SafeShare's own note, not part of the message; a stale exchange id is re-checked at Send.
  }
  return problems.length > 0 ? problems.join(" ") : UNCHANGED;
}

/** Inserts `rendered` at the cursor, sets the subject and records `exchangeId`; never throws. */
export async function insertTemplate(item: ComposeItem, rendered: RenderedForInsert, exchangeId: string): Promise<InsertTemplateResult> {
  try {
    const problem = inputProblem(rendered, exchangeId);
    if (problem) return { ok: false, error: `The template cannot be inserted: ${problem}. ${UNCHANGED}` };
    const setSubject = item.subject.setAsync;
    const insert = item.body.setSelectedDataAsync;
    if (!setSubject || !insert) return { ok: false, error: `This version of Outlook cannot insert text into the message. ${UNCHANGED}` };

    let format: "html" | "text";
    let oldSubject: string;
    let oldState: MessageState;
    try {
      format = await bodyFormat(item);
      oldSubject = await officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb));
      oldState = await readMessageState(item);
    } catch (error) {
      return { ok: false, error: `Outlook could not read the message (${messageOf(error)}). ${UNCHANGED}` };
    }

    try {
      await writeMessageState(item, { ...oldState, exchangeId });
    } catch (error) {
      return { ok: false, error: `Outlook could not store which exchange this message is (${messageOf(error)}). ${UNCHANGED}` };
    }

    try {
      await officeCall<void>("subject.setAsync", (cb) => setSubject.call(item.subject, rendered.subject, cb));
    } catch (error) {
      return { ok: false, error: `Outlook could not set the subject (${messageOf(error)}). ${await undo(item, oldState, undefined)}` };
    }

    try {
      const data = format === "html" ? rendered.html : rendered.text;
      await officeCall<void>("body.setSelectedDataAsync", (cb) => insert.call(item.body, data, { coercionType: format === "html" ? HTML : TEXT }, cb));
    } catch (error) {
      return { ok: false, error: `Outlook could not insert the template into the body (${messageOf(error)}). ${await undo(item, oldState, oldSubject)}` };
    }
    return { ok: true, format };
  } catch (error) {
    return { ok: false, error: `The template could not be inserted (${messageOf(error)}).` };
  }
}
