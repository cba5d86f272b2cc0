/**
 * What the Send handler tells Outlook: the event.completed() options for a check's verdict, or
 * for a check that could not run. Pure (no Office), so every branch is tested directly.
 *
 * - pass: allow.
 * - warn: where Mailbox 1.14 is supported, hold the message with the warnings and let the user
 *   choose Send Anyway (sendModeOverride PromptUser) or open SafeShare; on 1.12/1.13, which
 *   cannot offer Send Anyway, allow (a warning must not trap the user under SoftBlock).
 * - block: stop, with the worst findings first; "Fix in SafeShare" opens the task pane (1.14)
 *   at the worst finding: contextData names it (src/outlook/paneContext.ts).
 * - failure: stop under the manifest's SoftBlock mode with "SafeShare could not check this
 *   message: …" — never a silent allow, never a hang.
 */
import type { Report } from "../policy/check";
import type { Finding } from "../policy/rules/types";
import { encodePaneContext } from "../outlook/paneContext";
import type { ClientSupport } from "./clientSupport";
import { blockParts, type DialogParts, failureParts, markdownText, plainText, warnParts } from "./dialogText";

/** The id of the task pane button's <Control> in manifest.xml (commandId must name it). */
export const TASK_PANE_COMMAND_ID = "SafeShare.OpenPaneButton";
/** Outlook allows at most 20 characters. */
export const FIX_LABEL = "Fix in SafeShare";
export const OPEN_LABEL = "Open SafeShare";
/** Office.MailboxEnums.SendModeOverride.PromptUser, by value (the JavaScript-only runtime may
 * not define the enum). */
export const PROMPT_USER = "promptUser";

export type SendOptions = Office.SmartAlertsEventCompletedOptions;

function stop(parts: DialogParts, support: ClientSupport, label: string, first?: Finding): SendOptions {
  const options: SendOptions = { allowEvent: false, errorMessage: plainText(parts) };
  if (support.markdown) options.errorMessageMarkdown = markdownText(parts);
  if (support.promptUser) {
    options.cancelLabel = label;
    options.commandId = TASK_PANE_COMMAND_ID;
    // contextData (1.14) is only read with a commandId; a string, as Windows before 2402 requires.
    if (first) options.contextData = encodePaneContext(first);
  }
  return options;
}

/** The worst finding of a severity (checkMessage sorts worst first): where the pane opens. */
function firstOf(report: Report, severity: Finding["severity"]): Finding | undefined {
  return report.findings.find((f) => f.severity === severity);
}

export function decideSend(report: Report, support: ClientSupport): SendOptions {
  if (report.verdict === "block") return stop(blockParts(report.findings), support, FIX_LABEL, firstOf(report, "block"));
  if (report.verdict === "warn" && support.promptUser) {
    const options = stop(warnParts(report.findings, true), support, FIX_LABEL, firstOf(report, "warn"));
    options.sendModeOverride = PROMPT_USER as Office.MailboxEnums.SendModeOverride;
    return options;
  }
  return { allowEvent: true };
}

/** The check could not run (an Office call failed or timed out, or the code threw). */
export function decideFailure(reason: string, support: ClientSupport): SendOptions {
  return stop(failureParts(reason), support, OPEN_LABEL);
}

/** Whether these options let the message go now (so the sharing record must be stamped first)
 * or may let it go at the user's word (Send Anyway). */
export function mayBeSent(options: SendOptions): boolean {
  return options.allowEvent === true || options.sendModeOverride === PROMPT_USER;
}
