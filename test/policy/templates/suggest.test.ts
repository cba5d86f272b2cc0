import { derbyshireAgreement } from "../../../src/policy/agreement";
import { TEMPLATES, partnerOfAddress, suggestTemplates } from "../../../src/policy/templates";

const ids = (list: { template: { id: string } }[]) => list.map((s) => s.template.id);

describe("suggestTemplates", () => {
  it("puts the KPC request and RtCN1 first for probation writing to Starting Point, by secure e-mail", () => {
    const list = suggestTemplates(derbyshireAgreement, { sender: "officer.name@justice.gov.uk", recipients: ["starting.point@derbyshire.gov.uk"] });
    expect(ids(list).slice(0, 2)).toEqual(["kpc-probation-request", "rtcn1-notification"]);
    expect(list[0]?.route).toEqual({ kind: "secure-email", mailboxes: ["starting.point@derbyshire.gov.uk"] });
    expect(list[0]?.reason).toContain("starting.point@derbyshire.gov.uk is a mailbox the agreement names for it");
    expect(list.map((s) => s.rank)).toEqual(TEMPLATES.map((_t, i) => i + 1));
  });

  it("lists every template once, allowed ones above the rest", () => {
    const list = suggestTemplates(derbyshireAgreement, { sender: "officer.name@justice.gov.uk", recipients: ["starting.point@derbyshire.gov.uk"] });
    expect(ids(list).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
    const allowed = list.map((s) => !s.reason.startsWith("Not for this sender"));
    expect(allowed.indexOf(false)).toBeGreaterThan(0);
    expect(allowed.slice(allowed.indexOf(false))).not.toContain(true);
    const refused = list.find((s) => s.template.id === "kpc-childrens-request");
    expect(refused?.reason).toMatch(/^Not for this sender and these recipients: it goes from Derbyshire County Council children's services/);
    expect(refused?.route).toBeUndefined();
  });

  it("says to use Derby City's online form instead of e-mail for a KPC request or RtCN1", () => {
    const list = suggestTemplates(derbyshireAgreement, { sender: "officer.name@justice.gov.uk", recipients: ["Worker <worker.name@derby.gov.uk>"] });
    for (const id of ["kpc-probation-request", "rtcn1-notification"]) {
      const s = list.find((x) => x.template.id === id);
      expect(s?.route).toEqual({
        kind: "online-form",
        name: "Derby City online referral form (report concerns about a child)",
        url: "https://myaccount.derby.gov.uk/en/service/report_concerns_about_a_child",
      });
      expect(s?.reason).toMatch(/by the Derby City online referral form .* not by e-mail\.$/);
    }
    // E-mail routes come before form-only ones.
    const first = list[0];
    expect(first?.route?.kind).toBe("secure-email");
  });

  it("turns round for children's services writing to a probation SPOC", () => {
    const list = suggestTemplates(derbyshireAgreement, { sender: "worker.name@derbyshire.gov.uk", recipients: ["midlandsnps.derbyshirenorth@justice.gov.uk"] });
    expect(ids(list)[0]).toBe("kpc-childrens-request");
    expect(ids(list).slice(0, 4)).toContain("kpc-probation-response");
    expect(ids(list).indexOf("rtcn1-notification")).toBeGreaterThan(ids(list).indexOf("cp-conference-invitation"));
  });

  it("ranks by the recipients alone when the sender is unknown, and by catalogue order when nothing is known", () => {
    const bySender = suggestTemplates(derbyshireAgreement, { recipients: ["cs.cpconf@derbyshire.gov.uk"] });
    expect(ids(bySender)[0]).toBe("cp-conference-report");
    const none = suggestTemplates(derbyshireAgreement, { recipients: ["someone@example.com"] });
    expect(ids(none)).toEqual(TEMPLATES.map((t) => t.id));
    expect(none[0]?.reason).toMatch(/^Add a recipient from the agreement/);
  });

  it("points away from a dissolved partner to the one that took over its work", () => {
    const list = suggestTemplates(derbyshireAgreement, { sender: "worker.name@derbyshire.gov.uk", recipients: ["customerservices@rrpgov.uk"] });
    const kpc = list.find((s) => s.template.id === "kpc-childrens-request");
    expect(kpc?.reason).toBe(
      "Derbyshire, Leicestershire, Nottinghamshire and Rutland Community Rehabilitation Company (DLNR CRC) was dissolved on 2021-06-26; its work moved to National Probation Service (NPS): write to them instead.",
    );
    expect(kpc?.route).toBeUndefined();
    const withNps = suggestTemplates(derbyshireAgreement, { sender: "worker.name@derbyshire.gov.uk", recipients: ["midlandsnps.derbyshirenorth@justice.gov.uk"] });
    expect(withNps.find((s) => s.template.id === "kpc-childrens-request")?.rank).toBeLessThan(kpc?.rank ?? 0);
    const both = suggestTemplates(derbyshireAgreement, { sender: "worker.name@derbyshire.gov.uk", recipients: ["customerservices@rrpgov.uk", "midlandsnps.derbyshirenorth@justice.gov.uk"] });
    expect(both.find((s) => s.template.id === "kpc-childrens-request")?.route?.kind).toBe("secure-email");
  });

  it("finds a partner from an address, a display-name form or a subdomain", () => {
    expect(partnerOfAddress(derbyshireAgreement, "A.B@Justice.gov.uk")?.id).toBe("nps");
    expect(partnerOfAddress(derbyshireAgreement, "Team <team@derby.gov.uk>")?.id).toBe("derby-city-cs");
    expect(partnerOfAddress(derbyshireAgreement, "x@sub.derbyshire.gov.uk")?.id).toBe("derbyshire-cs");
    expect(partnerOfAddress(derbyshireAgreement, "x@notderby.gov.uk")).toBeUndefined();
    expect(partnerOfAddress(derbyshireAgreement, "not an address")).toBeUndefined();
  });
});
