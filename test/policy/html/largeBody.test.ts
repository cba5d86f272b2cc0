/**
 * The HTML reader on bodies large enough to exercise its economies: children's states are shared
 * and remembered per parent (the same style under another background must not reuse the
 * answer), and the text is joined in chunks (offsets must still land on the right characters).
 * Times and memory are in the bench (scripts/bench/cliSuite.ts).
 */
import { bodyTexts } from "../../../src/policy/html";

describe("bodyTexts on large bodies", () => {
  it("judges the same style by its own parent each time, however often it repeats", () => {
    const unit = '<div style="background:#000"><span style="color:#fff">shown</span></div><div><span style="color:#fff">secret</span></div><font color="#ffffff">faint</font><div style="display:none"><span style="color:#000">gone</span></div>';
    const r = bodyTexts(unit.repeat(3000));
    expect(r.visible.split("\n").filter((l) => l === "shown")).toHaveLength(3000);
    expect(r.visible).not.toMatch(/secret|faint|gone/);
    expect(r.hidden.match(/secret/g)).toHaveLength(3000);
    expect(r.hidden.match(/faint/g)).toHaveLength(3000);
    expect(r.hidden.match(/gone/g)).toHaveLength(3000);
  });

  it("keeps every line and drops spaces before breaks across thousands of writes", () => {
    expect(bodyTexts("a <br>".repeat(10_000)).visible).toBe(Array(10_000).fill("a").join("\n"));
    expect(bodyTexts("<p>x  \t y </p>".repeat(5000)).visible).toBe(Array(5000).fill("x y").join("\n\n"));
    const pre = bodyTexts("<pre>" + "k   \n".repeat(6000) + "</pre>").visible;
    expect(pre).toBe(Array(6000).fill("k").join("\n"));
  });

  it("places regions after tens of thousands of writes on the right characters", () => {
    const html = "<p>filler  text </p>".repeat(20_000) + '<div class="gmail_signature">Jo Bloggs   <br>Social Worker</div><blockquote type="cite">On Monday Sam wrote:<br>old   <br>news</blockquote>';
    const r = bodyTexts(html);
    const text = (kind: string) => r.regions.filter((g) => g.kind === kind).map((g) => r.visible.slice(g.start, g.end));
    expect(text("signature")).toEqual(["Jo Bloggs\nSocial Worker"]);
    expect(text("quoted")).toEqual(["On Monday Sam wrote:\nold\nnews"]);
  });
});
