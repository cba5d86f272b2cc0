import { rolesByText } from "./rolesOf";

/** Roles with the sender read from their address, as check.ts reads the From line. */
const rolesFrom = (sender: string, text: string, recipient: string): Record<string, string> =>
  rolesByText(text, [["", sender], ["", recipient]], false, true);

describe("tuning245 onwards: a case worker's shorthand for the family", () => {
  const NOTE = (report: string): string =>
    `Hi Gemma,\n\nQuick one. ${report} has been waiting outside St Chad's Primary on Wednesdays to see Millie.\n\nCan you raise it with him?\n\nThanks\nKieran`;

  it("'Mum says Darren has been waiting …' makes the names in the sentence the family's", () => {
    const r = rolesFrom("kieran.doyle@derby.gov.uk", NOTE("Mum says Darren"), "gemma.hollins@justice.gov.uk");
    expect([r["Darren"], r["Millie"]]).toEqual(["case", "case"]);
  });

  it("guard: the writer's own mum saying it is not a case worker's report", () => {
    const r = rolesFrom("kieran.doyle@derby.gov.uk", NOTE("My mum says Darren"), "gemma.hollins@justice.gov.uk");
    expect(r["Darren"]).not.toBe("case");
  });
});

describe("tuning245 onwards: a risk to children told in a later sentence", () => {
  const NOTE = (risk: string): string =>
    `Amy,\n\nHad Brennan in this morning. He told me his new girlfriend has a six year old and he's been stopping over. ${risk} I think this needs looking at.\n\nLiam`;

  it("'given his history with children' makes the person named before it a case's", () => {
    const r = rolesFrom("liam.osei@justice.gov.uk", NOTE("Given his history with children"), "amy.clarke@chesterfield.ac.uk");
    expect(r["Brennan"]).toBe("case");
  });

  it("guard: a career 'history with children's services' is no risk", () => {
    const r = rolesFrom("liam.osei@justice.gov.uk", NOTE("Given his history with children's services"), "amy.clarke@chesterfield.ac.uk");
    expect(r["Brennan"]).not.toBe("case");
  });
});

describe("tuning245 onwards: a council as corporate parent", () => {
  const REFERRAL = (whose: string): string =>
    `Hello,\n\nWe'd like to commission a private speech and language assessment for ${whose}, a Year 5 pupil. NHS number 738 205 1641.\n\nMany thanks,\nRhiannon`;

  it("'one of our children in care' is no family of the writer's: the NHS number is the child's", () => {
    const r = rolesFrom("rhiannon.pugh@leics.gov.uk", REFERRAL("one of our children in care"), "info@talkingtreesslt.co.uk");
    expect(r["738 205 1641"]).toBe("case");
  });

  it("guard: the writer's own children still make a family message", () => {
    const r = rolesFrom("rhiannon.pugh@leics.gov.uk", "Hello,\n\nCould I book our children in for the holiday club? My NHS number is 738 205 1641 if you need it for the form.\n\nMany thanks,\nRhiannon", "info@talkingtreesslt.co.uk");
    expect(r["738 205 1641"]).not.toBe("case");
  });
});

describe("tuning245 onwards: an evidential interview and a condition kept", () => {
  const NOTE = (wording: string): string =>
    `Hi Gemma,\n\n${wording} is booked for Monday 30th at 10:00 at the suite in Melton.\n\nThanks,\nHannah`;

  it("'The ABE interview with Tyler-Jay' makes the child a case's", () => {
    expect(rolesFrom("hannah.okafor@leics.police.uk", NOTE("The ABE interview with Tyler-Jay"), "gemma.rowley@brightbeginningsnursery.co.uk")["Tyler-Jay"]).toBe("case");
  });

  it("'Wayne Lockett is not to attend' and an interview under caution are case wording", () => {
    const r = rolesFrom("hannah.okafor@leics.police.uk", "Hi Gemma,\n\nWayne Lockett is not to attend. Callum's interview under caution is on Wednesday.\n\nThanks,\nHannah", "gemma.rowley@brightbeginningsnursery.co.uk");
    expect([r["Wayne Lockett"], r["Callum"]]).toEqual(["case", "case"]);
  });

  it("guard: a room booking for the same time names no one a case concerns", () => {
    expect(rolesFrom("hannah.okafor@leics.police.uk", NOTE("The room for Tyler-Jay"), "gemma.rowley@brightbeginningsnursery.co.uk")["Tyler-Jay"]).not.toBe("case");
  });
});

