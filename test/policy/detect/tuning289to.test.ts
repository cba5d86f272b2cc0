import { personName } from "../../../src/policy/detect/recognizers/personName";
import { detect } from "../../../src/policy/detect";

function names(text: string): string[] {
  return personName.find(text, []).map((c) => text.slice(c.start, c.end));
}

describe("detection, fifteenth session: 'surname, given' as a subject's last dashed segment", () => {
  it("'csc enquiry - okonjo, tremaine': the segment ends the line", () => {
    expect(names("csc enquiry - okonjo, tremaine")).toEqual(["okonjo, tremaine"]);
    expect(names("RE: core group notes - beighton, amy-leigh")).toEqual(["beighton, amy-leigh"]);
  });

  it("guard: everyday words or a place there are no one ('rota - monday, friday', 'training - derby, may')", () => {
    expect(names("re: rota - monday, friday")).toEqual([]);
    expect(names("thanks - see you soon, will")).toEqual([]);
    expect(names("training venue - derby, may")).toEqual([]);
  });

  it("guard: without a dashed segment before it, a line ending 'word, given' is read as before", () => {
    expect(names("okonjo, tremaine")).toEqual([]);
  });
});

describe("detection, fifteenth session: an unlisted word made from an everyday one", () => {
  it("'Re: Charger left in the meeting room', 'Printers arrived today': no one", () => {
    expect(names("Re: Charger left in the meeting room")).toEqual([]);
    expect(names("Printers arrived today")).toEqual([]);
  });

  it("guard: an unlisted name used as a person is still found ('Tamsin told the worker', 'Gurleen's placement')", () => {
    expect(names("Tamsin told the worker")).toEqual(["Tamsin"]);
    expect(names("Fwd: Gurleen's school placement")).toEqual(["Gurleen"]);
  });
});

describe("detection, fifteenth session: names in subjects as staff write them", () => {
  it("'Re: Hope - missing episode': an everyday word-name heading a subject before casework only a person has", () => {
    expect(names("Re: Hope - missing episode Sunday night")).toEqual(["Hope"]);
    expect(names("Re: Grace - kpc")).toEqual(["Grace"]);
  });

  it("guard: the same word before ordinary words is no one ('Re: Hope - see you Thursday')", () => {
    expect(names("Re: Hope - see you Thursday")).toEqual([]);
    expect(names("Re: Hope - review")).toEqual([]);
  });

  it("'Rio's CP plan': a listed surname in the possessive heading a subject before casework", () => {
    expect(names("Rio's CP plan – core group notes 17/11")).toEqual(["Rio"]);
  });

  it("guard: a place in the possessive is no one ('Derby's CP figures', 'Leicester's CP figures')", () => {
    expect(names("Derby's CP figures")).toEqual([]);
    expect(names("Leicester's CP figures")).toEqual([]);
  });

  it("'RE: SP-227093 / Hollingworth - strategy outcome': a surname heading the segment after a reference", () => {
    expect(names("RE: SP-227093 / Hollingworth - strategy outcome")).toEqual(["Hollingworth"]);
  });

  it("guard: a place or a word there is no one ('SP-227093 / Derby - strategy', '2026 / Budget - figures')", () => {
    expect(names("RE: SP-227093 / Derby - strategy")).toEqual([]);
    expect(names("RE: 2026 / Budget - figures")).toEqual([]);
  });

  it("'RE: Mindaugas R - tag fitted?': an unlisted word and a surname's initial heading a subject", () => {
    expect(names("RE: Mindaugas R - tag fitted?")).toEqual(["Mindaugas R"]);
  });

  it("guard: an unlisted word alone before a dash is read as before ('RE: Webinar - accommodation')", () => {
    expect(names("RE: Webinar - accommodation")).toEqual([]);
  });

  it("twenty-first session: an unlisted word alone before a dash and casework ('tag', 'AP move') heads the subject as a name", () => {
    expect(names("RE: Mindaugas - tag fitted?")).toEqual(["Mindaugas"]);
  });

  it("'RE: Jade Ripley - rtcn1 response': a word-name and a town that is a family name, heading a subject", () => {
    expect(names("RE: Jade Ripley - rtcn1 response")).toEqual(["Jade Ripley"]);
    expect(names("re: jade ripley - rtcn1 response")).toEqual(["jade ripley"]);
  });

  it("guard: a season and a town, or no heading's dash, is read as before", () => {
    expect(names("RE: Summer Derby - trip")).toEqual([]);
    expect(names("Hope Valley - room booking")).toEqual([]);
  });
});

