import { characterEntities } from "character-entities";
import { decodeReferences } from "../../../src/policy/html/entities";
import { LEGACY_REFERENCES, NAMED_REFERENCES } from "../../../src/policy/html/entityTable";
import { tableSource } from "../../../scripts/data/html-entities";
import { readFileSync } from "node:fs";
import path from "node:path";

describe("decodeReferences (HTML character references)", () => {
  it("decodes the named references names and prose use", () => {
    expect(decodeReferences("Zo&euml; M&uuml;ller &amp; Se&aacute;n &Lstrok;ucja &Scaron;imon &ndash; it&rsquo;s &pound;5 &euro;3 &nbsp;")).toBe(
      "Zoë Müller & Seán Łucja Šimon – it’s £5 €3 \u00a0",
    );
  });

  it("decodes decimal and hex references, with HTML's readings of invalid values", () => {
    expect(decodeReferences("&#65;&#x42;&#X43;&#233;&#x1F600;")).toBe("ABCé😀");
    // 128–159 are read as Windows-1252; zero, surrogates and values past U+10FFFF become U+FFFD.
    expect(decodeReferences("&#150;&#128;&#129;")).toBe("–€\u0081");
    expect(decodeReferences("&#0;&#xD800;&#x110000;&#99999999999;")).toBe("\uFFFD\uFFFD\uFFFD\uFFFD");
    // No semicolon is fine for numeric references.
    expect(decodeReferences("&#65B")).toBe("AB");
  });

  it("reads legacy names without a semicolon in text, longest first", () => {
    expect(decodeReferences("&copy 2026 &amp more &nbspx &notit")).toBe("© 2026 & more \u00a0x ¬it");
  });

  it("follows HTML's attribute rule: a legacy name followed by a letter, digit or = stays", () => {
    expect(decodeReferences("?a=1&copy=2&amp;b", true)).toBe("?a=1&copy=2&b");
    expect(decodeReferences("x&ampy", true)).toBe("x&ampy");
    expect(decodeReferences("x&amp y", true)).toBe("x& y");
  });

  it("leaves what it does not know as written", () => {
    // &notin; is a real reference outside the table: it must not become "¬in;".
    expect(decodeReferences("a &notin; b &rarr; c &nosuch; d & e &#; &#x;")).toBe("a &notin; b &rarr; c &nosuch; d & e &#; &#x;");
  });

  it("returns the same string when there is nothing to decode", () => {
    const text = "no references here";
    expect(decodeReferences(text)).toBe(text);
  });

  it("agrees with the full WHATWG list on every reference it carries", () => {
    const entries = NAMED_REFERENCES.split(" ");
    expect(entries.length).toBeGreaterThan(600);
    for (const entry of entries) {
      const name = entry.slice(0, entry.indexOf(":"));
      expect(decodeReferences(`&${name};`)).toBe(characterEntities[name]);
    }
    expect(LEGACY_REFERENCES.split(" ")).toHaveLength(106);
  });

  it("is the table scripts/data/html-entities.ts generates from the installed packages", () => {
    const file = readFileSync(path.join(__dirname, "..", "..", "..", "src", "policy", "html", "entityTable.ts"), "utf8");
    expect(file).toBe(tableSource());
  });
});