describe("tuning245 onwards: a service's line given in brackets", () => {
  const MOVE = (line: string): string => `Hello all,\n\nThe Melton health visiting team moves to the Oakham clinic on 1 December. ${line} (0116 496 0732) but post should go to the new address.\n\nWe'll still run the baby clinic on Thursdays, so nothing changes for families there.\n\nGemma`;

  it("'Our duty line stays the same (…)' is the service's number", () => {
    expect(rolesFrom("gemma.radford@leicspart.nhs.uk", MOVE("Our duty line stays the same"), "cfws@leics.gov.uk")["0116 496 0732"]).not.toBe("case");
  });

  it("guard: a number in brackets after no service's line is read as before", () => {
    expect(rolesFrom("gemma.radford@leicspart.nhs.uk", MOVE("Mum's mobile stays the same"), "cfws@leics.gov.uk")["0116 496 0732"]).toBe("case");
  });
});

describe("tuning245 onwards: a booking for the writer's own group", () => {
  const BOOKING = (opening: string): string =>
    `Good morning,\n\n${opening}\n\nShaz Begum - she'll be about 34 weeks pregnant by then, so could she have a chair with arms?\nMo Farooqi\n\nThanks,\nTanya`;

  it("'book four places for the Leicester PDU' makes those listed the party booked", () => {
    const r = rolesFrom("tanya.okafor@justice.gov.uk", BOOKING("Please can you book four places for the Leicester PDU on the course on 2 December."), "bookings@trainingco.co.uk");
    expect(r["Shaz Begum"]).not.toBe("case");
  });

  it("'make it 13 on the two-course' is the writer's table", () => {
    const r = rolesFrom("michael.ferrie@leics.police.uk", "Yes that's fine. Jo's coming after all, her op got moved to January, so make it 13 on the two-course please. Thanks, Mick", "info@swaninn.co.uk");
    expect(r["Jo"]).not.toBe("case");
  });

  it("guard: a booking of places for young people is not the team's", () => {
    const r = rolesFrom("tanya.okafor@justice.gov.uk", BOOKING("Please can you book four places for our young people on the course on 2 December."), "bookings@trainingco.co.uk");
    expect(r["Shaz Begum"]).toBe("case");
  });
});

describe("tuning245 onwards: flowers with the delivery line's own label", () => {
  const ORDER = (background: string): string =>
    `Hello,\n\nI'd like to order the large bouquet for delivery on Wednesday please.\n\nDeliver to: Angela Pryce, 7 Foxglove Close, Birstall, Leicester LE4 4GH\n\nCard message: "Thinking of you. With love from everyone at Leicester North PDU x"\n\n${background}\n\nMany thanks,\nClaire`;

  it("'Deliver to: …' for a colleague: the name and address are hers, not a case's", () => {
    const r = rolesFrom("claire.whitworth@justice.gov.uk", ORDER("Angela is a colleague who lost her dad last week."), "orders@flowers.co.uk");
    expect([r["Angela Pryce"], r["7 Foxglove Close"]]).not.toContain("case");
  });

  it("guard: flowers for someone attacked by her ex-partner, after a trial, stay case data", () => {
    const r = rolesFrom("claire.whitworth@justice.gov.uk", ORDER("Angela has had an awful year since the attack by her ex-partner, and the trial finished last week."), "orders@flowers.co.uk");
    expect(r["7 Foxglove Close"]).toBe("case");
  });
});

describe("tuning245 onwards: an employee's NI number", () => {
  it("an NI number beside a staff number is pay business, not a case's", () => {
    const r = rolesFrom("paulina.nowak@justice.gov.uk", "Dear Payroll team,\n\nCould someone check my maternity pay? My line manager, Kerry Walsh, has the dates.\n\nStaff number: 6021447\nNI number: NP 31 58 02 B\n\nMany thanks,\nPaulina", "payroll@mypay.co.uk");
    expect(r["NP 31 58 02 B"]).not.toBe("case");
  });

  it("guard: an NI number with no employee number beside it, about a child's mother, stays case data", () => {
    const r = rolesFrom("paulina.nowak@justice.gov.uk", "Dear Payroll team,\n\nHer daughter Zofia was born on 3 August.\n\nNI number: NP 31 58 02 B\n\nMany thanks,\nPaulina", "payroll@mypay.co.uk");
    expect(r["NP 31 58 02 B"]).toBe("case");
  });
});