describe("detection, fifteenth session: a village's Latin second word", () => {
  it("'Referral - Glen Parva - Ref BDC/HS/3318': Glen Parva is a place", () => {
    expect(names("OFFICIAL-SENSITIVE: Referral - Glen Parva - Ref BDC/HS/3318")).toEqual([]);
  });

  it("guard: Glen with a surname is a person ('Glen Parker - referral')", () => {
    expect(names("Glen Parker - referral")).toEqual(["Glen Parker"]);
  });
});

describe("detection, fifteenth session: office words and case meetings in subjects", () => {
  it("'re: mawby - rcpc 19th': an unlisted word heading a lower-case subject before a case meeting", () => {
    expect(names("re: mawby - rcpc 19th")).toEqual(["mawby"]);
    expect(names("RE: Mawby - icpc")).toEqual(["Mawby"]);
  });

  it("guard: office words there are no one ('RE: Triage - referral', 're: handover - kpc requests')", () => {
    expect(names("RE: Triage - referral")).toEqual([]);
    expect(names("re: handover - kpc requests")).toEqual([]);
    expect(names("RE: Webinar - safeguarding")).toEqual([]);
    expect(names("re: mawby - see you soon")).toEqual([]);
  });
});

describe("detection, fifteenth session: a street suffix typed in lower case", () => {
  const spans = (text: string): string[] => detect(text).map((s) => `${s.kind}:${s.text}`);

  it("'flat 6, 210 Narborough rd', '14 Oak st': a capitalised street name and a lower-case suffix", () => {
    expect(spans("Pick up: flat 6, 210 Narborough rd (rear entrance)")).toContain("street-address:flat 6, 210 Narborough rd");
    expect(spans("She lives at 14 Oak st now")).toContain("street-address:14 Oak st");
  });

  it("guard: a lower-case word that is no street suffix ('2 Fridays close to Christmas')", () => {
    expect(spans("2 Fridays close to Christmas")).toEqual([]);
  });
});

describe("detection, fifteenth session: a village on its own line of an address block", () => {
  const spans = (text: string): string[] => detect(text).map((s) => `${s.kind}:${s.text}`);

  it("'6 Swallow Rise / Hilton / Derby DE65 5JR': the one word between street and postcode lines is the address's", () => {
    expect(spans("6 Swallow Rise\nHilton\nDerby DE65 5JR")).toEqual(["street-address:6 Swallow Rise", "postcode:DE65 5JR"]);
  });

  it("guard: a full name on that line is still a person ('12 Oak Road / Kayleigh Brooks / LE1 2AB')", () => {
    expect(spans("12 Oak Road\nKayleigh Brooks\nLE1 2AB")).toContain("person-name:Kayleigh Brooks");
  });
});

describe("detection, fifteenth session: a venue in a table's column after a date", () => {
  it("'| 24 February 2027 | Victoria Hall, Oakham' is a venue", () => {
    expect(names("Neglect | 24 February 2027 | Victoria Hall, Oakham")).toEqual([]);
  });

  it("guard: a name and a town in a cell after no date is a person ('Staff | Lisa Hall, Derby')", () => {
    expect(names("Staff | Lisa Hall, Derby")).toEqual(["Lisa Hall"]);
  });
});
