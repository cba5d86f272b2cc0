import type { Partner } from "../../../src/policy/agreement/types";
import { byRule, check, CLEAN, CURRENT_AGREEMENT, expectDeclaredFixes, ruleById } from "./helpers";

const rule = ruleById("exchange-route");

const URGENT_SUBJECT = "OFFICIAL-SENSITIVE: URGENT In Court – KPC Ref X123456";

const POLICE: Partner = {
  id: "derbyshire-police",
  name: "Derbyshire Constabulary",
  kind: "police",
  domains: [{ domain: "derbyshire.police.uk", status: "active" }],
  mailboxes: [],
  lifecycle: { status: "active" },
};

describe("exchange-route", () => {
  describe("metadata", () => {
    it("is a warning on the whole message (it needs the exchange and the subject and body)", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("offers only the fixes it declares", () => {
      expectDeclaredFixes(rule, [
        check({ ...CLEAN, to: ["cpsafeguarding@derby.gov.uk"] }, { exchange: "kpc-probation-to-childrens" }),
        check({ ...CLEAN, subject: URGENT_SUBJECT }),
        check({ ...CLEAN, to: ["hpnd.caya@derbyshire.gov.uk"] }, { exchange: "kpc-probation-to-childrens" }),
        check({ ...CLEAN, to: ["pc.smith@derbyshire.police.uk"] }, { exchange: "kpc-probation-to-childrens" }, { ...CURRENT_AGREEMENT, partners: CURRENT_AGREEMENT.partners.concat([POLICE]) }),
      ]);
    });
  });

  it("warns when the agreement sends that exchange to the partner by online form, and offers the form", () => {
    const report = check({ ...CLEAN, to: ["cpsafeguarding@derby.gov.uk"] }, { exchange: "kpc-probation-to-childrens" });
    const [finding] = byRule(report, "exchange-route");
    expect(finding?.severity).toBe("warn");
    expect(finding?.message).toMatch(/Derby City/);
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "open-form", url: expect.stringMatching(/^https:\/\/myaccount\.derby\.gov\.uk\//) }));
  });

  it("a referral goes by form or telephone, never e-mail, even to Starting Point", () => {
    expect(byRule(check({ ...CLEAN }, { exchange: "referral-to-childrens-social-care" }), "exchange-route")).toHaveLength(1);
  });

  it("one finding per partner, however many of its addresses the message goes to", () => {
    const report = check({ ...CLEAN, to: ["starting.point@derbyshire.gov.uk", "hpnd.caya@derbyshire.gov.uk", "jane.doe@derbyshire.gov.uk"] }, { exchange: "referral-to-childrens-social-care" });
    expect(byRule(report, rule.id).map((f) => f.recipient)).toEqual(["starting.point@derbyshire.gov.uk"]);
  });

  it("says nothing when the partner takes the exchange by secure e-mail, or when the exchange is unknown", () => {
    expect(byRule(check({ ...CLEAN }, { exchange: "kpc-probation-to-childrens" }), "exchange-route")).toEqual([]);
    expect(byRule(check({ ...CLEAN, to: ["cpsafeguarding@derby.gov.uk"] }), "exchange-route")).toEqual([]);
  });

  it("notes the telephone route for URGENT In Court requests", () => {
    const [finding] = byRule(check({ ...CLEAN, subject: URGENT_SUBJECT }), "exchange-route");
    expect(finding?.severity).toBe("info");
    expect(finding?.fix?.type).toBe("telephone");
  });

  it("finds URGENT In Court in the body as well as the subject", () => {
    const [finding] = byRule(check({ ...CLEAN, body: "URGENT – in court this afternoon, please call back." }), rule.id);
    expect(finding?.id).toBe("exchange-route:urgent-in-court");
  });

  describe("named mailboxes of the exchange", () => {
    it("a Known Persons Check to a locality mailbox instead of Starting Point: warns, naming Starting Point, with a one-click replace", () => {
      const [finding, ...more] = byRule(check({ ...CLEAN, to: ["hpnd.caya@derbyshire.gov.uk"] }, { exchange: "kpc-probation-to-childrens" }), rule.id);
      expect(more).toEqual([]);
      expect(finding?.severity).toBe("warn");
      expect(finding?.message).toMatch(/Starting Point \(starting\.point@derbyshire\.gov\.uk\); hpnd\.caya@derbyshire\.gov\.uk is not that mailbox/);
      expect(finding?.fix).toEqual({ type: "replace-recipient", label: "Use starting.point@derbyshire.gov.uk", address: "hpnd.caya@derbyshire.gov.uk", replacement: "starting.point@derbyshire.gov.uk" });
    });

    it("a strategy-meeting invitation to the Buxton mailbox instead of the probation SPOC: warns and offers the SPOC", () => {
      const report = check({ ...CLEAN, to: ["midlandsnps.derbyshirewest@justice.gov.uk"] }, { exchange: "strategy-meeting-invites", sender: "sw@derbyshire.gov.uk" });
      const [finding] = byRule(report, rule.id);
      expect(finding?.fix).toMatchObject({ type: "replace-recipient", replacement: "sophie.nuttall@justice.gov.uk" });
    });

    it("is silent at the named mailbox, where individuals may receive it, and for a colleague copied in", () => {
      expect(byRule(check({ ...CLEAN, to: ["starting.point@derbyshire.gov.uk"], cc: ["manager@justice.gov.uk"] }, { exchange: "kpc-probation-to-childrens" }), rule.id)).toEqual([]);
      // Children's services answer a probation KPC to the practitioner ("firstname.secondname@justice.gov.uk").
      expect(byRule(check({ ...CLEAN, to: ["alex.morgan@justice.gov.uk"] }, { exchange: "kpc-probation-to-childrens", sender: "sw@derbyshire.gov.uk" }), rule.id)).toEqual([]);
    });

    it("a partner the exchange does not go to: warns with Remove", () => {
      const agreement = { ...CURRENT_AGREEMENT, partners: CURRENT_AGREEMENT.partners.concat([POLICE]) };
      const [finding] = byRule(check({ ...CLEAN, to: ["pc.smith@derbyshire.police.uk"] }, { exchange: "kpc-probation-to-childrens" }, agreement), rule.id);
      expect(finding?.message).toMatch(/^Derbyshire Constabulary does not receive the Known Persons Check/);
      expect(finding?.fix).toMatchObject({ type: "remove-recipient", address: "pc.smith@derbyshire.police.uk" });
    });

    it("the sender's organisation must be a party to the exchange", () => {
      const agreement = { ...CURRENT_AGREEMENT, partners: CURRENT_AGREEMENT.partners.concat([POLICE]) };
      const report = check({ ...CLEAN }, { exchange: "kpc-probation-to-childrens", sender: "pc.jones@derbyshire.police.uk" }, agreement);
      const sender = byRule(report, rule.id).filter((f) => f.id.includes(":sender:"));
      expect(sender).toHaveLength(1);
      expect(sender[0]?.message).toMatch(/^Derbyshire Constabulary is not a party to the Known Persons Check/);
      expect(byRule(check({ ...CLEAN }, { exchange: "kpc-probation-to-childrens" }), rule.id)).toEqual([]);
    });
  });

  it("an exchange id the agreement does not have is a warning, not a silent pass", () => {
    const report = check({ ...CLEAN }, { exchange: "no-such-exchange" });
    expect(report.findings.some((f) => f.id === "exchange-route:unknown-exchange:no-such-exchange" && f.severity === "warn")).toBe(true);
  });
});
