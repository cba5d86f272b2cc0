import { fixtureVerdict, scanVerdict, subjectNames } from "./scanVerdicts";
import { personName } from "../../../src/policy/detect/recognizers/personName";
import { texts } from "../detect/recognizers/helpers";
import { detect } from "../../../src/policy/detect";
import { isStaffNewsSubject } from "../../../src/policy/caseData/subjectStaffNews";

// Twentieth session (tuning427–434).
describe("twentieth session: case data typed in a hurry", () => {
  it("'police have confirmed danny beeby is back … despite his bail conditions' on a line with capitals: reply-all to the mother's Yahoo blocks", () => {
    expect(fixtureVerdict("tuning432.jsonl", "t432-m008")).toBe("block");
  });

  it("guard: with no one named ('the father is back at the address') the same reply passes", () => {
    expect(fixtureVerdict("tuning432.jsonl", "t432-m008", "danny beeby", "the father")).toBe("pass");
  });

  it("a clear given name and surname in lower case are a name on any line; word-names and everyday words are not", () => {
    expect(texts(personName, "Rachel - police have confirmed danny beeby is back at the address")).toEqual(["Rachel", "danny beeby"]);
    expect(texts(personName, "Hi Jo - the amber light came on, ask will smith")).toEqual(["Jo"]);
  });

  const toEmployer = (sentence: string) =>
    scanVerdict({ from: "grace.kimani@justice.gov.uk", to: ["gaz@sw18plastering.co.uk"], subject: "placement mon", body: `hi gaz\n\nthanks for taking Ricky on. ${sentence}\n\nGrace` });

  it("'hes tagged w/ a 7pm-7am curfew': 'hes' is 'he's' without its apostrophe, so Ricky's curfew to his employer blocks", () => {
    expect(toEmployer("hes tagged w/ a 7pm-7am curfew so no late finishes")).toBe("block");
  });

  it("guard: the same hours with no case wording pass", () => {
    expect(toEmployer("7pm-7am is too late for him, no late finishes")).toBe("pass");
  });
});

describe("twentieth session: professionals and the writer's own forms", () => {
  it("'me and Lauren Mistry (Designated Nurse for Looked After Children)': who a job serves is no case label, so the reply passes", () => {
    expect(fixtureVerdict("tuning429.jsonl", "t429-m012")).toBe("pass");
  });

  it("guard: '(Looked After Child)' in the brackets labels her a case", () => {
    expect(fixtureVerdict("tuning429.jsonl", "t429-m012", "(Designated Nurse for Looked After Children)", "(Looked After Child)")).toBe("warn");
  });

  it("'my surgeon, Mr Abernethy, has referred me for physio' names a professional: the writer's own booking passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m031")).toBe("pass");
  });

  it("guard: 'Mr Abernethy has referred me' with no job before him is not set aside", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m031", "my surgeon, Mr Abernethy,", "Mr Abernethy")).toBe("block");
  });

  it("'Clenil Modulite 100' on a repeat-prescription list is a medicine, not a person: the writer's own request passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m002")).toBe("pass");
    expect(texts(personName, "Items: Salbutamol inhaler; Clenil Modulite 100; Sertraline 50mg")).toEqual([]);
  });

  it("guard: a listed name before a number stays a name", () => {
    expect(texts(personName, "Met with Kayden Oxley 12 times")).toEqual(["Kayden Oxley"]);
  });

  it("'Manager: Patrick Onslow, …' on the writer's self-referral takes none of the form's details: the mobile below is the writer's", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m020")).toBe("pass");
  });

  it("guard: a client's field in the same place does take them", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m020", "Manager: Patrick Onslow, Early Help Team Manager", "Client: Patrick Onslow, on licence")).toBe("block");
  });

  it("'Add my partner as a named driver: Amy Laithwaite, DOB …' is the writer's household: the insurance change passes", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m017")).toBe("pass");
  });

  it("guard: 'Add a named driver: Amy Laithwaite, DOB …' is someone else's date of birth", () => {
    expect(fixtureVerdict("tuning431.jsonl", "t431-m017", "Add my partner as a named driver: Amy", "Add a named driver: Amy")).toBe("block");
  });
});

