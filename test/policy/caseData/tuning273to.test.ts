import { roledSpans, rolesByText } from "./rolesOf";

/** The texts of the spans that are case data, the sender read from their address. */
const caseTexts = (sender: string, text: string, recipient: string): string[] =>
  roledSpans(text, [["", sender], ["", recipient]], true).filter((s) => s.role === "case").map((s) => s.text);

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("fourteenth session: a reply whose thread's subject names the booking", () => {
  const REPLY = (subject: string): string =>
    `Hi Charlotte,\n\nThanks for holding the rooms. Names below, all singles:\n\nMandy Kershaw\nJas Sandhu\nKerry-Ann Tse\n\nDinner on the 9th:\nJas - vegetarian\nKerry-Ann - she's pregnant, so no pate or soft cheese\n\nKind regards\n\nLorraine Baxter\nBusiness Support Officer\n\nFrom: Charlotte Ives <groups@peaklodgehotel.co.uk>\nSent: 16 November 2026 14:21\nTo: Baxter, Lorraine <lorraine.baxter@derbyshire.gov.uk>\nSubject: ${subject}\n\nDear Lorraine,\n\nCould you send me the names and any dietary requirements by Friday?\n\nCharlotte`;

  it("'Subject: Rooming list - … away day' makes those listed the party booked", () => {
    const r = rolesFrom("lorraine.baxter@derbyshire.gov.uk", REPLY("Rooming list - Children's Services leadership away day 9-10 December"), "groups@peaklodgehotel.co.uk");
    expect([r["Kerry-Ann"], r["she's pregnant"]]).not.toContain("case");
  });

  it("guard: a thread about something else leaves the health term a case's", () => {
    const r = rolesFrom("lorraine.baxter@derbyshire.gov.uk", REPLY("Referral update"), "groups@peaklodgehotel.co.uk");
    expect(r["she's pregnant"]).toBe("case");
  });
});

describe("fourteenth session: the writer's own party, by its booking's words", () => {
  const KARTING = (first: string): string =>
    `Hi, ${first} Gaz has done his back in lifting at work so he's out, and Steph's coming but she's 5 months pregnant so she'll watch and do the photos. Can you still do the package?\n\nCheers\nGary Fenwick\nTeam Leader, Loughborough Ambulance Station`;

  it("'booking ref', 'twelve drivers': those named are the party booked", () => {
    for (const first of ["about booking ref TK-20415, we'll be 11 not 12 now.", "we'll be 11 drivers not 12 now."]) {
      const r = rolesFrom("gary.fenwick@emas.nhs.uk", KARTING(first), "events@tracksidekarting.co.uk");
      expect([first, r["Steph"], r["pregnant"]]).toEqual([first, expect.not.stringMatching(/^case$/), expect.not.stringMatching(/^case$/)]);
    }
  });

  it("guard: with no booking's words the health term stays a case's", () => {
    const r = rolesFrom("gary.fenwick@emas.nhs.uk", KARTING("we'll be 11 not 12 now."), "events@tracksidekarting.co.uk");
    expect(r["pregnant"]).toBe("case");
  });

  it("guard: a booking for young people is not the team's", () => {
    const r = rolesFrom("gary.fenwick@emas.nhs.uk", KARTING("about booking ref TK-20415 for our young people, we'll be 11 not 12 now."), "events@tracksidekarting.co.uk");
    expect(r["pregnant"]).toBe("case");
  });

  it("'Christmas bowling' in the thread's subject is the team's do", () => {
    const text = `Hi Craig,\n\nWe'll be 3 lanes:\nLane 1 - Kirsty, Rob, Bev\nLane 2 - Harj, Claire, Mick\n\nKirsty is seven months pregnant so she'll be keeping score rather than bowling.\n\nAnge\n\nFrom: Melton Bowl Parties <parties@meltonbowl.co.uk>\nSent: 18 November 2026 17:30\nTo: Brewster, Angela <angela.brewster@melton.gov.uk>\nSubject: Re: Christmas bowling - Thursday 17 December\n\nHi Angela, could you send the names for each lane? Thanks, Craig`;
    const r = rolesFrom("angela.brewster@melton.gov.uk", text, "parties@meltonbowl.co.uk");
    expect(r["pregnant"]).not.toBe("case");
  });

  it("'she's been told she isn't driving' is no report by her: the team's spectators", () => {
    const spectators = (told: string): string =>
      `Hi Jordan,\n\nHappy to go ahead for 12 drivers and 2 spectators. Three of ours are vegetarian.\n\nDrivers:\nKerry Hollis\nDan Whitworth\nBaz Lamb\n\nSpectators: Jas is 30 weeks pregnant so ${told} she isn't driving, and Baz had his collarbone plated so he is on stopwatch duty.\n\nThanks,\nKerry\n\nKerry Hollis (she/her)\nBusiness Support Officer\nChesterfield Probation Office`;
    expect(rolesFrom("kerry.hollis@justice.gov.uk", spectators("she's been told firmly"), "groups@peakraceway.co.uk")["pregnant"]).not.toBe("case");
    expect(rolesFrom("kerry.hollis@justice.gov.uk", spectators("she told me that"), "groups@peakraceway.co.uk")["pregnant"]).toBe("case");
  });
});

