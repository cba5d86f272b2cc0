import { bodyTexts } from "../../../src/policy/html";

const word = (...paragraphs: string[]): string =>
  `<html><body><div class=WordSection1>${paragraphs.map((p) => `<p class=MsoNormal>${p}<o:p></o:p></p>`).join("")}</div></body></html>`;
const EMPTY = "<o:p>&nbsp;</o:p>";

describe("Word's paragraphs read as Outlook shows them", () => {
  it("MsoNormal paragraphs (no margin) are lines; an empty one holding a no-break space is the blank line", () => {
    const html = word("Dear Mr Rhydderch,", EMPTY, "Member name: Gemma Threlfall", "Date of birth: 21/07/1979", EMPTY, "Kind regards,");
    expect(bodyTexts(html).visible).toBe("Dear Mr Rhydderch,\n\nMember name: Gemma Threlfall\nDate of birth: 21/07/1979\n\nKind regards,");
  });

  it("space before a Word paragraph's text shows nothing; spaces between its words stay", () => {
    expect(bodyTexts(word("<span> </span><span>Hello</span> <span>there</span>", "Next")).visible).toBe("Hello there\nNext");
  });

  it("other Word styles (a list paragraph) are lines too; a plain <p> keeps its paragraph break", () => {
    expect(bodyTexts(`<p class=MsoListParagraph>First</p><p class=MsoListParagraph>Second</p>`).visible).toBe("First\nSecond");
    expect(bodyTexts(`<p>First</p><p>Second</p>`).visible).toBe("First\n\nSecond");
  });
});
