/**
 * The zod schema of an information-sharing agreement: the shape and the format of every field.
 * Checks that span the document (ids unique, references resolve, a route's mailboxes belong to
 * its partner) live in references.ts so they run even when some other part is malformed.
 *
 * Build/test/CLI side only: run-time code imports the types (types.ts) and the shipped JSON
 * (index.ts), never this module, so zod stays out of the classic-Outlook Send bundle.
 */
import { z } from "zod";
import { TemplateSchema } from "../templates/schema";
import { HTTPS_URL, KEBAB_ID, isIsoDate, isMailDomain, isMailboxAddress, isPhoneNumber } from "./formats";

const text = z.string().min(1, { error: "expected a non-empty string" });

const id = z.string().regex(KEBAB_ID, {
  error: 'expected a kebab-case id such as "kpc-probation-to-childrens" (lower-case letters and digits, single hyphens)',
});

const isoDate = z.string().refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

/** Addresses and domains are compared as written, so they must be stored lower-case; when only
 * the case is wrong, the message gives the value to write. */
function lowerCase(valid: (s: string) => boolean, what: string, example: string) {
  return z.string().superRefine((value, ctx) => {
    if (valid(value)) return;
    const lower = value.trim().toLowerCase();
    ctx.addIssue({
      code: "custom",
      message: valid(lower) ? `expected lower-case: write "${lower}"` : `expected ${what} such as "${example}"`,
    });
  });
}

const address = lowerCase(isMailboxAddress, "a plain lower-case e-mail address", "starting.point@derbyshire.gov.uk");
const domain = lowerCase(isMailDomain, "a lower-case mail domain", "justice.gov.uk");

const weekday = z
  .int({ error: "expected an ISO weekday number, 1 (Monday) to 7 (Sunday)" })
  .min(1, { error: "expected an ISO weekday number, 1 (Monday) to 7 (Sunday)" })
  .max(7, { error: "expected an ISO weekday number, 1 (Monday) to 7 (Sunday)" });

function distinct<T>(values: readonly T[]): boolean {
  return values.every((v, i) => values.indexOf(v) === i);
}

export const MailboxSchema = z.strictObject({
  address,
  name: text,
  team: text.optional(),
  area: text.optional(),
  purpose: text.optional(),
  /** ISO weekdays (Monday = 1) the mailbox is read; absent means every working day (Mon–Fri). */
  monitoredDays: z
    .array(weekday)
    .min(1, { error: "expected at least one day; leave monitoredDays out when the mailbox is read every working day" })
    .refine(distinct, { error: "expected each day once" })
    .optional(),
  /** The mailbox to use on days this one is not monitored. */
  alternative: address.optional(),
  notes: text.optional(),
});

export const PartnerDomainSchema = z.strictObject({
  domain,
  status: z.enum(["active", "retired"]),
  note: text.optional(),
});

export const LifecycleSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("active") }),
  z.strictObject({
    status: z.literal("dissolved"),
    on: isoDate,
    /** The partner that took over its functions, e.g. CRC work moved to the Probation Service. */
    functionsMovedTo: id.optional(),
    note: text,
  }),
]);

export const PARTNER_KINDS = ["probation", "childrens-services", "police", "health", "education", "local-authority", "other"] as const;

export const PartnerSchema = z.strictObject({
  id,
  name: text,
  /** Short label for tables and messages, e.g. "NPS". */
  shortName: text.optional(),
  kind: z.enum(PARTNER_KINDS),
  domains: z.array(PartnerDomainSchema).min(1, { error: "expected at least one mail domain" }),
  mailboxes: z.array(MailboxSchema),
  lifecycle: LifecycleSchema,
  notes: text.optional(),
});

export const TimescaleSchema = z.strictObject({
  text,
  workingDays: z.int({ error: "expected a whole number of working days" }).min(1, { error: "expected at least 1 working day" }).optional(),
});

export const SecureEmailRouteSchema = z
  .strictObject({
    partner: id,
    kind: z.literal("secure-email"),
    /** Named mailboxes of that partner that receive this exchange. */
    mailboxes: z.array(address),
    /** Individual practitioners' addresses, as the agreement describes them
     * (e.g. "firstname.secondname@justice.gov.uk", or "your known contact"). */
    individuals: text.optional(),
    notes: text.optional(),
  })
  .superRefine((route, ctx) => {
    if (route.mailboxes.length === 0 && route.individuals === undefined) {
      ctx.addIssue({ code: "custom", path: ["mailboxes"], message: 'expected at least one mailbox address, or an "individuals" description' });
    }
  });

