/**
 * OnMessageSend (Smart Alerts): check the message against the agreement and tell Outlook to
 * send it, hold it with a Send Anyway choice, or stop it. Never hangs (every read has a
 * deadline), never silently allows on failure, never throws into Outlook, and calls
 * event.completed() exactly once as its last act: classic Outlook keeps running the script
 * afterwards (office-js#6656), so nothing may be left to happen after it.
 */
import { deployedAgreements } from "../policy/agreement";
import { withDeadline } from "../outlook/deadline";
import { READ_DEADLINE_MS, runSendCheck } from "../outlook/sendCheck";
import { buildSharingRecord, stampSharingRecord } from "../outlook/sharingRecord";
import { type ClientSupport, clientSupportOf, NO_OPTIONAL_SUPPORT } from "./clientSupport";
import { completeSafely } from "./complete";
import { describeFailure } from "./failure";
import type { CompletableEvent, OfficeLike } from "./officeLike";
import { decideFailure, decideSend, mayBeSent, type SendOptions } from "./sendDecision";
import { SAFESHARE_VERSION } from "./version";

/** Stamping the record must not push the whole handler past Outlook's 5 seconds. */
export const STAMP_DEADLINE_MS = 1000;

export interface SendHandlerOptions {
  /** The check's clock; now by default. */
  now?: Date;
  readDeadlineMs?: number;
  stampDeadlineMs?: number;
}

async function decide(office: OfficeLike, support: ClientSupport, options: SendHandlerOptions): Promise<SendOptions> {
  const item = office.context.mailbox.item;
  if (!item) throw new Error("Outlook did not provide the message being sent.");
  const profile = office.context.mailbox.userProfile;
  const now = options.now || new Date();
  const { report, state, snapshot } = await runSendCheck(item, {
    agreement: deployedAgreements,
    now,
    sender: profile && profile.emailAddress ? profile.emailAddress : undefined,
    senderName: profile && profile.displayName ? profile.displayName : undefined,
    deadlineMs: options.readDeadlineMs || READ_DEADLINE_MS,
    composeType: support.composeType === true,
    labels: office.context,
  });
  const decision = decideSend(report, support);
  // A sharing record is kept for messages that share case data.
  if (mayBeSent(decision) && report.caseData) {
    const record = buildSharingRecord(report, report.agreement, state.exchangeId, SAFESHARE_VERSION, now, snapshot.sensitivityLabel, state);
    try {
      await withDeadline(stampSharingRecord(item, record, support.internetHeaders), options.stampDeadlineMs || STAMP_DEADLINE_MS, "Stamping the sharing record");
    } catch {
      // The check passed, so the message still goes: a missing record must not stop a message
      // the agreement allows, nor hang Send. (Documented in docs/send-check.md.)
    }
  }
  return decision;
}

export async function handleMessageSend(event: CompletableEvent, office: OfficeLike, options: SendHandlerOptions = {}): Promise<void> {
  let support = NO_OPTIONAL_SUPPORT;
  let decision: SendOptions;
  try {
    support = clientSupportOf(office);
    decision = await decide(office, support, options);
  } catch (error) {
    decision = decideFailure(describeFailure(error), support);
  }
  completeSafely(event, decision);
}
