/** agreements/llr-safeguarding.json against the LLR agreement's text and partner-domains.json. */
import { addressClassOf, classifyRecipient } from "../../src/policy/recipients";
import type { Agreement } from "../../src/policy/agreement";
import { loadAgreement, named, partnerDomains, sourceText, unquoted } from "./sources";

const a = loadAgreement("llr-safeguarding.json");
const llr = sourceText("llr-safeguarding-information-sharing-agreement.txt");
const domains = partnerDomains();
const llrDomains = domains["llr-information-sharing-agreement"] as Record<string, string[]>;

/** Signatories deliberately not encoded as partners, and why (each also named in source.note). */
const NOT_PARTNERS: Record<string, string> = {
  "NHS England and NHS Improvement – Midlands": "only nhs.net, held by the ICB",
  "HM Prison Leicester": "justice.gov.uk, held by HMPPS (nps)",
  "Leicestershire Fire & Rescue Service": "no domain in partner-domains.json",
  Rainbows: "no domain",
  "ADHD Solutions CIC": "no domain",
  "Barnardo's Central England Region": "no domain",
  "The Bridge (East Midlands)": "no domain",
  "Y.M.C.A.": "no domain",
  LOROs: "no domain",
  "Turning Point": "no domain",
  "CFF (Centre for Fun and Families Ltd)": "no domain",
  "Living Without Abuse": "no domain",
};

/** partner-domains.json's names for the organisations, where they differ from the signatory table. */
const DOMAIN_KEYS: Record<string, string> = {
  "llr-icb": "LLR Integrated Care Board (formerly the CCGs)",
  nps: "HM Prison and Probation Service, HMP Leicester",
};

function partner(id: string) {
  const p = a.partners.find((x) => x.id === id);
  if (!p) throw new Error(`no partner ${id}`);
  return p;
}

