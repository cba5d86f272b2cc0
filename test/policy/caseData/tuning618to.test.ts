import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { detect } from "../../../src/policy/detect";
import { isStaffNewsSubject } from "../../../src/policy/caseData/subjectStaffNews";

const names = (text: string): string[] => detect(text).filter((s) => s.kind === "person-name").map((s) => text.slice(s.start, s.end));

// Twenty-fourth session (tuning618–).
describe("twenty-fourth session: an acronym's plural and an adjective are not names", () => {
  it("reads 'GPs', 'SWs', 'ASYEs' as acronyms, not surnames", () => {
    expect(names("Re: Named GPs' Christmas lunch - numbers")).toEqual([]);
    expect(names("Named SWs rota")).toEqual([]);
    expect(names("supervision for my two ASYEs, Jade and Ross")).not.toContain("ASYEs, Jade");
    expect(fixtureVerdict("tuning617.jsonl", "t617-m023")).toBe("pass");
  });

  it("guard: a surname in capitals, and one after 'Named', are still names", () => {
    expect(names("Named Smith lunch")).toEqual(["Smith"]);
    expect(names("JONES, Kayleigh DOB 01/02/2003")).toContain("JONES, Kayleigh");
    expect(names("DOBs for Jay Smith")).toEqual(["Jay Smith"]);
  });

  it("reads an adjective before 'case' as a training case, not a family", () => {
    for (const subject of ["Composite case study for the workshop", "Fictional case for training", "Illustrative case", "Fictitious case for the PQ course", "Hypothetical case for Tuesday"]) {
      expect(names(subject)).toEqual([]);
    }
    expect(fixtureVerdict("tuning603.jsonl", "t603-m019")).toBe("pass");
  });

  it("guard: a surname before 'case' or 'family', even one ending like a word, is still a name", () => {
    expect(names("Re: Kowalczyk case")).toEqual(["Kowalczyk"]);
    expect(names("the Constable family")).toEqual(["Constable"]);
    expect(names("the Dunstable family")).toEqual(["Dunstable"]);
  });
});

describe("twenty-fourth session: the writer's own health, home and letters", () => {
  const to = { from: "chloe.varga@richmond.gov.uk", to: ["amit.sandhu@richmond.gov.uk"], subject: "Reasonable adjustments" };

  it("reads 'now that I've been diagnosed' and 'what I told you …: I'm pregnant' as the writer's own", () => {
    expect(scanVerdict({ ...to, body: "Hi Amit,\n\nHere is a summary of what I asked for now that I've been diagnosed with fibromyalgia.\n\nChloe" })).toBe("pass");
    expect(fixtureVerdict("tuning619.jsonl", "t619-m023")).toBe("pass");
    expect(fixtureVerdict("tuning621.jsonl", "t621-m006")).toBe("pass");
  });

  it("guard: what the writer was told of someone else is still reported", () => {
    expect(scanVerdict({ ...to, body: "Hi Amit,\n\nNow that I know she has been diagnosed with fibromyalgia, here is what I asked for.\n\nChloe" })).toBe("warn");
    expect(scanVerdict({ ...to, body: "Hi Amit,\n\nI was told that he has been diagnosed with schizophrenia.\n\nChloe" })).toBe("warn");
  });

  it("reads a GP's letter to the writer, forwarded, as the writer's own health", () => {
    expect(fixtureVerdict("tuning619.jsonl", "t619-m035")).toBe("pass");
  });

  it("reads 'I have been the only adult living at' as the writer's own address", () => {
    expect(fixtureVerdict("tuning618.jsonl", "t618-m014")).toBe("pass");
    const body = (who: string) => `Hello,\n\nPlease apply the single person discount. Since 31 October ${who} 22 Thistledown Road, Loughborough LE11 4QP.\n\nThanks\n\nFemi Adeyemo\nCase Administrator | Loughborough Probation Office\nThe Probation Service\nTel: 0116 496 0925`;
    expect(scanVerdict({ from: "femi.adeyemo@justice.gov.uk", to: ["lettings@thistledownhomes.co.uk"], subject: "Single person discount", body: body("I have been the only adult living at") })).toBe("pass");
  });

  it("guard: someone else living at an address is still case data", () => {
    const body = "Hello,\n\nSince 31 October she has been living at 22 Thistledown Road, Loughborough LE11 4QP.\n\nThanks\n\nFemi Adeyemo\nCase Administrator | Loughborough Probation Office\nThe Probation Service";
    expect(scanVerdict({ from: "femi.adeyemo@justice.gov.uk", to: ["lettings@thistledownhomes.co.uk"], subject: "Single person discount", body })).toBe("block");
  });

  it("a letter to the writer that tells of harm to a case's people is a case's", () => {
    expect(fixtureVerdict("tuning622.jsonl", "t622-m016")).toBe("warn");
  });

  it("guard: an insurer's 'any convictions' and a care home's 'no injury' still leave the writer's own letter", () => {
    expect(fixtureVerdict("tuning572.jsonl", "t572-m007")).toBe("pass");
    expect(fixtureVerdict("tuning511.jsonl", "t511-m010", "There was no injury", "There was no injury at all")).toBe("block");
  });
});