// Twentieth session (tuning435–442).
describe("twentieth session: a colleague's farewell named in the subject", () => {
  const toPub = (subject: string, extra = "") =>
    scanVerdict({
      from: "jo.price@derbyshire.gov.uk",
      to: ["events@thepeacockpub.co.uk"],
      subject,
      body: `Hi Dan,\n\nCould we book the back room for 25 people on Friday 11 December from 5pm for a retirement do? ${extra}\n\nThanks\nJo\n\nJo Price\nBusiness Support | Derbyshire County Council`,
    });

  it("'Maureen's retirement - Friday 11 December' with no case data anywhere is a warning to check the name, not a block", () => {
    expect(toPub("Maureen's retirement - Friday 11 December")).toBe("warn");
    expect(toPub("Leaving drinks for Olumide")).toBe("warn");
  });

  it("guard: the same subject over a body with case data blocks", () => {
    expect(toPub("Maureen's retirement - Friday 11 December", "Also, Kyle Dunn (DOB 02/03/2009) is on a CP plan.")).toBe("block");
  });

  it("guard: a name not tied to the farewell, case wording, or a name alone still blocks", () => {
    expect(toPub("Priti's leaving do + Skye Millward review")).toBe("block");
    expect(toPub("Jade Oldknow - leaving care review")).toBe("block");
    expect(toPub("Maureen Slater")).toBe("block");
  });

  it("reads the farewell before or after the name", () => {
    const names = (subject: string) => detect(subject);
    for (const subject of ["Leaving collection and card for Sunita", "Secret wedding present for Niamh", "Mags Hollingsworth - collection and leaving do", "Retirement - DC Pauline Ashby", "Maureen's retirement - Friday 11 December"]) {
      expect(isStaffNewsSubject(subject, names(subject))).toBe(true);
    }
    for (const subject of ["Priti's leaving do + Skye Millward review", "Kayleigh's baby - pre-birth assessment", "Jade Oldknow leaving care", "Retirement of DS Carol Hepworth - KPC Ref D123456"]) {
      expect(isStaffNewsSubject(subject, names(subject))).toBe(false);
    }
  });
});

