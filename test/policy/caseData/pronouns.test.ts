import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Claire Ndlovu", "claire.ndlovu@justice.gov.uk"], ["Tracey Lund", "tracey.lund@derbyshire.gov.uk"]], true);
}

describe("tuning19: case wording told of he or she", () => {
  it("an order and exclusion zone told of 'his' in the next paragraph make the name before it case data", () => {
    const r = roles(
      "Thanks Tracey,\n\nRyan Caldwell has said yes to the parenting group on Tuesday evenings.\n\n" +
        "One thing to be aware of for any venue: his order has an exclusion zone covering the town centre.\n\nClaire",
    );
    expect(r["Ryan Caldwell"]).toBe("case");
  });

  it("'supervised throughout, in line with his licence' in the next sentence makes the name before it case data", () => {
    const r = roles("Hi Tracey,\n\nThe session with Kai moves to the St Barnabas Centre that week. Same rules as before: supervised throughout, in line with his licence.\n\nClaire");
    expect(r["Kai"]).toBe("case");
  });

  it("'I've' is not a name that a pronoun sentence could attach to", () => {
    const r = roles("Hi Tracey,\n\nRyan Caldwell has said yes - I've explained the age group.\n\nHis licence has a curfew until March.\n\nClaire");
    expect(r["I've"]).toBeUndefined();
    expect(r["Ryan Caldwell"]).toBe("case");
  });
});

describe("tuning19 guards: pronouns that make no case", () => {
  it("a staff name followed by 'he will chair the MAPPA meeting' stays set aside", () => {
    const r = roles("Hi all,\n\nTom Hargreaves joins the team on Monday. He will chair the MAPPA meeting on Thursday.\n\nClaire");
    expect(r["Tom Hargreaves"]).not.toBe("case");
  });

  it("family or health wording told of 'his' gives no case context (only justice and child-protection wording does)", () => {
    const r = roles("Hi all,\n\nTom Hargreaves is away this week. His mother is in hospital.\n\nClaire");
    expect(r["Tom Hargreaves"]).not.toBe("case");
  });

  it("the sender or a recipient named before the pronoun sentence stays theirs", () => {
    const r = roles("Hi,\n\nI spoke to Tracey Lund this morning. His licence conditions were discussed.\n\nClaire");
    expect(r["Tracey Lund"]).toBe("the sender or a recipient");
  });

  it("a pronoun sentence does not reach across into the signature or the greeting", () => {
    const r = roles("Hi Tracey,\n\nHis licence has an exclusion zone.\n\nClaire");
    expect(r["Tracey"]).not.toBe("case");
  });
});