describe("twenty-fourth session: colleagues at work and their news", () => {
  it("a PCSO is an officer named at work", () => {
    expect(fixtureVerdict("tuning620.jsonl", "t620-m034")).toBe("pass");
    expect(fixtureVerdict("tuning620.jsonl", "t620-m034", "PCSO Mehmet Arslan", "Mehmet Arslan")).toBe("warn");
  });

  it("reads 'the Stockwell and Clapham teams' as places, not people", () => {
    expect(names("After 19 years with us, mostly on the Stockwell and Clapham teams, she's off.")).toEqual([]);
    expect(fixtureVerdict("tuning620.jsonl", "t620-m033")).toBe("pass");
  });

  it("guard: two people who team up are still named", () => {
    expect(names("Tyler Jones and Kayla Smith teams up with Jo")).toEqual(["Tyler Jones", "Kayla Smith", "Jo"]);
    expect(names("Tyler Jones and Kayla Smith team up")).toEqual(["Tyler Jones", "Kayla Smith"]);
  });

  it("a colleague's son on the children's ward is the colleague's family", () => {
    expect(fixtureVerdict("tuning621.jsonl", "t621-m017")).toBe("pass");
  });

  it("guard: a young person the team works with, after an overdose, in a retirement order, is still a case", () => {
    expect(fixtureVerdict("tuning351.jsonl", "t351-m015")).toBe("block");
  });

  it("reads 'so that nobody is caught off guard: sadly she had a miscarriage' as a colleague's news told", () => {
    expect(fixtureVerdict("tuning621.jsonl", "t621-m025")).toBe("pass");
  });

  it("reads 'has her slot at the IOM panel' as cover at work", () => {
    expect(fixtureVerdict("tuning621.jsonl", "t621-m011")).toBe("pass");
    expect(fixtureVerdict("tuning621.jsonl", "t621-m011", "has her slot at the IOM panel", "has her bail hearing at the magistrates")).toBe("warn");
  });
});

describe("twenty-fourth session: a rota the writer is on lists colleagues", () => {
  it("reads the names on a shift rota with the writer's line as colleagues", () => {
    expect(fixtureVerdict("tuning620.jsonl", "t620-m025")).toBe("pass");
  });

  it("guard: a rota without the writer on it, or one naming a case role, is not read so", () => {
    expect(fixtureVerdict("tuning620.jsonl", "t620-m025", "me instead of Lucy Tran", "Dev Patel instead of Lucy Tran")).toBe("warn");
    expect(fixtureVerdict("tuning620.jsonl", "t620-m025", "Abbas Rahimi (was Kelly Moran)", "Abbas Rahimi (was Kelly Moran's mum)")).toBe("warn");
  });
});

