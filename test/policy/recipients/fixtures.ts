/**
 * Test agreements shaped like the Derbyshire one (probation, two children's services, a
 * dissolved CRC), built here so the recipient tests do not depend on the shipped JSON.
 */
import type { Mailbox, Partner } from "../../../src/policy/agreement/types";
import type { RecipientAgreement } from "../../../src/policy/recipients";

export const buxton: Mailbox = {
  address: "midlandsnps.derbyshirewest@justice.gov.uk",
  name: "Buxton SPOC",
  area: "Buxton",
  monitoredDays: [2, 3, 4],
  alternative: "midlandsnps.derbyshirenorth@justice.gov.uk",
};

export const nps: Partner = {
  id: "nps",
  name: "National Probation Service",
  kind: "probation",
  domains: [{ domain: "justice.gov.uk", status: "active" }],
  mailboxes: [
    { address: "midlandsnps.derbyshirenorth@justice.gov.uk", name: "Chesterfield SPOC" },
    buxton,
    { address: "sophie.nuttall@justice.gov.uk", name: "NPS SPOC for strategy meetings" },
  ],
  lifecycle: { status: "active" },
};

export const crc: Partner = {
  id: "dlnr-crc",
  name: "DLNR CRC",
  kind: "probation",
  domains: [{ domain: "rrpgov.uk", status: "retired", note: "retired with the CRC" }],
  mailboxes: [{ address: "customerservices@rrpgov.uk", name: "CRC Customer Services" }],
  lifecycle: { status: "dissolved", on: "2021-06-26", functionsMovedTo: "nps", note: "CRCs ceased on 26 June 2021" },
};

export const derbyshire: Partner = {
  id: "derbyshire-cs",
  name: "Derbyshire children's services",
  kind: "childrens-services",
  domains: [{ domain: "derbyshire.gov.uk", status: "active" }],
  mailboxes: [
    { address: "starting.point@derbyshire.gov.uk", name: "Starting Point" },
    { address: "cs.cpconf@derbyshire.gov.uk", name: "Child protection conferences" },
    { address: "referrals@derbyshire.gov.uk", name: "Referrals (generic local part)" },
  ],
  lifecycle: { status: "active" },
};

export const derbyCity: Partner = {
  id: "derby-city-cs",
  name: "Derby City children's services",
  kind: "childrens-services",
  domains: [
    { domain: "derby.gov.uk", status: "active" },
    { domain: "derbycity.gov.uk", status: "retired", note: "old domain (fixture)" },
  ],
  mailboxes: [{ address: "cpsafeguarding@derby.gov.uk", name: "CP safeguarding" }],
  lifecycle: { status: "active" },
};

export const agreement: RecipientAgreement = { partners: [nps, crc, derbyshire, derbyCity] };

/** A dissolved partner whose domain is still active, and two partners sharing a domain. */
export const oldTrust: Partner = {
  id: "old-trust",
  name: "Old Health Trust",
  kind: "health",
  domains: [{ domain: "oldtrust.example.org", status: "active" }, { domain: "shared.example.org", status: "active" }],
  mailboxes: [{ address: "safeguarding.team@oldtrust.example.org", name: "Safeguarding team" }],
  lifecycle: { status: "dissolved", on: "2022-07-01", note: "merged" },
};

export const newTrust: Partner = {
  id: "new-trust",
  name: "New Health Trust",
  kind: "health",
  domains: [{ domain: "shared.example.org", status: "active" }],
  mailboxes: [],
  lifecycle: { status: "active" },
};

export const shortDomains: Partner = {
  id: "dwp",
  name: "DWP",
  kind: "other",
  domains: [{ domain: "dwp.gov.uk", status: "active" }],
  mailboxes: [],
  lifecycle: { status: "active" },
};

export const trustAgreement: RecipientAgreement = { partners: [oldTrust, newTrust, shortDomains] };