describe("twentieth session: case people beside staff, and staff beside case words", () => {
  const toPub = (body: string) => scanVerdict({ from: "jessica.okonjo@uhl-tr.nhs.uk", to: ["functions@thefreemansarms.co.uk"], subject: "Function room, Fri 27 Nov", body });

  it("'Denise Farrow, one of our long-term patients … had a stroke … her home (3 Glebe Road …)' is a patient, not a colleague: to a pub it blocks", () => {
    expect(toPub("Hi Martin,\n\nConfirming 26 of us for Sheila's retirement do on Friday 27 November.\n\nOne extra: Denise Farrow, one of our long-term patients from Ward 7, has asked to come. She's 81, had a stroke in September and is still in a wheelchair, so could you book an accessible taxi from her home (3 Glebe Road, Leicester LE2 1NR)?\n\nJess")).toBe("block");
  });

  it("guard: 'one of our long-term nurses' is a colleague, her health staff news", () => {
    expect(toPub("Hi Martin,\n\nConfirming 26 of us for Sheila's retirement do on Friday 27 November.\n\nOne extra: Denise Farrow, one of our long-term nurses from Ward 7, has asked to come. She's 61 and had a stroke in September and is still in a wheelchair, so could you book an accessible taxi?\n\nJess")).toBe("pass");
  });

  it("a service's lines ('Adult duty (Monday to Friday, 08:30 to 17:00): …', 'Out of hours: Emergency Duty Team, …') are the service's: the notice passes", () => {
    expect(fixtureVerdict("tuning436.jsonl", "t436-m008")).toBe("pass");
  });

  it("guard: 'Mum's mobile (…): …' in the same list is someone's", () => {
    expect(fixtureVerdict("tuning436.jsonl", "t436-m008", "Adult duty (Monday to Friday, 08:30 to 17:00): 01632 960500", "Mum's mobile (Monday to Friday, 08:30 to 17:00): 01632 960500")).toBe("warn");
  });

  it("'Ian Thistlethwaite, our Head of Service,' is staff beside a talk's title about the IOM cohort's children", () => {
    expect(fixtureVerdict("tuning436.jsonl", "t436-m016")).toBe("pass");
  });

  it("guard: 'Ian Thistlethwaite, whose children are in the cohort,' is not", () => {
    expect(fixtureVerdict("tuning436.jsonl", "t436-m016", "Ian Thistlethwaite, our Head of Service,", "Ian Thistlethwaite, whose children are in the cohort,")).toBe("block");
  });

  it("'Ruairi Deegan from the probation side of the IOM team' is staff", () => {
    expect(fixtureVerdict("tuning437.jsonl", "t437-m018")).toBe("pass");
  });

  it("guard: 'Ruairi Deegan, who is on licence and in the IOM cohort,' is a case", () => {
    expect(fixtureVerdict("tuning437.jsonl", "t437-m018", "Ruairi Deegan from the probation side of the IOM team and I", "Ruairi Deegan, who is on licence and in the IOM cohort, and I")).toBe("warn");
  });

  it("'I'll bring the unpaid work leaflets …, and Ruth may pop in' is printed matter on a topic, not Ruth's unpaid work", () => {
    expect(fixtureVerdict("tuning439.jsonl", "t439-m003")).toBe("pass");
  });

  it("guard: 'Ruth is on unpaid work' is", () => {
    expect(fixtureVerdict("tuning439.jsonl", "t439-m003", "I'll bring the unpaid work leaflets and a banner, and Ruth may pop in", "Ruth is on unpaid work and may pop in")).toBe("block");
  });

  it("'two of my team leaders, Lorna Thirlwell and Ashok Mehta,': both are staff", () => {
    expect(fixtureVerdict("tuning440.jsonl", "t440-m017")).toBe("pass");
  });

  it("guard: 'two of my clients on licence, Lorna Thirlwell and Ashok Mehta,' are cases", () => {
    expect(fixtureVerdict("tuning440.jsonl", "t440-m017", "two of my team leaders, Lorna Thirlwell and Ashok Mehta,", "two of my clients on licence, Lorna Thirlwell and Ashok Mehta,")).toBe("warn");
  });

  it("'when to refer to the perinatal mental health team' is guidance about anyone: the course offer passes", () => {
    expect(fixtureVerdict("tuning440.jsonl", "t440-m010")).toBe("pass");
  });

  it("guard: 'why we referred Kelly Marsh to the perinatal mental health team' is about her", () => {
    expect(fixtureVerdict("tuning440.jsonl", "t440-m010", "when to refer to the perinatal mental health team", "why we referred Kelly Marsh to the perinatal mental health team")).toBe("warn");
  });
});