describe("twenty-fourth session: names in text-speak and before contractions", () => {
  it("reads a name before 'can't', 'won't' or 'didn't' as a person doing something", () => {
    expect(names("Kayden can't come today")).toEqual(["Kayden"]);
    expect(names("Kayden won\u2019t come today")).toEqual(["Kayden"]);
  });

  it("guard: a contraction is never part of a name, and a place that 'isn't available' is no one", () => {
    expect(names("I can't come and we won't be there")).toEqual([]);
    expect(names("Lavender Hill isn't available that week")).toEqual([]);
    expect(names("kayden can't do after 6")).not.toContain("kayden can't");
  });

  it("reads lower-case names before an age, a reporting verb or a contracted 'has'", () => {
    expect(names("kids seemed ok but shannon (7) said daddy shouted at mummy")).toContain("shannon");
    expect(names("mum says ricky's been back at the house most nights")).toContain("ricky");
    expect(names("jordan told me")).toEqual(["jordan"]);
    expect(names("kaydon can't do after 6 on thurs any more")).toEqual(["kaydon"]);
    expect(fixtureVerdict("tuning633.jsonl", "t633-m026")).toBe("warn");
    expect(fixtureVerdict("tuning633.jsonl", "t633-m031")).toBe("block");
  });

  it("guard: everyday words in lower case before a verb are no one", () => {
    for (const text of ["grace said yes", "ok so will said he's coming", "parking can't be booked", "the meeting's been moved", "zoom can't connect"]) expect(names(text)).toEqual([]);
  });

  it("reads a lower-case greeting alone on its line ('hi kieran') as the greeting, so a reader told of their licence is named", () => {
    expect(fixtureVerdict("tuning633.jsonl", "t633-m027")).toBe("block");
    expect(fixtureVerdict("tuning633.jsonl", "t633-m027", "condition of ur licence", "condition of the booking")).toBe("pass");
  });
});

describe("twenty-fourth session: the second round's rules", () => {
  it("reads core group notes and drug tests as case wording, and 'Dad (Shane)' as a case label", () => {
    expect(fixtureVerdict("tuning628.jsonl", "t628-m019")).toBe("warn");
  });

  it("guard: a core group of volunteers is no case", () => {
    const body = "Hi all,\n\nThe core group of volunteers met on Tuesday and agreed the rota for the food bank.\n\nJo";
    expect(scanVerdict({ from: "jo.hale@derby.gov.uk", to: ["friends.foodbank@gmail.com"], subject: "Food bank", body })).toBe("pass");
  });

  it("reads 'our mental health nurse' as a post, and 'Abena and the baby' after birth news as the colleague's family", () => {
    expect(fixtureVerdict("tuning626.jsonl", "t626-m002")).toBe("pass");
    expect(fixtureVerdict("tuning626.jsonl", "t626-m002", "our mental health nurse Kofi Adjei", "his mental health nurse Kofi Adjei")).toBe("warn");
  });

  it("reads a new starter who 'joins us as a PQiP' and a handover ('Her MAPPA meetings will pass to') as staff", () => {
    expect(fixtureVerdict("tuning626.jsonl", "t626-m014")).toBe("pass");
    expect(fixtureVerdict("tuning626.jsonl", "t626-m019")).toBe("pass");
  });

  it("reads a colleague's parent's death told with compassionate leave as staff news", () => {
    expect(fixtureVerdict("tuning627.jsonl", "t627-m025")).toBe("warn");
    expect(fixtureVerdict("tuning627.jsonl", "t627-m025", "Olive, died peacefully on Sunday", "Olive, was arrested on Sunday")).toBe("block");
  });

  it("reads a country a surname list holds as a place ('moved to Spain')", () => {
    expect(names("My brother has moved to Spain, so he can no longer be the first contact.")).toEqual([]);
    expect(names("Kayla Poland was arrested")).toEqual(["Kayla Poland"]);
    expect(fixtureVerdict("tuning627.jsonl", "t627-m033")).toBe("pass");
  });

  it("reads a service's 'consultation line should now read' number as the service's", () => {
    expect(fixtureVerdict("tuning629.jsonl", "t629-m040")).toBe("pass");
  });

  it("reads the team in brackets and the one on maternity leave beside them as staff", () => {
    expect(fixtureVerdict("tuning630.jsonl", "t630-m018")).toBe("pass");
  });

  it("guard: a pupil off sick beside a named officer is still a case person", () => {
    const body = "Hi Jo,\n\nPC Dan Kerr says Tyler Bramley is off sick from school again and his mum's new partner was arrested.\n\nSam";
    expect(scanVerdict({ from: "sam.hale@leicester.gov.uk", to: ["jo.kerr@gmail.com"], subject: "Update", body })).toBe("block");
  });

  it("reads a list line 'Name – course – due date' as training, not a case", () => {
    expect(fixtureVerdict("tuning630.jsonl", "t630-m021")).toBe("pass");
    expect(fixtureVerdict("tuning630.jsonl", "t630-m021", "- Faisal Rahman – Domestic abuse and coercive control – due 08/01/2027", "- Faisal Rahman – victim of domestic abuse and coercive control – seen 08/01/2027")).toBe("warn");
  });

  it("reads 'to let you know formally that I'm pregnant and my baby is due' as the writer's own", () => {
    expect(fixtureVerdict("tuning631.jsonl", "t631-m033")).toBe("pass");
  });
});