describe("fourteenth session: a gift whose card is from the team", () => {
  const ORDER = (card: string): string =>
    `Hi there\n\nCould I order the New Arrival hamper for delivery this week please? It's for Aisha, who had her little girl on Saturday. Please deliver to:\n\nAisha Rahman\n58 Hollybush Lane\nBirstall\nLeicester LE4 3GH\n\nGift message: "${card}"\n\nThanks!\nJo`;

  it("'Lots of love from all the 0-19 team' makes the delivery a colleague's", () => {
    const r = rolesFrom("jo.mcmanus1@nhs.net", ORDER("Welcome to the world! Lots of love from all the 0-19 team xx"), "hello@littlebundlehampers.co.uk");
    expect([r["Aisha Rahman"], r["58 Hollybush Lane"]]).not.toContain("case");
  });

  it("guard: a card from no team leaves the delivery a person's home", () => {
    const r = rolesFrom("jo.mcmanus1@nhs.net", ORDER("Welcome to the world! Lots of love xx"), "hello@littlebundlehampers.co.uk");
    expect(r["58 Hollybush Lane"]).toBe("case");
  });
});

describe("fourteenth session: a colleague's wish passed on is no report", () => {
  const SIGNED = "\n\nThanks\nSimon\n\nSimon Pell\nHealth and Safety Adviser\nRutland County Council";

  it("'Confirming our eight for the … day: Ollie, Jenna, … and myself' is the writer's group", () => {
    const text = (opening: string): string =>
      `Hi Marie,\n\n${opening} Ollie, Jenna, Kirsty, Raj, Hayley and myself.\n\nHayley is 28 weeks pregnant, so she'll sit out the floor work for CPR.${SIGNED}`;
    expect(rolesFrom("simon.pell@rutland.gov.uk", text("Confirming our six for the First Aid at Work day on Tuesday:"), "courses@firstresponse.co.uk")["pregnant"]).not.toBe("case");
    expect(rolesFrom("simon.pell@rutland.gov.uk", text("These are coming on Tuesday:"), "courses@firstresponse.co.uk")["pregnant"]).toBe("case");
  });

  it("'wanted you to know for the insurance' and 'he has asked that the instructor knows' are the colleague's wishes", () => {
    const text = (said: string): string =>
      `Hi Darren,\n\nTraveller details for our group booking (ref TW-5832):\n\n1. Sinead Gallagher - she's 20 weeks pregnant and is fine to fly, but ${said}${SIGNED}`;
    expect(rolesFrom("simon.pell@rutland.gov.uk", text("wanted you to know for the insurance."), "groups@tideway.co.uk")["pregnant"]).not.toBe("case");
    expect(rolesFrom("simon.pell@rutland.gov.uk", text("she has asked that the rep knows."), "groups@tideway.co.uk")["pregnant"]).not.toBe("case");
    expect(rolesFrom("simon.pell@rutland.gov.uk", text("she told me that her ex knows."), "groups@tideway.co.uk")["pregnant"]).toBe("case");
  });
});

