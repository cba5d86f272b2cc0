/** The quote checks the agreement tests rely on must be able to say "not quoted". */
import { named, normalise, unquoted } from "./sources";

const SOURCE = "<p>To/from Police: restricted or sensitive personal data only to emails using secure email conventions.</p>\n- Ensure information shared is necessary\n“Official-Sensitive” – noted";

describe("quote checks", () => {
  it("finds a quote across markup, bullets, curly quotes, dashes and line breaks", () => {
    expect(unquoted("To/from Police: restricted or sensitive personal data only to emails using secure email conventions.", SOURCE)).toEqual([]);
    expect(unquoted('Ensure information shared is necessary. "Official-Sensitive" - noted', SOURCE)).toEqual([]);
    expect(normalise("a\n\n\tb")).toBe("a b");
  });

  it("reports a changed word, a changed case inside a sentence, or an invented sentence", () => {
    expect(unquoted("To/from Police: restricted personal data only to emails using secure email conventions.", SOURCE)).toHaveLength(1);
    expect(unquoted("To/from police: restricted or sensitive personal data only to emails using secure email conventions.", SOURCE)).toHaveLength(1);
    expect(unquoted("Ensure information shared is necessary. Always use CJSM.", SOURCE)).toEqual(["Always use CJSM"]);
  });

  it("finds a name, or its part before a parenthesis, and nothing else", () => {
    expect(named("Leicestershire Police", ["Police\nLeicestershire Police\tForce Headquarters"])).toBe(true);
    expect(named("National Probation Service (NPS)", ["the National Probation Service"])).toBe(true);
    expect(named("Leicestershire Constabulary", ["Leicestershire Police"])).toBe(false);
  });
});