describe("twenty-fourth session: older kept misses", () => {
  it("a team's pre-order list the writer is on stays the team's though one of them chairs a child protection conference", () => {
    expect(fixtureVerdict("tuning588.jsonl", "t588-m037")).toBe("pass");
    expect(fixtureVerdict("tuning588.jsonl", "t588-m037", "Tom is chairing a child protection conference that morning", "Tom's nephew Kyle Rigby went on a child protection plan that morning")).toBe("block");
  });

  it("reads a job with its field after it ('Owen Fairclough, Named Nurse Safeguarding Adults') as a job", () => {
    expect(fixtureVerdict("tuning617.jsonl", "t617-m034")).toBe("pass");
    expect(fixtureVerdict("tuning617.jsonl", "t617-m034", "Owen Fairclough, Named Nurse Safeguarding Adults", "Owen Fairclough, who was arrested for assault")).toBe("block");
  });
});

describe("twenty-fourth session: the third round's rules", () => {
  it("reads a nickname in quotes between given name and surname as one name", () => {
    expect(names("Reece 'Rizzy' Danso got nicked again on Saturday.")).toEqual(["Reece 'Rizzy' Danso"]);
    expect(names("Reece \u201cRizzy\u201d Danso got nicked")).toEqual(["Reece \u201cRizzy\u201d Danso"]);
    expect(fixtureVerdict("tuning640.jsonl", "t640-m006")).toBe("block");
  });

  it("guard: a quoted word after a word that is no given name is no nickname", () => {
    expect(names("Please read 'Working Together' today")).toEqual([]);
  });

  it("reads 'he's on licence … with Karen' as about the name before, past a recipient named after the pronoun", () => {
    expect(fixtureVerdict("tuning640.jsonl", "t640-m015")).toBe("block");
    expect(fixtureVerdict("tuning640.jsonl", "t640-m015", "he's on licence for the stabbing in the Cathedral Quarter he mustn't", "he's new to labouring he mustn't")).toBe("pass");
  });

  it("reads 'since her ex was released' and 'K's dad was released … not allowed any contact' as case wording", () => {
    expect(fixtureVerdict("tuning640.jsonl", "t640-m021")).toBe("block");
    expect(fixtureVerdict("tuning637.jsonl", "t637-m029")).toBe("block");
    const body = "Hi Bev,\n\nThe new version of the app was released last week and is much quicker.\n\nHelena";
    expect(scanVerdict({ from: "helena.quarmby@derbyshire.gov.uk", to: ["bev.amberfriends@gmail.com"], subject: "App", body })).toBe("pass");
  });

  it("reads 'His referral order panel' as his own, and 'give Tash a reference' as naming Tash", () => {
    expect(fixtureVerdict("tuning640.jsonl", "t640-m012")).toBe("block");
    expect(names("Happy to give Tash a reference for the flat.")).toEqual(["Tash"]);
    expect(fixtureVerdict("tuning637.jsonl", "t637-m022")).toBe("block");
    expect(names("Give Microsoft a call")).toEqual([]);
  });

  it("reads a date under a table's DOB heading as a date of birth", () => {
    const table = "Case\tInitials\tDOB\tIssues\nA\tJ.P.\t03/05/2008\tMissing episodes\nB\tR-L.M.\t19/11/2009\tReferral order";
    expect(detect(table).filter((s) => s.kind === "date-of-birth").map((s) => table.slice(s.start, s.end))).toEqual(["03/05/2008", "19/11/2009"]);
    expect(fixtureVerdict("tuning637.jsonl", "t637-m032")).toBe("block");
  });

  it("guard: a date under another heading is no date of birth", () => {
    const table = "Name\tDate\tRoom\nJo\t03/05/2026\t2";
    expect(detect(table).filter((s) => s.kind === "date-of-birth")).toEqual([]);
  });

  it("reads staff's own dates of birth on a list of staff as theirs, but not a conference's family listed by role", () => {
    expect(fixtureVerdict("tuning10.jsonl", "t10-m006")).toBe("pass");
    expect(fixtureVerdict("tuning309.jsonl", "t309-m038")).toBe("block");
    expect(fixtureVerdict("tuning509.jsonl", "t509-m040")).toBe("warn");
  });

  it("reads a plain-text running order's title and its speaker in brackets as a session and staff", () => {
    expect(fixtureVerdict("tuning638.jsonl", "t638-m012")).toBe("pass");
    expect(fixtureVerdict("tuning638.jsonl", "t638-m012", "10:45 Domestic abuse and child contact", "10:45 Tyler's domestic abuse and child contact")).toBe("warn");
  });
});

