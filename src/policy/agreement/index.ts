/**
 * Public surface of the agreement model for run-time code (task pane, Send handler, rules).
 * Nothing here imports zod: the deployed agreements are trusted as Agreements because the build
 * validates every file (scripts/agreements/) and a test parses the shipped ones with the schema.
 * To validate an agreement from outside, import parseAgreement from "./validate" (CLI, tests) —
 * never from the Send path.
 */
import { DEPLOYED_AGREEMENTS } from "./deployment";
import type { Agreement } from "./types";

/** Every agreement of this deployment (agreements/*.json, or $SAFESHARE_AGREEMENTS at build). */
export const deployedAgreements: readonly Agreement[] = DEPLOYED_AGREEMENTS;

export const DERBYSHIRE_AGREEMENT_ID = "derbyshire-probation-childrens-services";

/** The one agreement of a set that run-time code checks against for now: the Derbyshire one when
 * the set has it, else the first (choosing per sender and recipient is a later change); undefined
 * only for an empty set, which the build and the CLI refuse. */
export function defaultAgreementOf(agreements: readonly Agreement[]): Agreement | undefined {
  return agreements.find((a) => a.id === DERBYSHIRE_AGREEMENT_ID) ?? agreements[0];
}

/** The default agreement of this deployment. */
export const defaultAgreement: Agreement = defaultAgreementOf(deployedAgreements) as Agreement;

/** The Derbyshire probation / children's services agreement, with the LLR channel rules (the
 * default agreement; kept under this name for its callers). */
export const derbyshireAgreement: Agreement = defaultAgreement;

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
export { citeClause, NO_CLAUSE_TEXT } from "./clauses";
export type { CitedClause } from "./clauses";
export { domainOf, isIsoDate, isMailboxAddress, isMailDomain, isWithinDomain } from "./formats";
export { describeDays, hasRestrictedSchedule, isMonitoredOn, monitoredDaysOf, weekdayName, WORKING_DAYS } from "./schedule";
export { formatRoutingTable, routingRows } from "./routingTable";
export type { RoutingRow } from "./routingTable";
