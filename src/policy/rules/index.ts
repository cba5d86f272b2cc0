/** Every rule, in the order their findings are listed when severities tie. */
import { agreementLifecycle } from "./agreementLifecycle";
import { attachmentEncryption } from "./attachmentEncryption";
import { bodySecureRoute } from "./bodySecureRoute";
import { exchangeRoute } from "./exchangeRoute";
import { hiddenPersonalData } from "./hiddenPersonalData";
import { mailboxSchedule } from "./mailboxSchedule";
import { partnerDissolved } from "./partnerDissolved";
import { personalDataFound } from "./personalDataFound";
import { protectiveMarking } from "./protectiveMarking";
import { recipientAddedToReply } from "./recipientAddedToReply";
import { recipientDisplayNameMismatch } from "./recipientDisplayNameMismatch";
import { recipientInvalid } from "./recipientInvalid";
import { recipientLookalike } from "./recipientLookalike";
import { recipientOutsideAgreement } from "./recipientOutsideAgreement";
import { recipientOutsideEveryAgreement } from "./recipientOutsideEveryAgreement";
import { recipientRetiredFormat } from "./recipientRetiredFormat";
import { recipientsSeeEachOther } from "./recipientsSeeEachOther";
import { recipientWebmail } from "./recipientWebmail";
import { senderNotParty } from "./senderNotParty";
import { sensitivityLabelUnmapped } from "./sensitivityLabelUnmapped";
import { subjectPersonalData } from "./subjectPersonalData";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  subjectPersonalData,
  bodySecureRoute,
  hiddenPersonalData,
  recipientLookalike,
  recipientDisplayNameMismatch,
  recipientInvalid,
  recipientWebmail,
  recipientOutsideAgreement,
  recipientOutsideEveryAgreement,
  recipientRetiredFormat,
  recipientAddedToReply,
  recipientsSeeEachOther,
  partnerDissolved,
  mailboxSchedule,
  exchangeRoute,
  attachmentEncryption,
  protectiveMarking,
  sensitivityLabelUnmapped,
  agreementLifecycle,
  senderNotParty,
  personalDataFound,
];

/** The rules that can change the verdict (the Send check runs these: notes never change it). */
export const VERDICT_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope !== "note");

/** The rules judged from the recipients alone (run whenever the recipients change). */
export const RECIPIENT_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope === "recipients");

export type { ClauseId, Finding, FindingDraft, FindingField, Fix, FixType, Rule, ReplyContext, RuleContext, RuleScope, Severity, Verdict } from "./types";