describe("twenty-fourth session: the third round's colleagues", () => {
  it("reads a colleague 'off for about six weeks … so Ruth will cover' as on leave", () => {
    expect(fixtureVerdict("tuning635.jsonl", "t635-m007")).toBe("pass");
  });

  it("guard: a young person off for weeks with no one covering is not staff on leave", () => {
    const body = "Hi Joanne,\n\nNadine Cooper is off for about six weeks from Monday after her knee operation, and her YOS worker says the curfew still stands.\n\nStuart";
    expect(scanVerdict({ from: "stuart.bellamy@blaby.gov.uk", to: ["joanne.x@gmail.com"], subject: "Update", body })).toBe("block");
  });

  it("reads 'I'll take Anita's Wednesday duty so she can get her dad to his hip op' as cover at work", () => {
    expect(fixtureVerdict("tuning635.jsonl", "t635-m015")).toBe("pass");
  });

  it("reads baby news told with 'until she's back' and a new starter's 'sit in on … with Aled Pryce' as staff's", () => {
    expect(fixtureVerdict("tuning635.jsonl", "t635-m022")).toBe("pass");
    expect(fixtureVerdict("tuning635.jsonl", "t635-m034")).toBe("pass");
  });

  it("reads 'Leicester City MASH – phone list' as a unit's name, and Welsh 'Dinas Caerlŷr' as no one", () => {
    expect(fixtureVerdict("tuning639.jsonl", "t639-m014")).toBe("pass");
    expect(fixtureVerdict("tuning639.jsonl", "t639-m031")).toBe("pass");
    expect(names("Secondiad: MASH Dinas Caerl\u0177r / Secondment: Leicester City MASH")).toEqual([]);
  });

  it("guard: a referral to the MASH is still case wording", () => {
    const body = "Hi,\n\nJayden Price was referred to the MASH on Monday.\n\nLiz";
    expect(scanVerdict({ from: "liz.tranter@leicester.gov.uk", to: ["bookings@venue.co.uk"], subject: "Update", body })).toBe("block");
  });

  it("reads 'Ruth's clinic is covered by Niamh' and 'she started with us on Monday as our new PQiP' as staff at work", () => {
    expect(fixtureVerdict("tuning639.jsonl", "t639-m035")).toBe("pass");
    expect(fixtureVerdict("tuning639.jsonl", "t639-m036")).toBe("pass");
  });

  it("reads 'Becca will be about five months pregnant' in a party's booking as the party's", () => {
    expect(fixtureVerdict("tuning636.jsonl", "t636-m028")).toBe("pass");
  });
});