describe("tuning253 onwards: gifts and group bookings told as they come", () => {
  it("'Deliver to: Angela and Tom Pryce, …' for a colleague: her partner and the address are no case's", () => {
    const r = rolesFrom("claire.whitworth@justice.gov.uk", "Hello,\n\nFlowers for delivery Wednesday please.\n\nDeliver to: Angela and Tom Pryce, 7 Foxglove Close, Birstall, Leicester LE4 4GH\n\nAngela is a colleague who lost her dad last week.\n\nThanks\nClaire", "orders@flowers.co.uk");
    expect([r["Tom Pryce"], r["7 Foxglove Close"]]).toEqual(["a named professional", "no case context"]);
  });

  it("a colleague 'on leave from tomorrow for the wedding' is a colleague to send a gift to", () => {
    const r = rolesFrom("nisha.patel@leicester.gov.uk", "Hello,\n\nThe Celebration hamper for delivery Friday please.\n\nDelivery address:\nPriya Chauhan\n22 Ashfield Drive\nLeicester LE5 4LB\n\nShe's on leave from tomorrow for the wedding, so it's going to her house rather than the office.\n\nThanks\nNisha", "orders@hamperandbow.co.uk");
    expect(r["22 Ashfield Drive"]).not.toBe("case");
  });

  it("a delegate list's adjustments are the delegates', staff booked on a course", () => {
    const r = rolesFrom("catrin.morgan@justice.gov.uk", "Bore da Rhodri,\n\nHere is the delegate list for the course:\n\n1. Ollie Bevan - Probation Services Officer\n2. Kerry-Ann Price - Case Administrator\n\nReasonable adjustments:\n- Kerry-Ann wears hearing aids - please make sure the loop is on.\n\nDiolch\nCatrin", "courses@training.co.uk");
    expect(r["Kerry-Ann"]).not.toBe("case");
  });

  it("guard: a list of young people for a trip is no staff booking", () => {
    const r = rolesFrom("catrin.morgan@justice.gov.uk", "Hi,\n\nHere is the list for the trip, 5 people, all young people from our unit:\n\n- Kai - epilepsy, carries his meds\n- Jordan\n\nThanks\nCatrin", "groups@adventure.co.uk");
    expect(r["Kai"]).toBe("case");
  });

  it("an assignment number beside an NI number is the NHS's staff number", () => {
    const r = rolesFrom("amy.hill@leicspart.nhs.uk", "Hello,\n\nMy overtime was missed. My manager, Sam Cole, has approved it.\n\nAssignment number: 20448137\nNI number: JT 48 61 93 C\n\nThanks\nAmy", "payroll@leics.gov.uk");
    expect(r["JT 48 61 93 C"]).not.toBe("case");
  });
});

describe("tuning265 onwards: a licence's condition, a chair to a colleague working from home", () => {
  it("'Wayne Brennan's licence has a condition that contact with Kai is supervised' is case wording", () => {
    const r = rolesFrom("declan.murray@justice.gov.uk", "Hi,\n\nFollowing today's meeting: Wayne Brennan's licence has a condition that contact with Kai is supervised by children's services only.\n\nDeclan", "caya@derbyshire.gov.uk");
    expect([r["Wayne Brennan"], r["Kai"]]).toEqual(["case", "case"]);
  });

  it("a chair delivered to a colleague 'mostly working from home' is no case's address", () => {
    const r = rolesFrom("sue.hill@leicester.gov.uk", "Hello,\n\nPlease deliver the chair (order 4471) straight to Debbie's home, as she's mostly working from home at the moment:\n\nDebbie Chandler\n91 Anstey Lane\nLeicester LE4 0FJ\n\nThanks\nSue", "orders@seating.co.uk");
    expect(r["91 Anstey Lane"]).not.toBe("case");
  });

  it("guard: the same delivery to someone supervised on licence stays a case's", () => {
    const r = rolesFrom("sue.hill@leicester.gov.uk", "Hello,\n\nPlease deliver the chair straight to Debbie's home, as she's mostly working from home while on licence:\n\nDebbie Chandler\n91 Anstey Lane\nLeicester LE4 0FJ\n\nThanks\nSue", "orders@seating.co.uk");
    expect(r["91 Anstey Lane"]).toBe("case");
  });
});

describe("tuning265 onwards: a party's pre-orders", () => {
  const MENU = (opening: string): string =>
    `Hi Kelly,\n\n${opening}\n\nFiona - soup / turkey / pudding\nPete - prawn cocktail / turkey / sorbet - NUT ALLERGY, he carries an EpiPen\nBecks - soup / salmon / sorbet - she's pregnant so nothing with unpasteurised cheese\n\nOne bill please.\n\nFi`;

  it("'Pre-orders … (party of 12, booked under Rutland Early Help)' makes those listed the party", () => {
    const r = rolesFrom("fi.jones@rutland.gov.uk", MENU("Pre-orders for Wednesday below (party of 12, booked under Rutland Early Help):"), "events@inn.co.uk");
    expect(r["Becks"]).not.toBe("case");
  });

  it("guard: the same list for a party of young people is theirs", () => {
    const r = rolesFrom("fi.jones@rutland.gov.uk", MENU("Pre-orders for Wednesday below (party of 12, our young people from the unit):"), "events@inn.co.uk");
    expect(r["Becks"]).toBe("case");
  });
});
