import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { writtenToRelatives } from "../../../src/policy/caseData/knownPeople";

// Twenty-seventh session (tuning740–).
describe("twenty-seventh session: family mail and the writer's other address", () => {
  it("reads a relative's run-together address ('jamesdunmore@…') as family: the family's records told to relatives are theirs", () => {
    const sender = { given: ["catherine"], family: "dunmore" };
    expect(writtenToRelatives(sender, "catherine.dunmore@leics.gov.uk", [{ name: "", address: "sarah.dunmore82@gmail.com" }, { name: "", address: "jamesdunmore@outlook.com" }])).toBe(true);
    expect(fixtureVerdict("tuning741.jsonl", "t741-m007")).toBe("pass");
  });

  it("guard: the writer's own short-form address ('gethpugh@…' for Gethin Pugh) is mail sent home, not to a relative", () => {
    const sender = { given: ["gethin"], family: "pugh" };
    expect(writtenToRelatives(sender, "gethin.pugh@justice.gov.uk", [{ name: "", address: "gethpugh@hotmail.co.uk" }])).toBe(false);
    expect(fixtureVerdict("tuning598.jsonl", "t598-m035")).toBe("block");
  });

  it("guard: a recipient of another family name is no relative", () => {
    const sender = { given: ["catherine"], family: "dunmore" };
    expect(writtenToRelatives(sender, "catherine.dunmore@leics.gov.uk", [{ name: "", address: "jamesdunmore@outlook.com" }, { name: "", address: "kerryhale@gmail.com" }])).toBe(false);
  });
});

describe("twenty-seventh session: colleagues' news", () => {
  const toTeam = { from: "helen.dakin@leics.police.uk", to: ["mere.lane.allstaff@leics.police.uk"], subject: "Sad news" };

  it("reads 'Many of you will remember Geoff' as a colleague's news: his wife named in it is no case person", () => {
    const body = "Hi all,\n\nGeoff Haworth died on Sunday.\n\nMany of you will remember Geoff: he knew every regular at the front desk. His wife, Brenda, said he talked about his Mere Lane days.\n\nHelen";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(fixtureVerdict("tuning740.jsonl", "t740-m011")).toBe("warn");
  });

  it("reads 'We're collecting for a voucher' as a collection among staff", () => {
    const body = "Hi all,\n\nChloe Marsh-Davies starts her maternity leave next Friday, and she and her husband Jordan still haven't agreed on names! We're collecting for a voucher towards a double pushchair.\n\nGeorgia";
    expect(scanVerdict({ from: "georgia.pendlebury@wandsworth.gov.uk", to: ["cin.team2@wandsworth.gov.uk"], subject: "Whip-round", body })).toBe("pass");
  });

  it("reads 'had their second baby, a boy called Arlo' as birth news", () => {
    expect(fixtureVerdict("tuning740.jsonl", "t740-m036")).toBe("pass");
  });

  it("reads 'joined the probation service in 1993, ran the Ilkeston unpaid work team for fifteen years' as a career", () => {
    const body = "Dear colleagues,\n\nIt is with great sadness that I let you know our colleague Desmond Harrowby died on Sunday. Des was diagnosed with pancreatic cancer in the summer.\n\nDes joined the probation service in 1993, ran the Ilkeston unpaid work team for fifteen years.\n\nSharon";
    expect(scanVerdict({ from: "sharon.ibbotson@justice.gov.uk", to: ["starting.point@derbyshire.gov.uk"], subject: "Sad news from the Ilkeston office", body })).toBe("pass");
  });

  it("guard: the same words about someone's own offence stay a case's", () => {
    const body = "Hi,\n\nMany of you will remember Geoff Haworth: he was released on licence last week after the assault on his wife, Brenda.\n\nHelen";
    expect(scanVerdict({ ...toTeam, to: ["someone@gmail.com"], body })).toBe("block");
  });
});

