import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("fifteenth session: a service's number named after it", () => {
  const PROOF = (aside: string): string =>
    `Hello,\n\nThe proof looks good. Please print 1,500 copies. One change: the number on the back should read 0115 496 0218${aside}, not 0115 496 0281.\n\nThanks,\n\nRuth Okafor\nSafeguarding Nurse\nTel: 0115 496 0990`;

  it("'0115 496 0218 (the Children's Duty line)' is a service's number, and so is the misprint it corrects", () => {
    const r = rolesFrom("ruth.okafor@nhs.net", PROOF(" (the Children's Duty line)"), "orders@printworks.co.uk");
    expect([r["0115 496 0218"], r["0115 496 0281"]]).toEqual(["a service's number", "a service's number"]);
  });

  it("guard: numbers named as no service's are read as before", () => {
    const bare = rolesFrom("ruth.okafor@nhs.net", `Hello,\n\nCould you ring Kayleigh Brooks about her son's self-harm on 0115 496 0218, not 0115 496 0281.\n\nRuth`, "orders@printworks.co.uk");
    expect([bare["0115 496 0218"], bare["0115 496 0281"]]).toEqual(["case", "case"]);
  });
});

describe("fifteenth session: a colleague's gift and its delivery block", () => {
  it("the household named in the delivery block ('her husband Rav will answer') is the colleague's", () => {
    const text = `Hi Becca,\n\nHere are the details:\n\nBouquet: the £45 size with a balloon\nDeliver to: Nisha Mistry, 9 Saffron Close, Oadby, Leicester LE2 4TW\nPhone on the day: 07700 900387 (her husband Rav will answer if she is napping!)\n\nCard: "Congratulations Nisha! Lots of love from everyone in the PPU x"\n\nNisha is one of our DCs and had her little girl on Sunday.\n\nLisa`;
    const r = rolesFrom("lisa.pegg@leics.police.uk", text, "hello@bloomandtwine.co.uk");
    expect([r["Rav"], r["9 Saffron Close"], r["07700 900387"]].filter((x) => x === "case")).toEqual([]);
  });

  it("'in case she doesn't hear the door' tells of no case", () => {
    const text = `Hello,\n\nI'd like the £40 bouquet, with a card reading "Congratulations on baby Freya - love from everyone in the Amber Valley team".\n\nIt's for our colleague Shauna, who has just had her baby, so it's going to her home:\nShauna Bestwick\n5 Meadowsweet Way, Belper DE56 0NG\n07700 900916 (her mobile, in case she doesn't hear the door)\n\nBeth`;
    const r = rolesFrom("bethany.wragg@derbyshire.gov.uk", text, "orders@ripleyblooms.co.uk");
    expect([r["Shauna Bestwick"], r["5 Meadowsweet Way"], r["07700 900916"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: a case told beside the gift keeps the block a case's", () => {
    const text = `Hello,\n\nIt's for our colleague's client, whose case went to court last week, so it's going to her home:\nShauna Bestwick\n5 Meadowsweet Way, Belper DE56 0NG\n07700 900916\n\nBeth`;
    const r = rolesFrom("bethany.wragg@derbyshire.gov.uk", text, "orders@ripleyblooms.co.uk");
    expect(r["5 Meadowsweet Way"]).toBe("case");
  });

  it("'our facilities officer, Gary, had a stroke' and a card 'from all the staff at …': a colleague's", () => {
    const text = `Hello,\n\nOur facilities officer, Gary, had a stroke three weeks ago and is now home recovering, so the hamper is going to his house:\n\nDeliver to: Gary Birkin\n31 Chestnut Avenue, Mickleover, Derby DE3 9FL\n\nCard: "Get well soon Gary! Love from all the staff at Ashcombe House."\n\nDawn`;
    const r = rolesFrom("dawn.stubbs@justice.gov.uk", text, "orders@dalesfood.co.uk");
    expect([r["had a stroke"], r["31 Chestnut Avenue"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: 'the caretaker, Gary,' of somewhere else is no colleague of the writer's", () => {
    const text = `Hello,\n\nThe caretaker, Gary, had a stroke three weeks ago and is now home recovering.\n\nDawn`;
    expect(rolesFrom("dawn.stubbs@justice.gov.uk", text, "orders@dalesfood.co.uk")["had a stroke"]).toBe("case");
  });
});

describe("fifteenth session: the team's own event beside a crime told", () => {
  const RUN = (reason: string): string =>
    `Hello,\n\nSix of us from the Public Protection team are running the Richmond Half Marathon in March and we'd like to raise money for Safe Haven.\n\n${reason}\n\nRunners: Aisha Kamara, Neil Prentice, Ollie Barnett\n\nThanks,\nAisha`;

  it("a victim named with the trial of her ex-partner for assault stays a case person", () => {
    const r = rolesFrom("aisha.kamara@met.police.uk", RUN("Your IDVA supported Joanne Haslam all the way through the trial of her ex-partner, Craig Haslam, for the assault at her flat."), "community@safehaven.org.uk");
    expect([r["Joanne Haslam"], r["Craig Haslam"]]).toEqual(["case", "case"]);
  });

  it("guard: the team's runners, with nothing told of a crime, are no case", () => {
    const r = rolesFrom("aisha.kamara@met.police.uk", RUN("Neil has had a knee operation, so he may walk some of it."), "community@safehaven.org.uk");
    expect(r["knee operation"] ?? "none").not.toBe("case");
  });

  it("a staff side's charity match ('11-a-side') is the team's: a player's pregnancy is hers", () => {
    const text = `Hi Gary,\n\nThanks for agreeing to ref. Sunday 6 December, kick-off 11am: PPU XI v Probation XI, 11-a-side.\n\nAmrit Sandhu was meant to be in goal but she's seven months pregnant, so she's running the line.\n\nCheers,\nSam`;
    const r = rolesFrom("sam.adeyemi@leics.police.uk", text, "garyref1974@hotmail.co.uk");
    expect(r["pregnant"]).not.toBe("case");
    const plain = text.replace("PPU XI v Probation XI, 11-a-side", "at the leisure centre");
    expect(rolesFrom("sam.adeyemi@leics.police.uk", plain, "garyref1974@hotmail.co.uk")["pregnant"]).toBe("case");
  });
});

describe("fifteenth session: the writer of an earlier message", () => {
  const NOTE = (lead: string): string =>
    `Hi Sue,\n\n${lead} this is the Known Persons Check request layout we use with Starting Point. It's blank.\n\nName of adult: ____________\nDate of birth: ____/____/______\n\nImogen`;

  it("'Following on from Martin's email' names a correspondent, not a case person", () => {
    const r = rolesFrom("imogen.sutton@justice.gov.uk", NOTE("Following on from Martin's email,"), "sue@peaklearning.co.uk");
    expect(r["Martin"]).not.toBe("case");
  });

  it("guard: 'Martin's email address' or 'Martin's case' is read as before", () => {
    expect(rolesFrom("imogen.sutton@justice.gov.uk", NOTE("Further to Martin's email address being wrong on the referral,"), "sue@peaklearning.co.uk")["Martin"]).toBe("case");
    expect(rolesFrom("imogen.sutton@justice.gov.uk", NOTE("About Martin's referral,"), "sue@peaklearning.co.uk")["Martin"]).toBe("case");
  });
});

describe("fifteenth session: a letter to the writer about their own parent", () => {
  const ADMISSION = (quoted: string): string =>
    `Hi Bev,\n\nThanks for the admission pack. My father, Roy Heathcote, will be coming from his own home. His dementia has moved on a lot this year.\n\nCallum\n\n-----Original Message-----\nFrom: Bev Tomlinson <manager@thelimes.co.uk>\nSent: 17 November 2026 16:40\nTo: Heathcote, Callum <callum.heathcote@justice.gov.uk>\nSubject: Admission on Monday\n\nDear Callum,\n\n${quoted}\n\nKind regards\nBev Tomlinson`;

  it("'your dad's routine, his medication' in the care home's letter to the writer is the family's", () => {
    const r = rolesFrom("callum.heathcote@justice.gov.uk", ADMISSION("It would help us to know your dad's routine, his medication and his GP before he arrives."), "manager@thelimes.co.uk");
    expect([r["His dementia"], r["his medication"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: a letter that names someone else keeps its health terms as before", () => {
    const r = rolesFrom("callum.heathcote@justice.gov.uk", ADMISSION("Kayleigh Brooks from your caseload rang about his medication."), "manager@thelimes.co.uk");
    expect(r["his medication"]).toBe("case");
  });
});

describe("fifteenth session: a team's initials and a job in brackets", () => {
  const DELEGATES = (aside: string): string =>
    `Hello,\n\nFurther to our booking, the delegates for the stalking and harassment course on 9 December will be:\n\n- DC Priyanka Dhillon\n- Denise Arkwright ${aside}\n\nMany thanks\n\nHarriet Lomax\nBusiness Support Officer`;

  it("'Denise Arkwright (MASH researcher)' is a professional", () => {
    expect(rolesFrom("harriet.lomax@leics.police.uk", DELEGATES("(MASH researcher)"), "courses@training.co.uk")["Denise Arkwright"]).not.toBe("case");
  });

  it("guard: '(DV victim)' or no job in brackets is read as before", () => {
    expect(rolesFrom("harriet.lomax@leics.police.uk", DELEGATES("(DV victim)"), "courses@training.co.uk")["Denise Arkwright"]).toBe("case");
    expect(rolesFrom("harriet.lomax@leics.police.uk", DELEGATES("(MASH referral)"), "courses@training.co.uk")["Denise Arkwright"]).toBe("case");
  });
});

describe("fifteenth session: a passenger fleeing domestic abuse", () => {
  const TAXI = (why: string): string =>
    `Hi,\n\nCan I book on our account please:\n\nPick up: Thurs 19th, 08:15\nPassenger: Mrs Shabnam Akhtar + 2 children\nPassenger mob: 07700 900527\n\nPlease do NOT give the pick-up address to anyone who calls asking for her - ${why}.\n\nThanks\nFarzana`;

  it("'she is fleeing DA' makes the passenger named before it a case person", () => {
    const r = rolesFrom("farzana.patel@leicester.gov.uk", TAXI("she is fleeing DA and he has been ringing round the firms"), "bookings@swiftcars.co.uk");
    expect(r["Mrs Shabnam Akhtar"]).toBe("case");
  });

  it("guard: a passenger with nothing of a case told is no case", () => {
    const r = rolesFrom("farzana.patel@leicester.gov.uk", TAXI("she is running late for her train"), "bookings@swiftcars.co.uk");
    expect(r["Mrs Shabnam Akhtar"]).not.toBe("case");
  });
});

describe("fifteenth session: a running order's speaker in brackets", () => {
  const ORDER = (line: string): string => `Hi Sam,\n\nDraft running order below.\n\n09:30 Arrival and coffee\n${line}\n11:45 Break\n\nWasim`;

  it("'09:45 Coercive control in supervision (Sam Hartley, Clearwater Training)': the speaker is a professional", () => {
    const r = rolesFrom("wasim.akhtar@justice.gov.uk", ORDER("09:45 Coercive control: recognising it in supervision (Sam Hartley, Clearwater Training)"), "sam@clearwater.co.uk");
    expect(r["Sam Hartley"]).not.toBe("case");
  });

  it("guard: the same line with no time is no running order's", () => {
    const r = rolesFrom("wasim.akhtar@justice.gov.uk", ORDER("Coercive control by her ex-partner (Kayleigh Brooks, the victim)"), "sam@clearwater.co.uk");
    expect(r["Kayleigh Brooks"]).toBe("case");
  });
});

describe("fifteenth session: staff news from a unit, and a birth", () => {
  const NEWS = (who: string, after: string): string => `Good to hear from you Pete.\n\nNews from here: ${who} had her baby on Monday, a little boy, Reuben, 8lb 1oz. ${after}\n\nMo`;

  it("'Sheila in the OMU had her baby … Mum and baby both home': the baby's name is staff news", () => {
    expect(rolesFrom("mo.rahman@justice.gov.uk", NEWS("Sheila in the OMU", "Mum and baby both home and doing well."), "pete.lamb61@gmail.com")["Reuben"]).not.toBe("case");
  });

  it("guard: a baby whose mother is no colleague, or a birth with case wording, stays a case's", () => {
    expect(rolesFrom("mo.rahman@justice.gov.uk", NEWS("Sheila in the OMU", "Mum and baby both home, on a child protection plan."), "pete.lamb61@gmail.com")["Reuben"]).toBe("case");
  });
});

describe("fifteenth session: care given is no care status, harm denied is no harm", () => {
  it("'who was looked after so well at the hospice' is no looked-after child", () => {
    const text = `Dear Events Team,\n\nWe'd like to register a team of six for the Three Peaks Challenge.\n\nWe're doing it in memory of our colleague PC Olu Adeyemi's dad, Tunde, who was looked after so well at the hospice in the spring.\n\nMark`;
    expect(rolesFrom("mark.lindqvist@met.police.uk", text, "challenges@hospice.org.uk")["Tunde"]).not.toBe("case");
  });

  it("guard: 'Tunde is looked after by the local authority' is", () => {
    const text = `Dear Events Team,\n\nTunde Adeyemi is looked after by the local authority.\n\nMark`;
    expect(rolesFrom("mark.lindqvist@met.police.uk", text, "challenges@hospice.org.uk")["Tunde Adeyemi"]).toBe("case");
  });

  const MUM = (fall: string): string =>
    `Hello Dawn,\n\nI'd like to increase Mum's care from two calls a day to three.\n\nFor your file:\nName: Comfort Boateng\nDate of birth: 09/08/1946\nAddress: 41 Marfitt Street, Leicester LE4 6QX\n\nHer dementia has moved on - she had a fall in the kitchen on 6 November (${fall}).\n\nMany thanks\nShanice Boateng`;

  it("the writer's mother's records, with a fall 'no injury', are the family's", () => {
    const r = rolesFrom("shanice.boateng@leicester.gov.uk", MUM("no injury, and the pendant alarm worked"), "enquiries@homecare.co.uk");
    expect([r["Comfort Boateng"], r["09/08/1946"], r["41 Marfitt Street"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: an injury seen keeps the message about a case", () => {
    const r = rolesFrom("shanice.boateng@leicester.gov.uk", MUM("an unexplained injury to her arm"), "enquiries@homecare.co.uk");
    expect(r["09/08/1946"]).toBe("case");
  });
});

describe("fifteenth session: the writer's own move in their quoted message", () => {
  const DEPOSIT = (line: string): string =>
    `Hi Rachel,\n\nI'm not accepting the cleaning charge.\n\nRegards\nEwan McTaggart\nSocial Worker\n\n-----Original Message-----\nFrom: McTaggart, Ewan <ewan.mctaggart@derby.gov.uk>\nSent: 12 November 2026 08:55\nTo: deposits@lettings.co.uk\nSubject: Deposit\n\nHi,\n\n${line}\n\nThanks\nEwan`;

  it("'I moved out of Flat 6, 19 Friar Gate Court' is the writer's own address", () => {
    const r = rolesFrom("ewan.mctaggart@derby.gov.uk", DEPOSIT("I moved out of Flat 6, 19 Friar Gate Court, Derby DE1 1BX on 31 October."), "deposits@lettings.co.uk");
    expect([r["Flat 6, 19 Friar Gate Court"], r["DE1 1BX"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: 'he moved out of' someone's flat is no writer's", () => {
    const r = rolesFrom("ewan.mctaggart@derby.gov.uk", DEPOSIT("Kyle Dunn is on licence and he moved out of Flat 6, 19 Friar Gate Court, Derby DE1 1BX on 31 October."), "deposits@lettings.co.uk");
    expect(r["Flat 6, 19 Friar Gate Court"]).toBe("case");
  });
});

describe("fifteenth session: a referral telling of a sexual assault", () => {
  const REFER = (then: string): string => `Hello,\n\nI'd like to refer Amber Lilley, who is in Year 10 at Uppingham Community College. ${then}\n\nPlease let me know your waiting times.\n\nImogen`;

  it("'She was sexually assaulted … and the police are investigating' makes the girl named before it a case person", () => {
    expect(rolesFrom("imogen.castledine@rutland.gov.uk", REFER("She was sexually assaulted at a party in October and the police are investigating."), "referrals@counselling.co.uk")["Amber Lilley"]).toBe("case");
  });

  it("guard: with nothing of a case told she is no case person", () => {
    expect(rolesFrom("imogen.castledine@rutland.gov.uk", REFER("She would like to train as a peer mentor."), "referrals@counselling.co.uk")["Amber Lilley"]).not.toBe("case");
  });
});

describe("fifteenth session: a delivery block in an HTML body's paragraphs", () => {
  const ORDER = (phoneLine: string): string =>
    `Good morning,\n\n \n\nI'd like to order the sympathy bouquet. It's for a colleague whose father has died, so it's going to her home:\n\n \n\nDeliver to: Marta Nowicka\n\n \n\nFlat 3, 41 Crestway, London SW15 5DB\n\n \n\n${phoneLine}\n\n \n\nCard message: "Thinking of you. With love from everyone at Wandsworth YJS."\n\nSiobhan`;

  it("the address and phone after blank lines are still the colleague's", () => {
    const r = rolesFrom("siobhan.kearney@richmondandwandsworth.gov.uk", ORDER("Phone: 07700 900318 (she's working from home this week; her partner Tomasz will answer if she's out)"), "orders@petals.co.uk");
    expect([r["07700 900318"], r["Flat 3, 41 Crestway"], r["Tomasz"]].filter((x) => x === "case")).toEqual([]);
  });

  it("guard: a paragraph after the block that is no address or phone line ends it", () => {
    const text = `Hello,\n\nIt's for our colleague Marta, so it's going to her home:\n\nDeliver to: Marta Nowicka\n\n \n\nAlso, Kayleigh Brooks (on licence, 07700 900999) asked about the payment.\n\nSiobhan`;
    expect(rolesFrom("siobhan.kearney@richmondandwandsworth.gov.uk", text, "orders@petals.co.uk")["07700 900999"]).toBe("case");
  });
});

describe("fifteenth session: care given at a hospice", () => {
  it("'Dan's mum was looked after there at the end' is no care status", () => {
    const text = `Hi Hollie,\n\nWe're doing a bucket collection for LOROS at the netball. Dan's mum was looked after there at the end, so it's close to his heart.\n\nFarzana`;
    expect(rolesFrom("farzana.lunat@leicester.gov.uk", text, "hollie.brewin@leics.police.uk")["Dan"] ?? "none").not.toBe("case");
  });
});
