import { subjectEchoes } from "../../../src/policy/caseData/subjectEchoes";
import type { RoledSpan } from "../../../src/policy/caseData/types";
import { check } from "../rules/helpers";

const body = (text: string, role: "case" | "set-aside"): RoledSpan => ({ start: 0, end: text.length, kind: "person-name", confidence: 0.9, text, role });

describe("subjectEchoes (a case person's name from the body, said again in the subject)", () => {
  it("finds the body's case name words in a lower-case subject, on word boundaries", () => {
    const echoes = subjectEchoes("re: tayvion okonkwo - exclusion", [], [body("Mr Okonkwo", "case")]);
    expect(echoes.map((s) => [s.start, s.end, s.text, s.kind])).toEqual([[12, 19, "okonkwo", "person-name"]]);
    expect(subjectEchoes("re: okonkwos - exclusion", [], [body("Mr Okonkwo", "case")])).toEqual([]);
  });

  it("guard: names the body set aside (the sender's, a colleague's) and everyday-word names are not echoed", () => {
    expect(subjectEchoes("re: okonkwo - exclusion", [], [body("Tayvion Okonkwo", "set-aside")])).toEqual([]);
    expect(subjectEchoes("hope you are well, white paper attached", [], [body("Hope White", "case")])).toEqual([]);
  });

  it("guard: a word already inside a subject name is not found twice", () => {
    const existing = [{ start: 4, end: 19, kind: "person-name" as const, confidence: 0.8, text: "Tayvion Okonkwo" }];
    expect(subjectEchoes("re: Tayvion Okonkwo - exclusion", existing, [body("Tayvion Okonkwo", "case")])).toEqual([]);
  });

  it("in a whole message: a lower-case subject repeating the body's case person blocks, as a name in the subject does", () => {
    const text = "Hi Sabrina,\n\nThanks. I'll raise it with Mr Okonkwo when he reports on Thursday, given his licence conditions around weapons.\n\nMarek";
    const sent = (subject: string) => check({ subject: `OFFICIAL-SENSITIVE: ${subject}`, body: text, to: ["starting.point@derbyshire.gov.uk"] }, { sender: "marek.zielinski@justice.gov.uk" });
    expect(sent("re: tayvion okonkwo - exclusion").verdict).toBe("block");
    expect(sent("re: exclusion - ref D123456").verdict).toBe("pass");
  });
});