describe("fourteenth session: a trial and its people", () => {
  const TEAM = (aside: string): string =>
    `Hi Stu,\n\nTeam for Thursday below.\n\nGK: Danny Okafor\nSubs: Chris Neale, Hutch\n\nI won't be there myself - ${aside} Hutch will captain.\n\nKev\n\nDC 6612SW Kev Morrissey\nSouth West BCU CID | Metropolitan Police Service`;

  it("'the Jamal Pyke trial (the stabbing …, his co-defendant is his cousin Tyrese)' makes them a case's", () => {
    const r = rolesFrom("kev.morrissey@met.police.uk", TEAM("I'm giving evidence at Kingston Crown all week in the Jamal Pyke trial (the stabbing outside the chicken shop in May, his co-defendant is his cousin Tyrese)."), "stu@gmail.com");
    expect([r["Jamal Pyke"], r["Tyrese"]]).toEqual(["case", "case"]);
  });

  it("guard: a free trial of the gym is no trial", () => {
    const r = rolesFrom("kev.morrissey@met.police.uk", TEAM("I'm on a free trial of the gym with Danny Okafor all week."), "stu@gmail.com");
    expect(r["Danny Okafor"]).not.toBe("case");
  });
});

describe("fourteenth session: moving out", () => {
  it("'is Jake Sowter still moving out on Thursday?' gives him case context, as 'moved out' does", () => {
    const r = rolesFrom("matt.birtles@justice.gov.uk", "Matt, is Jake Sowter still moving out on Thursday?\n\nThanks", "chesterfield.caya@derbyshire.gov.uk");
    expect(r["Jake Sowter"]).toBe("case");
  });

  it("guard: moving a meeting is no move", () => {
    const r = rolesFrom("matt.birtles@justice.gov.uk", "Matt, is Jake Sowter still moving the meeting on Thursday?\n\nThanks", "chesterfield.caya@derbyshire.gov.uk");
    expect(r["Jake Sowter"]).not.toBe("case");
  });
});

describe("fourteenth session: a colleague's family in the team's charity and leaving news", () => {
  const SIGNED = "\n\nMany thanks,\nAde\n\nAde Ogunleye\nWork Coach, Richmond Jobcentre";

  it("'our coffee morning … raised £612 … Our colleague Josie … Her husband Graham did the raffle'", () => {
    const text = (event: string): string =>
      `Hi Lorna,\n\nThank you for donating the cakes for ${event}\n\nOur colleague Josie Fairweather cut the ribbon and judged the bake-off. Her husband Graham did the raffle.${SIGNED}`;
    expect(rolesFrom("ade.ogunleye@dwp.gov.uk", text("our coffee morning. We raised £612 for Macmillan."), "hello@bakery.co.uk")["Graham"]).not.toBe("case");
    expect(rolesFrom("ade.ogunleye@dwp.gov.uk", text("our open day."), "hello@bakery.co.uk")["Graham"]).toBe("case");
  });

  it("'Our colleague Michelle Bowler lost her husband, Gary, to a brain tumour'", () => {
    const text = "Hello,\n\nWe're a group of 13 doing the Three Peaks. Our colleague Michelle Bowler lost her husband, Gary, to a brain tumour in the summer, and she'll be walking with us." + SIGNED;
    expect(rolesFrom("ade.ogunleye@dwp.gov.uk", text, "bookings@coaches.co.uk")["Gary"]).not.toBe("case");
  });

  it("a whip-round for a retirement makes the retiring man a colleague, and his wife his family", () => {
    const text = (collection: string): string =>
      `Now then Sue,\n\nGary Fozzard is finally retiring on 11 December. ${collection}\n\nThe do is at the Rose and Crown from 6pm. His wife Jackie is doing a buffet.\n\nMick`;
    expect(rolesFrom("mick.dalby@justice.gov.uk", text("We've had a whip-round and got £380 so far."), "sue.b61@btinternet.com")["Jackie"]).not.toBe("case");
    expect(rolesFrom("mick.dalby@justice.gov.uk", text("We've got £380 so far."), "sue.b61@btinternet.com")["Jackie"]).toBe("case");
  });
});

