/** agreements/iom.json against the IOM Data Protection Impact Assessment and partner-domains.json. */
import { loadAgreement, named, normalise, partnerDomains, sourceText, unquoted } from "./sources";

const a = loadAgreement("iom.json");
const dpia = sourceText("iom-data-protection-impact-assessment.txt");
const domains = partnerDomains();
const iomDomains = domains["iom-data-sharing-agreement"] as Record<string, string[]>;

/**
 * Paraphrased clauses: the transcription splits words across table cells, so the rule quotes the
 * repaired wording. Each entry gives what the source holds and the repairs that give the rule's text.
 */
const PARAPHRASED: Record<string, { source: string; repairs: [string, string][] }> = {
  // Step 4.4: "infor\tm" is a table-cell artefact.
  "record-reasons-for-not-informing": {
    source: "In these circumstances, the parties need not infor\tm\n\tindividuals that the information is being processed/shared; but should record their\n\treasons for sharing information without making the individual aware.",
    repairs: [["infor m", "inform"]],
  },
};

/**
 * Step 2.2's table is garbled in the transcription (words split across cells, letters lost):
 * each of these items is the repaired wording, mapped to the fragment the source holds.
 */
const GARBLED: Record<string, string> = {
  "Other data: physical description, photographs, film, images (this row is partly illegible in the transcription)": "sical description hotographs, film",
  "Social service records": "Socia\tal service records",
  "Child protection records": "Child\tprotection re\tecords",
  "Housing records": "Housin records",
  "Tax, benefit or pension records": "Tax, benefit or precords\tension",
  "Proceedings for any offence committed or alleged, or criminal offence record": "Proceedings for any offence committed of\t\t\t\tged, or\tcriminal offence\trecord",
  "Clinical data may be required for evidence.": "Clinical data may l\tbe rec\tuired f\tor evide\tence.",
};

/** partner-domains.json's names for the organisations, where they differ from the DPIA's. */
const DOMAIN_KEYS: Record<string, string> = {
  nps: "National Probation Service (HMPPS)",
  "iom-local-health-partner": "NHS bodies, GPs, London Ambulance Service",
  "department-for-work-and-pensions": "Department for Work and Pensions / Jobcentre Plus",
};

describe("the IOM agreement", () => {
  it("names each partner as the DPIA does", () => {
    for (const p of a.partners) expect([p.id, named(p.name, [dpia])]).toEqual([p.id, true]);
  });

  it("takes each partner's domains from partner-domains.json, noted as to be confirmed, with the source kept", () => {
    for (const p of a.partners) {
      const listed = iomDomains[DOMAIN_KEYS[p.id] ?? p.name];
      expect([p.id, p.domains.map((d) => d.domain)]).toEqual([p.id, listed]);
      for (const d of p.domains) {
        expect([d.domain, /to be confirmed by the agreement's IG owner/.test(d.note ?? "") && d.note?.includes(domains.source)]).toEqual([d.domain, true]);
      }
    }
  });

  it("is the same Probation Service as the other agreements: partner nps on justice.gov.uk", () => {
    const nps = a.partners.find((p) => p.id === "nps");
    expect(nps?.domains.map((d) => d.domain)).toEqual(["justice.gov.uk"]);
    expect(dpia).toContain("National Probation Service\tController\tYes");
  });

  it("shares Step 2.2's data categories, each found in the DPIA", () => {
    const info = a.exchanges[0]?.information ?? [];
    expect(info.length).toBeGreaterThanOrEqual(20);
    const flat = normalise(dpia).toLowerCase();
    for (const item of info) {
      // The item up to any comment of ours in brackets; a garbled row is checked by the fragment
      // the transcription really holds.
      const fragment = GARBLED[item] ?? item.replace(/\s*\(.*$/, "").replace(/\.$/, "");
      expect([item, flat.includes(normalise(fragment).toLowerCase())]).toEqual([item, true]);
    }
  });

  it("encodes the DSPT concern as a clause quoting Steps 6 and 7, and names it in the source note", () => {
    const dspt = a.channelRules.find((r) => r.id === "voluntary-sector-dspt");
    expect(dspt?.text).toMatch(/^Voluntary sector organisation not having DSPT certification in some cases may lead to risks/);
    expect(a.source.note).toMatch(/DSPT/);
    expect(a.source.note).toMatch(/Local voluntary groups/);
  });

  it("quotes its clauses from the DPIA (or a listed, repaired paraphrase)", () => {
    for (const r of a.channelRules) {
      const paraphrase = PARAPHRASED[r.id];
      if (paraphrase !== undefined) {
        expect([r.id, normalise(dpia).includes(normalise(paraphrase.source))]).toEqual([r.id, true]);
        const repaired = paraphrase.repairs.reduce((text, [from, to]) => text.replace(from, to), normalise(paraphrase.source));
        expect(r.text).toBe(repaired);
        continue;
      }
      expect([r.id, unquoted(r.text, dpia)]).toEqual([r.id, []]);
    }
  });

  it("states no review date, marking or breach duty, because the DPIA gives none", () => {
    expect(a.reviewDate).toBeUndefined();
    expect(a.breach).toBeUndefined();
    expect(a.version).toBe("1.0 (12 August 2021)");
    expect(dpia).toContain("1.0\tNew Data Sharing Agreement\t12 August 2021");
    expect(a.marking.note).toMatch(/^Not stated in the DPIA/);
    expect(a.channelRules.map((r) => r.id)).not.toContain("protective-marking");
  });
});
