import { fixtureVerdict, scanVerdict } from "./scanVerdicts";

// Twenty-fifth session (tuning658–).
describe("twenty-fifth session: a team or desk named for casework is where staff work", () => {
  const toPartner = { from: "rhiannon.battersby@justice.gov.uk", to: ["leicester.mash@leicester.gov.uk"], subject: "Second floor move" };

  it("reads 'the Victim Contact team (names)' and 'on the MASH reception desk' as staff at work", () => {
    expect(scanVerdict({ ...toPartner, body: "Hi all,\n\nMonday 16th: the MAPPA unit and the Victim Contact team (Kieran Oyelaran, Sasha Pemberton, Lois Hargreaves)\n\nThanks\nRhi" })).toBe("pass");
    expect(scanVerdict({ ...toPartner, body: "Hi all,\n\nThe collection is with Nisha Kapoor on the MASH reception desk.\n\nThanks\nRhi" })).toBe("pass");
    expect(fixtureVerdict("tuning650.jsonl", "t650-m016")).toBe("pass");
    expect(fixtureVerdict("tuning650.jsonl", "t650-m020")).toBe("pass");
  });

  it("guard: a case person sent to such a team, or written to by it, is still a case's", () => {
    const toWebmail = { from: "rhiannon.battersby@justice.gov.uk", to: ["someone@gmail.com"], subject: "Update" };
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nJayden Moss was referred to the MASH team after his mum's boyfriend assaulted him.\n\nThanks\nRhi" })).toBe("block");
    expect(scanVerdict({ ...toWebmail, body: "Hi,\n\nthe Victim Contact team wrote to Karen Bell about Dean Price's release from prison.\n\nThanks\nRhi" })).toBe("block");
  });
});

describe("twenty-fifth session: a colleague's career", () => {
  const toPartner = { from: "harpreet.sandhu@leics.gov.uk", to: ["hinckley.familyhub@leics.gov.uk"], subject: "Welcome to our new Early Help Practitioner" };

  it("reads 'has spent the last six years with … where she specialised in child criminal exploitation' as a career", () => {
    const body =
      "Hi everyone,\n\nPlease give a warm welcome to Eloise Marchetti, who joins us as an Early Help Practitioner on Monday.\n\nEloise has spent the last six years with the Northamptonshire youth offending team, where she specialised in child criminal exploitation.\n\nThanks,\nHarpreet";
    expect(scanVerdict({ ...toPartner, body })).toBe("pass");
    expect(fixtureVerdict("tuning643.jsonl", "t643-m034")).toBe("pass");
  });

  it("guard: a young person who spent years in care, exploited, is still a case's", () => {
    const body = "Hi,\n\nKayden Shaw has spent the last six years in care in Corby and was criminally exploited by a county lines gang.\n\nThanks,\nHarpreet";
    expect(scanVerdict({ ...toPartner, to: ["someone@gmail.com"], body })).toBe("block");
  });
});
