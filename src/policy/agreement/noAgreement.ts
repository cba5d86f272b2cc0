/**
 * What a message is judged under when its sender is party to none of the deployed agreements:
 * no parties, routes or clauses, so only the rules that need no agreement run (Rule.needsAgreement)
 * and a clause is cited as absent. The marking is the Government Security Classifications one
 * every UK public body uses, so the subject rule's fix still offers it.
 */
import type { Agreement } from "./types";

export const NO_AGREEMENT_ID = "none";

export const NO_AGREEMENT: Agreement = {
  id: NO_AGREEMENT_ID,
  title: "No agreement (you are not a party to any agreement deployed here)",
  version: "-",
  source: { document: "none" },
  marking: { text: "OFFICIAL-SENSITIVE", accepted: ["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "[OFFICIAL-SENSITIVE]"] },
  partners: [],
  exchanges: [],
  channelRules: [],
};
