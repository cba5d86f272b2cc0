import { byRule, check, CLEAN } from "./helpers";

const PD_BODY = "Please complete a Known Persons Check for Amelia Edwards (DOB 02/02/2020) of 30c Meadow Grove, Glossop.";

describe("recipient rules", () => {
  it("a partner mailbox and a partner practitioner raise nothing", () => {
    const report = check({ ...CLEAN, body: PD_BODY, to: ["starting.point@derbyshire.gov.uk"], cc: ["jane.doe@justice.gov.uk"] });
    expect(report.findings.filter((f) => f.field === "recipients" || f.rule === "body-secure-route")).toEqual([]);
  });

  it("look-alike → block, with the address it probably meant as the fix", () => {
    const report = check({ ...CLEAN, to: ["starting.point@derbyshlre.gov.uk"] });
    const [finding] = byRule(report, "recipient-lookalike");
    expect(finding?.severity).toBe("block");
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "replace-recipient", replacement: "starting.point@derbyshire.gov.uk" }));
    expect(report.verdict).toBe("block");
  });

  it("display name showing another address → block", () => {
    const report = check({ ...CLEAN, to: [{ name: "starting.point@derbyshire.gov.uk", address: "someone@example.com" }] });
    expect(byRule(report, "recipient-display-name-mismatch")[0]?.severity).toBe("block");
  });

  it("webmail → block with case data, a note (no Send dialog) without", () => {
    expect(byRule(check({ ...CLEAN, body: PD_BODY, cc: ["amelia.carer@gmail.com"] }), "recipient-webmail")[0]?.severity).toBe("block");
    expect(byRule(check({ ...CLEAN, cc: ["amelia.carer@gmail.com"] }), "recipient-webmail")[0]?.severity).toBe("info");
  });

  it("public sector not a party, and unknown external → block with case data, a note without", () => {
    for (const address of ["duty.team@nottinghamshire.gov.uk", "someone@example.org"]) {
      expect(byRule(check({ ...CLEAN, body: PD_BODY, cc: [address] }), "recipient-outside-agreement")[0]?.severity).toBe("block");
      expect(byRule(check({ ...CLEAN, cc: [address] }), "recipient-outside-agreement")[0]?.severity).toBe("info");
    }
    expect(byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gov.uk"] }), "recipient-outside-agreement")).toEqual([]);
  });

  it("retired secure format → warn, offering the current address", () => {
    const [finding] = byRule(check({ ...CLEAN, cc: ["jane.doe@justice.gsi.gov.uk"] }), "recipient-retired-format");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toEqual(expect.objectContaining({ type: "replace-recipient", replacement: "jane.doe@justice.gov.uk" }));
  });

  it("the dissolved CRC → warn, naming where its work went", () => {
    const [finding] = byRule(check({ ...CLEAN, to: ["customerservices@rrpgov.uk"] }), "partner-dissolved");
    expect(finding?.severity).toBe("warn");
    expect(finding?.message).toMatch(/dissolved on 2021-06-26/);
    expect(finding?.message).toMatch(/moved to/);
  });

  it("an invalid address → block", () => {
    expect(byRule(check({ ...CLEAN, cc: ["not-an-address"] }), "recipient-invalid")[0]?.severity).toBe("block");
  });
});

describe("mailbox-schedule: Buxton SPOC is monitored Tuesday to Thursday only", () => {
  const buxton = "midlandsnps.derbyshirewest@justice.gov.uk";
  // 23–29 November 2026 is Monday to Sunday; 09:00 UTC is 09:00 in London in November.
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  it.each(days.map((day, i) => [day, i + 23] as const))("on %s", (day, date) => {
    const report = check({ ...CLEAN, to: [buxton] }, { now: new Date(`2026-11-${date}T09:00:00Z`) });
    const findings = byRule(report, "mailbox-schedule");
    if (day === "Tuesday" || day === "Wednesday" || day === "Thursday") {
      expect(findings).toEqual([]);
    } else {
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe("warn");
      expect(findings[0]?.message).toContain(`not on ${day}s`);
      expect(findings[0]?.message).toContain("next be read on Tuesday");
    }
  });

  it("uses the London day, not UTC: 23:30 UTC on a summer Monday is already Tuesday", () => {
    expect(byRule(check({ ...CLEAN, to: [buxton] }, { now: new Date("2026-06-15T23:30:00Z") }), "mailbox-schedule")).toEqual([]);
    expect(byRule(check({ ...CLEAN, to: [buxton] }, { now: new Date("2026-06-15T22:30:00Z") }), "mailbox-schedule")).toHaveLength(1);
  });
});

describe("body-secure-route", () => {
  it("blocks personal data in the body while any recipient is off the secure routes", () => {
    const report = check({ ...CLEAN, body: PD_BODY, cc: ["amelia.carer@gmail.com"] });
    const [finding] = byRule(report, "body-secure-route");
    expect(finding).toEqual(expect.objectContaining({ severity: "block", field: "body", recipient: "amelia.carer@gmail.com" }));
  });

  it("blocks special-category data too, and says nothing for a clean body", () => {
    const sensitive = check({ ...CLEAN, body: "He has a diagnosis of schizophrenia.", cc: ["someone@example.org"] });
    expect(byRule(sensitive, "body-secure-route")).toHaveLength(1);
    expect(byRule(check({ ...CLEAN, cc: ["someone@example.org"] }), "body-secure-route")).toEqual([]);
  });

  it("a look-alike of a partner is not a secure route", () => {
    expect(byRule(check({ ...CLEAN, body: PD_BODY, to: ["starting.point@derbyshire-gov.uk"] }), "body-secure-route")).toHaveLength(1);
  });
});