describe("twenty-seventh session: staff at work", () => {
  it("reads 'His two MAPPA level 2 reviews on the 26th are with Sinead Farrell' as work handed over", () => {
    expect(fixtureVerdict("tuning740.jsonl", "t740-m001")).toBe("pass");
  });

  it("reads a session's speaker in brackets with a job ('(with Dominic Fairweather, SPO)') as staff", () => {
    const body = "Hi all,\n\nWed 13 January – working with probation on MAPPA (with Dominic Fairweather, SPO)\n\nNadine";
    expect(scanVerdict({ from: "nadine.holroyd@leicester.gov.uk", to: ["oyinda.coker@leicester.gov.uk"], subject: "ASYE group supervision", body })).toBe("pass");
  });

  it("reads a training list's overdue line ('– overdue (was due at the end of October)') as a course's", () => {
    const body = "Hi Andrzej,\n\nThese people in the team have modules due or overdue.\n\nImran Siddiqi – Domestic abuse and coercive control – due 08/01/2027\nCorinne Mbeki – Working with MAPPA: level 1 e-learning – overdue (was due at the end of October)\n\nThanks,\nBryony";
    expect(scanVerdict({ from: "bryony.wainwright@leics.gov.uk", to: ["andrzej.kowal@leics.gov.uk"], subject: "Mandatory training", body })).toBe("pass");
  });

  it("reads a table's service cell before its number ('Child protection conference team<TAB>0115 …') as a service's number", () => {
    const body = "Dear colleagues,\n\nService\tNumber\nInitial Response Team\t0115 496 0152\nChild protection conference team\t0115 496 0166\n\nDate\tDuty senior\tMobile\nThu 24 Dec\tBethany Ogunleye\t07700 900518\nTue 29 Dec\tMarek Zielinski\t07700 900529\n\nSamira";
    expect(scanVerdict({ from: "samira.haddad@derby.gov.uk", to: ["midlandsnps.derbyshire.city@justice.gov.uk"], subject: "Christmas cover", body })).toBe("pass");
  });

  it("guard: a child's number on a line naming the child stays a case's", () => {
    const body = "Dear colleagues,\n\nChild protection plan for Kyle Brennan: his mum's number\t0115 496 0166\n\nSamira";
    expect(scanVerdict({ from: "samira.haddad@derby.gov.uk", to: ["someone@gmail.com"], subject: "Numbers", body })).toBe("block");
  });
});

describe("twenty-seventh session: a case told in text-speak", () => {
  it("reads 'his curfews 7pm to 7am' and 'his yot worker' as case wording", () => {
    const body = "hiya gav, jonno wont be at training sat, his curfews 7pm to 7am now and his yot worker says hes not to be in town after dark. ta shaun";
    expect(scanVerdict({ from: "shaun.pegg@leics.gov.uk", to: ["gav.coalvilleabc@gmail.com"], subject: "sat training", body })).toBe("block");
    expect(fixtureVerdict("tuning742.jsonl", "t742-m021")).toBe("block");
  });
});

describe("twenty-seventh session: earlier sets' colleagues' news", () => {
  const toTeam = { from: "lydia.hartshorne@justice.gov.uk", to: ["derby.pdu.team2@justice.gov.uk"], subject: "Team news" };

  it("reads 'last Tuesday's domestic abuse practice session' as a session's topic, and 'Thanks: to' as thanks", () => {
    const body = "Morning all,\n\nThanks: to Parveen Varsani for leading last Tuesday's domestic abuse practice session. The slides are on the team drive.\n\nLydia";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
    expect(fixtureVerdict("tuning708.jsonl", "t708-m003")).toBe("pass");
  });

  it("reads 'Sunil's Thursday court duty is with Ella Brightwell' as work handed over", () => {
    const body = "Morning all,\n\nSickness: Sunil Dhanda is off this week after his knee operation. Ciaran Mulhern has kindly taken his two MAPPA reviews, and Sunil's Thursday court duty is with Ella Brightwell until he's back.\n\nLydia";
    expect(scanVerdict({ ...toTeam, body })).toBe("pass");
  });

  it("reads a new starter's 'joins us after four years …, where she specialised in work with girls at risk of child criminal exploitation' as a career", () => {
    const body = "Morning all,\n\nEloise Varley joins us after four years with the youth offending team, where she specialised in work with girls at risk of child criminal exploitation.\n\nGemma";
    expect(scanVerdict({ from: "gemma.oakley@justice.gov.uk", to: ["derby.city.pdu.staff@justice.gov.uk"], subject: "Welcome", body })).toBe("pass");
    expect(fixtureVerdict("tuning733.jsonl", "t733-m001")).toBe("pass");
  });

  it("guard: a resident 'who came to us from HMP Leicester' with his health is still a case's", () => {
    expect(fixtureVerdict("tuning231.jsonl", "t231-m011")).toBe("block");
    const body = "Hi Pam,\n\nA winter coat for Dean Cartwright, who came to us from HMP Leicester last week; his sugars have been all over the place since release.\n\nKwame";
    expect(scanVerdict({ from: "kwame.boateng@justice.gov.uk", to: ["stmarks.appeal@outlook.com"], subject: "Winter appeal", body })).toBe("block");
  });

  it("guard: a case person's own session ('his domestic abuse session') is no topic", () => {
    const body = "Morning all,\n\nLiam Tobin missed his domestic abuse session again on Tuesday.\n\nLydia";
    expect(scanVerdict({ ...toTeam, to: ["someone@gmail.com"], body })).toBe("block");
  });
});

