import { rolesByText } from "./rolesOf";

/** The role of each span: "case" or the reason it was set aside, keyed by its text (the first of each). */
function roles(text: string): Record<string, string> {
  return rolesByText(text, [["Ola Adebayo", "ola.adebayo@met.police.uk"]], true);
}
const mail = (body: string): string => `Hi all,\n\n${body}\n\nThanks\nOla`;
/** With a case person elsewhere, so that "about no one" (personless.ts) does not decide it. */
const withCase = (body: string): string => mail(`Kyle Smith (DOB 01/02/2003) starts unpaid work on Monday.\n\n${body}`);

describe("tuning36–39: services' numbers", () => {
  it("freephone and other non-geographic numbers are services'", () => {
    expect(roles(withCase("To report a missing child call 0800 40 50 40."))["0800 40 50 40"]).toBe("a service's number");
    expect(roles(withCase("Or ring 0300 123 4567 at any time."))["0300 123 4567"]).toBe("a service's number");
  });

  it("a number named as a service's ('the front door number should read', 'the duty IRO on')", () => {
    const r = roles(withCase("The children's social care front door number should read 01632 960300, and the out-of-hours Careline number 01632 960301."));
    expect([r["01632 960300"], r["01632 960301"]]).toEqual(["a service's number", "a service's number"]);
    expect(roles(withCase("Please contact the Safeguarding Reviewing Service duty IRO on 01632 960418."))["01632 960418"]).toBe("a service's number");
  });

  it("guard: a case person's mobile stays case data", () => {
    expect(roles(mail("Kyle Smith was arrested on Friday; his mobile number is 07700 900123."))["07700 900123"]).toBe("case");
    expect(roles(withCase("Please call his mum on 01632 960555."))["01632 960555"]).toBe("case");
  });
});

describe("tuning36–39: terms about no one", () => {
  it("guidance on anyone: 'when a child misses … check whether the child has', 'when you see a patient … whether they'", () => {
    expect(roles(mail('When a child misses an appointment the clinic must record "was not brought", check whether the child has a social worker or a child protection plan.'))["a child protection plan"]).toBe("no case context");
    expect(roles(mail("When you see a patient with domestic abuse, ask who else lives at home and whether they care for children."))["with domestic abuse"]).toBe("no case context");
    expect(roles(mail("Midwives now ask about domestic abuse at booking, when the woman is seen alone."))["domestic abuse"]).toBe("no case context");
  });

  it("guard: a told case ('the child has a child protection plan', 'she disclosed domestic abuse') still counts", () => {
    expect(roles(mail("I can confirm the child has a child protection plan."))["has a child protection plan"]).toBe("case");
    expect(roles(mail("When she was seen alone she disclosed domestic abuse."))["she disclosed domestic abuse"]).toBe("case");
  });

  it("'as they are' of things, 'I'd suggest', and 'the voice of the child' point at no one", () => {
    expect(roles(mail("I'd suggest we keep our three priorities as they are (drug dealing around the estate garages, vehicle crime)."))["as they are (drug dealing"]).toBe("no case context");
    expect(roles(mail('Please give a presentation on: "How would you make sure the voice of the child is heard where parental substance misuse is a concern?" Please email the slides to me.'))["substance misuse"]).toBe("no case context");
  });

  it("guard: 'I' telling of someone still counts", () => {
    expect(roles(mail("I saw him yesterday about his drug dealing."))["his drug dealing"] ?? roles(mail("I saw him yesterday about his drug dealing."))["drug dealing"]).toBe("case");
  });

  it("a special-category term before a Title-Case job title is the job's ('Substance Misuse Liaison Nurse')", () => {
    const r = roles(mail("Present:\n Karen Whitfield, Probation Officer; Niamh Kerrigan, Substance Misuse Liaison Nurse; Dylan Marchetti, Housing Officer"));
    expect([r["Substance Misuse"], r["Dylan Marchetti"]]).toEqual(["no case context", "a named professional"]);
  });

  it("guard: a term before lower-case words is no job title", () => {
    expect(roles(mail("Kyle Smith told us his substance misuse and the team's worries are linked."))["substance misuse"] ?? "case").toBe("case");
  });
});

