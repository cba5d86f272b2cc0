/** HTML bodies → visible and hidden text (src/policy/html). */
import fc from "fast-check";
import { bodyTexts, contrastRatio, parseColour } from "../../src/policy/html";
import { MAX_DEPTH } from "../../src/policy/html/bodyTexts";
import { TextSink } from "../../src/policy/html/textSink";

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
    expect(bodyTexts("Kelly Brennan DOB 01/02/1980")).toEqual({ visible: "Kelly Brennan DOB 01/02/1980", hidden: "", regions: [], laidOut: true });
    expect(bodyTexts("")).toEqual({ visible: "", hidden: "", regions: [], laidOut: true });
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
    expect(bodyTexts(deep)).toEqual({ visible: "Kelly Brennan", hidden: "", regions: [], laidOut: false });
  });

  it("still reads hidden text normally just under that depth", () => {
    const nested = "<div>".repeat(MAX_DEPTH - 2) + 'Kelly <span style="display:none">Brennan</span>' + "</div>".repeat(MAX_DEPTH - 2);
    expect(bodyTexts(nested)).toEqual({ visible: "Kelly", hidden: "Brennan", regions: [], laidOut: true });
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
    expect(bodyTexts(html)).toEqual({ visible: "Hello", hidden: first.hidden, regions: [], laidOut: true });
    expect(first.hidden).toContain("John Smith");
  });
});

