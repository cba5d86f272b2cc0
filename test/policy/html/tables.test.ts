import { bodyTexts } from "../../../src/policy/html";

/** A Word-style table: every cell's text wrapped in a <p>, as Outlook desktop writes it. */
const wordTable = (rows: string[][]): string =>
  `<table class=MsoTableGrid>${rows.map((r) => `<tr>${r.map((c) => `<td valign=top><p class=MsoNormal>${c}<o:p></o:p></p></td>`).join("")}</tr>`).join("")}</table>`;

describe("HTML tables read as rows of cells", () => {
  it("a Word table whose cells each hold a paragraph reads as tab-separated rows, as a table without paragraphs does", () => {
    const html = `<p>Please check:</p>${wordTable([["Name", "DOB"], ["Jack Brough", "09/09/1998"]])}<p>Thanks</p>`;
    const plain = `<p>Please check:</p><table><tr><td>Name</td><td>DOB</td></tr><tr><td>Jack Brough</td><td>09/09/1998</td></tr></table><p>Thanks</p>`;
    expect(bodyTexts(html).visible).toBe("Please check:\n\nName\tDOB\nJack Brough\t09/09/1998\n\nThanks");
    expect(bodyTexts(plain).visible).toBe(bodyTexts(html).visible);
  });

  it("guard: a long cell is layout (a newsletter column): its paragraphs stay paragraphs", () => {
    const column = "A long paragraph of newsletter text that goes on about the staff awards evening and who won what.";
    const html = `<table><tr><td><p>${column}</p><p>Second paragraph.</p></td><td><p>Events column</p></td></tr></table>`;
    expect(bodyTexts(html).visible).toBe(`${column}\n\nSecond paragraph.\n\nEvents column`);
  });

  it("a Word table's one-paragraph action cell longer than a name stays on its row, beside the name", () => {
    const action = "Wanted on recall, whereabouts unknown since Friday; check his nan's address in Roehampton";
    const html = wordTable([["Nominal", "Action", "Owner"], ["Mr Sesay", action, "Police"], ["Kez", "Tag fitted", "Probation"]]);
    expect(bodyTexts(html).visible).toBe(`Nominal\tAction\tOwner\nMr Sesay\t${action}\tPolice\nKez\tTag fitted\tProbation`);
  });

  it("guard: a one-paragraph cell longer than a panel's action is layout", () => {
    const column = "Staff awards evening news. ".repeat(13).trim();
    const html = `<table><tr><td><p>${column}</p></td><td><p>Events column</p></td></tr></table>`;
    expect(bodyTexts(html).visible).toBe(`${column}\n\nEvents column`);
  });

  it("a cell holding two paragraphs keeps the break between them", () => {
    const html = `<table><tr><td><p>Jo Price</p><p>Social Worker</p></td><td><p>Yes</p></td></tr></table>`;
    expect(bodyTexts(html).visible).toBe("Jo Price\n\nSocial Worker\tYes");
  });
});