describe("tuning36–39: staff running things", () => {
  it("a name after a role label ('Trainer: Paulette Greaves') is a professional, and not someone the session's title is about", () => {
    const r = roles(mail("Understanding Child Sexual and Criminal Exploitation, Tuesday 8 December, 09:30-12:30, online. Trainer: Paulette Greaves"));
    expect([r["Paulette Greaves"], r["Criminal Exploitation"]]).toEqual(["a named professional", "no case context"]);
  });

  it("the owners of an action log's line are staff ('- Daniel Hart / Precious Obi: share S47 template changes')", () => {
    const r = roles(mail("Actions\n- All: update chronologies by 30 November\n- Daniel Hart / Precious Obi: share S47 template changes at next meeting"));
    expect([r["Daniel Hart"], r["Precious Obi"]]).toEqual(["a named professional", "a named professional"]);
  });

  it("guard: without an actions heading, or with a fact after the colon, a 'Name:' line is no action", () => {
    expect(roles(mail("Update\n- Daniel Hart: share of the house was sold after his arrest for burglary"))["Daniel Hart"]).toBe("case");
    expect(roles(mail("Actions\n- Daniel Hart: arrested on Friday for burglary"))["Daniel Hart"]).toBe("case");
  });

  it("'X is shadowing at the Crown Court' is staff at work", () => {
    expect(roles(mail("Tendai Moyo is shadowing at the Crown Court on the 10th as part of her induction."))["Tendai Moyo"]).toBe("a named professional");
  });

  it("an interpreter's language in brackets on a booking line with hours, or in a message about interpreting", () => {
    const r = roles(mail("INV-20931 - Mohammed Farah (Somali), 6 October, 3 hours, Euston Street custody suite"));
    expect(r["Mohammed Farah"]).toBe("a named professional");
    expect(roles(mail("Please book the interpreter. Ewa Nowicka (Polish) is free on Tuesday for the custody interview."))["Ewa Nowicka"]).toBe("a named professional");
  });

  it("guard: a language in brackets elsewhere may be a case person's nationality", () => {
    expect(roles(mail("Ewa Nowicka (Polish) was arrested for assault on Friday."))["Ewa Nowicka"]).toBe("case");
  });

  it("a rota's remarks in brackets ('Matthew Pryce (remand court)') keep the rota", () => {
    const r = roles(mail("Please find below the court duty rota for December.\n\nLeicester Magistrates' Court\nTue 1 Dec: Matthew Pryce (remand court), Ruth Ekwueme (reports)\nWed 2 Dec: Gurpreet Sahota, Ruth Ekwueme"));
    expect([r["Matthew Pryce"], r["Ruth Ekwueme"]]).toEqual(["no case context", "no case context"]);
  });

  it("guard: a case role in a rota's brackets makes it no rota", () => {
    const r = roles(mail("Please find below the court duty rota for December.\n\nLeicester Magistrates' Court\nTue 1 Dec: Kyle Smith (defendant), Ruth Ekwueme (reports)"));
    expect(r["Kyle Smith"]).toBe("case");
  });
});

describe("tuning41: court cover by weekday", () => {
  const cover = (intro: string): Record<string, string> =>
    roles(mail(`${intro}\n\nDerby Magistrates' Court\nRemand court (Ct 1): Mon Lauren Whitworth, Tue Nathan Cole\nYouth court liaison (Tue pm only): Daniel Hart\n\nDerby Crown Court\nPSR and stand-down cover: Mon–Wed Stephen Lowe, Thu–Fri Lauren Whitworth`));

  it("'Cover for w/c 30 November:' announces a rota: names after weekdays and day ranges are staff on duty", () => {
    const r = cover("Cover for w/c 30 November:");
    expect([r["Lauren Whitworth"], r["Daniel Hart"], r["Stephen Lowe"]]).toEqual(["no case context", "no case context", "no case context"]);
  });

  it("guard: without it, names under a court heading read as people in court", () => {
    expect(cover("Listings for 30 November:")["Daniel Hart"]).toBe("case");
  });
});

describe("tuning44: prison and probation grades", () => {
  it("a name after a prison grade ('SO Tom Rowley', 'CM Jo Price') is a professional, and so is a later mention", () => {
    const r = roles(mail("Thursday: keys and locks training, and your safer custody briefing with SO Tom Rowley. Tom will meet you at the gate."));
    expect(r["Tom Rowley"]).toBe("a named professional");
    expect(roles(mail("Please see CM Jo Price about the custody rota."))["Jo Price"]).toBe("a named professional");
  });

  it("guard: 'so' in lower case is no grade", () => {
    expect(roles(mail("He said so Tom Rowley was arrested for assault."))["Tom Rowley"]).toBe("case");
  });
});