describe("fourteenth session: an HTML body's blank lines before the delivery block", () => {
  const ORDER = (gap: string): string =>
    `Hello,\n\nI placed order LB-20931 online last night for the hamper.\n\nIt's for our colleague Chantelle, who had her baby on Sunday (a little boy, 7lb 2oz, and both are doing well). She's on maternity leave now so it needs to go to her home:${gap}Chantelle Ogunbiyi\n28 Thornbury Close\nMickleover\nDerby DE3 0TX\n\nCard message: "Congratulations Chan, Jide and baby Reuben! Lots of love from everyone in the Permanence Team xx"\n\nThank you!\nRuth`;

  it("'…to her home:' then lines holding only spaces, then the name and address: the colleague's", () => {
    const r = rolesFrom("ruth.bamford@derby.gov.uk", ORDER("\n\n \n\n"), "hello@hampers.co.uk");
    expect([r["Chantelle Ogunbiyi"], r["28 Thornbury Close"]]).not.toContain("case");
  });

  it("guard: text between the delivery line and the block breaks it", () => {
    const r = rolesFrom("ruth.bamford@derby.gov.uk", ORDER("\n\nAlso please send one to the family of our client:\n\n"), "hello@hampers.co.uk");
    expect(r["28 Thornbury Close"]).toBe("case");
  });
});

describe("fourteenth session: a collection among staff shows the news is a colleague's", () => {
  const NEWS = (collection: string): string =>
    `Hi Lindsey,\n\nEllie Banwell had her baby on Sunday! A little boy, 7lb 2oz. Her husband Rob is off for the next fortnight.\n\n${collection}\n\nSpeak soon,\nHarriet\n\nHarriet Okwuosa (she/her)\nProbation Officer | Chesterfield Probation Office`;

  it("'We're doing a collection for a pram footmuff': Rob is the colleague's husband", () => {
    expect(rolesFrom("harriet.okwuosa@justice.gov.uk", NEWS("We're doing a collection for a pram footmuff."), "lindsey.marchant@derbyshire.gov.uk")["Rob"]).not.toBe("case");
  });

  it("guard: with no sign she is a colleague, her husband stays a case's relative", () => {
    expect(rolesFrom("harriet.okwuosa@justice.gov.uk", NEWS("We're sending a card."), "lindsey.marchant@derbyshire.gov.uk")["Rob"]).toBe("case");
  });
});

describe("fourteenth session: 'she' carried from a sentence naming a colleague alone", () => {
  const CAKE = (before: string): string =>
    `Hi Anya,\n\nYes, the lemon sponge is perfect. Can the top say “Baby Kaur-Dhillon – coming soon!”? ${before} She’s had gestational diabetes this time round, so could you also do six sugar-free cupcakes for her?\n\nThanks so much,\nShanice\n\nShanice Ward\nFamily Support Worker | Early Help\nLeicester City Council`;

  it("'It’s for our colleague Harpreet, who goes on maternity leave on the 4th. She’s had gestational diabetes'", () => {
    expect(rolesFrom("shanice.ward@leicester.gov.uk", CAKE("It’s for our colleague Harpreet, who goes on maternity leave on the 4th."), "hello@bakery.co.uk")["diabetes"]).not.toBe("case");
  });

  it("guard: after a sentence naming someone else too, 'she' may be them", () => {
    expect(rolesFrom("shanice.ward@leicester.gov.uk", CAKE("It’s for our colleague Harpreet, who visits Kayleigh Brooks on the 4th."), "hello@bakery.co.uk")["diabetes"]).toBe("case");
  });
});

