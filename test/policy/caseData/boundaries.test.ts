import { isAmong, lastAtOrBefore, layoutOf } from "../../../src/policy/caseData/boundaries";

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
});
