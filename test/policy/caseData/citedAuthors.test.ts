import { rolesByText } from "./rolesOf";

describe("a reference list's authors (tuning111)", () => {
  it("each author of an entry ('Surname, I.' before the year in brackets) is no case person", () => {
    const text = "Reading for the seminar:\n\u2022 Featherstone, B., White, S. and Morris, K. (2014) Re-imagining Child Protection.\n\u2022 Munro, E. (2011) The Munro Review of Child Protection.";
    const roles = rolesByText(text, []);
    expect(roles["Morris"]).toBeDefined();
    expect(roles["Morris"]).not.toBe("case");
    expect(roles["Munro"]).not.toBe("case");
  });

  it("guard: a name with initials but no year, or about a case person, is still read for context", () => {
    const text = "Morris, K. was arrested for assault on the child protection plan's subject last night.";
    expect(rolesByText(text, [])["Morris"]).toBe("case");
  });
});