describe("fourteenth session: 'Name, Job Title - remark' lines", () => {
  const PASSES = (line: string): string =>
    `Hello,\n\nPlease could you set up court building passes for these staff:\n\n${line}\n\nThanks,\nSeun\n\nOluwaseun Adebayo (he/him)\nCourt Duty Officer | Leicester Courts Team`;

  it("'Callum Fairweather, Bail Information Officer - replacement for a lost pass' is a professional", () => {
    expect(rolesFrom("oluwaseun.adebayo@justice.gov.uk", PASSES("Callum Fairweather, Bail Information Officer - replacement for a lost pass"), "passes@guardline.co.uk")["Callum Fairweather"]).toBe("a named professional");
  });

  it("guard: a case role before the dash is no job", () => {
    expect(rolesFrom("oluwaseun.adebayo@justice.gov.uk", PASSES("Lee Dale, Stepfather - moving in"), "passes@guardline.co.uk")["Lee Dale"]).not.toBe("a named professional");
  });
});

describe("fourteenth session: casework told beside the team's event", () => {
  const REPLY = (aside: string): string =>
    `Hi all,\n\nPut me down for the veggie option please. I'll be late, though: ${aside}\n\nHannah\n\nHannah Wicks\nSocial Worker | Adult Social Care, Richmond Locality Team\n\nFrom: Village Hall Bookings <events@hall.org.uk>\nSent: 23 November 2026 12:10\nTo: ASC Richmond Locality <asc.richmondlocality@richmond.gov.uk>\nSubject: Team day Wednesday - lunch numbers\n\nHello, please could everyone reply with their lunch choice by Tuesday?\nPat`;

  it("'an urgent visit first to Mrs Olive Kettering at 19 Ham Street … a safeguarding concern': hers, not the party's", () => {
    const r = rolesFrom("hannah.wicks@richmond.gov.uk", REPLY("I've got to do an urgent visit first to Mrs Olive Kettering at 19 Ham Street, Richmond TW10 7HR. Her neighbour found her wandering at 3am, so I'll be raising a safeguarding concern."), "events@hall.org.uk");
    expect(r["19 Ham Street"]).toBe("case");
  });

  it("guard: a colleague's news beside the event stays the team's", () => {
    const r = rolesFrom("hannah.wicks@richmond.gov.uk", REPLY("Sue Redfern has asthma and will bring her inhaler."), "events@hall.org.uk");
    expect(r["asthma"]).not.toBe("case");
  });
});

describe("fourteenth session: a colleague's delivery block on one line", () => {
  const ORDER = (why: string, from = "everyone at the Initial Response Team"): string =>
    `Hello,\n\nWe'd like the Welcome Baby hamper with this card:\n"Congratulations Harpreet and Jas on the arrival of baby Nihal - love from ${from}"\n\n${why} please send it to her home address:\nHarpreet Gill, 31 Vicarage Road, Mickleover, Derby DE3 0EA\n\nThanks,\nJo`;

  it("'…to her home address:\\nHarpreet Gill, 31 Vicarage Road, …': the address is the colleague's, as her name is", () => {
    const r = rolesFrom("jo.reed@derby.gov.uk", ORDER("Harpreet is on maternity leave at the moment, so"), "hello@hampers.co.uk");
    expect([r["Harpreet Gill"], r["31 Vicarage Road"], r["DE3 0EA"]]).not.toContain("case");
  });

  it("guard: no colleague, no set-aside address", () => {
    const r = rolesFrom("jo.reed@derby.gov.uk", ORDER("Harpreet is at home at the moment, so", "Jo"), "hello@hampers.co.uk");
    expect(r["31 Vicarage Road"]).toBe("case");
  });
});

describe("fourteenth session: the team's own members and sessions", () => {
  it("'One of the team uses a walking frame since her stroke' on a minibus booking is the party's", () => {
    const text = (who: string): string => `Yes, 14 passengers confirmed, pick-up outside County Hall at 6pm. ${who} uses a walking frame since her stroke, so we'll need the low step please.\n\nThanks, Nadine\n\nNadine Copestake\nBusiness Support Officer`;
    expect(rolesFrom("nadine.copestake@derbyshire.gov.uk", text("One of the team"), "bookings@coaches.co.uk")["her stroke"]).not.toBe("case");
    expect(rolesFrom("nadine.copestake@derbyshire.gov.uk", text("One of the residents"), "bookings@coaches.co.uk")["her stroke"]).toBe("case");
  });

  it("'the chair-based yoga session for our team': those named are the team", () => {
    const text = (what: string): string => `Hi Naomi,\n\nJust confirming ${what} on Wednesday, 2-3pm. A couple of things so you can plan: Jas is recovering from a shoulder reconstruction, and Kiran is 24 weeks pregnant, so could we keep it chair-based?\n\nThanks,\nMo\n\nMo Siddiqui\nTeam Leader, Community Nursing`;
    expect(rolesFrom("mo.siddiqui@leicspart.nhs.uk", text("the yoga session for our team"), "info@yoga.co.uk")["pregnant"]).not.toBe("case");
    expect(rolesFrom("mo.siddiqui@leicspart.nhs.uk", text("the yoga session"), "info@yoga.co.uk")["pregnant"]).toBe("case");
  });
});