describe("the LLR safeguarding agreement", () => {
  it("names each partner as the agreement's signatory table does", () => {
    for (const p of a.partners) expect([p.id, named(p.name, [llr])]).toEqual([p.id, true]);
  });

  it("encodes every signatory, or says in source.note why not", () => {
    const table = llr.slice(llr.indexOf("Signatories to the Agreement\n\nPartners"), llr.indexOf("Section 1 – Information sharing guidance\n\n1.1"));
    const signatories = table
      .split("\n")
      .map((l) => l.split("\t").map((c) => c.trim()))
      // A signatory has an address; the table's headings ("Police", "District Councils") have none.
      .filter((cells) => cells.length > 1 && cells[1] !== "" && cells[0] !== "Partners")
      .map((cells) => cells[0] ?? "");
    expect(signatories.length).toBe(28);
    const partnerNames = a.partners.map((p) => p.name);
    for (const s of signatories) {
      const encoded = partnerNames.includes(s);
      expect([s, encoded || s in NOT_PARTNERS]).toEqual([s, true]);
      if (!encoded) expect([s, a.source.note?.includes(s)]).toEqual([s, true]);
    }
  });

  it("takes each partner's domains from partner-domains.json, noted as to be confirmed, with the source kept", () => {
    for (const p of a.partners) {
      const key = DOMAIN_KEYS[p.id] ?? p.name;
      const listed = llrDomains[key];
      expect([p.id, listed !== undefined]).toEqual([p.id, true]);
      const plain = p.domains.filter((d) => !d.domain.endsWith(".cjsm.net")).map((d) => d.domain);
      // nhs.net can belong to one partner only: the trusts keep their own domains.
      expect([p.id, plain.every((d) => listed?.includes(d))]).toEqual([p.id, true]);
      for (const d of p.domains) {
        expect([d.domain, d.status]).toEqual([d.domain, "active"]);
        expect([d.domain, /to be confirmed by the agreement's IG owner/.test(d.note ?? "")]).toEqual([d.domain, true]);
        if (!d.domain.endsWith(".cjsm.net")) expect([d.domain, d.note?.includes(domains.source)]).toEqual([d.domain, true]);
      }
    }
    expect(partner("llr-icb").domains.map((d) => d.domain)).toEqual(["nhs.net"]);
  });

  it("lists the CJSM form of each police and council domain, citing Appendix C", () => {
    for (const p of a.partners) {
      const cjsm = p.domains.filter((d) => d.domain.endsWith(".cjsm.net"));
      if (p.kind === "police" || p.kind === "local-authority") {
        const plain = p.domains.filter((d) => !d.domain.endsWith(".cjsm.net")).map((d) => `${d.domain}.cjsm.net`);
        expect([p.id, cjsm.map((d) => d.domain)]).toEqual([p.id, plain]);
        for (const d of cjsm) expect([d.domain, /Appendix C \(a\)/.test(d.note ?? "")]).toEqual([d.domain, true]);
      } else {
        expect([p.id, cjsm]).toEqual([p.id, []]);
      }
    }
    expect(llr).toContain("The recipient is required to have an CJSM and/or an approved email");
  });

  it("so the classifier recognises a CJSM address as the partner", () => {
    const where = (agreement: Pick<Agreement, "partners">, address: string) => addressClassOf(classifyRecipient({ name: "", address }, { agreement }));
    const police = where(a, "officer@leics.police.uk.cjsm.net");
    expect(police.kind).toBe("partner-domain");
    expect(police.kind === "partner-domain" && police.partner.id).toBe("leicestershire-police");
    const council = where(a, "worker@leicester.gov.uk.cjsm.net");
    expect(council.kind === "partner-domain" && council.partner.id).toBe("leicester-city-council");
    // Without the CJSM listings the plain domain still makes it the partner's (the CJSM convention);
    // without either, it is not.
    const withoutCjsm = { partners: a.partners.map((p) => ({ ...p, domains: p.domains.filter((d) => !d.domain.endsWith(".cjsm.net")) })) };
    const plain = where(withoutCjsm, "officer@leics.police.uk.cjsm.net");
    expect(plain.kind === "partner-domain" && plain.partner.id).toBe("leicestershire-police");
    const without = { partners: a.partners.map((p) => ({ ...p, domains: p.domains.filter((d) => !d.domain.startsWith("leics.police.uk")) })) };
    expect(where(without, "officer@leics.police.uk.cjsm.net").kind).not.toBe("partner-domain");
  });

  it("quotes Appendix A and the other clauses from the agreement", () => {
    for (const r of a.channelRules) {
      expect([r.id, r.source.document]).toEqual([r.id, expect.stringMatching(/^Leicester, Leicestershire and Rutland .* version 2\.03/)]);
      expect([r.id, unquoted(r.text, llr)]).toEqual([r.id, []]);
    }
    const ids = a.channelRules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["no-personal-data-in-subject", "password-protect-attachments", "police-nhs-conventions", "protective-marking", "secure-email-only"]));
    const police = a.channelRules.find((r) => r.id === "police-nhs-conventions");
    expect(police?.text).toContain("To/from Police: restricted or sensitive personal data only to emails using secure email conventions.");
    expect(police?.text).toContain("To/From NHS: secure transfer or other arrangement as agreed with health partners.");
  });

  it("states the version, and no review date because the text gives a rule, not a date", () => {
    expect(a.version).toBe("2.03 (April 2023)");
    expect(llr).toContain("2.03 April 2023");
    expect(a.reviewDate).toBeUndefined();
    expect(llr).toContain("Date of Review:\t12 months from date of sign last off");
    expect(a.channelRules.find((r) => r.id === "review-date")?.text).toMatch(/within 1 year of commencement of this ISA, and then subsequent 2 years/);
  });

  it("carries the 3.8 breach duties: the providing controller at once, the ICO within 72 hours", () => {
    const breach = a.breach;
    expect(breach?.regulatorHours).toBe(72);
    expect(breach?.source.section).toMatch(/^3\.8 /);
    expect(breach?.steps[0]).toMatch(/reported to the Controller that provided the information immediately/);
    expect(breach?.steps.some((s) => /Information Commissioner must be notified within 72 hours/.test(s))).toBe(true);
    for (const step of breach?.steps ?? []) expect([step, unquoted(step, llr)]).toEqual([step, []]);
    // The text names no breach mailbox: the one address it prints, flagged as to be confirmed.
    expect(llr).toContain(breach?.contact);
    expect(breach?.contactName).toMatch(/^To be confirmed by the agreement's IG owner/);
  });

  it("marks information OFFICIAL-SENSITIVE, as 3.4 says", () => {
    expect(a.marking.text).toBe("OFFICIAL-SENSITIVE");
    expect(llr).toContain("should be considered to be “Official-Sensitive”");
  });
});
