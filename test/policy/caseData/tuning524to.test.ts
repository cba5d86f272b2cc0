import { fixtureVerdict, subjectNames } from "./scanVerdicts";
import { CASE_VOCABULARY } from "../../../src/policy/caseData/caseVocabulary";
import { JOB_IN_APPOSITION } from "../../../src/policy/caseData/caseVocabulary";
import { STRONG_CASE_WORDING } from "../../../src/policy/caseData/pronouns";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { specialCategory } from "../../../src/policy/detect/recognizers/specialCategory";
import { texts } from "../detect/recognizers/helpers";
import { officeAddresses } from "../../../src/policy/caseData/addresses";
import { detect } from "../../../src/policy/detect";
import { senderNameOf, writtenToRelatives } from "../../../src/policy/caseData/knownPeople";

function vocabulary(sentence: string): string[] {
  return sentence.match(CASE_VOCABULARY) ?? [];
}

// Twenty-second session (tuning524–).
describe("twenty-second session: a family's baby and police involvement", () => {
  it("'the Coltman baby has come into the LRI with a fractured arm and the police are involved', told to a spouse's Yahoo address, blocks", () => {
    expect(fixtureVerdict("tuning529.jsonl", "t529-m029")).toBe("block");
    expect(texts(personName, "the Coltman baby has come into the LRI")).toEqual(["Coltman"]);
    expect(vocabulary("the police are involved and it's a fractured arm")).toEqual(["the police are involved", "fractured"]);
  });

  it("guard: a place's baby unit or bank is no family, and the same mail about a baby bank passes", () => {
    expect(texts(personName, "the Leicester baby unit, the Derby baby bank and the Sure Start baby group")).toEqual([]);
    expect(fixtureVerdict("tuning529.jsonl", "t529-m029", "the Coltman baby has come into the LRI with a fractured arm and the police are involved, mum's saying he fell off the sofa", "the Coltman baby bank has run out of nappies")).toBe("pass");
  });
});

describe("twenty-second session: a team day's booking that tells of a patient", () => {
  it("'… a call with the ward about Maisie Kettleborough. She's 15 and was admitted … her community nurse' in a team day booking to a venue blocks", () => {
    expect(fixtureVerdict("tuning526.jsonl", "t526-m003")).toBe("block");
    expect(STRONG_CASE_WORDING.test("the consultant wants her community nurse on the call")).toBe(true);
  });

  it("guard: the same booking with a rota call instead passes ('She's 15 minutes away' is no age)", () => {
    expect(
      fixtureVerdict(
        "tuning526.jsonl",
        "t526-m003",
        "about Maisie Kettleborough. She's 15 and was admitted to the Larchwood Unit on Monday after her weight dropped again, and the consultant wants her community nurse on the call.",
        "about next year's rota. She's 15 minutes away and the consultant wants her on the call.",
      ),
    ).toBe("pass");
  });
});

describe("twenty-second session: an awards table's guests", () => {
  it("'a full table of 10 … Abi is seven months pregnant and would like a seat near the exit': a table booked for the writer's party; its guests' needs are theirs, so it passes", () => {
    expect(fixtureVerdict("tuning527.jsonl", "t527-m013")).toBe("pass");
  });

  it("guard: a guest on licence after her sentence is a case person, and the booking blocks", () => {
    expect(fixtureVerdict("tuning527.jsonl", "t527-m013", "- Abi is seven months pregnant", "- Abi, who is on licence to us after her sentence, is seven months pregnant")).toBe("block");
  });
});

describe("twenty-second session: the writer as a patient", () => {
  it("'I'm a patient at the practice and I'm overdue a review of my medication' to the writer's GP is the writer's own health: it passes", () => {
    expect(fixtureVerdict("tuning529.jsonl", "t529-m017")).toBe("pass");
  });

  it("guard: 'A patient at the practice is overdue a review of her medication' is someone else's, so it warns unmarked", () => {
    expect(fixtureVerdict("tuning529.jsonl", "t529-m017", "I'm a patient at the practice and I'm overdue a review of my medication.", "A patient at the practice is overdue a review of her medication.")).toBe("warn");
  });
});

describe("twenty-second session: a nickname between given name and surname", () => {
  it("'Katarzyna (Kasia) Nowak' is one name, so the writer's wife on his mortgage fact find is his family: it passes", () => {
    expect(texts(personName, "Applicant 2: Katarzyna (Kasia) Nowak, DOB 02/12/1990")).toEqual(["Katarzyna (Kasia) Nowak"]);
    expect(fixtureVerdict("tuning528.jsonl", "t528-m007")).toBe("pass");
  });

  it("guard: another family's name there is someone else's records, and the whole name is still a name", () => {
    expect(fixtureVerdict("tuning528.jsonl", "t528-m007", "Katarzyna (Kasia) Nowak", "Katarzyna (Kasia) Lewandowska")).toBe("block");
    expect(texts(personName, "Referral for Robert (Bobby) Hollins today")).toEqual(["Robert (Bobby) Hollins"]);
  });
});

