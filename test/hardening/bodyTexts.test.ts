/** HTML bodies → visible and hidden text (src/policy/html). */
import { bodyTexts, contrastRatio, parseColour } from "../../src/policy/html";
import { MAX_DEPTH } from "../../src/policy/html/bodyTexts";

const hiddenOf = (html: string) => bodyTexts(html).hidden;
const visibleOf = (html: string) => bodyTexts(html).visible;

describe("bodyTexts: what a recipient can read", () => {
  it("lays out blocks, line breaks and table cells, decoding entities", () => {
    const t = bodyTexts("<p>Dear&nbsp;colleague,</p><p>Risk for <b>Kelly</b> <i>Brennan</i> &amp; <a href='https://x.example/'>notes</a>.</p><table><tr><td>DOB</td><td>1/2/80</td></tr></table>a<br>b");
    expect(t.visible).toBe("Dear\u00a0colleague,\n\nRisk for Kelly Brennan & notes.\n\nDOB\t1/2/80\n\na\nb");
    expect(t.hidden).toBe("");
  });

  it("keeps whitespace inside <pre>", () => {
    expect(visibleOf("<pre>a   b\n  c</pre>")).toBe("a   b\n  c");
  });

  it("joins inline text around a hidden span as the reader sees it", () => {
    const t = bodyTexts('John <span style="display:none">NHS 943 476 5919</span>Smith');
    expect(t.visible).toBe("John Smith");
    expect(t.hidden).toBe("NHS 943 476 5919");
  });

  it("returns the input as visible text for plain text, and nothing for an empty body", () => {
    expect(bodyTexts("Kelly Brennan DOB 01/02/1980")).toEqual({ visible: "Kelly Brennan DOB 01/02/1980", hidden: "" });
    expect(bodyTexts("")).toEqual({ visible: "", hidden: "" });
  });
});

describe("bodyTexts: hidden text", () => {
  it.each([
    ["display:none", '<div style="display: none !important">SECRET</div>'],
    ["visibility:hidden", '<span style="VISIBILITY:hidden">SECRET</span>'],
    ["the hidden attribute", "<p hidden>SECRET</p>"],
    ["font-size:0", '<span style="font-size:0px">SECRET</span>'],
    ["opacity:0", '<span style="opacity:0">SECRET</span>'],
    ["mso-hide:all", '<span style="mso-hide:all">SECRET</span>'],
    ["a zero-height clipped box (preheader)", '<div style="max-height:0;overflow:hidden">SECRET</div>'],
    ["white on white", '<span style="color:#fff">SECRET</span>'],
    ["white on the default background via <font>", '<font color="white">SECRET</font>'],
    ["near-white on white", '<span style="color:rgb(250, 250, 250)">SECRET</span>'],
    ["black on black", '<div style="background:#000 url(x.png)"><span style="color:black">SECRET</span></div>'],
    ["transparent text", '<span style="color:transparent">SECRET</span>'],
    ["colour equal to a bgcolor attribute", '<table bgcolor="336699"><tr><td><font color="#336699">SECRET</font></td></tr></table>'],
    ["an HTML comment", "<!-- SECRET -->"],
    ["a <script>", "<script>var x = 'SECRET';</script>"],
    ["the <title>", "<html><head><title>SECRET</title></head><body></body></html>"],
    ["a CSS comment in <style>", "<style>p { color: red } /* SECRET */</style>"],
    ["CSS generated content", "<style>p::before { content: 'SECRET' }</style>"],
    ["image alt text", '<img src="cid:1" alt="SECRET">'],
    ["a title attribute (tooltip)", '<abbr title="SECRET"></abbr>'],
    ["an Outlook conditional comment", "<!--[if mso]><p>SECRET</p><![endif]-->"],
    ["a nested hidden element", '<div style="display:none"><p><b>SECRET</b></p></div>'],
  ])("%s is hidden, not visible", (_what, html) => {
    const t = bodyTexts(`<p>Hello</p>${html}<p>Bye</p>`);
    expect(t.hidden).toContain("SECRET");
    expect(t.visible).not.toContain("SECRET");
    expect(t.visible).toBe("Hello\n\nBye");
  });

  it.each([
    ["dark text on a light background", '<span style="color:#333">SEEN</span>'],
    ["white text on a dark background", '<div style="background-color:#003366"><span style="color:#ffffff">SEEN</span></div>'],
    ["faint but readable grey", '<span style="color:#aaaaaa">SEEN</span>'],
    ["a colour SafeShare cannot parse", '<span style="color:var(--x)">SEEN</span>'],
    ["text hidden only by a class rule (not evaluated: still checked as visible)", "<style>.h{display:none}</style><span class=h>SEEN</span>"],
    ["a parent's display:none does not leak to the next sibling", '<span style="display:none">x</span><span>SEEN</span>'],
  ])("%s stays visible", (_what, html) => {
    expect(visibleOf(html)).toContain("SEEN");
    expect(hiddenOf(html)).not.toContain("SEEN");
  });

  it("keeps separate hidden pieces apart, so their words do not run together", () => {
    expect(hiddenOf("<!--Kelly--><p>visible</p><!--Brennan-->")).toBe("Kelly\n\nBrennan");
  });

  it("does not take Outlook's own style sheet for text", () => {
    const outlook =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!--\n@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head><body lang=EN-GB><div class=WordSection1><p class=MsoNormal>Hello<o:p></o:p></p></div></body></html>';
    const t = bodyTexts(outlook);
    expect(t.visible).toBe("Hello");
    expect(t.hidden).not.toMatch(/panose|Calibri|MsoNormal|2 4 5 3/);
  });

  it("survives broken markup: unclosed tags, stray closers, an unterminated comment", () => {
    expect(bodyTexts('<div style="display:none"><p>gone').hidden).toBe("gone");
    expect(bodyTexts("</div></span>shown<p>").visible).toBe("shown");
    expect(bodyTexts("shown<!-- never closed DOB 01/02/1980").hidden).toContain("DOB 01/02/1980");
  });
});

