import { derbyshireAgreement } from "../../src/policy/agreement";
import { classifierFor } from "../../src/policy/recipients/classify";
import type { Finding } from "../../src/policy/rules/types";
import { formatIsoDate, summariseAgreement } from "../../src/taskpane/model/agreementSummary";
import { clauseFor } from "../../src/taskpane/model/clauses";
import { DISMISS_REASONS, checkReason } from "../../src/taskpane/model/dismissReasons";
import { groupFindings } from "../../src/taskpane/model/findingGroups";
import { excerptAround } from "../../src/taskpane/model/highlight";
import { badgeFor, recipientView } from "../../src/taskpane/model/recipientBadge";
import { snapshotKey } from "../../src/taskpane/model/snapshotKey";
import { verdictText } from "../../src/taskpane/model/verdictText";
import { isDarkTheme } from "../../src/taskpane/theme";
import { editorText } from "../../src/preview/editorText";
import { escapeAsHtml } from "../../src/preview/simulatedItem";
import { EMPTY_SNAPSHOT } from "../../src/policy/snapshot";
import { ADDRESS_KINDS, PRIMARY_PRECEDENCE } from "../../src/policy/recipients/types";
import { reportOf } from "../support/report";

function finding(id: string, field: Finding["field"], severity: Finding["severity"], start?: number): Finding {
  return { id, rule: "r", field, severity, message: id, ...(start !== undefined ? { start, end: start + 1 } : {}) };
}

