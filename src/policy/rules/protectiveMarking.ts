import { labelDisplayName } from "../marking/labels";
import { withMarking } from "./marking";
import type { Fix, Rule, RuleContext } from "./types";
import { sensitiveClause } from "./wording";

/** The marking fix: the mapped sensitivity label where the tenant's catalogue has one (with the
 * subject prefix too, unless the deployment chose the label alone), else the subject prefix. */
function markingFix(context: RuleContext): Fix {
  const { marking } = context.agreement;
  const subject = withMarking(context.snapshot.subject, marking);
  const label = context.labels && context.labels.available;
  if (!label || !context.labels) return { type: "add-marking", label: `Add ${marking.text}`, subject };
  const name = labelDisplayName(label);
  if (context.labels.mapping.fix === "label") return { type: "set-label", label: `Apply label ${name}`, labelId: label.id, labelName: name };
  return { type: "set-label", label: `Apply label and add ${marking.text}`, labelId: label.id, labelName: name, subject };
}

export const protectiveMarking: Rule = {
  id: "protective-marking",
  defaultSeverity: "warn",
  scope: "message",
  fixes: ["add-marking", "set-label"],
  // A message holding case data, quoting a message that was marked, or marked with a misspelling carries the protective marking at the start of its subject (after any RE:/FW: prefixes), or a sensitivity label the deployment maps to it.
  description: "protective marking",
  clause: "protective-marking",
  // Runs for a sender party to no deployed agreement too: the marking is the Government Security
  // Classifications one every UK public body uses (NO_AGREEMENT carries it), and case data sent
  // unmarked, or with the marking misspelt, is a lapse whoever sends it.
  needsAgreement: false,
  check(context, report) {
    if (!(context.hasCaseData || context.threadMarked || context.misspeltMarking) || context.marked) return;
    const { marking } = context.agreement;
    const label = context.labels && context.labels.available;
    // Without case data found, the reason is the writer's own declaration: a misspelt marking,
    // or an earlier message in the thread that was marked.
    const why = !context.hasCaseData && context.misspeltMarking ? "This subject's marking is misspelt, so gateways and readers will not see it" : sensitiveClause(context);
    report({
      key: [],
      field: "subject",
      message: label
        ? `${why}, so it should be marked ${marking.text}: apply the “${labelDisplayName(label)}” label or start the subject with ${marking.text}.`
        : `${why}, so its subject should start with ${marking.text}.`,
      fix: markingFix(context),
    });
  },
};
