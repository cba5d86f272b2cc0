import { fixtureVerdict, scanVerdict } from "./scanVerdicts";
import { isStaffNewsSubject } from "../../../src/policy/caseData/subjectStaffNews";
import { detect } from "../../../src/policy/detect";

// Twenty-third session (tuning570–).
describe("twenty-third session: a colleague's news named in the subject warns, not blocks", () => {
  const staffNews = (subject: string) => isStaffNewsSubject(subject, detect(subject));

  it("reads a death, a funeral, a baby, maternity leave and a welcome as staff news", () => {
    for (const subject of ["Sad news - Dave Cresswell", "Funeral of Mr Geoffrey Barlow - colleagues attending", "Team news - Gemma's baby", "Tasha's maternity leave - collection", "Welcome to Dr Imogen Falconer"]) {
      expect(staffNews(subject)).toBe(true);
    }
  });

  it("guard: a ward's 'baby of …', a baby's casework and a name beside the news are not", () => {
    for (const subject of ["baby of shannon-leigh dunmore", "Kayleigh's baby - pre-birth assessment", "Sad news - Jayden Price - strategy discussion", "Tasha's baby - discharge plan", "Welcome to Dr Imogen Falconer and Kyle Tapper"]) {
      expect(staffNews(subject)).toBe(false);
    }
  });

  it("a colleague's bereavement told to partners, named in the subject, warns", () => {
    expect(fixtureVerdict("tuning339.jsonl", "t339-m032")).toBe("warn");
    expect(fixtureVerdict("tuning465.jsonl", "t465-m018")).toBe("warn");
  });

  it("guard: the same subject over a case's detail still blocks", () => {
    const body = "Hi both,\n\nJayden Price (DOB 14/03/2009) died on Saturday at the LRI. He was on a child protection plan for neglect.\n\nMark";
    expect(scanVerdict({ from: "mark.jephson@derbyshire.police.uk", to: ["kelly.hurst@derby.gov.uk"], subject: "Sad news - Jayden Price", body })).toBe("block");
    expect(scanVerdict({ from: "mark.jephson@derbyshire.police.uk", to: ["kelly.hurst@derby.gov.uk"], subject: "Sad news - Jayden Price", body: "Hi both,\n\nJayden retired from the team last year and died on Saturday. The funeral is on the 4th.\n\nMark" })).toBe("warn");
  });
});

describe("twenty-third session: family mail tells of the family's own health", () => {
  it("'Mum's six-week review … her dementia has moved on', written to the writer's brother and sister, passes", () => {
    expect(fixtureVerdict("tuning572.jsonl", "t572-m009")).toBe("pass");
  });

  it("guard: a resident's dementia told to the same relatives, with no parent of the family in it, blocks", () => {
    const body = "Hi both,\n\nLong day. One of the residents at Fernlea, she's 84, has dementia that has moved on a lot and she has been wandering at night.\n\nGem";
    expect(scanVerdict({ from: "gemma.oakley@leics.gov.uk", to: ["rob.oakley@gmail.com", "lou.oakley84@hotmail.co.uk"], subject: "long day", body })).toBe("block");
  });

  it("guard: a girl from the home's overdose texted to the writer's husband still blocks", () => {
    expect(fixtureVerdict("tuning568.jsonl", "t568-m036")).toBe("block");
  });
});
