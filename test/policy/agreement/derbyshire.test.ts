import { readFileSync } from "node:fs";
import * as path from "node:path";
import derbyshireJson from "../../../agreements/derbyshire.json";
import { derbyshireAgreement, isMonitoredOn } from "../../../src/policy/agreement";
import type { Exchange, Partner, Route } from "../../../src/policy/agreement";
import { parseAgreement } from "../../../src/policy/agreement/validate";

const a = derbyshireAgreement;

function partner(id: string): Partner {
  const p = a.partners.find((x) => x.id === id);
  if (!p) throw new Error(`no partner ${id}`);
  return p;
}
function exchange(id: string): Exchange {
  const e = a.exchanges.find((x) => x.id === id);
  if (!e) throw new Error(`no exchange ${id}`);
  return e;
}
function routes(exchangeId: string, partnerId: string): Route[] {
  return exchange(exchangeId).routes.filter((r) => r.partner === partnerId);
}
function emailTargets(exchangeId: string, partnerId: string): string[] {
  return routes(exchangeId, partnerId).flatMap((r) => (r.kind === "secure-email" ? r.mailboxes : []));
}

describe("the shipped Derbyshire agreement", () => {
  it("passes the schema, and parsing changes nothing (the add-in uses the JSON without zod)", () => {
    const result = parseAgreement(derbyshireJson);
    expect(result).toEqual({ ok: true, agreement: derbyshireJson });
    expect(derbyshireAgreement).toBe(derbyshireJson);
  });

  it("has the seven exchange types of the summary", () => {
    expect(a.exchanges.map((e) => e.id)).toEqual([
      "kpc-probation-to-childrens",
      "kpc-childrens-to-probation",
      "rtcn1-risk-to-children-notification",
      "referral-to-childrens-social-care",
      "strategy-meeting-invites",
      "child-protection-conferences",
      "ongoing-communication",
    ]);
  });

  it("has the NPS SPOC mailboxes on justice.gov.uk, Buxton read Tuesday to Thursday only", () => {
    const nps = partner("nps");
    expect(nps.domains).toEqual([{ domain: "justice.gov.uk", status: "active" }]);
    expect(nps.mailboxes.map((m) => [m.name, m.address])).toEqual([
      ["Chesterfield SPOC", "midlandsnps.derbyshirenorth@justice.gov.uk"],
      ["Buxton SPOC", "midlandsnps.derbyshirewest@justice.gov.uk"],
      ["Ilkeston SPOC", "midlandsnps.derbyshireeast@justice.gov.uk"],
      ["Derby SPOC", "midlandsnps.derbyshire.city@justice.gov.uk"],
      ["NPS SPOC for strategy meetings", "sophie.nuttall@justice.gov.uk"],
    ]);
    const buxton = nps.mailboxes[1]!;
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => isMonitoredOn(buxton, d))).toEqual([false, true, true, true, false, false, false]);
    const chesterfield = nps.mailboxes[0]!;
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => isMonitoredOn(chesterfield, d))).toEqual([true, true, true, true, true, false, false]);
  });

  it("records the DLNR CRC as dissolved on 26 June 2021, functions moved to the Probation Service, addresses as printed", () => {
    const crc = partner("dlnr-crc");
    expect(crc.lifecycle).toEqual(expect.objectContaining({ status: "dissolved", on: "2021-06-26", functionsMovedTo: "nps" }));
    expect(crc.domains.map((d) => [d.domain, d.status])).toEqual([
      ["rrpgov.uk", "retired"],
      ["rrp.gsegov.uk", "retired"],
    ]);
    expect(crc.mailboxes.map((m) => m.address)).toEqual(["customerservices@rrpgov.uk", "customerservices@rrp.gsegov.uk"]);
    expect(emailTargets("strategy-meeting-invites", "dlnr-crc")).toEqual(["customerservices@rrp.gsegov.uk"]);
  });

  it("has Starting Point, the six locality CAYA mailboxes and CS.CPCONF for Derbyshire", () => {
    const addresses = partner("derbyshire-cs").mailboxes.map((m) => m.address);
    expect(addresses).toEqual([
      "starting.point@derbyshire.gov.uk",
      "hpnd.caya@derbyshire.gov.uk",
      "chesterfield.caya@derbyshire.gov.uk",
      "caya.nedbol@derbyshire.gov.uk",
      "ambervalley.caya@derbyshire.gov.uk",
      "sdsd.caya@derbyshire.gov.uk",
      "erewash.caya@derbyshire.gov.uk",
      "cs.cpconf@derbyshire.gov.uk",
    ]);
    expect(emailTargets("child-protection-conferences", "derbyshire-cs")).toEqual(["cs.cpconf@derbyshire.gov.uk"]);
    expect(emailTargets("child-protection-conferences", "derby-city-cs")).toEqual(["cpsafeguarding@derby.gov.uk"]);
  });

  it("routes probation's Known Persons Checks by form or Starting Point, two working days", () => {
    const kpc = exchange("kpc-probation-to-childrens");
    expect(kpc.timescale).toEqual({ text: "Two working days", workingDays: 2 });
    expect(routes(kpc.id, "derbyshire-cs").map((r) => r.kind)).toEqual(["online-form", "secure-email", "telephone"]);
    expect(routes(kpc.id, "derbyshire-cs")[0]).toEqual(expect.objectContaining({ name: "Starting Point Referral Form" }));
    expect(routes(kpc.id, "derbyshire-cs")[0]).not.toHaveProperty("url");
    expect(routes(kpc.id, "derby-city-cs")).toEqual([
      expect.objectContaining({ kind: "online-form", url: "https://myaccount.derby.gov.uk/en/service/report_concerns_about_a_child" }),
      expect.objectContaining({ kind: "telephone", when: "urgent NPS check from court" }),
    ]);
  });

  it("sends referrals only by form or telephone, never by e-mail", () => {
    const kinds = exchange("referral-to-childrens-social-care").routes.map((r) => r.kind);
    expect(kinds).not.toContain("secure-email");
    expect(kinds).toContain("online-form");
  });

  it("sends NPS strategy meeting invites to the SPOC at Police HQ", () => {
    expect(emailTargets("strategy-meeting-invites", "nps")).toEqual(["sophie.nuttall@justice.gov.uk"]);
  });

  it("carries the Appendix A channel rules and the OFFICIAL-SENSITIVE marking", () => {
    expect(a.channelRules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "no-personal-data-in-subject",
        "sensitive-data-secure-route-only",
        "password-protect-attachments",
        "protective-marking",
        "record-sharing",
        "police-nhs-conventions",
      ]),
    );
    expect(a.marking).toEqual(
      expect.objectContaining({ text: "OFFICIAL-SENSITIVE", accepted: expect.arrayContaining(["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "[OFFICIAL-SENSITIVE]"]), suffixes: ["PERSONAL"] }),
    );
  });

  it("documents the review date it chose, as the summary gives none", () => {
    expect(a.reviewDate).toBe("2021-06-26");
    expect(a.expiryDate).toBeUndefined();
    expect(a.source.note).toMatch(/prints no date, version, review or expiry date/);
  });
});