// Twentieth session (tuning443–450).
describe("twentieth session: slang, replies that name no one, and subjects", () => {
  const toHome = (sentence: string) => scanVerdict({ from: "olu.adebayo@met.police.uk", to: ["phil.dunmore@icloud.com"], subject: "Re: news", body: `Yes mate. ${sentence}\n\nOlu` });

  it("'Leon's in Wandsworth now and the CPS have charged the possession' is case wording: to a retired colleague's iCloud it blocks", () => {
    expect(toHome("Leon's in Wandsworth now and the CPS have charged the possession.")).toBe("block");
    expect(fixtureVerdict("tuning448.jsonl", "t448-m023")).toBe("block");
  });

  it("guard: someone charging for parking, or a bike 'nicked', is no one's case", () => {
    expect(toHome("Leon's in Wandsworth now and the council have charged the parking.")).toBe("pass");
    expect(toHome("Dave's bike got nicked outside the station.")).toBe("pass");
  });

  it("a reply naming no one ('he's on a curfew 7pm to 7am') is about whom the message it answers names: to a mentor's Gmail it blocks", () => {
    expect(fixtureVerdict("tuning449.jsonl", "t449-m015")).toBe("block");
  });

  it("guard: the same reply with no case wording passes", () => {
    expect(fixtureVerdict("tuning449.jsonl", "t449-m015", "he's on a curfew 7pm to 7am until 19 January and still on his drug rehabilitation requirement", "the library shuts at 7pm until 19 January")).toBe("pass");
  });

  it("'Dad was arrested … and is on bail not to … contact her' over a quoted message naming the child: the reply-all keeping a tuition firm blocks", () => {
    expect(fixtureVerdict("tuning449.jsonl", "t449-m019")).toBe("block");
    expect(fixtureVerdict("tuning449.jsonl", "t449-m019", "Dad was arrested on Sunday for the assault on Mum and is on bail not to go to the address or contact her", "the road outside will be closed on Monday")).toBe("pass");
  });

  it("'(Richmond 22, Wandsworth 42)': a place before a count is no person, so anonymised figures pass", () => {
    expect(fixtureVerdict("tuning446.jsonl", "t446-m020")).toBe("pass");
    expect(texts(personName, "Cohort at 30 September: 64 (Richmond 22, Wandsworth 42)")).toEqual([]);
    expect(texts(personName, "Seen: Richmond Okafor 22")).toEqual(["Richmond Okafor"]);
  });

  it("'re: wedding request - pilbeam j': a word no list holds and an initial closing a lower-case subject is a name", () => {
    expect(texts(personName, "re: wedding request - pilbeam j")).toEqual(["pilbeam j"]);
    expect(texts(personName, "re: room booking - suite b")).toEqual([]);
    expect(texts(personName, "re: xmas do - bowling j")).toEqual([]);
  });

  it("'The section 42 enquiry concluded …: her son had been taking money from her pension' names the case of 'Mrs Edna Pallister': a P.S. to a retired colleague's BT address blocks", () => {
    expect(fixtureVerdict("tuning450.jsonl", "t450-m020")).toBe("block");
  });

  it("guard: the same P.S. with news of her garden passes", () => {
    expect(fixtureVerdict("tuning450.jsonl", "t450-m020", "The section 42 enquiry concluded last month: her son had been taking money from her pension and using her bank card, so he's been removed as her appointee and the Office of the Public Guardian is involved.", "Her garden is looking lovely.")).toBe("pass");
  });
});

// Twentieth session (tuning451–458).
describe("twentieth session: hidden notes, file names, and the writer's own affairs", () => {
  it("'handed both sets of keys to Dan at your office': the recipient's staff, so the writer's deposit query passes", () => {
    expect(fixtureVerdict("tuning455.jsonl", "t455-m007")).toBe("pass");
  });

  it("guard: 'to Dan Kirk, my client on licence,' is a case", () => {
    expect(fixtureVerdict("tuning455.jsonl", "t455-m007", "handed both sets of keys to Dan at your office", "handed both sets of keys to Dan Kirk, my client on licence,")).toBe("block");
  });

  it("a quoted course title ('two places on \"Risk assessment in domestic abuse cases\"') is a topic: the booking for a colleague passes", () => {
    expect(fixtureVerdict("tuning455.jsonl", "t455-m040")).toBe("pass");
  });

  it("guard: 'Ruth Ogunleye, who is fleeing domestic abuse' is about her", () => {
    expect(fixtureVerdict("tuning455.jsonl", "t455-m040", "one for me and one for my colleague Ruth Ogunleye", "one for me and one for Ruth Ogunleye, who is fleeing domestic abuse")).toBe("block");
  });

  it("'She's started me on a low dose of sertraline': the writer's doctor treating the writer is the writer's own health", () => {
    expect(fixtureVerdict("tuning458.jsonl", "t458-m030")).toBe("pass");
  });

  it("guard: 'She's started Kyle Dunn on a low dose of sertraline' is someone else's", () => {
    expect(fixtureVerdict("tuning458.jsonl", "t458-m030", "She's started me on a low dose of sertraline", "She's started Kyle Dunn on a low dose of sertraline")).toBe("warn");
  });

  it("'on licence until 2028 for offences against children', of the man an employer has taken on, blocks with no name", () => {
    expect(fixtureVerdict("tuning457.jsonl", "t457-m016")).toBe("block");
    expect(fixtureVerdict("tuning457.jsonl", "t457-m016", "on licence until 2028 for offences against children", "keen to learn forklift driving")).toBe("pass");
  });

  const note = (body: string) => scanVerdict({ from: "jo.price@leics.gov.uk", to: ["dave.mentor@gmail.com"], subject: "Thursday", body });

  it("'Notes for me: Tyler-James Hickling, 15, Referral Order for robbery' (white text in t456-m007) are about him, not the writer", () => {
    expect(note("Hi,\n\nNotes for me: Tyler-James Hickling, 15, Referral Order for robbery.\n\nJo")).toBe("block");
    expect(fixtureVerdict("tuning456.jsonl", "t456-m007")).toBe("block");
  });

  it("guard: 'Driver at the time: me, Jo Price' is still the writer", () => {
    expect(note("Hi,\n\nDriver at the time: me, Jo Price, licence held since 2001.\n\nJo")).toBe("pass");
  });

  it("'who has lived in foster care since he was nine', 'birth dad' (an HTML comment and alt text in t456-m023) are case wording", () => {
    expect(fixtureVerdict("tuning456.jsonl", "t456-m023")).toBe("block");
  });

  it("a file name with a name and a case reference ('Joint_visit_notes_PRYOR_Shane_D448170_24-11-26.docx') names the case: to a housing officer by autocomplete it blocks", () => {
    expect(fixtureVerdict("tuning456.jsonl", "t456-m022")).toBe("block");
    expect(fixtureVerdict("tuning456.jsonl", "t456-m022", "Joint_visit_notes_PRYOR_Shane_D448170_24-11-26.docx", "Joint_visit_notes_template_v2.docx")).toBe("warn");
  });
});