describe("twenty-fourth session: the fourth round's recall", () => {
  it("reads a lower-case name before a modal in text-speak ('robbo can do tues', 'kyle can start weds')", () => {
    expect(names("hi tony, robbo can do tues and thurs 5-6.30 but not later - hes on a tag")).toContain("robbo");
    expect(names("hi stuart yes kyle can start weds.")).toContain("kyle");
    expect(fixtureVerdict("tuning642.jsonl", "t642-m002")).toBe("block");
    expect(fixtureVerdict("tuning642.jsonl", "t642-m017")).toBe("block");
  });

  it("guard: everyday words before a modal are no one", () => {
    for (const text of ["parking can be tricky", "hi all, lunch will be at 12", "grace will send it"]) expect(names(text)).toEqual([]);
  });

  it("reads a quoted header's Attachments line as text, and a case form's file name as naming a case", () => {
    expect(fixtureVerdict("tuning649.jsonl", "t649-m026")).toBe("block");
    expect(fixtureVerdict("tuning649.jsonl", "t649-m029")).toBe("block");
    expect(fixtureVerdict("tuning649.jsonl", "t649-m029", "DASH_THORNHILL_Lacey_18112026.pdf", "Minutes_THORNHILL_Lacey_18112026.pdf")).toBe("pass");
  });
});

describe("twenty-fourth session: the fourth round's ordinary mail", () => {
  const staffNews = (subject: string) => isStaffNewsSubject(subject, detect(subject));

  it("reads 'Gideon is our new PQiP' as a new starter, and a crematorium or hospice as no one", () => {
    expect(fixtureVerdict("tuning647.jsonl", "t647-m001")).toBe("pass");
    expect(names("We'd like the service at Welland Vale Crematorium on Thursday")).toEqual([]);
    expect(fixtureVerdict("tuning648.jsonl", "t648-m004")).toBe("pass");
  });

  it("reads a book's two authors ('by Mark Tolley and Eira Vaughan') as authors", () => {
    expect(fixtureVerdict("tuning649.jsonl", "t649-m034")).toBe("pass");
    expect(fixtureVerdict("tuning649.jsonl", "t649-m034", "- Beyond the Offence: Desistance in Practice, by Mark Tolley and Eira Vaughan", "- Mark Tolley and Eira Vaughan were arrested for the offence")).toBe("block");
  });

  it("reads 'after 19 years with the Children in Care service' as a career, and 'Funeral details - Howard Belcher' as staff news", () => {
    expect(fixtureVerdict("tuning649.jsonl", "t649-m023")).toBe("warn");
    expect(fixtureVerdict("tuning648.jsonl", "t648-m011")).toBe("warn");
    expect(staffNews("Funeral details - Howard Belcher")).toBe(true);
    expect(staffNews("Funeral details - Howard Belcher - strategy discussion")).toBe(false);
  });
});

describe("twenty-fourth session: the fifth round's recall", () => {
  const to = { from: "nadine.fisher@derbyshire.gov.uk", to: ["jo.fisher@gmail.com"], subject: "Update" };

  it("reads 'a section 47 enquiry' as the enquiry, not a service's 'enquiries' line", () => {
    expect(scanVerdict({ ...to, body: "Hi Jo,\n\nKayla Smith is on a section 47 enquiry.\n\nNadine" })).toBe("block");
    expect(fixtureVerdict("tuning657.jsonl", "t657-m013")).toBe("block");
  });

  it("guard: a job named by case words stays a job ('The unpaid work supervisor will be Gary Fenwick', 'Child Protection Conference Coordinator')", () => {
    expect(fixtureVerdict("tuning8.jsonl", "t8-m029")).toBe("pass");
    expect(fixtureVerdict("tuning377.jsonl", "t377-m008")).toBe("pass");
  });

  it("reads 'was nicked … on remand', 'back on tag … his recall', 'breached the non-mol' as case wording", () => {
    expect(fixtureVerdict("tuning657.jsonl", "t657-m016")).toBe("block");
    expect(fixtureVerdict("tuning657.jsonl", "t657-m030")).toBe("warn");
    expect(fixtureVerdict("tuning657.jsonl", "t657-m011")).toBe("block");
    expect(scanVerdict({ ...to, body: "Hi Jo,\n\nMy bike got nicked from outside the office.\n\nNadine" })).toBe("pass");
  });

  it("reads a family group conference's catering order, with a named child's age, as a case's", () => {
    expect(fixtureVerdict("tuning657.jsonl", "t657-m008")).toBe("block");
  });
});
