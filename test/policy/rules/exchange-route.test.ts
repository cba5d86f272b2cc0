import { byRule, check, CLEAN, expectDeclaredFixes, ruleById } from "./helpers";

const rule = ruleById("exchange-route");

const URGENT_SUBJECT = "OFFICIAL-SENSITIVE: URGENT In Court – KPC Ref X123456";

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

  it("an exchange id the agreement does not have is a warning, not a silent pass", () => {
    const report = check({ ...CLEAN }, { exchange: "no-such-exchange" });
    expect(report.findings.some((f) => f.id === "exchange-route:unknown-exchange:no-such-exchange" && f.severity === "warn")).toBe(true);
  });
});
