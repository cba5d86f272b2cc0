/** The Smart Alerts text quotes the user's values: bidi controls in them cannot reorder it. */
import { blockParts, failureParts, markdownText, plainText, warnParts } from "../../src/launchevent/dialogText";
import type { Finding } from "../../src/policy/rules/types";

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function finding(severity: Finding["severity"], message: string): Finding {
  return { id: message, rule: "test-rule", severity, field: "body", message };
}

describe("dialog text and bidi controls", () => {
  // A name whose right-to-left override would show the rest of the line reversed.
  const quoted = "Found a name in the body: “Amelia \u202eEdwards\u202c”. Send \u2067anyway\u2069 to \u200fsomeone@gmail.com.";

  it("drops them from findings, in plain text and Markdown, and keeps the words", () => {
    for (const text of [plainText(blockParts([finding("block", quoted)])), markdownText(blockParts([finding("block", quoted)])), plainText(warnParts([finding("warn", quoted)], true))]) {
      expect(text).not.toMatch(BIDI);
      expect(text).toContain("Amelia Edwards");
    }
  });

  it("drops them from a failure's reason", () => {
    const text = plainText(failureParts("could not read \u202eydob eht\u202c"));
    expect(text).not.toMatch(BIDI);
    expect(text).toContain("could not read ydob eht");
  });

  it("counts the length without them, so a finding is not cut short for characters nobody sees", () => {
    const long = `${"word ".repeat(34)}end`; // 173 characters: fits the 180-character item limit
    const padded = long.replace(/ /g, "\u200e \u200f");
    expect(plainText(warnParts([finding("warn", padded)], false))).toContain(long);
  });
});
