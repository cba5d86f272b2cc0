/**
 * Whose data is it: a span found in a message is either case data (about the people a case
 * concerns: what the agreement's minimisation rules are about) or set aside (the contact details
 * of the staff writing and receiving, or a name the message gives no case context).
 */
import type { Span } from "../detect/types";

/** Why a span is set aside, in the words the task pane shows. */
export type SetAsideReason =
  /** In the sender's sign-off or signature block. */
  | "your signature"
  /** In the signature of someone whose message is quoted. */
  | "a quoted signature"
  /** In a quoted message's header (From/Sent/To/Cc, "On … wrote:"). */
  | "a quoted header"
  /** The name after "Hi", "Dear"… */
  | "the greeting"
  /** Confidentiality notices and other footers. */
  | "a disclaimer"
  /** The sender's or a recipient's own name or address. */
  | "the sender or a recipient"
  /** A name given with the organisation the person works for, a job title, an attendee's role or
   * after a title (a police rank, Dr), and the message's other mentions of that person. */
  | "a named professional"
  /** A telephone number the reader is told to call for a service ("call the duty team on …"). */
  | "a service's number"
  /** An e-mail address at a public body's domain (gov.uk, police.uk, nhs.net, CJSM): staff's or a team's. */
  | "a public-sector mailbox"
  /** An animal's name or health, in a message about the writer's pets (a vet, kennels, a pet sitter). */
  | "a pet"
  /** A name, address or number with no case context (colleagues on a booking, a venue). */
  | "no case context";

export type SpanRole = "case" | "set-aside";

export interface RoledSpan extends Span {
  role: SpanRole;
  /** For set-aside spans: why. */
  reason?: SetAsideReason;
}

/** One line of the task pane's "Set aside" summary. */
export interface SetAsideGroup {
  reason: SetAsideReason;
  /** The texts set aside for this reason, in order, each once. */
  texts: string[];
}
