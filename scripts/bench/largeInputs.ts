/** Large, synthetic inputs shared by the bench and the hardening tests (no corpus needed). */
import type { Recipient } from "../../src/policy/snapshot";

const PARAGRAPH =
  "Please can you complete a Known Persons Check for John Smith (DOB 12/03/1985) of 22 Station Street, Chesterfield S40 1AA. " +
  "Also living at the address is Freddie Ward. CRN X123456. The school nurse raised concerns on 4 May; no further action was taken.\n\n";

/** About `chars` characters of message-like text with personal data in every paragraph. */
export function bigBody(chars: number): string {
  return PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length)).slice(0, chars);
}

const DOMAINS = ["derbyshire.gov.uk", "justice.gov.uk", "gmail.com", "derby.gov.uk", "nhs.net", "example-charity.org.uk", "derbyshlre.gov.uk", "hotmail.co.uk"];

/** `n` distinct recipients over partner, public-sector, webmail, look-alike and unknown domains. */
export function manyRecipients(n: number): Recipient[] {
  const out: Recipient[] = [];
  for (let i = 0; i < n; i++) {
    const domain = DOMAINS[i % DOMAINS.length] as string;
    out.push({ name: i % 3 === 0 ? `Person ${i}` : "", address: `person.${i}@${domain}` });
  }
  return out;
}
