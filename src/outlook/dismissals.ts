/** Dismissing a finding (and undoing it) in the message's state, which the Send check reads too. */
import type { ComposeItem } from "./composeItem";
import { updateMessageState, type MessageState } from "./messageState";

export function dismissFinding(item: ComposeItem, findingId: string, reason: string): Promise<MessageState> {
  return updateMessageState(item, (state) => ({
    ...state,
    dismissals: state.dismissals.filter((d) => d.findingId !== findingId).concat([{ findingId, reason }]),
  }));
}

export function undoDismissal(item: ComposeItem, findingId: string): Promise<MessageState> {
  return updateMessageState(item, (state) => ({ ...state, dismissals: state.dismissals.filter((d) => d.findingId !== findingId) }));
}