describe("fourteenth session: a funeral card from the team", () => {
  const ORDER = (card: string): string =>
    `Hi Jackie,\n\nPlease go ahead.\n\nCard wording: "${card}"\n\nDelivery to Gilroes Crematorium for the 11:20 service on Thursday. His wife Sandra has asked for the flowers to go on to the cardiac ward afterwards, where Malcolm was looked after.\n\nThanks,\nDev\n\nDev Parmar\nTeam Manager`;

  it("'a kind, funny and wise colleague for 22 years … from everyone at Adult Social Care': Sandra is his widow", () => {
    expect(rolesFrom("dev.parmar@leicester.gov.uk", ORDER("Malcolm - a kind, funny and wise colleague for 22 years. With love and sympathy from everyone at Adult Social Care, City East."), "orders@florists.co.uk")["Sandra"]).not.toBe("case");
  });

  it("guard: a card from no team leaves the widow a case's relative", () => {
    expect(rolesFrom("dev.parmar@leicester.gov.uk", ORDER("Malcolm - with love and sympathy."), "orders@florists.co.uk")["Sandra"]).toBe("case");
  });
});

describe("fourteenth session: more colleague wording in staff news", () => {
  const BIRTH = (from: string): string =>
    `Hi there,\n\nWe'd like to order the 'Welcome Baby Girl' balloon bouquet (pink and silver, £38) plus one of your large cards, for delivery on Thursday 26th to:\n\nOllie Brennan and Grace Hoyle\nFlat 2, 47 Strawberry Hill Road\nTwickenham\nTW1 4PZ\n\nOllie and Grace had their daughter, Freya, last Tuesday - 7lb 2oz and, by all accounts, already running the house. Card message please:\n\n"Welcome to the world, Freya! Congratulations Ollie and Grace - lots of love from ${from}. Enjoy every minute (and get some sleep!)"\n\nPlease ring me on the mobile below to take payment. If nobody's in, could you leave it with the concierge rather than outside?\n\nThanks so much\n\nBecky Naylor (she/her)\nPartnership Support Officer, Community Safety and IOM\nRichmond and Wandsworth Councils\nMob: 07700 900619`;

  it("a card 'from Becky, Tariq and everyone at the IOM hub' makes the birth a colleague's", () => {
    expect(caseTexts("becky.naylor@richmondandwandsworth.gov.uk", BIRTH("Becky, Tariq, Joanne, Wes and everyone at the IOM hub"), "orders@balloons.co.uk")).toEqual([]);
    expect(caseTexts("becky.naylor@richmondandwandsworth.gov.uk", BIRTH("Becky, Tariq, Joanne and Wes"), "orders@balloons.co.uk")).toContain("Freya");
  });

  it("'served for 31 years' is a career: the late officer's family is his", () => {
    const letter = (career: string): string =>
      `Dear Mrs Harrop,\n\nI was so very sorry to learn of Bob's death last week. I am writing on behalf of everyone at British Transport Police, and particularly those who served with him, to send you, Claire and Michael our deepest sympathy.\n\nBob joined the Force in 1979 and ${career}, most of them at King's Cross, where he was a response sergeant.\n\nClaire told me that his last weeks at the hospice in Enfield were peaceful and that he was looked after by the hospice nurses. I am glad of that.\n\nWith kindest regards and deepest sympathy,\n\nMark Eldridge\nChief Superintendent\nBritish Transport Police`;
    expect(caseTexts("mark.eldridge@btp.police.uk", letter("served for 31 years"), "jan.harrop@gmail.com")).toEqual([]);
    expect(caseTexts("mark.eldridge@btp.police.uk", letter("was there a long time"), "jan.harrop@gmail.com")).toContain("Claire");
  });
});

