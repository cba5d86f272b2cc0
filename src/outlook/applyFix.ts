/**
 * Applies a finding's one-click fix to the compose item. Every change is computed before the
 * first write, and a failed read leaves the message as it was; the caller shows the error.
 * open-form and telephone change nothing in the message: the pane handles them itself.
 */
import type { ComposeItem, EmailAddressLike, RecipientsField } from "./composeItem";
import { officeCall } from "./officeAsync";
import type { Fix } from "../policy/rules/types";

type Field = "to" | "cc" | "bcc";
const FIELDS: Field[] = ["to", "cc", "bcc"];

function same(a: string | undefined, b: string): boolean {
  return (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();
}

async function setSubject(item: ComposeItem, subject: string): Promise<void> {
  const set = item.subject.setAsync;
  if (!set) throw new Error("This version of Outlook does not let add-ins change the subject.");
  await officeCall<void>("subject.setAsync", (cb) => set.call(item.subject, subject, cb));
}

/** Each field's recipients after `change`, or null where nothing changes. */
async function plannedRecipients(item: ComposeItem, change: (r: EmailAddressLike) => EmailAddressLike[]): Promise<Map<Field, EmailAddressLike[]>> {
  const plan = new Map<Field, EmailAddressLike[]>();
  for (const field of FIELDS) {
    const current = await officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb));
    const next: EmailAddressLike[] = [];
    let changed = false;
    for (const r of current) {
      const replaced = change(r);
      if (replaced.length !== 1 || replaced[0] !== r) changed = true;
      next.push(...replaced);
    }
    if (changed) plan.set(field, next);
  }
  return plan;
}

async function writeRecipients(item: ComposeItem, plan: Map<Field, EmailAddressLike[]>, address: string): Promise<void> {
  if (plan.size === 0) throw new Error(`${address} is no longer among the recipients.`);
  for (const [field, recipients] of plan) {
    const target: RecipientsField = item[field];
    const set = target.setAsync;
    if (!set) throw new Error("This version of Outlook does not let add-ins change recipients.");
    await officeCall<void>(`${field}.setAsync`, (cb) => set.call(target, recipients, cb));
  }
}

/**
 * Applies the mapped sensitivity label (Mailbox 1.13) and, when the fix carries one, the marked
 * subject: the subject first, so that if Outlook refuses the label the subject is put back and
 * the message is as it was.
 */
async function setLabel(item: ComposeItem, labelId: string, subject: string | undefined): Promise<void> {
  const label = item.sensitivityLabel;
  if (!label || typeof label.setAsync !== "function") throw new Error("This version of Outlook does not let add-ins set the sensitivity label.");
  if (subject === undefined) {
    await officeCall<void>("sensitivityLabel.setAsync", (cb) => label.setAsync(labelId, cb));
    return;
  }
  const before = await officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb));
  await setSubject(item, subject);
  try {
    await officeCall<void>("sensitivityLabel.setAsync", (cb) => label.setAsync(labelId, cb));
  } catch (error) {
    await setSubject(item, before).catch(() => undefined);
    throw error;
  }
}

export async function applyFix(item: ComposeItem, fix: Fix): Promise<void> {
  switch (fix.type) {
    case "replace-subject":
    case "add-marking":
      return setSubject(item, fix.subject);
    case "set-label":
      return setLabel(item, fix.labelId, fix.subject);
    case "remove-recipient": {
      const plan = await plannedRecipients(item, (r) => (same(r.emailAddress, fix.address) ? [] : [r]));
      return writeRecipients(item, plan, fix.address);
    }
    case "replace-recipient": {
      const plan = await plannedRecipients(item, (r) => {
        if (!same(r.emailAddress, fix.address)) return [r];
        // Keep a real display name; one that merely repeated the old address would now mislead.
        const keepName = r.displayName && !same(r.displayName, fix.address) && r.displayName.indexOf("@") < 0;
        return [keepName ? { displayName: r.displayName, emailAddress: fix.replacement } : { emailAddress: fix.replacement }];
      });
      return writeRecipients(item, plan, fix.address);
    }
    case "move-to-bcc":
      return moveToBcc(item, fix.addresses);
    case "open-form":
    case "telephone":
      return;
  }
}

/** Moves the given recipients from To and Cc to the end of Bcc: all three fields read first, Bcc
 * written first, so a failure part-way leaves everyone still on the message. */
async function moveToBcc(item: ComposeItem, addresses: readonly string[]): Promise<void> {
  const moving = (r: EmailAddressLike) => addresses.some((a) => same(r.emailAddress, a));
  const current = new Map<Field, EmailAddressLike[]>();
  for (const field of FIELDS) current.set(field, await officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb)));
  const moved = [...(current.get("to") ?? []), ...(current.get("cc") ?? [])].filter(moving);
  if (moved.length === 0) throw new Error(`${addresses.join(", ")} are no longer in To or Cc.`);
  const plan = new Map<Field, EmailAddressLike[]>([["bcc", [...(current.get("bcc") ?? []), ...moved]]]);
  for (const field of ["to", "cc"] as const) {
    const list = current.get(field) ?? [];
    if (list.some(moving)) plan.set(field, list.filter((r) => !moving(r)));
  }
  await writeRecipients(item, plan, addresses.join(", "));
}

/** Whether a fix changes the message (the others are actions for the user). */
export function changesMessage(fix: Fix): boolean {
  return fix.type !== "open-form" && fix.type !== "telephone";
}
