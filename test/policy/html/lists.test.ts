import { bodyTexts } from "../../../src/policy/html";
import { rolesByText } from "../caseData/rolesOf";

describe("HTML lists read as a recipient sees them", () => {
  it("each <li> starts its line with a bullet, or its number in an <ol> (from its start attribute)", () => {
    expect(bodyTexts(`<ul><li>Room booked</li><li>Lunch <b>provided</b></li></ul>`).visible).toBe("\u2022 Room booked\n\u2022 Lunch provided");
    expect(bodyTexts(`<ol start="3"><li><p>Apologies</p></li><li>Minutes</li></ol>`).visible).toBe("3. Apologies\n\n4. Minutes");
  });

  it("a nested list numbers itself; the outer list's count carries on after it", () => {
    expect(bodyTexts(`<ol><li>Actions<ul><li>Book room</li></ul></li><li>AOB</li></ol>`).visible).toBe("1. Actions\n\n\u2022 Book room\n\n2. AOB");
  });

  it("guard: a hidden item shows no marker, and text after a list gets none", () => {
    expect(bodyTexts(`<ul><li style="display:none">secret</li></ul><p>After</p>`).visible).toBe("After");
  });

  it("one item's case word does not reach a colleague named in the next item", () => {
    const html = "<p>Team news:</p><ul><li>Referrals about neglect are up 12%</li><li>Sam Okafor joins the team</li><li>The overdose figures are in</li><li>Gary Holt</li></ul><p>Thanks, Dev</p>";
    const roles = rolesByText(bodyTexts(html).visible, [["Dev Mistry", "dev.mistry@derbyshire.gov.uk"]]);
    expect(roles["Sam Okafor"]).toBe("no case context");
    expect(roles["Gary Holt"]).toBe("no case context");
  });

  it("guard: a case word inside the same item still gives its name case context", () => {
    const html = "<ul><li>Sam Okafor was arrested for assault on Friday</li><li>Room 4 is booked</li></ul>";
    expect(rolesByText(bodyTexts(html).visible, [])["Sam Okafor"]).toBe("case");
  });

  it("a running order written as a list: the speaker after a timed item's dash is staff, the item's topic no case", () => {
    const html = "<p>Running order:</p><ul><li>09:30 Coffee and welcome</li><li>10:00 Neglect toolkit refresher – Deepa Mistry</li><li>11:15 Self-harm: the new pathway – Tom Briggs</li></ul>";
    const roles = rolesByText(bodyTexts(html).visible, []);
    expect(roles["Deepa Mistry"]).not.toBe("case");
    expect(roles["Tom Briggs"]).not.toBe("case");
    expect(roles["Self-harm"]).not.toBe("case");
  });
});
