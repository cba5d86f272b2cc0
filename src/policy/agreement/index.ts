/**
 * Public surface of the agreement model for run-time code (task pane, Send handler, rules).
 * Nothing here imports zod: the shipped JSON is trusted as an Agreement because a test parses it
 * with the schema (test/policy/agreement/derbyshire.test.ts). To validate an agreement from
 * outside, import parseAgreement from "./validate" (CLI, tests) — never from the Send path.
 */
import derbyshireJson from "./data/derbyshire.json";
import type { Agreement } from "./types";

/** The Derbyshire probation / children's services agreement, with the LLR channel rules. */
export const derbyshireAgreement: Agreement = derbyshireJson as Agreement;

export type {
  Agreement,
  AgreementProblem,
  ChannelRule,
  Exchange,
  Lifecycle,
  Mailbox,
  Marking,
  OnlineFormRoute,
  ParseAgreementResult,
  Partner,
  PartnerDomain,
  PartnerKind,
  Route,
  RouteKind,
  SecureEmailRoute,
  TelephoneRoute,
  Timescale,
} from "./types";
export { domainOf, isIsoDate, isMailboxAddress, isMailDomain, isWithinDomain } from "./formats";
export { describeDays, hasRestrictedSchedule, isMonitoredOn, monitoredDaysOf, weekdayName, WORKING_DAYS } from "./schedule";
export { formatRoutingTable, routingRows } from "./routingTable";
export type { RoutingRow } from "./routingTable";
