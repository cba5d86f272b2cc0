import { roledSpans, roleOf } from "./rolesOf";

/** Role of each special-category span ("case" or why set aside), in order. */
function specialRoles(text: string): string[] {
  return roledSpans(text, [["Alex Morgan", "alex.morgan@justice.gov.uk"]])
    .filter((s) => s.kind === "special-category")
    .map(roleOf);
}

describe("special-category terms about no one", () => {
  it("a term in a sentence and paragraph that refer to no one is a topic", () => {
    expect(specialRoles("Hello,\n\nThe afternoon has a panel on the new approach to domestic abuse perpetrator programmes.\n\nThanks")).toEqual(["no case context"]);
    expect(specialRoles("Hello,\n\nThe pathway for those diagnosed with ADHD is changing in January.")).toEqual(["no case context"]);
    expect(specialRoles("Hello,\n\nStaff who have been convicted of an offence must tell HR.")).toEqual(["no case context"]);
  });

  it("a pronoun, a family word or a definite case-person noun makes it about someone", () => {
    expect(specialRoles("Hello,\n\nShe was diagnosed with depression last year.")).toEqual(["case"]);
    expect(specialRoles("Hello,\n\nHis mum was diagnosed with depression last year.")).toEqual(["case"]);
    expect(specialRoles("Hello,\n\nThe young person was diagnosed with ADHD in 2019.")).toEqual(["case"]);
  });

  it("a title before a capital is someone", () => {
    expect(specialRoles("Hello,\n\nMs K was diagnosed with depression last year.")).toEqual(["case"]);
  });

  it("a name elsewhere in the paragraph makes a form line about that person", () => {
    expect(specialRoles("Referral\nName: Jordan Pike\nNotes: diagnosed with ADHD in 2019\nSchool: Heanor Gate")).toEqual(["case"]);
  });

  it("other case data in the message makes every term count again", () => {
    const text = "Hello,\n\nThe pathway for those diagnosed with ADHD is changing.\n\nPlease also complete a KPC for Kayleigh Brooks (DOB 28/07/2000).";
    expect(specialRoles(text)[0]).toBe("case");
  });

  it("the first person counts as someone: a service user's quoted message, staff telling of a case", () => {
    const quoted = "Thanks, passing this on.\n\nOn Tue, 17 Nov 2026 at 11:52, Dean Shaw <deanshaw88@gmail.com> wrote:\n\n> Since then I was diagnosed with depression and the GP says it is getting worse.";
    expect(specialRoles(quoted)).toContain("case");
    expect(specialRoles("Hello,\n\nI understand that the pathway for those diagnosed with ADHD was used.")).toEqual(["case"]);
  });

  it("a stranger named in the paragraph keeps the term counting (fail closed)", () => {
    expect(specialRoles("Hello,\n\nTom Fletcher came in on Tuesday. It covers the pathway for those diagnosed with ADHD.")).toEqual(["case"]);
  });

  it("not one doing staff work there: the one who runs the session tells of the term (tuning23)", () => {
    expect(specialRoles("Hello,\n\nTom Fletcher will run the session. It covers the pathway for those diagnosed with ADHD.")).toEqual(["no case context"]);
  });
});
