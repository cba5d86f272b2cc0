import { formatAddress, parseAddress, type ParsedAddress } from "../../../src/policy/recipients";

function ok(input: string): ParsedAddress {
  const r = parseAddress(input);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(input)} to parse: ${r.problem} ${r.message}`);
  return r;
}

function problem(input: string): string {
  const r = parseAddress(input);
  if (r.ok) throw new Error(`expected ${JSON.stringify(input)} to be invalid, got ${r.address}`);
  return r.problem;
}

describe("parseAddress: valid forms", () => {
  test("bare address; domain lower-cased, local part kept", () => {
    const a = ok("Starting.Point@Derbyshire.GOV.UK");
    expect(a).toMatchObject({
      displayName: "",
      local: "Starting.Point",
      domain: "derbyshire.gov.uk",
      domainAscii: "derbyshire.gov.uk",
      address: "Starting.Point@derbyshire.gov.uk",
      key: "starting.point@derbyshire.gov.uk",
      isIdn: false,
      isDomainLiteral: false,
    });
  });

  test("surrounding whitespace and a trailing dot on the domain are ignored", () => {
    expect(ok("  jane@example.com.  ").addressAscii).toBe("jane@example.com");
  });

  test("name-addr with a plain display name", () => {
    expect(ok("Jane Doe <jane.doe@justice.gov.uk>")).toMatchObject({ displayName: "Jane Doe", address: "jane.doe@justice.gov.uk" });
  });

  test("quoted display name with a comma (Outlook's \"Surname, Forename\")", () => {
    expect(ok('"Doe, Jane" <jane@example.com>')).toMatchObject({ displayName: "Doe, Jane", address: "jane@example.com" });
  });

  test("unquoted display name with a comma, as Outlook pastes it", () => {
    expect(ok("Doe, Jane <jane@example.com>")).toMatchObject({ displayName: "Doe, Jane", address: "jane@example.com" });
  });

  test("quoted display name with escapes", () => {
    expect(ok('"Jane \\"JD\\" Doe" <jane@example.com>').displayName).toBe('Jane "JD" Doe');
  });

  test("angle brackets alone", () => {
    expect(ok("<jane@example.com>")).toMatchObject({ displayName: "", address: "jane@example.com" });
  });

  test("comments are read and dropped from the address", () => {
    const a = ok("jane@example.com (Jane at work)");
    expect(a.address).toBe("jane@example.com");
    expect(a.comments).toEqual(["Jane at work"]);
    const b = ok("Jane (team lead) <jane (c) @ Example.COM>");
    expect(b).toMatchObject({ displayName: "Jane", address: "jane@example.com" });
    expect(b.comments).toEqual(["team lead", "c"]);
  });

  test("white space around an unquoted local part is dropped, also after a stray comma (found by fast-check)", () => {
    expect(parseAddress(",A @a.co.uk")).toMatchObject({ ok: true, local: "A", address: "A@a.co.uk", key: "a@a.co.uk" });
    expect(parseAddress(", A@a.co.uk")).toMatchObject({ ok: true, local: "A", key: "a@a.co.uk" });
  });

  test("quoted local part keeps its quotes in the address", () => {
    const a = ok('"j smith"@example.com');
    expect(a.local).toBe("j smith");
    expect(a.address).toBe('"j smith"@example.com');
    expect(formatAddress("j smith", "example.com")).toBe('"j smith"@example.com');
    expect(formatAddress("jane", "example.com")).toBe("jane@example.com");
  });

  test("an @ inside the display name is accepted (so a mismatch can be reported)", () => {
    expect(ok("boss@derbyshire.gov.uk <evil@example.com>")).toMatchObject({ displayName: "boss@derbyshire.gov.uk", address: "evil@example.com" });
  });

  test("IDN domain: Unicode in, both forms out", () => {
    const a = ok("jane@münchen.de");
    expect(a).toMatchObject({ domain: "münchen.de", domainAscii: "xn--mnchen-3ya.de", address: "jane@münchen.de", addressAscii: "jane@xn--mnchen-3ya.de", isIdn: true });
  });

  test("IDN domain: punycode in, both forms out", () => {
    const a = ok("jane@XN--MNCHEN-3YA.DE");
    expect(a).toMatchObject({ domain: "münchen.de", domainAscii: "xn--mnchen-3ya.de", isIdn: true });
  });

  test("IDN in a name-addr, and full-width dots as label separators", () => {
    expect(ok("Jane <jane@münchen.de>").domainAscii).toBe("xn--mnchen-3ya.de");
    expect(ok("jane@example\u3002com").domain).toBe("example.com");
  });

  test("UTF-8 local part (RFC 6532)", () => {
    expect(ok("josé@example.com")).toMatchObject({ local: "josé", key: "josé@example.com" });
  });

  test("domain literal", () => {
    expect(ok("jane@[192.0.2.1]")).toMatchObject({ domain: "[192.0.2.1]", isDomainLiteral: true });
  });
});

const INVALID: Array<[string, string]> = [
  ["", "empty"],
  ["   ", "empty"],
  ["jane.example.com", "no-at"],
  ["Jane Doe", "no-at"],
  ["@example.com", "empty-local-part"],
  ["Jane <@example.com>", "empty-local-part"],
  ["jane@", "empty-domain"],
  ["jane@localhost", "bad-domain"],
  ["jane@-x.com", "bad-domain"],
  ["jane@x_y.com", "bad-domain"],
  ["jane@example..com", "bad-domain"],
  ["jane@example.123", "bad-domain"],
  ["jane@xn--zz.com", "bad-domain"],
  ["jane doe@example.com", "unparseable"],
  ["jane..doe@example.com", "bad-local-part"],
  [".jane@example.com", "bad-local-part"],
  ["a@b@example.com", "bad-local-part"],
  ["Jane Doe jane@example.com", "unparseable"],
  ["Jane <jane@example.com", "unparseable"],
  ["Jane <>", "empty"],
  ["jane@example.com, john@example.com", "multiple-addresses"],
  ["Doe, Jane <jane@example.com>; Roe, John <john@example.com>", "multiple-addresses"],
  ["jane@example.com, ".repeat(30), "multiple-addresses"],
  ["Team: jane@example.com, john@example.com;", "group"],
  ["/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jane", "not-smtp"],
  ["x".repeat(65) + "@example.com", "too-long"],
  ["a@" + "b".repeat(64) + ".com", "bad-domain"],
  ["j".repeat(3000), "too-long"],
  ["jane＠example.com", "no-at"],
];

describe("parseAddress: invalid, with a reason", () => {
  test.each(INVALID.map(([input, expected], i): [string, string, number] => [input.length > 50 ? `${input.slice(0, 12)}… (${input.length} chars)` : JSON.stringify(input), expected, i]))(
    "%s → %s",
    (_shown, _expected, i) => {
      const [input, expected] = INVALID[i] as [string, string];
      expect(problem(input)).toBe(expected);
    },
  );

  test("messages are plain English and name the problem", () => {
    const r = parseAddress("Jane Doe jane@example.com");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("Name <jane@example.com>");
    const s = parseAddress("jane.example.com");
    if (!s.ok) expect(s.message).toContain("no @");
  });

  test("a display name is still reported when the address is bad", () => {
    const r = parseAddress("Jane Doe <jane@>");
    expect(r).toMatchObject({ ok: false, problem: "empty-domain", displayName: "Jane Doe" });
  });

  test("non-string input is treated as empty", () => {
    expect(parseAddress(undefined as unknown as string)).toMatchObject({ ok: false, problem: "empty" });
    expect(parseAddress(42 as unknown as string)).toMatchObject({ ok: false, problem: "empty" });
  });

  test("long adversarial input is diagnosed without the library, and quickly", () => {
    const r = parseAddress("(".repeat(1500) + "jane@example.com");
    expect(r.ok).toBe(false);
    // Over the library limit but otherwise plausible: read by hand.
    const long = parseAddress("J".repeat(400) + " <jane@example.com>");
    expect(long).toMatchObject({ ok: true, address: "jane@example.com" });
  });
});

describe("internationalised local parts", () => {
  it("writes a UTF-8 local part without quotes (the '-' in the atext class must not form a range)", () => {
    expect(formatAddress("josé", "bücher.de")).toBe("josé@bücher.de");
    expect(formatAddress("a-b", "example.org")).toBe("a-b@example.org");
    expect(formatAddress("a b", "example.org")).toBe('"a b"@example.org');
  });
});