describe("groupFindings", () => {
  it("groups by place, the group with the worst finding first, worst first within", () => {
    const groups = groupFindings([
      finding("s-warn", "subject", "warn"),
      finding("b-info", "body", "info", 9),
      finding("r-block", "recipients", "block"),
      finding("b-block", "body", "block", 3),
      finding("route", "route", "warn"),
      finding("agreement", "agreement", "warn"),
    ]);
    expect(groups.map((g) => g.place)).toEqual(["body", "recipients", "subject", "agreement"]);
    expect(groups[0]?.findings.map((f) => f.id)).toEqual(["b-block", "b-info"]);
    expect(groups[3]?.findings.map((f) => f.id)).toEqual(["route", "agreement"]);
    expect(groups[3]?.title).toBe("Route and agreement");
  });

  it("gives no groups for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe("excerptAround", () => {
  it("marks the match and clips long text at word boundaries", () => {
    const text = `${"word ".repeat(30)}John Smith${" more".repeat(30)}`;
    const start = text.indexOf("John");
    const e = excerptAround(text, start, start + 10, 20);
    expect(e?.match).toBe("John Smith");
    expect(e?.clippedStart).toBe(true);
    expect(e?.clippedEnd).toBe(true);
    expect(e?.before.startsWith("word")).toBe(true);
    expect(e?.after.endsWith("more")).toBe(true);
  });

  it("keeps short text whole and flattens line breaks", () => {
    expect(excerptAround("Hi\nJohn Smith\nbye", 3, 13)).toEqual({ before: "Hi ", match: "John Smith", after: " bye", clippedStart: false, clippedEnd: false });
  });

  it("gives null when the offsets no longer fit the text", () => {
    expect(excerptAround("short", 3, 40)).toBeNull();
    expect(excerptAround("short", 3, 3)).toBeNull();
  });
});

describe("recipient badges", () => {
  const classify = (address: string, name = "") => classifierFor(derbyshireAgreement).classify({ name, address }, "sam.practitioner@justice.gov.uk");

  it("has a text and an icon for every class, never colour alone", () => {
    for (const kind of PRIMARY_PRECEDENCE.concat(ADDRESS_KINDS)) {
      const b = badgeFor(kind);
      expect(b.text.length).toBeGreaterThan(3);
      expect(b.icon).toBeTruthy();
    }
  });

  it("describes a named mailbox with its team, area, schedule and notes", () => {
    const v = recipientView(classify("midlandsnps.derbyshirewest@justice.gov.uk"));
    expect(v.badge.text).toBe("Agreement mailbox");
    expect(v.details).toContain("Buxton (Derbyshire)");
    expect(v.details).toContain("Monitored Tue–Thu only");
    expect(v.details.some((d) => d.includes("only monitored Tues-Thurs"))).toBe(true);
  });

  it("gives the address a look-alike probably meant, and where it really goes", () => {
    const v = recipientView(classify("starting.point@derbyshlre.gov.uk"));
    expect(v.badge.text).toBe("Look-alike address");
    expect(v.suggested).toBe("starting.point@derbyshire.gov.uk");
    expect(v.details).toContain("Probably meant: starting.point@derbyshire.gov.uk");
    expect(v.alsoBadges.map((b) => b.text)).toEqual(["Public sector, not a party"]); // *.gov.uk, but no party
  });

  it("names webmail, retired formats and unknown addresses", () => {
    expect(recipientView(classify("someone@gmail.com")).badge.text).toBe("Personal webmail");
    const retired = recipientView(classify("someone@probation.gsi.gov.uk"));
    expect(retired.badge.text).toBe("Retired address");
    expect(recipientView(classify("someone@example.com")).badge.text).toBe("Unknown");
  });

  it("words the details as the badges and the rules do (recipients/describe.ts)", () => {
    const webmail = recipientView(classify("someone@gmail.com"));
    expect(webmail.details).toEqual(["Personal webmail (gmail.com)"]);
    expect(webmail.badge).toEqual({ text: "Personal webmail", tone: "danger", icon: "globe" });
    const own = classifierFor(derbyshireAgreement).classify({ name: "", address: "manager@leicester.gov.uk" }, "me@leicester.gov.uk");
    expect(recipientView(own).details).toEqual(["Your own organisation (leicester.gov.uk)"]);
  });
});

describe("agreement summary", () => {
  it("formats the review date and says when it is past", () => {
    expect(formatIsoDate("2021-06-26")).toBe("26 June 2021");
    const s = summariseAgreement(derbyshireAgreement, new Date("2026-11-23T10:00:00Z"));
    expect(s).toMatchObject({ reviewDate: "26 June 2021", pastReview: true, version: derbyshireAgreement.version });
    expect(summariseAgreement(derbyshireAgreement, new Date("2021-06-26T12:00:00Z")).pastReview).toBe(false);
    expect(summariseAgreement(derbyshireAgreement, new Date("2021-06-26T23:30:00Z")).pastReview).toBe(true); // 00:30 on the 27th in London
  });
});

describe("verdict text", () => {
  it("counts blocking problems and warnings", () => {
    expect(verdictText(reportOf({ verdict: "block", findings: [finding("a", "subject", "block"), finding("b", "body", "warn")] }))).toBe(
      "Blocked: 1 problem to fix before sending, 1 warning",
    );
    expect(verdictText(reportOf({ verdict: "warn", findings: [finding("a", "subject", "warn"), finding("b", "body", "warn")] }))).toBe("Check before sending: 2 warnings");
    expect(verdictText(reportOf({ verdict: "pass", findings: [finding("a", "body", "info")] }))).toBe("Ready to send: no problems found");
  });
});

describe("dismiss reasons", () => {
  it("offers the usual reasons and checks typed ones", () => {
    expect(DISMISS_REASONS).toContain("Not personal data");
    expect(DISMISS_REASONS).toContain("Recipient confirmed by telephone");
    expect(checkReason("  spoke to  the  team ")).toEqual({ ok: true, reason: "spoke to the team" });
    expect(checkReason("   ")).toEqual({ ok: false, message: "Say why this does not apply." });
    expect(checkReason("x".repeat(201))).toMatchObject({ ok: false });
  });
});

describe("snapshotKey", () => {
  it("changes with the subject, recipients, body, attachments and stored state, and only then", () => {
    const base = { ...EMPTY_SNAPSHOT, subject: "a", body: "b" };
    const key = snapshotKey(base, "s");
    expect(snapshotKey({ ...base }, "s")).toBe(key);
    expect(snapshotKey({ ...base, subject: "A" }, "s")).not.toBe(key);
    expect(snapshotKey({ ...base, body: "b " }, "s")).not.toBe(key);
    expect(snapshotKey({ ...base, cc: [{ name: "", address: "x@y.z" }] }, "s")).not.toBe(key);
    expect(snapshotKey({ ...base, attachments: [{ id: "1", name: "a.pdf", size: 1, isInline: false }] }, "s")).not.toBe(key);
    expect(snapshotKey(base, "t")).not.toBe(key);
    expect(snapshotKey({ ...base, hiddenText: "John Smith" }, "s")).not.toBe(key);
  });
});

describe("clauses and theme", () => {
  it("finds the clause a rule enforces", () => {
    expect(clauseFor("subject-personal-data", derbyshireAgreement)?.text).toBeTruthy();
    expect(clauseFor("no-such-rule", derbyshireAgreement)).toBeUndefined();
  });

  it("follows Office's dark theme flag, else the background's luminance", () => {
    expect(isDarkTheme({ isDarkTheme: true })).toBe(true);
    expect(isDarkTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "#292929" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
  });
});

describe("preview editor text", () => {
  it("round-trips typed text through the simulated HTML body", () => {
    const typed = "Hello,\n\nThe request is attached.\n\nThanks";
    expect(editorText(escapeAsHtml(typed))).toBe(typed);
    expect(editorText("<p>Inserted</p><table><tr><td>Name</td><td>Jane</td></tr></table>")).toContain("Name\tJane");
  });
});