describe("twenty-seventh session: second round", () => {
  it("reads 'she also takes over the MAPPA team from January' beside a colleague's family as work, not a case", () => {
    expect(fixtureVerdict("tuning737.jsonl", "t737-m015")).toBe("pass");
    const body = "Hi all,\n\nAfter 30 years with Leicestershire Police, DI Martin Crabtree is retiring.\n\nHis wife, Jackie, and their sons will be there too. DS Ayesha Bhatti is collecting (she also takes over the MAPPA team from January).\n\nStella";
    expect(scanVerdict({ from: "stella.moorcroft@leics.police.uk", to: ["gurdeep.dosanjh@justice.gov.uk"], subject: "Retirement drinks", body })).toBe("pass");
  });

  it("reads 'She and her husband, Sam, are expecting twins' beside maternity leave as a colleague's news", () => {
    expect(fixtureVerdict("tuning737.jsonl", "t737-m023")).toBe("pass");
  });

  it("reads 'a colleague who's leaving after 22 years with us … Her husband Pete' as a colleague's family", () => {
    const body = "Hi Sue,\n\nYes please, hold the room. It's for a colleague who's leaving after 22 years with us, so expect around 30. Her husband Pete and their two lads are coming along too.\n\nCallum";
    expect(scanVerdict({ from: "callum.reddy@leics.police.uk", to: ["functions@blackhorsequorn.co.uk"], subject: "Function room", body })).toBe("pass");
  });

  it("reads 'they' after a family group ('the pennock boys … they went into foster care') as the group's", () => {
    const body = "hi bev, just so u know the pennock boys wont be at after school club from now on. they went into foster care at the wkend after police were called to the house sat night.\n\nthanks\ndionne";
    expect(scanVerdict({ from: "dionne.rattigan@leicester.gov.uk", to: ["stmarksafterschool@yahoo.co.uk"], subject: "after school club", body })).toBe("block");
    expect(fixtureVerdict("tuning746.jsonl", "t746-m024")).toBe("block");
  });

  it("guard: 'they' after a group doing staff's work is no case ('the Kaur twins from admin … they ran the MAPPA minutes')", () => {
    const body = "Hi all,\n\nThe Kaur twins from admin are doing the bake sale on Friday. They have also agreed to take the minutes at the MAPPA meeting.\n\nDionne";
    expect(scanVerdict({ from: "dionne.rattigan@leicester.gov.uk", to: ["ops.team@leicester.gov.uk"], subject: "Bake sale", body })).toBe("pass");
  });
});

