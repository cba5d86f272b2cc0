import { personName } from "../../../src/policy/detect/recognizers/personName";

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