describe("bodyTexts: where the mail client put the signature and the quoted history", () => {
  /** Each region as [kind, its text]. */
  const regionsOf = (html: string): [string, string][] => {
    const t = bodyTexts(html);
    return t.regions.map((r) => [r.kind, t.visible.slice(r.start, r.end)]);
  };

  it("reads Outlook on the web: #Signature, #appendonsend (all after it is quoted), #divRplyFwdMsg", () => {
    const html =
      '<html><body><div style="font-family:Aptos">Hello,<br><br>Please could you book the room?<br><br></div><div id="Signature"><p>Gareth Lloyd<br>Probation Officer<br>Tel: 01332 340047</p></div>' +
      '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Alex Morgan &lt;alex.morgan@justice.gov.uk&gt;<br><b>Sent:</b> 20 November 2026 09:12<br><b>Subject:</b> Room</div><div>Can you sort the room?</div></body></html>';
    expect(regionsOf(html)).toEqual([
      ["signature", "Gareth Lloyd\nProbation Officer\nTel: 01332 340047"],
      ["quoted", "From: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: 20 November 2026 09:12\nSubject: Room\nCan you sort the room?"],
      ["quote-header", "From: Alex Morgan <alex.morgan@justice.gov.uk>\nSent: 20 November 2026 09:12\nSubject: Room"],
    ]);
  });

  it("reads Outlook desktop: the top-bordered reply header, the quoted text after it, and the _MailAutoSig bookmark", () => {
    const header = (from: string) =>
      `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> ${from}<br><b>Sent:</b> 14 November 2026 15:25<br><b>Subject:</b> Team lunch<o:p></o:p></p></div>`;
    const html =
      `<div class=WordSection1><p class=MsoNormal>Hi Alex,</p><p class=MsoNormal><a name="_MailAutoSig"><span>Marcus Reid</span></a></p><p class=MsoNormal>T: 01332 340047</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
      `<div>${header("Lloyd, Gareth &lt;gareth.lloyd@justice.gov.uk&gt;")}</div><p class=MsoNormal>Shall we book?</p>${header("Starting Point")}<p>Older.</p></div>`;
    const t = bodyTexts(html);
    expect(regionsOf(html)).toEqual([
      ["signature", "Marcus Reid\nT: 01332 340047"],
      ["quoted", t.visible.slice(t.visible.indexOf("From: Lloyd"))],
      ["quote-header", "From: Lloyd, Gareth <gareth.lloyd@justice.gov.uk>\nSent: 14 November 2026 15:25\nSubject: Team lunch"],
      ["quote-header", "From: Starting Point\nSent: 14 November 2026 15:25\nSubject: Team lunch"],
    ]);
    // Outlook for Mac's colour too.
    expect(regionsOf(html.split("#E1E1E1").join("#B5C4DF")).map((r) => r[0])).toEqual(["signature", "quoted", "quote-header", "quote-header"]);
  });

  it("takes a bordered div that does not start with a header field for no header at all", () => {
    expect(regionsOf("<p>Hi</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p>Leah Marsh is known to us</p></div>")).toEqual([]);
  });

  it("reads Gmail: signature, attribution line, nested quotes", () => {
    const html =
      '<div dir="ltr">Thanks Sam<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Jo Smith<div>M: 07700 900000</div></div></div><br>' +
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, 10 Nov 2026 at 14:02, Sam Patel &lt;<a href="mailto:sam@derby.gov.uk">sam@derby.gov.uk</a>&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Hi Jo<div class="gmail_quote"><div class="gmail_attr">On Mon, Jo wrote:</div><blockquote class="gmail_quote">Older</blockquote></div></blockquote></div>';
    expect(regionsOf(html)).toEqual([
      ["signature", "Jo Smith\nM: 07700 900000"],
      ["quoted", "On Tue, 10 Nov 2026 at 14:02, Sam Patel <sam@derby.gov.uk> wrote:\n\n\nHi Jo\nOn Mon, Jo wrote:\n\nOlder"],
      ["quote-header", "On Tue, 10 Nov 2026 at 14:02, Sam Patel <sam@derby.gov.uk> wrote:"],
      ["quoted", "Hi Jo\nOn Mon, Jo wrote:\n\nOlder"],
      ["quoted", "On Mon, Jo wrote:\n\nOlder"],
      ["quote-header", "On Mon, Jo wrote:"],
      ["quoted", "Older"],
    ]);
  });

  it("reads Apple Mail's and Thunderbird's quotes and signatures", () => {
    expect(regionsOf('<div>Sure.</div><blockquote type="cite"><div>On 12 Nov 2026, at 09:14, Jo Smith &lt;jo@x.gov.uk&gt; wrote:</div><div>Hi</div></blockquote>')).toEqual([
      ["quoted", "On 12 Nov 2026, at 09:14, Jo Smith <jo@x.gov.uk> wrote:\nHi"],
    ]);
    expect(regionsOf('<p>OK</p><div class="moz-signature">-- <br>Jo Smith</div><div class="moz-cite-prefix">On 12/11/2026, Sam wrote:<br></div><blockquote type="cite" cite="mid:1">Hello</blockquote>')).toEqual([
      ["signature", "--\nJo Smith"],
      ["quote-header", "On 12/11/2026, Sam wrote:"],
      ["quoted", "Hello"],
    ]);
    expect(regionsOf('<p>OK</p><pre class="moz-signature" cols="72">-- \nJo Smith   \nT: 0123</pre>')).toEqual([["signature", "--\nJo Smith\nT: 0123"]]);
  });

  it("gives exact offsets where spaces before line breaks and around the text are dropped", () => {
    const html = '   <pre>  x   \n  </pre><div id="Signature">  <pre>Jo    \n   T: 1   </pre>   </div>  <blockquote type=cite>   q  </blockquote>  ';
    const t = bodyTexts(html);
    expect(t.visible).toBe("x\n\n\nJo\n   T: 1\n\nq");
    expect(t.regions).toEqual([
      { kind: "signature", start: 4, end: 14 },
      { kind: "quoted", start: 16, end: 17 },
    ]);
    expect(t.regions.map((r) => t.visible.slice(r.start, r.end))).toEqual(["Jo\n   T: 1", "q"]);
  });

  it("marks nothing hidden, and nothing inside an Outlook conditional comment", () => {
    expect(regionsOf('<p>Hi</p><div id="Signature" style="display:none">Jo</div><!--[if mso]><div id="Signature">Jo</div><![endif]-->')).toEqual([]);
  });

  it("finds no regions in a body read without its tags", () => {
    const deep = "<div>".repeat(MAX_DEPTH + 5) + '<div id="Signature">Jo</div>' + "</div>".repeat(MAX_DEPTH + 5);
    expect(bodyTexts(deep)).toMatchObject({ visible: "Jo", regions: [], laidOut: false });
  });

  it("is not fooled by a class or id named like an Object property", () => {
    expect(regionsOf('<div class="constructor __proto__ toString" id="hasOwnProperty">x</div>')).toEqual([]);
  });

  it("stays linear on thousands of regions and signature bookmarks", () => {
    const many = '<a name="_MailAutoSig">s</a><blockquote type=cite>q</blockquote>'.repeat(5000);
    const t = bodyTexts(many);
    expect(t.regions).toHaveLength(10_000);
    expect(t.regions[0]).toEqual({ kind: "signature", start: 0, end: 1 });
  });
});

describe("TextSink layout", () => {
  /** What TextSink.toString() returned before it tracked offsets. */
  const reference = (raw: string) => raw.replace(/ +\n/g, "\n").replace(/^\s+|\s+$/g, "");
  const nonSpace = (s: string) => s.replace(/\s+/g, "").length;

  it("gives the text the regex rewrite gave, and marks that keep every non-space character before them", () => {
    const op = fc.oneof(
      fc.record({ t: fc.constant("text" as const), s: fc.stringMatching(/^[ a\n\t\u00a0]{0,6}$/), pre: fc.boolean() }),
      fc.record({ t: fc.constant("break" as const), k: fc.constantFrom("cell" as const, "line" as const, "paragraph" as const) }),
      fc.record({ t: fc.constant("br" as const) }),
      fc.record({ t: fc.constant("mark" as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const sink = new TextSink();
        const rawAt: number[] = [];
        const raw = () => (sink as unknown as { parts: string[] }).parts.join("");
        for (const o of ops) {
          if (o.t === "text") sink.append(o.s, o.pre);
          else if (o.t === "break") sink.requestBreak(o.k);
          else if (o.t === "br") sink.lineBreak();
          else {
            sink.mark();
            rawAt.push(raw().length);
          }
        }
        const laid = sink.layout();
        const all = raw();
        expect(laid.text).toBe(reference(all));
        expect(sink.toString()).toBe(laid.text);
        laid.marks.forEach((at, i) => {
          expect(at).toBeGreaterThanOrEqual(i > 0 ? (laid.marks[i - 1] as number) : 0);
          expect(at).toBeLessThanOrEqual(laid.text.length);
          // A mark may have been pulled back by a later trim of trailing spaces: count up to it.
          expect(nonSpace(laid.text.slice(0, at))).toBe(nonSpace(all.slice(0, Math.min(rawAt[i] as number, all.length))));
        });
      }),
    );
  });

  it("lays out a long run of spaces in <pre> in linear time", () => {
    const started = Date.now();
    const t = bodyTexts("<pre>x" + " ".repeat(200_000) + "x\n" + " ".repeat(200_000) + "\ny</pre>");
    expect(t.visible).toBe("x" + " ".repeat(200_000) + "x\n\ny");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