describe("fourteenth session: names one a line with a short remark after a dash", () => {
  const TEAM = (remark: string): string =>
    `Dear Events Team,\n\nWe're signing up for the Yorkshire Three Peaks. Sue says the staff were wonderful to all the family.\n\nSue Birch - M\nMaxine Rollinson (me) - L\nCraig Tebbutt - XL\nNikki Hames - ${remark}\nPete Ollerton - XXL\n\nPete has asthma and Nikki had a new knee last year, so we'll take the slower route.\n\nThanks,\nMaxine\n\nMaxine Rollinson\nBusiness Hub Manager, HMP Foston Hall`;

  it("'Sue Birch - M' … 'Maxine Rollinson (me) - L': the writer's team, whose health is staff news", () => {
    expect(caseTexts("maxine.rollinson@justice.gov.uk", TEAM("S"), "events@hospice.org.uk")).toEqual([]);
  });

  it("guard: a case role after the dash keeps the list a case's", () => {
    expect(caseTexts("maxine.rollinson@justice.gov.uk", TEAM("mum"), "events@hospice.org.uk")).toContain("has asthma");
  });
});

describe("fourteenth session: a booking's list of colleagues' needs", () => {
  const FORM = (items: string): string =>
    `Hi Callum,\n\nI'll bring the signed forms on Thursday (12 people), but here are the headlines from the health questions:\n\n${items}\n\nThanks\nTanya\n\nTanya McLeod | Work Coach Team Leader | Balham Jobcentre`;

  it("'- Ang - 14 weeks pregnant …' among items headed by colleagues' names is the next colleague's", () => {
    const items = "- Dan - asthma, will have his blue inhaler on him\n- Priya - type 1 diabetic, bringing her own kit\n- Col - dislocated his shoulder in the summer\n- Ang - 14 weeks pregnant so she's coming for lunch, not climbing!";
    expect(caseTexts("tanya.mcleod@dwp.gov.uk", FORM(items), "groups@highropes.co.uk")).toEqual([]);
  });

  it("guard: an item naming someone else breaks the run", () => {
    const items = "- Dan - asthma, will have his blue inhaler on him\n- Dan's client Kayleigh Brooks is coming too\n- Ang - 14 weeks pregnant so she's coming for lunch, not climbing!";
    expect(caseTexts("tanya.mcleod@dwp.gov.uk", FORM(items), "groups@highropes.co.uk")).toContain("pregnant");
  });

  it("'the extra requirements for our delegates' is the writer's own party", () => {
    const text = (whose: string): string =>
      `Bore da Catrin,\n\nAs promised, here are the extra requirements for ${whose}:\n\n- Huw Jenkins had a stroke earlier in the year, so table service for him at lunch would be appreciated.\n\nDiolch / Thanks,\nFfion\n\nFfion Rees\nBusiness Support Officer | Probation Service Wales`;
    expect(caseTexts("ffion.rees@justice.gov.uk", text("our delegates"), "events@hotel.co.uk")).toEqual([]);
    expect(caseTexts("ffion.rees@justice.gov.uk", text("the visit"), "events@hotel.co.uk")).toContain("had a stroke");
  });
});