describe("twenty-second session: orders people are on", () => {
  it("'most of them are on community orders' makes a lunch booking's women clients: the restaurant booking blocks", () => {
    expect(fixtureVerdict("tuning472.jsonl", "t472-m039")).toBe("block");
    expect(vocabulary("It's part of their referral orders")).toEqual(["their referral orders"]);
  });

  it("guard: a nomination's 'court, bail and remand, community orders' is the nominee's career, and passes", () => {
    expect(STRONG_CASE_WORDING.test("She has worked across every part of the service: court, bail and remand, community orders and prevention.")).toBe(false);
    expect(fixtureVerdict("tuning99.jsonl", "t99-m029")).toBe("pass");
  });
});

describe("twenty-second session: a job title before a contact's e-mail in brackets", () => {
  it("'Anjali Rao, Senior Prison Offender Manager (anjali.rao@…, 01632 960133)' gives a job in apposition", () => {
    expect(JOB_IN_APPOSITION.test(", Senior Prison Offender Manager (anjali.rao@justice.gov.uk, 01632 960133)")).toBe(true);
  });

  it("guard: brackets without an e-mail address do not close a job title there", () => {
    expect(JOB_IN_APPOSITION.test(", Senior Prison Offender Manager (who supervises him) was told")).toBe(false);
  });
});

describe("twenty-second session: mild case detail in plain words", () => {
  it("'he was detained under section 2 … His lithium was stopped' is health data: told to a volunteer's Hotmail it blocks", () => {
    expect(fixtureVerdict("tuning532.jsonl", "t532-m036")).toBe("block");
    expect(texts(specialCategory, "he was detained under section 2 on Sunday")).toEqual(["he was detained under section"]);
    expect(texts(specialCategory, "His lithium was stopped")).toEqual(["His lithium"]);
  });

  it("guard: a lithium battery is no one's medicine", () => {
    expect(texts(specialCategory, "The lithium battery in the fire alarm needs replacing.")).toEqual([]);
  });

  it("'my regular visit as Kaya's social worker' makes Kaya a case person: the visit told to a school office blocks", () => {
    expect(fixtureVerdict("tuning538.jsonl", "t538-m002")).toBe("block");
    expect(vocabulary("It's just my regular visit as Kaya's social worker")).toEqual(["'s social worker"]);
  });

  it("guard: 'I'm Amelia Dunn's placement tutor' is a student's placement, and the college reply passes", () => {
    expect(vocabulary("I'm Amelia Dunn's placement tutor")).toEqual([]);
    expect(fixtureVerdict("tuning27.jsonl", "t27-m013")).toBe("pass");
  });

  it("'I'm the officer looking after Amira Qureshi …' to an employer, and 'his reporting day', 'since she came out' to a home address, block", () => {
    expect(fixtureVerdict("tuning538.jsonl", "t538-m016")).toBe("block");
    expect(fixtureVerdict("tuning538.jsonl", "t538-m020")).toBe("block");
    expect(vocabulary("whether he can change his reporting day")).toEqual(["his reporting day"]);
    expect(vocabulary("her first appointment since she came out")).toEqual(["since she came out"]);
  });

  it("guard: an officer looking after a budget, and coming out of a meeting, are no case", () => {
    expect(vocabulary("Tom is the officer looking after the training budget")).toEqual([]);
    expect(vocabulary("since she came out of the meeting")).toEqual([]);
  });

  it("'re: lily-mae cotterill hospital visit': a given name and surname before a hospital visit are a patient's, not a hospital's name", () => {
    expect(subjectNames("re: lily-mae cotterill hospital visit")).toEqual(["lily-mae cotterill"]);
    expect(fixtureVerdict("tuning538.jsonl", "t538-m022")).toBe("block");
  });

  it("guard: a place before a hospital, or a hospital's own name, is no person", () => {
    expect(texts(personName, "Beaumont Leys hospital visit and Kirby Frith health centre appointment")).toEqual([]);
  });
});

describe("twenty-second session: a number beside a work address in brackets", () => {
  it("'Anjali Rao, Senior Prison Offender Manager (anjali.rao@justice.gov.uk, 01632 960133)': the number is hers, so the contacts change to partners passes unmarked", () => {
    expect(fixtureVerdict("tuning524.jsonl", "t524-m016")).toBe("pass");
  });

  it("guard: a number outside the address's brackets is still read with the case wording of its line", () => {
    expect(fixtureVerdict("tuning524.jsonl", "t524-m016", "(anjali.rao@justice.gov.uk, 01632 960133)", "(anjali.rao@justice.gov.uk), 01632 960133")).toBe("warn");
  });
});

