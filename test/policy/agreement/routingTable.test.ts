import { derbyshireAgreement, formatRoutingTable, routingRows } from "../../../src/policy/agreement";
import type { Agreement } from "../../../src/policy/agreement";
import { smallAgreement } from "./helpers";

const small = smallAgreement() as Agreement;

function block(table: string, heading: string): string[] {
  const lines = table.split("\n");
  const start = lines.findIndex((l) => l.includes(heading));
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start, end < 0 ? undefined : end);
}

describe("routingRows", () => {
  it("lists each route of an exchange, addressees first, with schedules and dissolved partners", () => {
    expect(routingRows(small, small.exchanges[0]!)).toEqual([
      { exchange: "check", partner: "council", partnerLabel: "County Council children's services", kind: "online-form", where: ["Referral form: https://forms.county.gov.uk/refer"] },
      { exchange: "check", partner: "council", partnerLabel: "County Council children's services", kind: "telephone", where: ["urgent: 01632 960123"] },
      {
        exchange: "check",
        partner: "probation",
        partnerLabel: "PS",
        kind: "secure-email",
        where: [
          "north@justice.gov.uk (North SPOC)",
          "west@justice.gov.uk (West SPOC; monitored Tue\u2013Thu only, otherwise north@justice.gov.uk)",
          "individuals: first.last@justice.gov.uk",
        ],
      },
    ]);
    expect(routingRows(small, small.exchanges[1]!)[1]).toEqual(
      expect.objectContaining({ partner: "old-crc", dissolved: "dissolved on 2021-06-26, functions moved to PS", where: ["individuals: anyone@crc.example.org"] }),
    );
  });
});

describe("formatRoutingTable", () => {
  const table = formatRoutingTable(small);

  it("prints the agreement's dates and marking", () => {
    expect(table).toContain("review date 2030-01-31 · expiry date 2031-01-31");
    expect(table).toContain("Marking: OFFICIAL-SENSITIVE at the start of the subject (accepted: OFFICIAL-SENSITIVE)");
  });

  it("flags dissolved partners and restricted mailbox schedules", () => {
    expect(block(table, "Partners")).toContainEqual(expect.stringMatching(/^\s+DISSOLVED on 2021-06-26, functions moved to PS$/));
    expect(block(table, "Mailbox schedules")).toEqual([
      "Mailbox schedules",
      "  West SPOC:  west@justice.gov.uk  monitored Tue\u2013Thu only;  otherwise use north@justice.gov.uk",
    ]);
  });

  it("prints one aligned table per exchange: receiving partner, route, where", () => {
    expect(block(table, "2. Invite [invite]")).toEqual([
      "2. Invite [invite]",
      "   From County Council children's services to PS, Old CRC (dissolved)",
      "   Information:",
      "     - Date and venue.",
      "   Receiving partner    Route         Where",
      "   PS                   secure email  north@justice.gov.uk (North SPOC)",
      "   Old CRC [DISSOLVED]  secure email  individuals: anyone@crc.example.org",
    ]);
    expect(block(table, "1. Check [check]")).toContain("   Timescale: Two working days");
  });

  it("prints notes only when asked", () => {
    expect(table).not.toContain("North first.");
    const withNotes = formatRoutingTable(small, { notes: true });
    expect(withNotes).toContain("note: North first.");
    expect(withNotes).toContain("   Notes: Exchange note.");
  });

  it("prints the Derbyshire routing table", () => {
    const derbyshire = formatRoutingTable(derbyshireAgreement);
    expect(derbyshire).toMatch(/Buxton SPOC:\s+midlandsnps\.derbyshirewest@justice\.gov\.uk\s+monitored Tue\u2013Thu only/);
    expect(derbyshire).toMatch(/DLNR CRC \[DISSOLVED\]\s+secure email\s+customerservices@rrpgov\.uk/);
    expect(derbyshire).toContain("Starting Point Referral Form (address not given in the agreement)");
    expect(derbyshire).toContain("https://myaccount.derby.gov.uk/en/service/report_concerns_about_a_child");
    expect(derbyshire.match(/^\d\. /gm)).toHaveLength(7);
    expect(derbyshire.split("\n").every((l) => l === l.trimEnd())).toBe(true);
  });
});
