import { derbyshireAgreement } from "../../../src/policy/agreement";
import { suggestTemplates, TEMPLATES, templateById } from "../../../src/policy/templates";
import { TemplateSchema } from "../../../src/policy/templates/schema";

describe("template catalogue", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s passes the template schema", (_id, template) => {
    const result = TemplateSchema.safeParse(template);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has unique ids and finds each by id", () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TEMPLATES) expect(templateById(t.id)).toBe(t);
    expect(templateById("no-such-template")).toBeUndefined();
  });

  it("covers every exchange the issue lists, in both directions where the agreement has both", () => {
    const byExchange = (exchangeId: string) => TEMPLATES.filter((t) => t.exchangeId === exchangeId).map((t) => t.kind).sort();
    expect(byExchange("kpc-probation-to-childrens")).toEqual(["request", "response"]);
    expect(byExchange("kpc-childrens-to-probation")).toEqual(["request", "response"]);
    expect(byExchange("rtcn1-risk-to-children-notification")).toEqual(["notification"]);
    expect(byExchange("strategy-meeting-invites")).toEqual(["invitation", "response"]);
    expect(byExchange("child-protection-conferences")).toEqual(["invitation", "report"]);
    expect(byExchange("ongoing-communication")).toEqual(["update", "update", "update", "update"]);
    expect(TEMPLATES).toHaveLength(13);
  });

  it("belongs to real exchanges and partners, in the exchange's direction (replies reversed)", () => {
    const partnerIds = derbyshireAgreement.partners.map((p) => p.id);
    for (const t of TEMPLATES) {
      const exchange = derbyshireAgreement.exchanges.find((e) => e.id === t.exchangeId);
      expect(exchange).toBeDefined();
      if (!exchange) continue;
      for (const id of t.direction.from.concat(t.direction.to)) expect(partnerIds).toContain(id);
      const reply = t.kind === "response" || t.kind === "report";
      const [from, to] = reply ? [exchange.to, exchange.from] : [exchange.from, exchange.to];
      for (const id of t.direction.from) expect(from).toContain(id);
      for (const id of t.direction.to) expect(to).toContain(id);
    }
  });

  it("RtCN1 says it is not a referral and offers the agreement's two confirmations", () => {
    const rtcn1 = templateById("rtcn1-notification");
    expect(rtcn1?.notice).toMatch(/for information only.*not a referral/i);
    const choice = rtcn1?.fields.find((f) => f.id === "riskToIdentifiedChild");
    expect(choice?.required).toBe(true);
    expect(choice?.options?.map((o) => o.label)).toEqual(["No known risk to an identified child", "There is a known risk to an identified child: a referral will follow"]);
    for (const id of ["offenderName", "offenderDateOfBirth", "offenderAddress", "conviction", "convictionDate", "sentence"]) {
      expect(rtcn1?.fields.find((f) => f.id === id)?.required).toBe(true);
    }
  });

  it("states the agreement's timescale for the Known Persons Check", () => {
    expect(templateById("kpc-probation-request")?.timescale).toBe(derbyshireAgreement.exchanges.find((e) => e.id === "kpc-probation-to-childrens")?.timescale?.text);
  });

  it("gives every template a lawful basis from the DDSCP privacy notice, never an unsourced statute", () => {
    for (const t of TEMPLATES) {
      expect(t.lawfulBasis).toMatch(/Article 6\(1\)\(c\) legal obligation and 6\(1\)\(e\) public task/);
      expect(t.lawfulBasis).toMatch(/\(DDSCP privacy notice: /);
    }
  });
});

describe("templates are the agreement's data", () => {
  it("the catalogue is the deployed agreement's templates, in its order", () => {
    expect(TEMPLATES).toBe(derbyshireAgreement.templates);
  });

  it("suggestions come from the agreement given: one without templates suggests none", () => {
    expect(suggestTemplates({ ...derbyshireAgreement, templates: [] }, { recipients: ["starting.point@derbyshire.gov.uk"] })).toEqual([]);
    const only = derbyshireAgreement.templates?.slice(2, 3) ?? [];
    expect(suggestTemplates({ ...derbyshireAgreement, templates: only }, { recipients: [] }).map((s) => s.template.id)).toEqual(only.map((t) => t.id));
  });
});