describe("twenty-second session: a staff side's captain", () => {
  it("'Our captain, Gav Sharples, finished his chemo for bowel cancer' in a staff golf society's fixture change is a colleague's health: it passes", () => {
    expect(fixtureVerdict("tuning534.jsonl", "t534-m019")).toBe("pass");
  });

  it("guard: the same sentence without 'Our captain' gives no sign he is staff, and blocks", () => {
    expect(fixtureVerdict("tuning534.jsonl", "t534-m019", "Our captain, Gav Sharples,", "Gav Sharples")).toBe("block");
  });
});

describe("twenty-second session: an employee's date of birth, a heading's surname first, a team's name in a family mail", () => {
  it("an occupational health referral's 'Employee no. 204417 / Date of birth …' is the employee's record: it passes", () => {
    expect(fixtureVerdict("tuning542.jsonl", "t542-m004")).toBe("pass");
  });

  it("guard: the same table with a client number instead blocks", () => {
    expect(fixtureVerdict("tuning542.jsonl", "t542-m004", "Employee no.", "Client no.")).toBe("block");
  });

  it("'mortimer, jayden - ASB at the rec again': two listed name words, surname first, heading a subject are a name though the rest has capitals", () => {
    expect(subjectNames("mortimer, jayden - ASB at the rec again")).toEqual(["mortimer, jayden"]);
    expect(fixtureVerdict("tuning540.jsonl", "t540-m032")).toBe("block");
  });

  it("guard: everyday words before a comma stay words ('re: leave, may - HR form', 'booking, grace - CPD day')", () => {
    expect(subjectNames("re: leave, may - HR form")).toEqual([]);
    expect(subjectNames("booking, grace - CPD day")).toEqual([]);
  });

  it("a daughter's note to her brother about their mum's discharge, signed 'Business Support, Integrated Offender Management', is family mail: a team's name is no case", () => {
    expect(fixtureVerdict("tuning543.jsonl", "t543-m019")).toBe("pass");
  });

  it("guard: the same note that tells of an offender's case blocks", () => {
    expect(fixtureVerdict("tuning543.jsonl", "t543-m019", "I'm still on my phased return", "I'm still covering the offender's licence conditions")).toBe("block");
  });

  it("'She has postnatal depression' is health data; 'postnatal depression' alone as a session's topic is not", () => {
    expect(texts(specialCategory, "She has postnatal depression")).toEqual(["She has postnatal depression"]);
    expect(texts(specialCategory, "The session covers postnatal depression.")).toEqual([]);
  });
});

describe("twenty-second session: a surname in capitals with an initial heading a subject", () => {
  it("'RE: OFFICIAL-SENSITIVE: MULVANEY T - bail address' names a person, so the marked reply still blocks", () => {
    expect(subjectNames("RE: OFFICIAL-SENSITIVE: MULVANEY T - bail address")).toEqual(["MULVANEY T"]);
    expect(fixtureVerdict("tuning463.jsonl", "t463-m013")).toBe("block");
  });

  it("guard: capitals that are no listed surname, or not heading the line, are no name", () => {
    expect(subjectNames("IOM PANEL T - 12 November")).toEqual([]);
    expect(subjectNames("CHANGE A - rota")).toEqual([]);
    expect(subjectNames("Notes from the MULVANEY T - bail address")).toEqual([]);
  });
});

describe("twenty-second session: the fourth round", () => {
  it("'Top table will be Tunde and me, my mum and dad, Tunde's mum, his brother Femi': the writer's own wedding party, so it passes", () => {
    expect(fixtureVerdict("tuning549.jsonl", "t549-m006")).toBe("pass");
  });

  it("guard: 'Tunde and his brother Femi' without the writer joined is someone else's family, and a licence makes it a case", () => {
    expect(fixtureVerdict("tuning549.jsonl", "t549-m006", "Top table will be Tunde and me,", "Top table will be Tunde, on licence since his release, and")).toBe("block");
  });

  it("'Nicola Stenson rang … Lewis has been turning up at the school gates … She has reported it to the police' is a case: unmarked to a partner it warns", () => {
    expect(STRONG_CASE_WORDING.test("She has reported it to the police")).toBe(true);
    expect(fixtureVerdict("tuning550.jsonl", "t550-m034")).toBe("warn");
  });

  it("guard: 'reported it to the facilities team' is no police matter", () => {
    expect(STRONG_CASE_WORDING.test("She has reported it to the facilities team")).toBe(false);
  });

  it("'CRN K482913 Lewandowski - contact with the children': a surname after the subject's case reference names the person", () => {
    expect(subjectNames("CRN K482913 Lewandowski - contact with the children")).toEqual(["Lewandowski"]);
    expect(fixtureVerdict("tuning552.jsonl", "t552-m014")).toBe("block");
  });

  it("guard: a place or an everyday word after a reference is no name", () => {
    expect(subjectNames("PO 4500123456 Derby - invoice")).toEqual([]);
    expect(subjectNames("CRN K482913 Review - next steps")).toEqual([]);
  });

  it("a team lunch 'after … Reece Holdsworth's remand hearing (… finally charged on Monday)' is no party's list: the booking to a venue blocks", () => {
    expect(fixtureVerdict("tuning548.jsonl", "t548-m004")).toBe("block");
  });

  it("'afternoon tea for 10 … a surprise baby shower for one of our detectives, Amira … 34 weeks and has gestational diabetes': a group booking, so it passes", () => {
    expect(fixtureVerdict("tuning548.jsonl", "t548-m031")).toBe("pass");
  });

  it("guard: the same booking for a client's baby shower blocks", () => {
    expect(fixtureVerdict("tuning548.jsonl", "t548-m031", "for one of our detectives, Amira,", "for Amira, a young mum on a child protection plan,")).toBe("block");
  });
});

