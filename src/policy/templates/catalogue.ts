/**
 * Every template, in the order the task pane lists them (the agreement's order, requests before
 * their responses). Plain data: schema.ts validates it in the tests, so loading this costs nothing.
 */
import { changeInRisk } from "./data/changeInRisk";
import { changeOfAddress } from "./data/changeOfAddress";
import { childProtectionConferenceInvitation } from "./data/childProtectionConferenceInvitation";
import { childProtectionConferenceReport } from "./data/childProtectionConferenceReport";
import { kpcChildrensRequest } from "./data/kpcChildrensRequest";
import { kpcChildrensResponse } from "./data/kpcChildrensResponse";
import { kpcProbationRequest } from "./data/kpcProbationRequest";
import { kpcProbationResponse } from "./data/kpcProbationResponse";
import { recallOrBreach } from "./data/recallOrBreach";
import { riskToChildrenNotification } from "./data/riskToChildrenNotification";
import { sentenceCompletion } from "./data/sentenceCompletion";
import { strategyMeetingInvitation } from "./data/strategyMeetingInvitation";
import { strategyMeetingResponse } from "./data/strategyMeetingResponse";
import type { Template } from "./types";

export const TEMPLATES: readonly Template[] = [
  kpcProbationRequest,
  kpcProbationResponse,
  kpcChildrensRequest,
  kpcChildrensResponse,
  riskToChildrenNotification,
  strategyMeetingInvitation,
  strategyMeetingResponse,
  childProtectionConferenceInvitation,
  childProtectionConferenceReport,
  changeInRisk,
  changeOfAddress,
  recallOrBreach,
  sentenceCompletion,
];

/** The template with this id, or undefined. */
export function templateById(id: string): Template | undefined {
  for (const t of TEMPLATES) if (t.id === id) return t;
  return undefined;
}
