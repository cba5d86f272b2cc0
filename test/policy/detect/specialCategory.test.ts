import { personName } from "../../../src/policy/detect/recognizers/personName";
import { specialCategory } from "../../../src/policy/detect/recognizers/specialCategory";

/** Special-category phrases in `text`, with person names found first as detect() does. */
function facts(text: string): string[] {
  const earlier = personName.find(text, []);
  return specialCategory.find(text, earlier).map((c) => text.slice(c.start, c.end));
}

describe("special-category: the corpus conventions", () => {
  it("spans the diagnosis and the treatment as the corpus labels them", () => {
    const text =
      "Further to our call, Ibrahim Smith has disclosed a diagnosis of schizophrenia and is receiving " +
      "treatment from the community mental health team. NHS number 066 708 5831.";
    const found = facts(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("a diagnosis of schizophrenia");
    expect(found[1]).toContain("receiving treatment from the community mental health team");
  });

  it("takes the person and the status in 'she is HIV positive'", () => {
    expect(facts("Aisha told the worker that she is HIV positive.")).toEqual(["she is HIV positive"]);
  });

  it("takes the offence and its victim, with the lead-in", () => {
    expect(facts("Kwame Kaur, DOB 1994-11-17, convicted of sexual assault of a child under 13 on 07/02")).toEqual([
      "convicted of sexual assault of a child under 13",
    ]);
    expect(facts("her partner Zara Wilson has been arrested for domestic abuse.")).toEqual(["arrested for domestic abuse"]);
  });
});

describe("special-category: each category about a person", () => {
  it.each([
    ["He has a history of self-harm.", "history of self-harm"],
    ["Tyrone has been diagnosed with Type 1 diabetes last year.", "diagnosed with Type 1 diabetes"],
    ["Mother reports that Daisy is pregnant", "is pregnant"],
    ["The child is on the child protection register.", "child protection register"],
    ["He is gay and his family do not know.", "is gay"],
    ["Ms Patel is a practising Muslim", "practising Muslim"],
    ["She identifies as transgender", "identifies as transgender"],
    ["His ethnicity is recorded as Black British", "ethnicity"],
    ["A DNA sample was taken from him on arrest", "DNA sample"],
    ["Jakub Nowak was convicted of burglary", "convicted of burglary"],
    ["She has previous convictions for assault.", "previous convictions for assault"],
    ["He is a registered sex offender", "registered sex offender"],
    ["Mum has a learning disability", "learning disability"],
  ])("finds the fact in %j", (text, part) => {
    const found = facts(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(part);
  });
});

describe("special-category: not about a person", () => {
  it.each([
    "Domestic abuse awareness training for all staff - Thursday",
    "The mental health team meeting is on Monday",
    "Please find the agenda for the IOM panel attached.",
    "Mother Chantelle Begum - pregnancy update",
    "Black and white copies of the form",
    "The church hall is booked for the event",
    "Urgent: Kieran Scott recalled to custody",
    "Hope you are well - question about the referral form",
  ])("finds nothing in %j", (text) => {
    expect(facts(text)).toEqual([]);
  });

  it("needs the person in the same sentence", () => {
    expect(facts("Jo Smith called. Schizophrenia awareness week starts Monday.")).toEqual([]);
    expect(facts("Jo Smith called about her schizophrenia.")).toEqual(["her schizophrenia"]);
  });
});

describe("special-category: robustness", () => {
  it("never throws", () => {
    for (const text of ["", "hiv", "\ud800", "diagnosed with", "diagnosis of", "a".repeat(1_000_000)]) {
      expect(() => specialCategory.find(text, [])).not.toThrow();
    }
  });

  it.each([
    ["terms", "she is HIV positive and ".repeat(4_000)],
    ["diagnoses", "diagnosed with ".repeat(7_000)],
    ["lead-ins", "the of a for is ".repeat(6_000) + "schizophrenia"],
    ["long sentence", "word ".repeat(20_000) + "she has schizophrenia"],
  ])("scans 100 KB of %s without throwing or hanging (timings: npm run bench)", (_, text) => {
    specialCategory.find(text, []);
    for (let i = 0; i < 3; i++) {
      const fresh = text + String(i);
      specialCategory.find(fresh, []);
    }
  });
});

describe("special-category: lists and coordination", () => {
  it("ties a weak term to the one before it", () => {
    expect(facts("He suffers from severe anxiety and depression.")).toEqual(["He suffers from severe anxiety", "depression"]);
  });

  it("covers drug offences and mental health services", () => {
    expect(facts("She was cautioned for possession of cannabis.")).toEqual(["She was cautioned for possession of cannabis"]);
    expect(facts("The mental health service has discharged her.")).toEqual(["The mental health service"]);
  });

  it("does not start a span with 'and'", () => {
    const found = facts("He has previous convictions including robbery and burglary.");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.startsWith("and ")).toBe(false);
  });
});

describe("special-category: many names and terms", () => {
  it("stays linear when every sentence has a name and a term", () => {
    const text = "Jo Smith has schizophrenia. ".repeat(3_600);
    const names = personName.find(text, []);
    expect(names.length).toBe(3_600);
    specialCategory.find(text, names);
    for (let i = 0; i < 3; i++) {
      const fresh = text + String(i);
      const found = specialCategory.find(fresh, names);
      expect(found.length).toBe(3_600);
    }
  });
});

describe("special-category: a pronoun's 's is 'is'", () => {
  it.each([
    ["he told me last week that he's gay and hasn't told his dad yet.", "he's gay"],
    ["She's a lesbian and her foster carers know.", "She's a lesbian"],
    ["Since the move she's depressed most days.", "she's depressed"],
  ])("'he's'/'she's' ties a weak term as 'is' does: %j", (text, fact) => {
    expect(facts(text)).toEqual([fact]);
  });

  it("a weak term after 'it's' or a name's possessive is not tied", () => {
    expect(facts("It's gay pride week at the library.")).toEqual([]);
    expect(facts("Sarah's faith group meets on Sundays.")).toEqual([]);
  });
});

describe("special-category: a weak term that starts a name is the name", () => {
  it("'is Faith Wilde' names a person; 'is Grace Shaw' too", () => {
    expect(facts("The contact for queries is Faith Wilde in the Early Help team.")).toEqual([]);
    expect(facts("Our practice educator is Grace Shaw from the university.")).toEqual([]);
  });

  it("the same weak term after a tie, not starting a name, still counts", () => {
    expect(facts("She told me her faith matters to her.")).toEqual(["her faith"]);
  });
});

describe("special-category (tuning10): a term's own words are not a person; 'the offence of' names the offence", () => {
  it("'child' inside a term does not make the sentence about a person", () => {
    expect(facts("Places are now open for our next multi-agency briefing on child criminal exploitation and county lines.")).toEqual([]);
    expect(facts("...resulting in a child protection plan     58        61        66")).toEqual([]);
  });

  it("a person outside the term still makes it a fact", () => {
    expect(facts("She is on a child protection plan.")).toEqual(["a child protection plan"]);
    expect(facts("The child was groomed through county lines.")).toEqual(["county lines"]);
  });

  it("'the offence of …' in a sentence about no one is the offence in law; about someone, or 'his offence of', it counts", () => {
    expect(facts("The offence of controlling or coercive behaviour now applies whether or not the people still live together.")).toEqual([]);
    expect(facts("The offence of assault was committed against her.")).toEqual(["The offence of assault"]);
    expect(facts("He has a previous offence of assault.")).toEqual(["He has a previous offence of assault"]);
  });
});

describe("special-category (tuning11): names of schemes, offences' names in law, whole words", () => {
  it("a weak term opening a Title-Case name of a thing is the name, not a fact", () => {
    expect(facts("This post is subject to an enhanced DBS check. We are a Disability Confident Leader and guarantee an interview to disabled applicants.")).toEqual([]);
    expect(facts("Our stall is at the Faith Forum on Monday, and she is Depression Awareness Week's lead.")).toEqual([]);
  });

  it("the same term tied to someone in ordinary writing, in capitals, or as an origin still counts", () => {
    expect(facts("She is disabled and uses a wheelchair.")).toEqual(["She is disabled"]);
    expect(facts("She is Disabled and uses a wheelchair.")).toEqual(["She is Disabled"]);
    expect(facts("SHE IS DISABLED AND USES A WHEELCHAIR")).toHaveLength(1);
    expect(facts("Her ethnicity: he is Asian British.")[1]).toContain("Asian");
  });

  it("'theft from the person' is the offence's name: 'the person' in it is no one", () => {
    expect(facts("Could it name the three the Partnership agreed in March (residential burglary, robbery of personal property, and theft from the person)?")).toEqual([]);
    const found = facts("He was convicted of theft from the person in 2019.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/convicted of theft from the person$/);
  });

  it("a victim after an offence is a whole word: 'of personal property' is no person", () => {
    expect(facts("He was charged with robbery of personal property.")).toEqual(["He was charged with robbery"]);
    expect(facts("He was charged with robbery of a person.")).toEqual(["He was charged with robbery of a person"]);
  });
});

describe("special-category (tuning13): medicines that name the illness, and 'my'", () => {
  it("an antipsychotic or opioid-substitute medicine owned by someone is a health fact, 'my' included", () => {
    expect(facts("I stopped taking my olanzapine in October because of the weight.")).toEqual(["my olanzapine"]);
    expect(facts("He was switched to a clozapine regime last spring.").join(" ")).toContain("clozapine");
    expect(facts("My depression has come back.")).toEqual(["My depression"]);
  });

  it("the same words with no one they belong to are no fact", () => {
    expect(facts("Olanzapine stock arrives on Tuesday.")).toEqual([]);
    expect(facts("The training covers depression and anxiety in older adults.")).toEqual([]);
  });
});

describe("special-category: someone's term", () => {
  it.each([
    ["She has depression.", "She has depression"],
    ["They have depression.", "They have depression"],
    ["Mum has had depression for years.", "has had depression"],
    ["Kyle has depression.", "has depression"],
    ["Kyle's depression is worse.", "depression"],
    ["J's self-harm has got worse.", "self-harm"],
  ])("a person who has it, or owns it, ties a weak term: %j", (text, fact) => {
    expect(facts(text)).toEqual([fact]);
  });

  it("a thing that has it, the writer's everyday 'I have', or a name's group, does not", () => {
    expect(facts("The venue has disabled parking.")).toEqual([]);
    expect(facts("The team has anxiety about the move.")).toEqual([]);
    expect(facts("I have anxiety about the new system.")).toEqual([]);
    expect(facts("Tom's disability network meets on Fridays.")).toEqual([]);
  });
});

describe("special-category: carrying a blade (sixteenth session)", () => {
  it("'a report he was carrying a knife on the 337 bus' is offence data", () => {
    expect(facts("Intel overnight: a report he was carrying a knife on the 337 bus.")).toEqual(["he was carrying a knife"]);
  });

  it("guard: with no one in the sentence it is no fact about anyone", () => {
    expect(facts("Carrying a knife: the law explained (leaflet for schools).")).toEqual([]);
  });
});

describe("special-category: an adult's care needs (nineteenth session)", () => {
  it("'Given his memory problems, the hoarding in the back bedroom': weak health terms tied by 'his'", () => {
    expect(facts("Given his memory problems, the hoarding in the back bedroom is a fire risk.")).toEqual(["his memory problems", "the hoarding"]);
  });

  it("guard: the same words about no one are topics", () => {
    expect(facts("Hoarding and memory problems: a briefing for landlords.")).toEqual([]);
  });
});