describe("twenty-seventh session: a colleague's news in the subject", () => {
  const team = { from: "helen.dakin@leics.police.uk", to: ["mere.lane.allstaff@leics.police.uk"] };
  const body = "Hi all,\n\nAfter 30 years with us, he retires on Friday. Drinks at the Three Cranes from 5pm.\n\nHelen";

  it("warns, not blocks, on 'Retirement - PS Gerald Ormerod' (a rank before the name), 'Maternity leave - Rhiannon Pickersgill' and 'Congratulations Dionne Carver - …'", () => {
    expect(scanVerdict({ ...team, subject: "Retirement - PS Gerald Ormerod", body })).toBe("warn");
    expect(scanVerdict({ ...team, subject: "Maternity leave - Rhiannon Pickersgill", body: "Hi all,\n\nShe starts her maternity leave on Friday; cover as below.\n\nHelen" })).toBe("warn");
    expect(scanVerdict({ ...team, subject: "Congratulations Dionne Carver - Practitioner of the Year 2026", body: "Hi all,\n\nWell deserved!\n\nHelen" })).toBe("warn");
    expect(fixtureVerdict("tuning656.jsonl", "t656-m019")).toBe("warn");
    expect(fixtureVerdict("tuning612.jsonl", "t612-m011")).toBe("warn");
  });

  it("guard: casework named beside the leave ('Fiona's maternity leave - Kyle Ostrowski handover') still blocks, and a rank before a case name ('KPC - PS …') is no news", () => {
    expect(fixtureVerdict("tuning682.jsonl", "t682-m017")).toBe("block");
    expect(scanVerdict({ ...team, subject: "Maternity leave - Kyle Ostrowski handover", body: "Hi all,\n\nShe starts her maternity leave on Friday.\n\nHelen" })).toBe("block");
    expect(scanVerdict({ ...team, subject: "KPC - PS Gerald Ormerod", body })).toBe("block");
  });

  it("guard: a case picked up from a worker going on leave ('could you pick up Kyle Ostrowski from her? He's on a community order') is a case, not the one on leave", () => {
    const b = "Hi Kelly,\n\nFiona starts her maternity leave on Friday, so could you pick up Kyle Ostrowski from her? He's on a community order with unpaid work; his next appointment is on 1 December.\n\nThanks,\nNicola";
    expect(scanVerdict({ from: "nicola.hewson@justice.gov.uk", to: ["someone@gmail.com"], subject: "Handover", body: b })).toBe("block");
  });
});

describe("twenty-seventh session: third round, colleagues", () => {
  it("reads 'our police offender manager, PC Kwame Boateng, and his partner Abena welcomed a baby girl' as a colleague's family (a job named for whom it serves)", () => {
    expect(fixtureVerdict("tuning654.jsonl", "t654-m023")).toBe("pass");
  });

  it("reads a former colleague's family in news that names the casework services she worked in ('the old Youth Offending Service')", () => {
    expect(fixtureVerdict("tuning749.jsonl", "t749-m018")).toBe("pass");
  });

  it("reads 'The MAPPA meetings are all on Teams now' as how meetings run, not a case", () => {
    const body = "Hi Bev,\n\nNews since you left:\n\n- Joanne is on a phased return after her hip replacement and is already bossing everyone about the stairs.\n- The MAPPA meetings are all on Teams now. You'd hate it.\n\nLove,\nJill";
    expect(scanVerdict({ from: "jill.pendleton@justice.gov.uk", to: ["bev.thornicroft54@gmail.com"], subject: "News", body })).toBe("pass");
  });

  it("reads 'in his 19 years as an IRO' as a colleague's career, so 'His wife, Maureen' is his family", () => {
    expect(fixtureVerdict("tuning749.jsonl", "t749-m015")).toBe("pass");
  });

  it("reads a colleague's staff work: 'the domestic abuse investigation team', 'your shadowing week at Leicester Crown Court with …', 'will do my Thursday duty'", () => {
    expect(fixtureVerdict("tuning753.jsonl", "t753-m021")).toBe("pass");
    expect(fixtureVerdict("tuning753.jsonl", "t753-m027")).toBe("pass");
    expect(fixtureVerdict("tuning753.jsonl", "t753-m028")).toBe("pass");
  });

  it("guard: a case person's own drug use given to ('spent her benefits on drugs') is still a case's", () => {
    const body = "Dear all,\n\nKayla Dunn has been sending money to her dealer again and her cannabis use is back up.\n\nLesley";
    expect(scanVerdict({ from: "lesley.kimberlin@leicester.gov.uk", to: ["pd@btinternet.com"], subject: "Kayla", body })).toBe("block");
  });
});

