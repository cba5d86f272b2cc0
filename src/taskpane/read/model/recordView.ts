/**
 * A sharing record (as read by policy/record/parseRecord) turned into the lines the read-mode
 * pane shows and the report repeats: the agreement it names, looked up by id among the
 * deployment's agreements (an id no agreement has is shown as unknown, never trusted), the
 * exchange and purpose in that agreement's words, the verdict, what was dismissed or overridden
 * and why, the label and SafeShare's version. Pure.
 */
import type { Agreement } from "../../../policy/agreement/types";
import type { RecordDismissal, SharingRecordRead } from "../../../policy/record/parseRecord";

export interface RecordLine {
  term: string;
  /** One entry per line (a list when more than one). */
  values: string[];
}

export interface RecordView {
  /** The agreement the record names, when this deployment has it. */
  agreement: Agreement | null;
  lines: RecordLine[];
}

export function agreementNamed(record: SharingRecordRead, agreements: readonly Agreement[]): Agreement | null {
  return agreements.find((a) => a.id === record.agreement) ?? null;
}

function exchangeText(agreement: Agreement | null, id: string): string {
  if (id === "none") return "None chosen";
  const exchange = agreement ? agreement.exchanges.find((e) => e.id === id) : undefined;
  return exchange ? exchange.name : `${id} (not an exchange of ${agreement ? "this agreement" : "a known agreement"})`;
}

function purposeText(agreement: Agreement | null, id: string | undefined): string {
  if (id === undefined) return "Not chosen";
  const exchange = agreement ? agreement.exchanges.find((e) => e.id === id) : undefined;
  return exchange ? exchange.purpose : `${id} (not an exchange of ${agreement ? "this agreement" : "a known agreement"})`;
}

function withReasons(list: readonly RecordDismissal[], notListed: number, none: string): string[] {
  const lines = list.map((d) => (d.reason !== undefined ? `${d.rule}: “${d.reason}”` : `${d.rule} (reason kept in the sender's mailbox)`));
  if (notListed > 0) lines.push(`and ${notListed} more not listed in the message's headers`);
  return lines.length > 0 ? lines : [none];
}

export function recordView(record: SharingRecordRead, agreements: readonly Agreement[]): RecordView {
  const agreement = agreementNamed(record, agreements);
  const lines: RecordLine[] = [
    {
      term: "Agreement",
      values: [agreement ? `${agreement.title} (version ${record.agreementVersion})` : `Unknown agreement “${record.agreement}” (version ${record.agreementVersion}): not one of this deployment's agreements`],
    },
    { term: "Exchange", values: [exchangeText(agreement, record.exchange)] },
    { term: "Purpose", values: [purposeText(agreement, record.purpose)] },
    { term: "Verdict", values: [record.verdict === "pass" ? "Pass: nothing needed fixing" : "Sent with warnings"] },
    { term: "Dismissed", values: withReasons(record.dismissed, record.dismissedNotListed, "None") },
  ];
  if (record.overridden !== undefined) lines.push({ term: "Warnings sent anyway", values: withReasons(record.overridden, 0, "None") });
  lines.push({ term: "Sensitivity label", values: [record.label ? record.label.name || record.label.id : "None recorded"] });
  if (record.checkedAt !== undefined) lines.push({ term: "Checked at", values: [record.checkedAt] });
  lines.push({ term: "SafeShare version", values: [record.safeshareVersion] });
  lines.push({ term: "Read from", values: [record.source === "headers" ? "the message's internet headers" : record.source === "property" ? "SafeShare's custom property on this item" : "the internet headers and SafeShare's custom property (they agree)"] });
  return { agreement, lines };
}