// Twentieth session (tuning459–466).
describe("twentieth session: short replies to threads that name the people, and names typed in lower case", () => {
  it("'Kelly - he's admitted the bruise …' to the thread naming Lola: the reply-all keeping the foster carers' Gmail blocks", () => {
    expect(fixtureVerdict("tuning463.jsonl", "t463-m021")).toBe("block");
  });

  it("guard: 'she's on leave until Monday' in the same reply passes", () => {
    expect(fixtureVerdict("tuning463.jsonl", "t463-m021", `he's admitted the bruise happened when he "lost it" changing her. Mum still says she didn't see. Can you add it to the investigation?`, "she's on leave until Monday, so can you cover the visit?")).toBe("pass");
  });

  it("the nearest quoted message that names anyone is the one the reply is about ('he breached his curfew' over a letting agent's reference request)", () => {
    expect(fixtureVerdict("tuning463.jsonl", "t463-m007")).toBe("block");
    expect(fixtureVerdict("tuning463.jsonl", "t463-m022")).toBe("block");
  });

  it("guard: 'She has co-chaired the county's MAPPA meetings' after the sender's own name is her biography: the quoted venue is no case", () => {
    const body =
      "Hi Jo,\n\nBiography below.\n\nHannah Okafor is a Senior Probation Officer in the Derby PDU. She has co-chaired the county's MAPPA level 2 meetings since 2021.\n\nThanks,\nHannah\n\nFrom: Jo Barker <events@midlandsreducingreoffending.org.uk>\nSent: 20 November 2026 10:00\nTo: Hannah Okafor <hannah.okafor@justice.gov.uk>\nSubject: Speaker biography\n\nHi Hannah, the panel is on 3 December at the Hilton, Pride Park. Could you send a biography?\n\nJo";
    expect(scanVerdict({ from: "hannah.okafor@justice.gov.uk", to: ["events@midlandsreducingreoffending.org.uk"], subject: "RE: Speaker biography", body })).toBe("pass");
  });

  it("'Abi's in court all day Wednesday' is a day's work: the taxi booking passes", () => {
    expect(fixtureVerdict("tuning463.jsonl", "t463-m025")).toBe("pass");
  });

  it("guard: 'Abi's in court on Wednesday for sentencing' is a case", () => {
    expect(fixtureVerdict("tuning463.jsonl", "t463-m025", "Abi's in court all day Wednesday", "Abi's in court on Wednesday for sentencing")).toBe("block");
  });

  it("two clear given names joined in lower case ('take freddie and nell', 'kenzie and the baby') are people; 'craig's licence' is his", () => {
    expect(fixtureVerdict("tuning464.jsonl", "t464-m027")).toBe("block");
    expect(texts(personName, "you can take freddie and nell to the soft play")).toEqual(["freddie", "nell"]);
    // Thirty-third session: a clear given name opening a sentence before a verb is a name too ("tegan was there").
    expect(texts(personName, "Yes. tegan was there with kenzie and the baby")).toEqual(["tegan", "kenzie"]);
    expect(texts(personName, "Hi Pat, craig's licence says no contact")).toEqual(["Pat", "craig"]);
  });

  it("guard: everyday words that are names too ('ask mark and grace about it') are not", () => {
    expect(texts(personName, "ask mark and grace about it")).toEqual([]);
    expect(texts(personName, "Hi Pat, the licence says no contact")).toEqual(["Pat"]);
  });
});