describe("twenty-seventh session: third round, the writer's own and real mistakes", () => {
  it("reads 'add my partner as a named driver …? The policy is …' then a form's 'Name:' as the writer's relative", () => {
    expect(fixtureVerdict("tuning754.jsonl", "t754-m002")).toBe("pass");
  });

  it("stops a child handed over ('only hands Oakley over to his nan … He isn't to go with his dad … there's a court order') told to a taxi firm", () => {
    expect(fixtureVerdict("tuning750.jsonl", "t750-m017")).toBe("block");
  });

  it("stops text-speak notes: 'ryan shouts at mummy and threw the remote at her', 'smelled strongly of cannabis'", () => {
    expect(fixtureVerdict("tuning755.jsonl", "t755-m030")).toBe("block");
  });

  it("reads lower-case names on a line whose sentences all start in lower case, though it capitalises a street; 'got a drug test', 'start a breach'", () => {
    expect(fixtureVerdict("tuning755.jsonl", "t755-m033")).toBe("block");
    const body = "hi bev, lennon cant do thurs after all, hes got a drug test at 2 and if he misses another one ill have to start a breach. can u do fri instead? his nan lives on Thurmaston Lane so pick up from there\n\ncal";
    expect(scanVerdict({ from: "callum.fenby@justice.gov.uk", to: ["bev.holloway.mentoring@hotmail.co.uk"], subject: "RE: thurs", body })).toBe("block");
  });

  it("guard: a line of ordinary capitalised sentences is not read for lower-case names", () => {
    const body = "Hi Bev, the library is fine. Can you do Friday instead? Pick up from Thurmaston Lane is fine, and the rose garden is lovely.\n\nCal";
    expect(scanVerdict({ from: "callum.fenby@justice.gov.uk", to: ["bev.holloway.mentoring@hotmail.co.uk"], subject: "RE: thurs", body })).toBe("pass");
  });
});

describe("twenty-seventh session: a table of people by surname", () => {
  it("stops an IOM panel's actions (surnames under 'Nominal', CRNs, recall and curfew) sent to webmail, and warns on the partner route unmarked", () => {
    const body = "Hi both,\n\nActions from this morning's panel below.\n\nNominal\tCRN\tUpdate and action\tBy\nOkorafor\tC417268\tTag fitted 10/11. Two late returns last week – curfew checks to continue\tMet (Dan)\nLymington\tC590311\tUsing crack again; hostel say he threatened a member of staff on Sunday. Consider recall\tProbation (Gethin)\n\nThanks,\nYusuf";
    expect(scanVerdict({ from: "yusuf.adeyemi@richmondandwandsworth.gov.uk", to: ["someone@gmail.com"], subject: "IOM panel actions", body })).toBe("block");
    expect(fixtureVerdict("tuning750.jsonl", "t750-m012")).toBe("warn");
  });
});

describe("twenty-seventh session: fourth round", () => {
  it("reads a lower-case nickname before a case event ('tbh, robbo got recalled sat, breached his curfew')", () => {
    expect(fixtureVerdict("tuning762.jsonl", "t762-m012")).toBe("block");
  });

  it("reads a name given its relation in brackets in the subject ('Ray (grandad) - contact with the boys')", () => {
    expect(fixtureVerdict("tuning762.jsonl", "t762-m027")).toBe("block");
  });

  it("reads 'his gf chantelle' as a person", () => {
    const body = "Notes from the visit. His gf chantelle says he has been arrested again.\n\nO";
    expect(scanVerdict({ from: "olamide.ajayi@justice.gov.uk", to: ["lami.ajayi@outlook.com"], subject: "FW: hv", body })).toBe("block");
  });

  it("warns, not blocks, on 'Baby shower for Nadine - Thursday 3 December'", () => {
    expect(fixtureVerdict("tuning758.jsonl", "t758-m040")).toBe("warn");
  });

  it("reads 'Nothing to declare for the children, Orla (9) and Cian (6)' in a message about the writer's family as theirs", () => {
    expect(fixtureVerdict("tuning758.jsonl", "t758-m015")).toBe("pass");
  });

  it("reads 'Comfort Adeleke, the mother of our colleague Segun Adeleke' as a colleague's family", () => {
    expect(fixtureVerdict("tuning756.jsonl", "t756-m023")).toBe("pass");
  });

  it("reads 'these are the court duty officers for December' as a rota, its lines (dates: name - court mobile) as staff", () => {
    expect(fixtureVerdict("tuning760.jsonl", "t760-m031")).toBe("pass");
  });

  it("guard: a court list of defendants is no rota", () => {
    const body = "Hello,\n\nThese are the court duty officers' cases for December.\n\nDerby Magistrates' Court\nTue 1 Dec: Kyle Dale - remanded in custody, breached his curfew\n\nThanks";
    expect(scanVerdict({ from: "olamide.ajayi@justice.gov.uk", to: ["someone@gmail.com"], subject: "Court", body })).toBe("block");
  });
});

