/**
 * The agreement's TypeScript types, inferred from the zod schema. Type-only imports are erased
 * at build time, so run-time code can use these without bundling zod.
 */
import type { z } from "zod";
import type {
  AgreementSchema,
  BreachSchema,
  ChannelRuleSchema,
  ExchangeSchema,
  LifecycleSchema,
  MailboxSchema,
  MarkingSchema,
  OnlineFormRouteSchema,
  PartnerDomainSchema,
  PartnerSchema,
  RouteSchema,
  SecureEmailRouteSchema,
  TelephoneRouteSchema,
  TimescaleSchema,
} from "./schema";

export type Agreement = z.infer<typeof AgreementSchema>;
export type Breach = z.infer<typeof BreachSchema>;
export type Marking = z.infer<typeof MarkingSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type PartnerKind = Partner["kind"];
export type PartnerDomain = z.infer<typeof PartnerDomainSchema>;
export type Lifecycle = z.infer<typeof LifecycleSchema>;
export type Mailbox = z.infer<typeof MailboxSchema>;
export type Exchange = z.infer<typeof ExchangeSchema>;
export type Timescale = z.infer<typeof TimescaleSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type RouteKind = Route["kind"];
export type SecureEmailRoute = z.infer<typeof SecureEmailRouteSchema>;
export type OnlineFormRoute = z.infer<typeof OnlineFormRouteSchema>;
export type TelephoneRoute = z.infer<typeof TelephoneRouteSchema>;
export type ChannelRule = z.infer<typeof ChannelRuleSchema>;

/** One problem found in an agreement: the JSON path (e.g. "partners[2].mailboxes[0].address")
 * and what was expected there. */
export interface AgreementProblem {
  path: string;
  message: string;
}

export type ParseAgreementResult = { ok: true; agreement: Agreement } | { ok: false; problems: AgreementProblem[] };
