import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

const FROM_SERVICE_USER = (greeting: string, body: string): string =>
  `for tonight - ring DWP first thing\n\n________________________________\nFrom: Darren Lacey <d.lacey77@gmail.com>\nSent: 17 November 2026 13:20\nTo: Rahman, Aisha <aisha.rahman@justice.gov.uk>\nSubject: benefits letter\n\n${greeting}\n\n${body}\n\nDarren`;

describe("tuning215–225: a quoted letter to the writer from someone who writes of themselves", () => {
  it("a service user's own records in his message to his officer stay his, though he greets her by name", () => {
    const text = FROM_SERVICE_USER("Hi Aisha", "My PIP review has gone against me. My NI is NR 71 55 20 B. I'm still at 9 Wolsey Walk, Leicester LE4 5QA.");
    const r = rolesFrom("aisha.rahman@justice.gov.uk", text, "aisha.rahman86@hotmail.co.uk");
    expect([r["NR 71 55 20 B"], r["9 Wolsey Walk"], r["LE4 5QA"]]).toEqual(["case", "case", "case"]);
  });

  it("guard: a letter to the writer that tells of the writer in the second person holds the writer's records", () => {
    const text = FROM_SERVICE_USER("Dear Aisha", "We hold your address as 9 Wolsey Walk, Leicester LE4 5QA. Your NI number is NR 71 55 20 B.");
    const r = rolesFrom("aisha.rahman@justice.gov.uk", text, "aisha.rahman86@hotmail.co.uk");
    expect([r["NR 71 55 20 B"], r["9 Wolsey Walk"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });
});

describe("tuning215–225: colleagues on a list with the writer, and readers called by name", () => {
  const THREAD = (list: string): string =>
    `Hi Joanne,\n\nOur final numbers are below.\n\nSandeep\n\n-----Original Message-----\nFrom: Kaur, Sandeep <sandeep.kaur@justice.gov.uk>\nSent: 23 November 2026 16:05\nTo: Leicester PDU Team B <leicester.pdu.teamb@justice.gov.uk>\nSubject: RE: Team Christmas lunch\n\n${list}\n\n-----Original Message-----\nFrom: Thompson, Marcia <marcia.thompson@justice.gov.uk>\nSent: 20 November 2026 11:47\nTo: Kaur, Sandeep <sandeep.kaur@justice.gov.uk>\nSubject: Team Christmas lunch\n\nPut me down for the turkey please. Lee says he's a yes but will be a bit late as he's in court in the morning.\n\nMarcia Thompson\nSenior Probation Officer, Team B`;

  it("a name on a comma list the writer is on is a colleague's: a court morning said of him is his work", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Turkey (9): Marcia, Ravi, Nathan, Lee, Gemma, Olu, Sandeep, Tariq, Jackie"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).not.toBe("case");
  });

  it("guard: the same list without the writer (or a quoted message's staff writer) on it makes no colleagues", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Turkey (7): Ravi, Nathan, Lee, Gemma, Olu, Tariq, Jackie"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).toBe("case");
  });

  it("guard: a list naming a case role is not the team's, the writer on it or not", () => {
    const r = rolesFrom("sandeep.kaur@justice.gov.uk", THREAD("Children at the contact: Marcia, Ravi, Nathan, Lee, Sandeep"), "functions@thegrangeoadby.co.uk");
    expect(r["Lee"]).toBe("case");
  });

  const BEREAVEMENT = (opening: string): string =>
    `Hi all,\n\nEllie is off until 7 December. Karen is covering her duty days.\n\n${opening} I know you worked with her on the KPC pilot.\n\nPriya`;

  it("a reader called by name at the start of a sentence spoken to 'you' is someone written to", () => {
    const r = rolesFrom("priya.kaur@derbyshire.gov.uk", BEREAVEMENT("Shaz, I've copied you in as"), "sharon.lees@justice.gov.uk");
    expect(r["Shaz"]).toBe("the greeting");
  });

  it("guard: a name told of, not called, in the same sentence is still read for case context", () => {
    const r = rolesFrom("priya.kaur@derbyshire.gov.uk", BEREAVEMENT("I have told Shaz, as"), "sharon.lees@justice.gov.uk");
    expect(r["Shaz"]).toBe("case");
  });
});

describe("tuning215–225: a family keeping the worker out, told with few case words", () => {
  const VISIT = (news: string): string =>
    `Hi Jo,\n\n${news}\n\nRachel\n\nRachel Osei-Bonsu (she/her)\nHealth Visitor – Loughborough 0-19 Team\nLeicestershire Partnership NHS Trust`;

  it.each([
    ["a partner back on the scene", "Dylan Marsh's dad is back on the scene."],
    ["a visit the family cancelled", "Dylan Marsh's mum cancelled my visit at the last minute."],
    ["a worker needing to see the child", "Dylan Marsh is due his check and I'd like eyes on him this week."],
  ])("%s gives the child's name case context", (_what, news) => {
    expect(rolesFrom("rachel.osei-bonsu@nhs.net", VISIT(news), "jo.whitby79@gmail.com")["Dylan Marsh"]).toBe("case");
  });

  it("guard: the same child with only a check-up due has none", () => {
    expect(rolesFrom("rachel.osei-bonsu@nhs.net", VISIT("Dylan Marsh is due his check this week."), "jo.whitby79@gmail.com")["Dylan Marsh"]).toBe("no case context");
  });
});

describe("tuning220–225: case facts told to the reader", () => {
  const TO_CLIENT = (facts: string): string =>
    `Jordan, you need to be at the office at 10 on Thursday.\n\n${facts}\n\nCiaran\n\nCiaran Doyle\nProbation Officer\nDerby City Probation Delivery Unit`;

  it("a reader called by name and told of their own licence and drug test is the case's person", () => {
    const r = rolesFrom("ciaran.doyle@justice.gov.uk", TO_CLIENT("You've missed two appointments since your licence started on 2 October and your last drug test came back positive."), "jordan.b2004@gmail.com");
    expect(r["Jordan"]).toBe("case");
  });

  it("the same in a greeting", () => {
    const text = TO_CLIENT("Your curfew still runs to 7pm.").replace("Jordan, you need", "Hi Jordan,\n\nYou need");
    expect(rolesFrom("ciaran.doyle@justice.gov.uk", text, "jordan.b2004@gmail.com")["Jordan"]).toBe("case");
  });

  it("guard: a reader told of their driving licence is someone written to", () => {
    const r = rolesFrom("ciaran.doyle@justice.gov.uk", TO_CLIENT("Bring your driving licence for the pool car form."), "jordan.smith@justice.gov.uk");
    expect(r["Jordan"]).toBe("the greeting");
  });
});

describe("tuning220–225: the writer's own affairs, told of no one else", () => {
  const MOVE = (middle: string): string =>
    `Hello,\n\nThanks for your letter. Moving date is Friday 27 November.\n\n${middle}\n\nKind regards\nKwame\n\nKwame Okafor (he/him)\nProbation Services Officer | Derby City PDU\nThe Probation Service`;

  it("records in a message that names and speaks of no one but the writer are the writer's", () => {
    const r = rolesFrom("kwame.okafor@justice.gov.uk", MOVE("New address from 1 Dec: 14 Cornflower Drive, Littleover, Derby DE23 3RP\nNI: NR 34 71 25 B"), "council.tax@derby.gov.uk");
    expect([r["14 Cornflower Drive"], r["DE23 3RP"], r["NR 34 71 25 B"]]).toEqual(["the sender or a recipient", "the sender or a recipient", "the sender or a recipient"]);
  });

  it.each([
    ["a third person", "New address for her from 1 Dec: 14 Cornflower Drive, Littleover, Derby DE23 3RP"],
    ["someone referred", "Referral for a gentleman, aged 79: 14 Cornflower Drive, Littleover, Derby DE23 3RP"],
    ["someone named", "New address for Tyler Marsh from 1 Dec: 14 Cornflower Drive, Littleover, Derby DE23 3RP"],
  ])("guard: with %s the address is a case's", (_what, middle) => {
    expect(rolesFrom("kwame.okafor@justice.gov.uk", MOVE(middle), "council.tax@derby.gov.uk")["14 Cornflower Drive"]).toBe("case");
  });
});

describe("tuning220–225: lists with the writer, course lists, a colleague's home", () => {
  const YOGA = (extra: string): string =>
    `Hi Anya,\n\nThere are 9 of us signed up. A couple of people asked me to mention health things in advance:\n\n- Tom has high blood pressure and is on tablets for it\n- Kirsty is 7 months pregnant\n- I've had a hip replacement (last year, all healed)\n${extra}\nMany thanks\nBev`;

  it("a bulleted list one of whose items is the writer's own is of colleagues: their health is staff news", () => {
    const r = rolesFrom("bev.rushton@justice.gov.uk", YOGA(""), "stillpoint.yoga.belper@gmail.com");
    expect([r["Kirsty"], r["pregnant"]]).not.toContain("case");
  });

  it("guard: the same list in a message telling of a case in strong words is not read as the team", () => {
    const r = rolesFrom("bev.rushton@justice.gov.uk", YOGA("\nTom's son is on licence until March.\n"), "stillpoint.yoga.belper@gmail.com");
    expect(r["Kirsty"]).toBe("case");
  });

  it("guard: a line of names with the writer that counts young people is a case's list", () => {
    const text = "Hi Becky,\n\nGoing: Kyle, Tia, Jordan and me, so three young people and one worker.\n\nTia has epilepsy.\n\nDanny";
    expect(rolesFrom("danny.khan@leicester.gov.uk", text, "bookings@charnwoodoutdoors.co.uk")["Tia"]).toBe("case");
  });

  const COURSES = "Hello,\n\nCorrected version below.\n\nCourse\tDate\tTime\tWhere\tPlaces\nNeglect: using the Graded Care Profile 2\tWed 3 February 2027\t09:30-13:00\tChesterfield Library\t20\nDomestic abuse and the child's lived experience\tThu 18 February 2027\t09:30-16:00\tOnline\t30\n\nKirsty";

  it("a course's title in a course list's first column is about no one", () => {
    expect(rolesFrom("kirsty.beardsley@derbyshire.gov.uk", COURSES, "midlandsnps.derbyshirenorth@justice.gov.uk")["Domestic abuse"]).toBe("no case context");
  });

  it("guard: the same row with no Date column is read as it stands", () => {
    const text = COURSES.replace("Course\tDate\tTime", "Course\tNotes\tTime");
    expect(rolesFrom("kirsty.beardsley@derbyshire.gov.uk", text, "midlandsnps.derbyshirenorth@justice.gov.uk")["Domestic abuse"]).toBe("case");
  });

  const FLOWERS = (intro: string): string =>
    `Hello,\n\nI'd like to order the "New Arrival" bouquet for delivery on Thursday.\n\n${intro}\n\nJess Whitworth\n14 Larch Close\nBelper\nDE56 1QT\n\nCard message: "Congratulations Jess, Tom and little Isla! Welcome to the world, baby girl."\n\nIsla arrived on Sunday, three weeks early but both doing well.\n\nMany thanks\nSamina`;

  it("a name and address after a sentence introducing a colleague are the colleague's", () => {
    const r = rolesFrom("samina.ashraf@derby.gov.uk", FLOWERS("It's for a colleague who has just had a baby, so it's going to her home:"), "orders@bloomandbrambleflorist.co.uk");
    expect([r["Jess Whitworth"], r["14 Larch Close"]]).not.toContain("case");
  });

  it("guard: the same block after a sentence about a family is a case's", () => {
    const r = rolesFrom("samina.ashraf@derby.gov.uk", FLOWERS("It's for a family we support who has just had a baby, so it's going to her home:"), "orders@bloomandbrambleflorist.co.uk");
    expect(r["Jess Whitworth"]).toBe("case");
  });
});

describe("tuning226–230: the writer as a parent, the team's party, generic questions, colleagues' quoted mail", () => {
  const NURSERY = (quoted: string): string =>
    `Hi Jo,\n\nOur new code came through this morning: 50039281746.\n\nIsla's DOB is 09/05/2023 if you need it for the headcount form.\n\nThanks\nRebecca\n\nFrom: Little Foxes Day Nursery <office@littlefoxesdaynursery.co.uk>\nSent: 16 November 2026 15:02\nTo: Ashworth, Rebecca <rebecca.ashworth@justice.gov.uk>\nSubject: Funding codes\n\n${quoted}\n\nJo Whitlam\nNursery Manager`;

  it("written to as a parent ('Dear parents and carers, … your child'), the writer's first-named child is theirs", () => {
    const r = rolesFrom("rebecca.ashworth@justice.gov.uk", NURSERY("Dear parents and carers,\n\nIf your child receives funded hours, please send us your code and your child's date of birth."), "office@littlefoxesdaynursery.co.uk");
    expect([r["Isla"], r["09/05/2023"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: the same reply to a letter about someone else's child keeps the child a case's", () => {
    const r = rolesFrom("rebecca.ashworth@justice.gov.uk", NURSERY("Dear Rebecca,\n\nPlease send us the funding code for the child you placed with us."), "office@littlefoxesdaynursery.co.uk");
    expect(r["Isla"]).toBe("case");
  });

  it("guard: a youth worker's 'Going: me, Kyle, Tia and Jordan' with exploitation told of one of them is a case's list", () => {
    const text = "Hi Hannah,\n\nGoing: me, Kyle, Tia and Jordan. Drop-off at the bus station about 4.\n\nJordan told me the same lads have been asking him to \"hold stuff\" for them at school.\n\nLiam";
    const r = rolesFrom("liam.brennan@leics.gov.uk", text, "hannah.wright@leics.police.uk");
    expect(r["Jordan"]).toBe("case");
    expect(r["Kyle"]).not.toBe("a named professional");
  });

  const AWAY_DAY = (count: string): string =>
    `Hi Georgia,\n\nA few requirements for the day${count}:\n\nCarol is eight months pregnant and may need to leave early or put her feet up - no need to plan around that, just so you know why a chair empties!\n\nKind regards\nLee`;

  it("the writer's own party ('18 of us') makes its members' health staff news, told 'just so you know'", () => {
    const r = rolesFrom("lee.barker@dwp.gov.uk", AWAY_DAY(" (18 of us, 9.30 to 3.30)"), "venues@riversideconferencecentre.co.uk");
    expect([r["Carol"], r["pregnant"]]).not.toContain("case");
  });

  it("guard: with no party of the writer's, the same sentence is a case's", () => {
    const r = rolesFrom("lee.barker@dwp.gov.uk", AWAY_DAY(""), "venues@riversideconferencecentre.co.uk");
    expect(r["Carol"]).toBe("case");
  });

  it("guard: a party of young people is no team's", () => {
    const r = rolesFrom("lee.barker@dwp.gov.uk", AWAY_DAY(" (six of us: four young people and two workers)"), "venues@riversideconferencecentre.co.uk");
    expect(r["Carol"]).toBe("case");
  });

  it("a number the writer calls theirs 'as requested' is theirs", () => {
    const text = "Dear Ms Kaur,\n\nThank you for the appointment.\n\nMy NHS number, as requested: 945 120 8739\n\nKind regards\nTom Ashby";
    expect(rolesFrom("tom.ashby@justice.gov.uk", text, "referrals@workwelloh.co.uk")["945 120 8739"]).toBe("the sender or a recipient");
  });

  it("a health term in a question about anyone ('if anyone … is pregnant so I can adapt') is about no one", () => {
    const text = "Hi Bal,\n\nCould you let me know final numbers, and if anyone has injuries, conditions or is pregnant so I can adapt the poses?\n\nAnya";
    expect(rolesFrom("anya@stillpointyoga.co.uk", text, "bal.kaur@leicester.gov.uk")["is pregnant"]).toBe("no case context");
  });

  it("guard: a term told of someone before the condition is theirs", () => {
    const text = "Hi Bal,\n\nHer client is pregnant, so if anyone can cover the class she can visit her.\n\nAnya";
    expect(rolesFrom("anya@stillpointyoga.co.uk", text, "bal.kaur@leicester.gov.uk")["is pregnant"]).toBe("case");
  });
});

describe("tuning231–235: a colleague's flowers, a professional's letters, a form naming the sender", () => {
  const FLOWERS = (story: string, card: string): string =>
    `Good morning,\n\n${story} Please could you deliver a hand-tied bouquet to her home on Wednesday:\n\nBernadette Coles\n7 Ashby Close, Oadby, Leicester LE2 4TJ\n\nCard message: "${card}"\n\nMany thanks,\nHelen`;

  it("a gift to a colleague's home: the name and address of the delivery block are the colleague's", () => {
    const r = rolesFrom("helen.burrows@justice.gov.uk", FLOWERS("Our colleague Bernadette lost her mum last week and the team would like to send some flowers.", "Thinking of you. With love from everyone in the Victim Contact Unit."), "orders@petalsandstems.co.uk");
    expect([r["Bernadette Coles"], r["7 Ashby Close"]]).not.toContain("case");
  });

  it("guard: flowers to a victim's home, told with the court case, stay a case's", () => {
    const r = rolesFrom("helen.burrows@justice.gov.uk", FLOWERS("Her son was killed in July and the man responsible was sentenced at Crown Court last week.", "With our thoughts at a difficult time, from all at the team."), "orders@petalsandstems.co.uk");
    expect(r["Bernadette Coles"]).toBe("case");
  });

  it("a name with a profession's letters after it is the professional's, and a branch's address the business's", () => {
    const text = "Hi,\n\nThis is to confirm your eye examination on Tuesday 1 December at 09:20 with Priya Joshi MCOptom at our Oadby branch, 14 The Parade, Oadby LE2 5BJ.\n\nJason";
    const r = rolesFrom("jason.whyte@justice.gov.uk", text, "frontdesk@clearviewopticians.co.uk");
    expect([r["Priya Joshi MCOptom"], r["14 The Parade"]]).not.toContain("case");
  });

  const FORM = (surname: string): string =>
    `Hello,\n\nThe online form will not submit, so here are my details.\n\nTitle: Ms\nSurname: ${surname}\nForenames: Abigail Louise\nDate of birth: 02/09/1991\nNHS number: 413 114 4263\n\nThanks\nAbi`;

  it("a form giving the sender by its fields (Surname, Forenames) holds the sender's records", () => {
    const r = rolesFrom("abi.fairclough@justice.gov.uk", FORM("Fairclough"), "syston.healthcentre@nhs.net");
    expect([r["Abigail Louise"], r["413 114 4263"]]).toEqual(["the sender or a recipient", "the sender or a recipient"]);
  });

  it("guard: the same form with another surname is someone else's", () => {
    const r = rolesFrom("abi.fairclough@justice.gov.uk", FORM("Brennan"), "syston.healthcentre@nhs.net");
    expect(r["413 114 4263"]).toBe("case");
  });
});

describe("tuning236–240: doctors in a letter to the writer, the writer's childhood, all staff, a home rather than the office", () => {
  const LETTER = (clinician: string): string =>
    `for the calendar at home x\n\nKasia\n\n________________________________\nFrom: UHDB Outpatient Bookings <uhdb.outpatientbookings@nhs.net>\nSent: 02 November 2026 16:12\nTo: Kowalski, Kasia <kasia.kowalski@derbyshire.gov.uk>\nSubject: Your outpatient appointment\n\nDear Ms Kowalski\n\nDate of birth: 04/02/1984\nNHS number: 412 446 0643\n\nWe have arranged for you to be seen on Thursday 26 November 2026 at 14:20 with ${clinician}.\n\nOutpatient Bookings`;

  it("a doctor named in a letter to the writer leaves its records the writer's", () => {
    const r = rolesFrom("kasia.kowalski@derbyshire.gov.uk", LETTER("Dr Haworth"), "kasia.kowalska84@gmail.com");
    expect(r["412 446 0643"]).toBe("the sender or a recipient");
  });

  it("guard: someone else named in it keeps them a case's", () => {
    const r = rolesFrom("kasia.kowalski@derbyshire.gov.uk", LETTER("your son Tyler Brennan"), "kasia.kowalska84@gmail.com");
    expect(r["412 446 0643"]).toBe("case");
  });

  const DENTIST = (past: string): string =>
    `Hi, yes I'd like to go ahead with IV sedation - I get really bad dental anxiety after ${past}. DOB 29/01/1995 if you need it to find me.\n\nThanks\nChloe`;

  it("the writer's own childhood ('as a kid') is no third person in their own affairs", () => {
    expect(rolesFrom("chloe.brammer@emas.nhs.uk", DENTIST("a bad experience as a kid"), "reception@marketplacedental.co.uk")["29/01/1995"]).toBe("the sender or a recipient");
  });

  it("guard: a child of someone's in the same message keeps the date a case's", () => {
    expect(rolesFrom("chloe.brammer@emas.nhs.uk", DENTIST("a bad experience with the kid"), "reception@marketplacedental.co.uk")["29/01/1995"]).toBe("case");
  });

  const OUTDOOR = (party: string): string =>
    `Hi,\n\nFinal numbers for Saturday: ${party}.\n\nDietary and health bits for your forms:\n- Baz is coeliac\n- Woody has asthma and a dodgy left knee, so he'll do the lower-level walk\n\nThanks\nRuth`;

  it("a party of 'all staff' makes its members' health staff news", () => {
    expect(rolesFrom("ruth.ingram@leics.gov.uk", OUTDOOR("twelve adults, all staff"), "bookings@peakadventure.co.uk")["Woody"]).not.toBe("case");
  });

  it("guard: the same list for a group not said to be staff is a case's", () => {
    expect(rolesFrom("ruth.ingram@leics.gov.uk", OUTDOOR("twelve adults"), "bookings@peakadventure.co.uk")["Woody"]).toBe("case");
  });
});

describe("tuning236–240: names one a line with the writer's among them", () => {
  const ROOMS = (last: string): string =>
    `Hello,\n\nPlease can I confirm five single rooms for the nights of 2 and 3 December:\n\nDC Tamsin Aldous\nPriya Kaur\nKemi Adeyemi\n${last}\n\nTwo requests:\n- Kemi is 32 weeks pregnant, so a ground-floor room would be appreciated\n\nKind regards\nNathan`;

  it("a list of names one a line with the writer's '(me)' is of colleagues: their health is staff news", () => {
    const r = rolesFrom("nathan.okafor@met.police.uk", ROOMS("DS Nathan Okafor (me)"), "reservations@quaysidehotel.co.uk");
    expect(r["Kemi"]).not.toBe("case");
  });

  it("guard: without the writer on it, the same list is read as it stands", () => {
    const r = rolesFrom("nathan.okafor@met.police.uk", ROOMS("Ryan Cole"), "reservations@quaysidehotel.co.uk");
    expect(r["Kemi"]).toBe("case");
  });
});

describe("tuning236–240: a gift to a colleague and their partner", () => {
  const BALLOONS = (card: string): string =>
    `Hi there,\n\nWe'd like to order the balloon bouquet plus one of your large cards, for delivery on Thursday 26th to:\n\nOllie Brennan and Grace Hoyle\nFlat 2, 47 Strawberry Hill Road\nTwickenham\nTW1 4PZ\n\nCard message please: "${card}"\n\nThanks so much\nBecky`;

  it("both names opening the delivery block, and the address, are the colleague's household's", () => {
    const r = rolesFrom("becky.hall@met.police.uk", BALLOONS("Congratulations Ollie and Grace - lots of love from everyone at the IOM hub."), "orders@balloonsandblooms.co.uk");
    expect([r["Ollie Brennan"], r["Grace Hoyle"], r["47 Strawberry Hill Road"]]).not.toContain("case");
  });

  it("guard: with no word that they are colleagues, the same block is read as it stands", () => {
    const r = rolesFrom("becky.hall@met.police.uk", BALLOONS("Congratulations Ollie and Grace."), "orders@balloonsandblooms.co.uk");
    expect([r["Ollie Brennan"], r["Grace Hoyle"]]).toContain("case");
  });
});

describe("tuning241–244: 'about' before a number reports nothing", () => {
  const COURSE = (told: string): string =>
    `Hello Yvonne,\n\nPlease book the following three onto the course starting 8 December:\n\n- Claire Whitworth (me)\n- Gareth Thompson\n- Anita Kaur\n\n${told} so would it be possible to have a proper chair with back support for her and a seat near the door?\n\nClaire`;

  it("a colleague 'about 30 weeks pregnant' on a list with the writer is staff news", () => {
    expect(rolesFrom("claire.whitworth@leics.gov.uk", COURSE("Anita is about 30 weeks pregnant by then,"), "bookings@firstaidtraining.co.uk")["Anita"]).not.toBe("case");
  });

  it("guard: a report of what she was told about still reads as a report", () => {
    expect(rolesFrom("claire.whitworth@leics.gov.uk", COURSE("Anita told me she is worried about her pregnancy,"), "bookings@firstaidtraining.co.uk")["Anita"]).toBe("case");
  });
});