describe("fourteenth session: a service user told of in staff's words", () => {
  it("'She's one of our care leavers' gives the woman picked up case context", () => {
    const text = (who: string): string => `Hi,\n\nAccount booking on the Rutland County Council children's services account please:\n\nTues 1 Dec, pick up 08:15 from Keeley at Flat 3, 8 Burley Road, Oakham LE15 6DH to Leicester Royal Infirmary (maternity, Kensington Building), return when she calls. It's her 20 week scan. ${who} and gets anxious in cars, so a female driver if you have one. Her number is 07700 900846.\n\nThanks\nEleri Rowlands\nPersonal Adviser, Leaving Care\nRutland County Council, Catmose, Oakham LE15 6HP\nTel: 01632 960354`;
    expect(caseTexts("eleri.rowlands@rutland.gov.uk", text("She's one of our care leavers"), "bookings@cars.co.uk")).toContain("Keeley");
    expect(caseTexts("eleri.rowlands@rutland.gov.uk", text("She's one of our admin team"), "bookings@cars.co.uk")).not.toContain("Keeley");
  });

  it("'don't start a breach', 'the DV marker is still on' and 'his probation officer knows' are case wording of 'she' and 'he'", () => {
    const cover = (said: string): string => `Dal,\n\nCan you see Natalie at 2 tomorrow for me? ${said}\n\nThanks\nNaomi`;
    expect(caseTexts("naomi.fairweather@justice.gov.uk", cover("Please don't start a breach, just check in with her."), "d.kaur.84@gmail.com")).toContain("Natalie");
    expect(caseTexts("naomi.fairweather@justice.gov.uk", cover("Her partner's not to be in the room, the DV marker is still on."), "d.kaur.84@gmail.com")).toContain("Natalie");
    expect(caseTexts("naomi.fairweather@justice.gov.uk", cover("Please just check in with her."), "d.kaur.84@gmail.com")).not.toContain("Natalie");
    const job = (said: string): string => `Hi Chris,\n\nI'm afraid Tyrell won't make Monday's induction. ${said}\n\nThanks,\nLorraine`;
    expect(caseTexts("lorraine.pettifer@dwp.gov.uk", job("He's on the IOM scheme, so his probation officer knows."), "recruitment@leisure.co.uk")).toContain("Tyrell");
    expect(caseTexts("lorraine.pettifer@dwp.gov.uk", job("He's still keen, so his manager knows."), "recruitment@leisure.co.uk")).not.toContain("Tyrell");
  });
});

describe("fourteenth session: a practice's own staff in its news", () => {
  const NOTICE = (who: string): string =>
    `Dear all,\n\nI'm sorry to share some sad news. Pauline Swann${who} lost her husband Dennis last Friday after a short illness (he was diagnosed with pancreatic cancer in September).\n\nThe surgery will close 12:00-14:00 on Wednesday for the funeral.\n\nSandra Kirkby\nPractice Manager`;

  it("'Pauline Swann, our senior receptionist, lost her husband Dennis': his illness is her news", () => {
    expect(caseTexts("sandra.kirkby@nhs.net", NOTICE(", our senior receptionist,"), "bookings@locums.co.uk")).toEqual([]);
    expect(caseTexts("sandra.kirkby@nhs.net", NOTICE(""), "bookings@locums.co.uk")).toContain("Dennis");
  });

  it("'to raise money for the hospice … Pauline has been on our reception for 22 years'", () => {
    const dash = (why: string): string =>
      `Hi all,\n\nA few of us are doing the Santa Dash ${why} for the hospice that looked after Pauline's husband Dennis in his last weeks. Pauline has been on our reception for 22 years.\n\nThank you!\n\nAmrit\n\nAmrit Sandhu\nPractice Nurse`;
    expect(caseTexts("amrit.sandhu@nhs.net", dash("to raise money"), "k.family@gmail.com")).toEqual([]);
  });
});

describe("fourteenth session: the professional an appointment is with, in a message about the writer's family", () => {
  const REBOOK = (whom: string): string =>
    `Hi,\n\nMy wife, Abena Mensah (DOB 06/12/1986), has ${whom} on Thursday 26 November at 6pm for her lower back. Could you move her to the following Thursday?\n\nThanks,\nJoel Mensah\n\nJoel Mensah (he/him)\nProbation Officer`;

  it("'has an appointment with Chris' names the physio", () => {
    expect(caseTexts("joel.mensah@justice.gov.uk", REBOOK("an appointment with Chris"), "bookings@physio.co.uk")).toEqual([]);
  });

  it("guard: someone else named in the family message is not", () => {
    expect(caseTexts("joel.mensah@justice.gov.uk", REBOOK("a lift from Chris Dobson"), "bookings@physio.co.uk")).not.toEqual([]);
  });
});
