/**
 * Checks across the agreement set of a deployment (each file already valid on its own): one id
 * per agreement, and one meaning per mailbox. Recipients are classified by their address, so a
 * mailbox that one agreement gives to one partner and another agreement to another partner (or
 * reads on other days) would make the same message right under one file and wrong under the
 * other. Partner ids are therefore shared across the set: the same organisation, the same id.
 */
import { describeDays, monitoredDaysOf } from "./schedule";
import type { Agreement, Mailbox, Partner } from "./types";

export interface AgreementFile {
  /** Where the agreement came from, as problems name it (e.g. "agreements/derbyshire.json"). */
  file: string;
  agreement: Agreement;
}

/** A problem in one file of the set: the file, the JSON path in it, what is wrong. */
export interface SetProblem {
  file: string;
  path: string;
  message: string;
}

interface Seen {
  file: string;
  partner: Partner;
  mailbox: Mailbox;
}

function days(mailbox: Mailbox): string {
  return describeDays(monitoredDaysOf(mailbox));
}

/** Every conflict between the files, reported at the later file, naming the earlier one. */
export function checkAgreementSet(files: readonly AgreementFile[]): SetProblem[] {
  const problems: SetProblem[] = [];
  const ids = new Map<string, string>();
  const mailboxes = new Map<string, Seen>();
  for (const { file, agreement } of files) {
    const first = ids.get(agreement.id);
    if (first !== undefined) {
      problems.push({ file, path: "id", message: `duplicate agreement id "${agreement.id}": ${first} has it too; expected each agreement once in the set` });
    } else ids.set(agreement.id, file);

    agreement.partners.forEach((partner, i) => {
      partner.mailboxes.forEach((mailbox, j) => {
        const seen = mailboxes.get(mailbox.address);
        if (seen === undefined) {
          mailboxes.set(mailbox.address, { file, partner, mailbox });
          return;
        }
        if (seen.file === file) return; // within one file, references.ts reports it
        const path = `partners[${i}].mailboxes[${j}]`;
        if (seen.partner.id !== partner.id) {
          problems.push({
            file,
            path: `${path}.address`,
            message: `"${mailbox.address}" is a mailbox of partner "${seen.partner.id}" (${seen.partner.name}) in ${seen.file} but of partner "${partner.id}" (${partner.name}) here: a mailbox must belong to the same partner, under the same id, in every agreement of the set`,
          });
        } else if (days(seen.mailbox) !== days(mailbox)) {
          problems.push({
            file,
            path: `${path}.monitoredDays`,
            message: `"${mailbox.address}" is read ${days(seen.mailbox)} in ${seen.file} but ${days(mailbox)} here: a mailbox must have the same schedule in every agreement of the set`,
          });
        }
      });
    });
  }
  return problems;
}

export function formatSetProblems(problems: readonly SetProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}\n`).join("");
}