export const OnlineFormRouteSchema = z.strictObject({
  partner: id,
  kind: z.literal("online-form"),
  /** Absent when the agreement names the form without giving its address. */
  url: z.string().regex(HTTPS_URL, { error: "expected an https:// URL without spaces" }).optional(),
  name: text,
  notes: text.optional(),
});

export const TelephoneRouteSchema = z.strictObject({
  partner: id,
  kind: z.literal("telephone"),
  number: z.string().refine(isPhoneNumber, { error: 'expected a telephone number such as "01632 960123"' }).optional(),
  /** When this route applies, e.g. "urgent". */
  when: text,
  notes: text.optional(),
});

export const RouteSchema = z.discriminatedUnion("kind", [SecureEmailRouteSchema, OnlineFormRouteSchema, TelephoneRouteSchema]);

export const ExchangeSchema = z.strictObject({
  id,
  name: text,
  purpose: text,
  /** Partners that start the exchange. */
  from: z.array(id).min(1, { error: "expected at least one partner id" }),
  /** Partners the exchange is addressed to. */
  to: z.array(id).min(1, { error: "expected at least one partner id" }),
  information: z.array(text).min(1, { error: "expected at least one item of information" }),
  timescale: TimescaleSchema.optional(),
  /** How each partner receives messages of this exchange: requests to `to`, replies to `from`. */
  routes: z.array(RouteSchema).min(1, { error: "expected at least one route" }),
  notes: text.optional(),
});

/** A clause of the agreement a check enforces. Rules name the clause they need by id (Rule.clause,
 * e.g. "no-personal-data-in-subject"); a finding's "Why" quotes this text, so the wording a user
 * reads is the agreement's own. */
export const ChannelRuleSchema = z.strictObject({
  id,
  /** The clause, quoted or closely paraphrased. */
  text,
  source: z.strictObject({ document: text, section: text }),
});

export const MarkingSchema = z
  .strictObject({
    text,
    /** Spellings accepted at the start of a subject, e.g. "OFFICIAL SENSITIVE", "[OFFICIAL-SENSITIVE]". */
    accepted: z.array(text).min(1, { error: "expected at least one accepted spelling" }),
    /** Words that may follow an accepted spelling, e.g. "PERSONAL". */
    suffixes: z.array(text).optional(),
    note: text.optional(),
  })
  .superRefine((marking, ctx) => {
    if (!marking.accepted.includes(marking.text)) {
      ctx.addIssue({ code: "custom", path: ["accepted"], message: `expected to include the marking text "${marking.text}"` });
    }
  });

/** What to do when personal data goes to the wrong place (e.g. LLR 3.8): whom to tell at once, the
 * steps, and the deadline for telling the regulator. Read mode's "Report a mistake" uses it. */
export const BreachSchema = z.strictObject({
  /** The mailbox a practitioner reports a mistake to (the data controller's IG or DPO team). */
  contact: address,
  contactName: text,
  /** The agreement's breach steps, in its own words, in order. */
  steps: z.array(text).min(1, { error: "expected at least one step" }),
  /** Hours within which a reportable breach goes to the ICO (72 under UK GDPR Art. 33). */
  regulatorHours: z.int({ error: "expected a whole number of hours" }).min(1, { error: "expected at least 1 hour" }).optional(),
  source: z.strictObject({ document: text, section: text }),
});

export const AgreementSchema = z.strictObject({
  id,
  title: text,
  version: text,
  source: z.strictObject({ document: text, note: text.optional() }),
  /** Absent when the agreement states none: practitioners see nothing; lint tells the IG owner. */
  reviewDate: isoDate.optional(),
  expiryDate: isoDate.optional(),
  marking: MarkingSchema,
  partners: z.array(PartnerSchema).min(1, { error: "expected at least one partner" }),
  exchanges: z.array(ExchangeSchema),
  channelRules: z.array(ChannelRuleSchema),
  /** Structured templates for its exchanges, in the order the task pane lists them. */
  templates: z.array(TemplateSchema).optional(),
  breach: BreachSchema.optional(),
});
