import { isAmong, lastAtOrBefore, layoutOf, lineEndWithin, lineStartWithin } from "../../../src/policy/caseData/boundaries";

describe("sentence and paragraph boundaries", () => {
  it("a full stop after a title or an abbreviation does not end a sentence", () => {
    const text = "Mr. Smith called. Ref. 123 is closed.";
    const layout = layoutOf(text, []);
    expect(layout.sentences).toEqual([0, 17]);
    expect(layout.sentenceText(1)).toBe(" Ref. 123 is closed.");
  });

  it("each list item is its own sentence, and a blank line starts a paragraph", () => {
    const text = "Present:\n- Kerry Ashmore (Chair)\n- Dan Moore\n\nNext steps";
    const layout = layoutOf(text, []);
    expect(layout.sentenceOf(text.indexOf("Kerry"))).not.toBe(layout.sentenceOf(text.indexOf("Dan")));
    expect(layout.paragraphOf(text.indexOf("Dan"))).toBe(0);
    expect(layout.paragraphOf(text.indexOf("Next"))).toBe(1);
    expect(layout.paragraphEnd(1)).toBe(text.length);
  });

  it("each row of a table (cells split by tabs or bars) is its own sentence, and so is the line after one", () => {
    const text = "Name\tTeam\nSunita Varma\tChildren in Care\nMohammed Ravat\tChild Protection\nThanks all\nmore text";
    const layout = layoutOf(text, []);
    const sentence = (word: string) => layout.sentenceOf(text.indexOf(word));
    expect(new Set([sentence("Name"), sentence("Sunita"), sentence("Mohammed"), sentence("Thanks")]).size).toBe(4);
    const bars = "No. | Action | By\n1 | Refresh the CCE mapping | Dawn Atwal";
    expect(layoutOf(bars, []).sentenceOf(bars.indexOf("Dawn"))).not.toBe(layoutOf(bars, []).sentenceOf(bars.indexOf("Action")));
  });

  it("a line opening with a name and a dash is an item of its own, like a bullet's", () => {
    const text = "Singles:\nKev Oldham - ground floor please, he's on crutches\nRob Sayer - he says he snores\nJas - vegetarian";
    const layout = layoutOf(text, []);
    const sentence = (word: string) => layout.sentenceOf(text.indexOf(word));
    expect(new Set([sentence("Kev"), sentence("Rob"), sentence("Jas")]).size).toBe(3);
  });

  it("guard: a dash inside a line of prose does not start an item", () => {
    const text = "Kyle was seen on Friday by the duty worker - his mother\nwas there - and he was fine.";
    expect(layoutOf(text, []).sentences).toEqual([0]);
  });

  it("guard: lines of prose without cells run on as one sentence", () => {
    const text = "Kyle was seen on Friday by\nthe duty worker and his mother\nwas there too.";
    expect(layoutOf(text, []).sentences).toEqual([0]);
  });

  it("a cut (a part's edge) starts a sentence and a paragraph", () => {
    const text = "Thanks for this Kind regards";
    const cut = text.indexOf("Kind");
    const layout = layoutOf(text, [cut]);
    expect(layout.sentences).toEqual([0, cut]);
    expect(layout.paragraphs).toEqual([0, cut]);
    expect(layout.sentenceEnd(0)).toBe(cut);
  });

  it("looks offsets up in a sorted array", () => {
    expect(lastAtOrBefore([0, 5, 9], 7)).toBe(1);
    expect(lastAtOrBefore([3, 5], 1)).toBe(-1);
    expect(isAmong([0, 5, 9], 5)).toBe(true);
    expect(isAmong([0, 5, 9], 6)).toBe(false);
  });

  it("a line's start and end are read within a limit: the line's bounds, or -1 past it", () => {
    const text = "first line\nsecond line here\nlast";
    const at = text.indexOf("line here");
    expect(lineStartWithin(text, at, 20)).toBe(11);
    expect(lineStartWithin(text, at, at - 11)).toBe(11);
    expect(lineStartWithin(text, at, at - 12)).toBe(-1);
    expect(lineStartWithin(text, 3, 2)).toBe(-1);
    expect(lineStartWithin(text, 3, 3)).toBe(0);
    expect(lineEndWithin(text, at, 40)).toBe(text.indexOf("\nlast"));
    expect(lineEndWithin(text, at, 3)).toBe(-1);
    expect(lineEndWithin(text, text.indexOf("last"), 10)).toBe(text.length);
  });
});
