import { fixtureVerdict, scanVerdict } from "./scanVerdicts";

// Thirty-second session (tuning938–), and the earlier sets' misses it fixed first.
describe("thirty-second session: the team's own events", () => {
  it("reads 'the Children in Care service' and 'the Children in Care (North) team' as the team's names, not case people at the party", () => {
    expect(fixtureVerdict("tuning935.jsonl", "t935-m012")).toBe("pass");
    expect(fixtureVerdict("tuning936.jsonl", "t936-m005")).toBe("pass");
  });

  it("guard: children in care named at the team's day, with their health, are a case's", () => {
    const body = "Hi Suzanne,\n\nConfirming our away day: 12 of us, and we're bringing two children in care from the unit. Jade Moss has epilepsy and will need a quiet room.\n\nThanks,\nPriyanka";
    expect(scanVerdict({ from: "priyanka.mistry@leicester.gov.uk", to: ["events@beaumontparkpavilion.co.uk"], subject: "Away day", body })).toBe("block");
  });

  it("reads a staff list's emergency contacts ('Marta Zielinska (wife)') as the staff's own people, whatever else the row tells", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m005")).toBe("pass");
  });

  it("guard: a family's table with a next-of-kin column but no job column is a case's", () => {
    const body = "Hi Lorraine,\n\nThe family for Wednesday:\n\nName\tDate of visit\tNext of kin\tNotes\nKyle Moss\t9 December\tShannon Moss (mum)\tType 1 diabetes, on licence\n\nPriyanka";
    expect(scanVerdict({ from: "priyanka.desai@leicester.gov.uk", to: ["volunteers@soarvalleyfoodbank.org.uk"], subject: "Wednesday", body })).toBe("block");
  });

  it("reads 'Ade has asked me to let the marshals know about his epilepsy' on the team's ride entry as a colleague's own wish", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m003")).toBe("pass");
  });

  it("guard: the same words of a young person brought along are a case's", () => {
    const body =
      "Hi Nicola,\n\nOur team of five is riding, and two young people from the project are joining us. Kyle Moss has asked me to let the marshals know about his epilepsy.\n\nThanks,\nKofi";
    expect(scanVerdict({ from: "kofi.asante@nhs.net", to: ["events@heartofleicestershirecharity.org.uk"], subject: "Ride", body })).toBe("block");
  });

  it("reads 'We'll be 15 in total' to a trainer as the team's own group, so colleagues' needs given with it are theirs", () => {
    expect(fixtureVerdict("tuning936.jsonl", "t936-m008")).toBe("pass");
  });

  it("guard: service users in the group keep their needs a case's", () => {
    const body = "Hi Rachel,\n\nWe'll be 15 in total, including four service users. Jade Moss is seven months pregnant and may need to pop out.\n\nMegan";
    expect(scanVerdict({ from: "megan.oduya@uhl-tr.nhs.uk", to: ["rachel@steadygroundwellbeing.co.uk"], subject: "Workshop", body })).toBe("block");
  });

  it("reads 'she has a child protection conference at Long Eaton that morning' in a colleague's lunch order as a clash in her diary", () => {
    expect(fixtureVerdict("tuning935.jsonl", "t935-m018")).toBe("pass");
  });

  it("guard: a child protection conference told with the harm it is about is a case's", () => {
    const body = "Hi Dionne,\n\nFinal numbers: 11. Lucy will be late: she has a child protection conference at Long Eaton that morning about Tyler Moss, who was injured at home.\n\nHelen";
    expect(scanVerdict({ from: "helen.beardsley@derbyshire.gov.uk", to: ["dionne@thebridgeinnsandiacre.co.uk"], subject: "Lunch", body })).toBe("block");
  });
});

describe("thirty-second session: pets", () => {
  it("reads the writer's animals' names and health to a vet, kennels, pet sitter or insurer as no person's, in the subject too", () => {
    expect(fixtureVerdict("tuning670.jsonl", "t670-m008")).toBe("pass");
    expect(fixtureVerdict("tuning878.jsonl", "t878-m011")).toBe("pass");
    expect(fixtureVerdict("tuning894.jsonl", "t894-m001")).toBe("pass");
    expect(fixtureVerdict("tuning918.jsonl", "t918-m007")).toBe("pass");
    expect(fixtureVerdict("tuning930.jsonl", "t930-m036")).toBe("pass");
    expect(fixtureVerdict("tuning934.jsonl", "t934-m010")).toBe("pass");
    expect(fixtureVerdict("tuning934.jsonl", "t934-m011")).toBe("pass");
  });

  it("guard: a case told to a vet (a service user's dog, his licence) is still a case", () => {
    const body = "Hi,\n\nJayden's dog Rex needs a booster. Jayden is on licence and his curfew means he cannot bring him in after 7pm.\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster for Rex", body })).toBe("block");
  });

  it("guard: a person named in full in a pet message keeps their health theirs", () => {
    const body = "Hi Ellie,\n\nThanks for feeding the cat. My neighbour Sue Platt has cancer, so please don't ask her for the spare key.\n\nFi";
    expect(scanVerdict({ from: "fiona.mcbride@leics.gov.uk", to: ["ellie.rowntree@icloud.com"], subject: "Cat-sitting", body })).toBe("block");
  });

  it("guard: a full name in the subject of a vet's booking is still a name", () => {
    const body = "Hi,\n\nCould I book our spaniel in for her booster next week?\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster - Kayla Brown", body })).toBe("block");
  });

  it("guard: a one-word subject name the body does not say again is still a name", () => {
    const body = "Hi,\n\nCould I book our spaniel in for her booster next week?\n\nKirsty";
    expect(scanVerdict({ from: "kirsty.mcbride@met.police.uk", to: ["reception@thornbankvets.co.uk"], subject: "Booster - Tyler", body })).toBe("block");
  });
});