// Twentieth session (tuning467–472).
describe("twentieth session: people by title, by role, and in prison", () => {
  it("'Mr Hadfield's curfew': a stop word that is a surname too (a High Peak town) is one after a title: to a bakery it blocks", () => {
    expect(fixtureVerdict("tuning471.jsonl", "t471-m008")).toBe("block");
    expect(texts(personName, "As discussed, Mr Hadfield's curfew runs 7pm to 7am.")).toEqual(["Mr Hadfield"]);
  });

  it("guard: the town alone is no one", () => {
    expect(texts(personName, "The office in Hadfield is closed.")).toEqual([]);
  });

  it("'Chelsea, Ruby-Mae's mum, is with us at HMP Foston Hall' is a prisoner, named to a school: it blocks", () => {
    expect(fixtureVerdict("tuning471.jsonl", "t471-m016")).toBe("block");
  });

  it("guard: the same names asking about a school play pass", () => {
    expect(
      fixtureVerdict(
        "tuning471.jsonl",
        "t471-m016",
        "is with us at HMP Foston Hall and has asked whether Ruby-Mae can come to our family day on Thursday 10 December. Children's services haven't finished the child contact risk assessment yet, because of the concerns about mum's drinking and the incident at the school gate in June, so we can't confirm.",
        "has asked whether Ruby-Mae can come to the school play on Thursday 10 December.",
      ),
    ).toBe("pass");
  });

  it("'Dad, Ranjit, … stayed in the room the whole visit so I couldn't see mum alone' is case wording: unmarked to the council it warns", () => {
    expect(fixtureVerdict("tuning471.jsonl", "t471-m012")).toBe("warn");
    expect(fixtureVerdict("tuning471.jsonl", "t471-m012", "he stayed in the room the whole visit so I couldn't see mum alone", "he made us all a cup of tea")).toBe("pass");
  });
});

// Twentieth session (tuning473–480).
describe("twentieth session: safety plans, a village for a surname, and a service's line", () => {
  it("'Chanelle Morley says she'll call 999 if Jason comes back to the address' is a safety plan: unmarked to the police it warns", () => {
    expect(fixtureVerdict("tuning480.jsonl", "t480-m033")).toBe("warn");
    expect(fixtureVerdict("tuning480.jsonl", "t480-m033", "Chanelle Morley says she'll call 999 if Jason comes back to the address", "Chanelle Morley says the kids loved the fire engine")).toBe("pass");
  });

  it("'RE: Aaron Tideswell - KPC outcome?': a clear given name and a village's name before casework are a name", () => {
    expect(subjectNames("RE: Aaron Tideswell - KPC outcome?")).toEqual(["Aaron Tideswell"]);
    expect(fixtureVerdict("tuning474.jsonl", "t474-m006")).toBe("block");
  });

  it("guard: the village with no casework, or a place alone, is no name", () => {
    expect(subjectNames("RE: Aaron Tideswell - Christmas lunch")).toEqual([]);
    expect(subjectNames("Meeting at Tideswell - KPC training")).toEqual([]);
  });

  it("'Our professionals' line stays 01632 960200' is a service's number: the cover notice passes", () => {
    expect(fixtureVerdict("tuning477.jsonl", "t477-m024")).toBe("pass");
    expect(fixtureVerdict("tuning477.jsonl", "t477-m024", "Our professionals' line stays 01632 960200", "Her mobile stays 07700 900200")).toBe("warn");
  });
});
