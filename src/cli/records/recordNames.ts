/** The sharing record's names (one list, shared with the Send handler that writes them). */
export { HEADER_AGREEMENT, HEADER_DISMISSED, HEADER_EXCHANGE, HEADER_LABEL, HEADER_PURPOSE, HEADER_VERDICT, HEADER_VERSION, RECORD_PROPERTY } from "../../policy/record/names";
/** Microsoft Purview's own header on labelled mail (not SafeShare's). */
export const HEADER_MSIP_LABELS = "msip_labels";
