/** Whose data is it: case data versus contact details (see roles.ts and the README). */
export { assignRoles, allCaseData, isCaseData } from "./roles";
export { setAsideGroups, setAsideLabel, setAsideLine, setAsideWhy } from "./setAside";
export type { RoledSpan, SetAsideGroup, SetAsideReason, SpanRole } from "./types";
