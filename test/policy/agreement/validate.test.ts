import { parseAgreement } from "../../../src/policy/agreement/validate";
import type { AgreementProblem } from "../../../src/policy/agreement";
import { smallAgreement, type Json } from "./helpers";

function problems(json: unknown): AgreementProblem[] {
  const result = parseAgreement(json);
  if (result.ok) throw new Error("expected problems, got a valid agreement");
  return result.problems;
}

function problemAt(json: unknown, path: string): string[] {
  return problems(json)
    .filter((p) => p.path === path)
    .map((p) => p.message);
}

function broken(mutate: (a: Json) => void): Json {
  const a = smallAgreement();
  mutate(a);
  return a;
}

describe("parseAgreement", () => {
  it("accepts a valid agreement and returns it unchanged", () => {
    const json = smallAgreement();
    const result = parseAgreement(json);
    expect(result).toEqual({ ok: true, agreement: json });
  });

  it("lists every problem of a broken agreement at once, each at its JSON path, in document order", () => {
    const a = smallAgreement();
    a.title = "";
    a.reviewDate = "2032-02-30";
    a.partners[0].mailboxes[0].address = "North@Justice.gov.uk";
    a.partners[0].mailboxes[1].monitoredDays = [2, 8];
    a.partners[1].kind = "social-care";
    a.partners[2].lifecycle.functionsMovedTo = "probation-service";
    a.exchanges[0].routes[2].partner = "probaton";
    a.exchanges[1].id = "check";
    a.exchanges[1].routes[0].mailboxes = ["front.door@county.gov.uk"];
    a.exchanges[1].routes[0].mailbox = "typo";
    expect(problems(a)).toEqual([
      { path: "title", message: "expected a non-empty string" },
      { path: "reviewDate", message: "expected a real date written YYYY-MM-DD" },
      { path: "partners[0].mailboxes[0].address", message: 'expected lower-case: write "north@justice.gov.uk"' },
      { path: "partners[0].mailboxes[1].monitoredDays[1]", message: "expected an ISO weekday number, 1 (Monday) to 7 (Sunday)" },
      { path: "partners[0].mailboxes[1].alternative", message: '"north@justice.gov.uk" is not a mailbox of this agreement: expected the address of a listed mailbox' },
      { path: "partners[1].kind", message: 'expected one of "probation", "childrens-services", "police", "health", "education", "local-authority", "other"' },
      { path: "partners[2].lifecycle.functionsMovedTo", message: 'unknown partner "probation-service": expected one of "probation", "council", "old-crc"' },
      { path: "exchanges[0].routes[2].partner", message: 'unknown partner "probaton": expected one of "probation", "council", "old-crc"' },
      { path: "exchanges[1].id", message: 'duplicate exchange id "check": expected each exchange id once (first at exchanges[0].id)' },
      { path: "exchanges[1].routes[0].mailboxes[0]", message: '"front.door@county.gov.uk" is neither a mailbox of partner "probation" nor on its domains ("justice.gov.uk")' },
      { path: "exchanges[1].routes[0].mailbox", message: "unexpected field: not part of the agreement schema (misspelt?)" },
    ]);
  });

  it("never returns an agreement when only cross-references are wrong", () => {
    const result = parseAgreement(broken((a) => (a.exchanges[0].to = ["council", "police"])));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("agreement");
    expect(problemAt(broken((a) => (a.exchanges[0].to = ["council", "police"])), "exchanges[0].to[1]")).toEqual([
      'unknown partner "police": expected one of "probation", "council", "old-crc"',
    ]);
  });

  it("says what is missing and what type was expected", () => {
    expect(problemAt(broken((a) => delete a.partners[1].name), "partners[1].name")).toEqual(["missing: expected a string"]);
    expect(problemAt(broken((a) => (a.partners = {})), "partners")).toEqual(["expected an array, got an object"]);
    expect(problemAt(broken((a) => (a.exchanges[0].timescale.workingDays = 1.5)), "exchanges[0].timescale.workingDays")).toEqual([
      "expected a whole number, got 1.5",
    ]);
    expect(problems(null)).toEqual([{ path: "(root)", message: "expected an object, got null" }]);
    expect(problems([])).toEqual([{ path: "(root)", message: "expected an object, got an array" }]);
  });

  it("rejects unknown route kinds and lifecycle statuses naming the valid ones", () => {
    expect(problemAt(broken((a) => (a.exchanges[0].routes[0].kind = "fax")), "exchanges[0].routes[0].kind")).toEqual([
      'expected one of "secure-email", "online-form", "telephone"',
    ]);
    expect(problemAt(broken((a) => (a.partners[0].lifecycle = { status: "merged" })), "partners[0].lifecycle.status")).toEqual([
      'expected one of "active", "dissolved"',
    ]);
  });

  it("requires a dissolved partner's date and note", () => {
    const a = broken((x) => (x.partners[2].lifecycle = { status: "dissolved" }));
    expect(problemAt(a, "partners[2].lifecycle.on")).toEqual(["missing: expected a string"]);
    expect(problemAt(a, "partners[2].lifecycle.note")).toEqual(["missing: expected a string"]);
  });

  it.each([
    ["2023-02-29", false],
    ["2024-02-29", true],
    ["2030-13-01", false],
    ["2030-04-31", false],
    ["30-01-2030", false],
    ["2030-1-31", false],
  ])("checks reviewDate %s is a real date", (date, ok) => {
    expect(parseAgreement({ ...smallAgreement(), reviewDate: date, expiryDate: "2040-01-01" }).ok).toBe(ok);
  });

  it("requires the review date on or before the expiry date", () => {
    expect(problemAt(broken((a) => (a.reviewDate = "2031-02-01")), "reviewDate")).toEqual(["expected a review date on or before the expiry date 2031-01-31"]);
    expect(parseAgreement(broken((a) => (a.reviewDate = "2031-01-31"))).ok).toBe(true);
    expect(parseAgreement(broken((a) => delete a.expiryDate)).ok).toBe(true);
  });

  it("checks mailbox addresses and domains look valid", () => {
    expect(problemAt(broken((a) => (a.partners[0].mailboxes[0].address = "North SPOC <north@justice.gov.uk>")), "partners[0].mailboxes[0].address")).toEqual([
      'expected a plain lower-case e-mail address such as "starting.point@derbyshire.gov.uk"',
    ]);
    expect(problemAt(broken((a) => (a.partners[0].domains[0].domain = "Justice.gov.uk")), "partners[0].domains[0].domain")).toContain(
      'expected lower-case: write "justice.gov.uk"',
    );
    expect(problemAt(broken((a) => (a.partners[0].domains[0].domain = "justice")), "partners[0].domains[0].domain")).toEqual([
      'expected a lower-case mail domain such as "justice.gov.uk"',
    ]);
  });

  it("requires a partner's mailboxes to be on its own domains", () => {
    expect(problemAt(broken((a) => (a.partners[1].mailboxes[0].address = "front.door@county.gov.uk.evil.com")), "partners[1].mailboxes[0].address")).toEqual([
      '"front.door@county.gov.uk.evil.com" is not on this partner\'s domains ("county.gov.uk"): expected an address on one of them, or add its domain',
    ]);
    // Subdomains of a partner domain are the partner's.
    expect(parseAgreement(broken((a) => (a.partners[1].mailboxes[0].address = "front.door@mail.county.gov.uk"))).ok).toBe(true);
  });

  it("reports an address or domain claimed twice, naming the first", () => {
    const a = broken((x) => {
      x.partners[1].domains.push({ domain: "justice.gov.uk", status: "active" });
      x.partners[1].mailboxes.push({ address: "north@justice.gov.uk", name: "Copy" });
    });
    expect(problemAt(a, "partners[1].domains[1].domain")).toEqual(['duplicate domain "justice.gov.uk": expected each domain once (first at partners[0].domains[0].domain)']);
    expect(problemAt(a, "partners[1].mailboxes[1].address")).toEqual([
      'duplicate mailbox address "north@justice.gov.uk": expected each mailbox address once (first at partners[0].mailboxes[0].address)',
    ]);
  });

  it("requires a route for every addressee, and only for parties of the exchange", () => {
    expect(problemAt(broken((a) => (a.exchanges[1].routes = a.exchanges[1].routes.slice(0, 1))), "exchanges[1].to[1]")).toEqual([
      'partner "old-crc" receives this exchange but has no route: expected a route with "partner": "old-crc"',
    ]);
    // Senders may have routes too: replies reach them that way.
    expect(parseAgreement(broken((a) => a.exchanges[1].routes.push({ partner: "council", kind: "telephone", when: "urgent" }))).ok).toBe(true);
    const stranger = broken((a) => {
      a.exchanges[0].from = ["probation"];
      a.exchanges[0].routes.push({ partner: "old-crc", kind: "telephone", when: "urgent" });
    });
    expect(problemAt(stranger, "exchanges[0].routes[3].partner")).toEqual([
      'partner "old-crc" is neither in this exchange\'s "from" nor its "to": expected one of "probation", "council"',
    ]);
  });

  it("requires a secure-email route to name mailboxes or individuals on the partner's domains", () => {
    expect(problemAt(broken((a) => delete a.exchanges[1].routes[1].individuals), "exchanges[1].routes[1].mailboxes")).toEqual([
      'expected at least one mailbox address, or an "individuals" description',
    ]);
    expect(problemAt(broken((a) => (a.exchanges[1].routes[1].individuals = "first.last@gmail.com")), "exchanges[1].routes[1].individuals")).toEqual([
      '"gmail.com" is not one of partner "old-crc"\'s domains ("crc.example.org")',
    ]);
    expect(parseAgreement(broken((a) => (a.exchanges[1].routes[1].individuals = "your known contact"))).ok).toBe(true);
  });

  it("requires https form URLs without spaces and plausible telephone numbers", () => {
    expect(problemAt(broken((a) => (a.exchanges[0].routes[0].url = "https://forms.county.gov.uk/report concerns")), "exchanges[0].routes[0].url")).toEqual([
      "expected an https:// URL without spaces",
    ]);
    expect(problemAt(broken((a) => (a.exchanges[0].routes[0].url = "http://forms.county.gov.uk/refer")), "exchanges[0].routes[0].url")).toHaveLength(1);
    expect(problemAt(broken((a) => (a.exchanges[0].routes[1].number = "call Starting Point")), "exchanges[0].routes[1].number")).toHaveLength(1);
  });

  it("requires the marking text among the accepted spellings, and kebab-case unique ids", () => {
    expect(problemAt(broken((a) => (a.marking.accepted = ["OFFICIAL SENSITIVE"])), "marking.accepted")).toEqual([
      'expected to include the marking text "OFFICIAL-SENSITIVE"',
    ]);
    expect(problemAt(broken((a) => (a.exchanges[0].id = "Known Persons Check")), "exchanges[0].id")[0]).toMatch(/^expected a kebab-case id/);
    expect(problemAt(broken((a) => a.channelRules.push(a.channelRules[0])), "channelRules[1].id")).toEqual([
      'duplicate channel rule id "no-personal-data-in-subject": expected each channel rule id once (first at channelRules[0].id)',
    ]);
  });

  it("checks templates: shape, unique ids, and that their exchange and partners exist", () => {
    const template = (id: string) => ({
      id,
      exchangeId: "check",
      name: "Check request",
      subjectTitle: "Check",
      kind: "request",
      direction: { from: ["probation"], to: ["council"] },
      purpose: "p",
      lawfulBasis: "l",
      timescale: "t",
      clause: "c",
      fields: [{ id: "caseReference", label: "Case reference", type: "reference", required: true, help: "h" }],
    });
    expect(parseAgreement({ ...smallAgreement(), templates: [template("a")] }).ok).toBe(true);
    const a = smallAgreement();
    a.templates = [template("a"), { ...template("a"), exchangeId: "nope", direction: { from: ["probation"], to: ["police"] } }, { ...template("c"), fields: [] }];
    expect(problems(a)).toEqual([
      { path: "templates[1].id", message: 'duplicate template id "a": expected each template id once (first at templates[0].id)' },
      { path: "templates[1].exchangeId", message: 'unknown exchange "nope": expected one of "check", "invite"' },
      { path: "templates[1].direction.to[0]", message: 'unknown partner "police": expected one of "probation", "council", "old-crc"' },
      { path: "templates[2].fields", message: "Too small: expected array to have >=1 items" },
      { path: "templates[2].fields", message: "expected exactly one required reference field (the subject's case reference)" },
    ]);
  });

  it("sorts array indices numerically", () => {
    const a = smallAgreement();
    for (let i = 0; i < 11; i++) a.exchanges.push({ ...a.exchanges[1], id: `extra-${i}` });
    a.exchanges[11].name = "";
    a.exchanges[2].name = "";
    expect(problems(a).map((p) => p.path)).toEqual(["exchanges[2].name", "exchanges[11].name"]);
  });
});