describe("twenty-seventh session: fifth round", () => {
  it("reads a lower-case 'surname, given - casework' subject whose surname the word lists hold ('pickavance, tyler - missed yos appts again')", () => {
    expect(fixtureVerdict("tuning764.jsonl", "t764-m010")).toBe("block");
  });

  it("reads a surname heading a bulleted to-do line before a dash and casework ('• Okoro – second missed appointment, consider breach')", () => {
    expect(fixtureVerdict("tuning764.jsonl", "t764-m012")).toBe("block");
  });

  it("reads a form's 'Claims or convictions in the last five years: none' as no case wording", () => {
    expect(fixtureVerdict("tuning766.jsonl", "t766-m015")).toBe("pass");
  });

  it("guard: a form's convictions answered with one is still a case's", () => {
    const body = "Hello,\nPlease add my lodger as a named driver:\nName: Kyle Dale\nConvictions: drink driving 2024, on licence until March\n\nImran Sheikh";
    expect(scanVerdict({ from: "imran.sheikh@richmond.gov.uk", to: ["changes@harbourline.co.uk"], subject: "Policy", body })).toBe("block");
  });

  it("reads 'both children came off their child protection plans' beside a team's Christmas lunch as a case, not the team's party", () => {
    expect(fixtureVerdict("tuning770.jsonl", "t770-m009")).toBe("block");
    expect(fixtureVerdict("tuning33.jsonl", "t33-m007")).toBe("pass");
  });
});

describe("twenty-seventh session: fifth round, ordinary mail", () => {
  it("reads harm named as work in a colleague's news paragraph ('Ngaire leads on our domestic abuse programmes') as no case", () => {
    expect(fixtureVerdict("tuning765.jsonl", "t765-m026")).toBe("pass");
  });

  it("reads 'I'm pregnant … and the website says to email the surgery' as the writer's own (a website reports no one)", () => {
    const body = "Hello,\n\nI'm pregnant (about eight weeks) and the website says to email the surgery.\n\nThank you\nLeah Brunskill";
    expect(scanVerdict({ from: "leah.brunskill@derbyshire.gov.uk", to: ["millbrook.surgery@nhs.net"], subject: "Midwife", body })).toBe("pass");
  });

  it("guard: 'she says she's pregnant' reports someone else", () => {
    const body = "Hello,\n\nKayla Dunn says she's pregnant (about eight weeks) and the website says to email the surgery.\n\nThank you\nLeah Brunskill";
    expect(scanVerdict({ from: "leah.brunskill@derbyshire.gov.uk", to: ["millbrook.surgery@nhs.net"], subject: "Midwife", body })).toBe("block");
  });

  it("reads 'Mum had a stroke' in a request for carer's leave as the writer's mother", () => {
    expect(fixtureVerdict("tuning766.jsonl", "t766-m005")).toBe("pass");
  });

  it("reads 'Kwabena Owusu will attend my two child protection conferences' as cover", () => {
    expect(fixtureVerdict("tuning768.jsonl", "t768-m002")).toBe("pass");
  });
});