/** The summary itself lives beside the project (../shared/agreements), as in CI. */
const SOURCES = path.resolve(__dirname, "../../../../shared/agreements");
const summaryPath = path.join(SOURCES, "derbyshire-probation-childrens-services-data-processing-summary.txt");
const llrPath = path.join(SOURCES, "llr-safeguarding-information-sharing-agreement.txt");
describe("faithful to the source documents", () => {
  const summary = readFileSync(summaryPath, "utf8");
  const llr = readFileSync(llrPath, "utf8");
  const mailboxes = a.partners.flatMap((p) => p.mailboxes.map((m) => m.address));
  const individuals = a.exchanges.flatMap((e) => e.routes.flatMap((r) => (r.kind === "secure-email" && r.individuals?.includes("@") ? [r.individuals] : [])));

  it("every mailbox and domain is printed in the summary", () => {
    const text = summary.toLowerCase();
    for (const m of mailboxes) expect([m, text.includes(m)]).toEqual([m, true]);
    for (const p of a.partners) for (const d of p.domains) expect([d.domain, text.includes("@" + d.domain)]).toEqual([d.domain, true]);
  });

  it("every address printed in the summary is a mailbox or an individuals pattern of the agreement", () => {
    const printed = summary.match(/[A-Za-z0-9._-]+@[A-Za-z0-9.-]+[A-Za-z]/g) ?? [];
    expect(printed.length).toBeGreaterThan(30);
    const known = new Set([...mailboxes, ...individuals]);
    expect([...new Set(printed.map((p) => p.toLowerCase()))].filter((p) => !known.has(p))).toEqual([]);
  });

  it("the Derby City form URL is printed in the summary", () => {
    expect(summary).toContain("https://myaccount.derby.gov.uk/en/service/report_concerns_about_a_child");
  });

  it("the channel rules quote the LLR agreement", () => {
    const flat = llr.replace(/[\u201c\u201d]/g, '"').replace(/<\/?p>/g, " ").replace(/\s+/g, " ");
    for (const id of ["no-personal-data-in-subject", "password-protect-attachments", "police-nhs-conventions", "turn-off-address-autofill"]) {
      const rule = a.channelRules.find((r) => r.id === id)!;
      expect([id, flat.includes(rule.text)]).toEqual([id, true]);
    }
  });
});
