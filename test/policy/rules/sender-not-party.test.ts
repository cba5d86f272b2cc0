import { derbyshireAgreement } from "../../../src/policy/agreement";
import { checkMessage } from "../../../src/policy/check";
import { SECOND_AGREEMENT } from "../agreement/severalAgreements";
import { byRule, caseMail, CASE_BODY, check, snapshot, WEDNESDAY } from "./helpers";

const SET = [derbyshireAgreement, SECOND_AGREEMENT];

describe("sender-not-party", () => {
  it("says once, as information, that a sender of no party organisation gets only the checks that need no agreement", () => {
    const report = checkMessage(snapshot(caseMail({ to: ["someone@example.org"] })), SET, { now: WEDNESDAY, sender: "me@example.org" });
    const notes = byRule(report, "sender-not-party");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", field: "agreement" });
    expect(notes[0]?.message).toMatch(/me@example\.org is not an address of any organisation party/);
    expect(notes[0]?.agreement).toBeUndefined();
    expect(report.senderParty).toBe("none");
    expect(report.agreements).toEqual([]);
  });

  it("is silent for a party's sender and for an unknown sender", () => {
    expect(byRule(check(caseMail({ to: ["someone@example.org"] })), "sender-not-party")).toEqual([]);
    expect(byRule(checkMessage(snapshot(caseMail({ to: ["someone@example.org"] })), SET, { now: WEDNESDAY }), "sender-not-party")).toEqual([]);
  });

  it("a sender of no party: case data unmarked or misspelt is still a marking lapse (the Government Security Classifications marking)", () => {
    const sender = { now: WEDNESDAY, sender: "gp.partner@nhs.net" };
    for (const subject of ["MAPPA information request - Ref X123456", "OFFICAL SENSITIVE - MAPPA information request - Ref X123456"]) {
      const report = checkMessage(snapshot({ subject, body: CASE_BODY, to: ["officer@justice.gov.uk"] }), SET, sender);
      expect(report.senderParty).toBe("none");
      expect(byRule(report, "protective-marking")).toHaveLength(1);
      expect(byRule(report, "protective-marking")[0]).toMatchObject({ severity: "warn", fix: { type: "add-marking", subject: expect.stringMatching(/^OFFICIAL-SENSITIVE/) } });
      expect(report.verdict).toBe("warn");
    }
    // Ordinary mail from the same sender: nothing to mark.
    const ordinary = checkMessage(snapshot({ subject: "Practice training afternoon", body: "The surgery is closed on Thursday afternoon for training.", to: ["officer@justice.gov.uk"] }), SET, sender);
    expect(byRule(ordinary, "protective-marking")).toEqual([]);
    expect(ordinary.verdict).toBe("pass");
  });

  it("a sender of no party: route rules do not run, the subject, webmail and look-alike rules still do", () => {
    const sender = { now: WEDNESDAY, sender: "me@example.org" };
    const outsider = checkMessage(snapshot({ subject: "OFFICIAL-SENSITIVE: Ref X123456", body: CASE_BODY, to: ["someone@example.org"] }), SET, sender);
    expect(outsider.findings.map((f) => f.rule).filter((r) => r !== "personal-data-found")).toEqual(["sender-not-party"]);
    expect(outsider.verdict).toBe("pass");

    const named = checkMessage(snapshot({ subject: "KPC for John Smith", body: "x", to: ["someone@example.org"] }), SET, sender);
    expect(byRule(named, "subject-personal-data").length).toBeGreaterThan(0);
    expect(named.verdict).toBe("block");

    const webmail = checkMessage(snapshot({ subject: "Ref X123456", body: CASE_BODY, to: ["someone@gmail.com"] }), SET, sender);
    expect(byRule(webmail, "recipient-webmail")[0]?.severity).toBe("block");

    const lookalike = checkMessage(snapshot({ subject: "Ref X123456", body: "Hello", to: ["starting.point@derbyshlre.gov.uk"] }), SET, sender);
    expect(byRule(lookalike, "recipient-lookalike")).toHaveLength(1);
  });
});
