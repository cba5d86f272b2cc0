/**
 * The RFC 5322 parser behind parseAddress is quadratic on hostile input (160 characters can take
 * 15 ms), so a list shares a LibraryBudget: once spent, addresses are read by hand. Reading by
 * hand must agree with the library on ordinary addresses, and refuse what it cannot read.
 */
import { libraryBudget, parseAddress, type LibraryBudget } from "../../src/policy/recipients";

const spent = (): LibraryBudget => ({ chars: 0 });

describe("parseAddress with a library budget", () => {
  it("spends the characters it gives the library, and only those", () => {
    const budget = libraryBudget();
    const before = budget.chars;
    parseAddress("jane@example.org", budget); // the fast path
    parseAddress("Jane Doe <jane@example.org>", budget);
    expect(budget.chars).toBe(before);
    parseAddress("c@example.org (Carol)", budget);
    expect(budget.chars).toBe(before - "c@example.org (Carol)".length);
  });

  it.each([
    "c@example.org (Carol)",
    "Jane Doe (Derbyshire CC) <jane.doe@derbyshire.gov.uk>",
    "(Team) José Núñez <jose@bücher.de>",
    '"Doe, Jane" <jane@example.org> (Social care)',
    '"j smith"@example.org',
    "Zoë O'Brien <zoe@example.org>",
  ])("reads %s by hand as the library does", (input) => {
    const library = parseAddress(input);
    const hand = parseAddress(input, spent());
    expect(library.ok).toBe(true);
    expect(hand).toEqual(library);
  });

  it.each(["a" + " ".repeat(150) + "b@example.org", "(unclosed c@example.org", "jane.example.org (no at)", "Jane <jane@exa mple.org> (x)"])(
    "refuses %j by hand with the library's reason",
    (input) => {
      const hand = parseAddress(input, spent());
      expect(hand.ok).toBe(false);
      expect(hand).toEqual(parseAddress(input));
    },
  );

  it("refuses an address longer than 2,000 characters before any parsing, saying so", () => {
    const r = parseAddress("x".repeat(1_000_000) + "@example.org");
    expect(r).toMatchObject({ ok: false, problem: "too-long", message: "the address is 1,000,012 characters long; SafeShare reads at most 2,000 (an address itself may have 254)" });
  });
});