describe("twenty-second session: the fifth round", () => {
  function offices(text: string): number[] {
    return Array.from(officeAddresses(text, detect(text, { today: 20261125 }).filter((s) => s.kind === "street-address" || s.kind === "postcode")));
  }

  it("an organisation's word earlier in the sentence is not the address's ('… on the police account for Thursday 3pm: pick up the 13-year-old girl from 22 Ellesmere Road …'): told to a taxi firm it blocks", () => {
    expect(offices("Please book a car on the police account for Thursday 3pm: pick up the girl from 22 Ellesmere Road, Leicester LE3 1BE")).toEqual([0, 0]);
    expect(offices("Meet at the Council House. 22 Ellesmere Road, Leicester LE3 1BE is her home.")).toEqual([0, 0]);
    expect(fixtureVerdict("tuning561.jsonl", "t561-m020")).toBe("block");
    expect(fixtureVerdict("tuning561.jsonl", "t561-m018")).toBe("block");
  });

  it("guard: a label's colon keeps the office's name with its address", () => {
    expect(offices("Probation Office: 27 Friar Gate, Derby DE1 1BX")).toEqual([1, 1]);
    expect(offices("Ashburton House, London SW18 4NP")).toEqual([1]);
  });

  it("'Flat 12, Ashburton House, London SW18 4NP … on our IOM cohort, came out of HMP Wandsworth' is a home: told to a security firm it blocks", () => {
    expect(offices("Flat 12, Ashburton House, London SW18 4NP")).toEqual([0]);
    expect(fixtureVerdict("tuning561.jsonl", "t561-m015")).toBe("block");
  });

  it("'IOM panel actions - Richmond - Ref RW-IOM-1126': a district between a heading's dashes before a reference is the place, so the marked table to partners passes", () => {
    expect(subjectNames("OFFICIAL-SENSITIVE: IOM panel actions - Richmond - Ref RW-IOM-1126")).toEqual([]);
    expect(fixtureVerdict("tuning556.jsonl", "t556-m021")).toBe("pass");
  });

  it("guard: a given name no district shares there is still a name", () => {
    expect(subjectNames("KPC - Jordan - Ref 1234")).toEqual(["Jordan"]);
  });

  it("'Stuart Kinsella … they have his bank card' in a cuckooing review is a case: the marking at the end of the subject warns", () => {
    expect(vocabulary("they have his bank card and it's cuckooing")).toEqual(["have his bank card", "cuckooing"]);
    expect(fixtureVerdict("tuning555.jsonl", "t555-m040")).toBe("warn");
  });

  it("guard: the writer's own lost bank card is no one's exploitation", () => {
    expect(vocabulary("I've lost my bank card")).toEqual([]);
  });
});

describe("twenty-second session: mail to the writer's own other address", () => {
  it("a note to comfort.asante@icloud.com from comfort.asante@dwp.gov.uk is sent home, not to a relative: the client's NI number there blocks", () => {
    const sender = senderNameOf("", "comfort.asante@dwp.gov.uk");
    expect(writtenToRelatives(sender, "comfort.asante@dwp.gov.uk", [{ name: "", address: "comfort.asante@icloud.com" }])).toBe(false);
    expect(fixtureVerdict("tuning568.jsonl", "t568-m018")).toBe("block");
  });

  it("guard: a relative sharing the family name is still a relative", () => {
    const sender = senderNameOf("", "comfort.asante@dwp.gov.uk");
    expect(writtenToRelatives(sender, "comfort.asante@dwp.gov.uk", [{ name: "", address: "kwame.asante@icloud.com" }])).toBe(true);
  });
});