describe("bodyTexts: hostile nesting", () => {
  it("reads a body nested deeper than any real message without its tags, keeping every word visible", () => {
    const deep = "<div>".repeat(MAX_DEPTH + 5) + 'Kelly <span style="display:none">Brennan</span>' + "</div>".repeat(MAX_DEPTH + 5);
    expect(bodyTexts(deep)).toEqual({ visible: "Kelly Brennan", hidden: "" });
  });

  it("still reads hidden text normally just under that depth", () => {
    const nested = "<div>".repeat(MAX_DEPTH - 2) + 'Kelly <span style="display:none">Brennan</span>' + "</div>".repeat(MAX_DEPTH - 2);
    expect(bodyTexts(nested)).toEqual({ visible: "Kelly", hidden: "Brennan" });
  });

  it("finishes on a million unclosed tags", () => {
    expect(bodyTexts("<b>".repeat(1_000_000) + "end").visible).toBe("end");
  });
});

describe("colours", () => {
  it("parses the forms mail uses and rejects others", () => {
    expect(parseColour("#FFF")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour("ffffff")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour("rgba(0, 0, 0, 0)")).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour("rgb(100% 0% 0% / 50%)")).toEqual({ r: 255, g: 0, b: 0, a: 0.5 });
    expect(parseColour("White")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour("hsl(0, 0%, 100%)")).toBeNull();
    expect(parseColour("#12")).toBeNull();
  });

  it("computes WCAG contrast: 21 for black on white, 1 for equal colours", () => {
    const white = parseColour("white");
    const black = parseColour("black");
    if (!white || !black) throw new Error("named colours");
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
  });
});

describe("bodyTexts remembers its last answer", () => {
  it("gives the same answer object for the same HTML, and a fresh one for other HTML", () => {
    const html = "<div>Hello</div><!-- John Smith -->";
    const first = bodyTexts(html);
    expect(bodyTexts(html)).toBe(first);
    expect(bodyTexts(html.slice(0) + "")).toEqual(first);
    const other = bodyTexts("<div>Goodbye</div>");
    expect(other.visible).toBe("Goodbye");
    expect(other.hidden).toBe("");
    expect(bodyTexts(html)).toEqual({ visible: "Hello", hidden: first.hidden });
    expect(first.hidden).toContain("John Smith");
  });
});
