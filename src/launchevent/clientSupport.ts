/**
 * Which optional Smart Alerts and item features this Outlook supports, read once per event from
 * Office.context.requirements. Every option SafeShare passes to event.completed is chosen from
 * this, never assumed: an older client given an option it does not know may reject the call.
 */
import type { OfficeLike } from "./officeLike";

export interface ClientSupport {
  /** Mailbox 1.14: sendModeOverride (PromptUser), cancelLabel and commandId. */
  promptUser: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
  /** Mailbox 1.8: item.internetHeaders. */
  internetHeaders: boolean;
  /** Mailbox 1.10: item.getComposeTypeAsync (replies and forwards). Optional so older callers
   * and tests that build a ClientSupport by hand keep compiling; absent means unsupported. */
  composeType?: boolean;
  /** Mailbox 1.10: insight notification messages with an action (web, Windows, Mac). */
  insight?: boolean;
}

export const NO_OPTIONAL_SUPPORT: ClientSupport = { promptUser: false, markdown: false, internetHeaders: false };

export function clientSupportOf(office: OfficeLike): ClientSupport {
  const requirements = office.context.requirements;
  const has = (version: string): boolean => {
    try {
      return requirements.isSetSupported("Mailbox", version) === true;
    } catch {
      return false;
    }
  };
  return { promptUser: has("1.14"), markdown: has("1.15"), internetHeaders: has("1.8"), composeType: has("1.10"), insight: has("1.10") };
}
