import type { Rule } from "./types";

/**
 * Says, in the pane only, why SafeShare offers no label to mark a message although the tenant has
 * sensitivity labels: none of them is mapped to OFFICIAL-SENSITIVE (src/policy/marking/labels.ts).
 * Silent when the catalogue is empty or could not be read: then SafeShare works as without labels.
 */
export const sensitivityLabelUnmapped: Rule = {
  id: "sensitivity-label-unmapped",
  defaultSeverity: "info",
  scope: "note",
  fixes: [],
  // Where the organisation's sensitivity labels include none mapped to the protective marking, a message that needs the marking says so.
  description: "sensitivity label",
  clause: "protective-marking",
  needsAgreement: true,
  check(context, report) {
    if (!context.hasCaseData || context.marked || !context.labels || !context.labels.noMatchInCatalogue) return;
    const { marking } = context.agreement;
    report({
      key: [],
      field: "subject",
      message: `None of your organisation's sensitivity labels counts as ${marking.text} for SafeShare, so mark the subject instead. If one should count, ask your IT team to add it to SafeShare's label mapping.`,
    });
  },
};
