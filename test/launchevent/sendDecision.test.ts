import { readFileSync } from "node:fs";
import path from "node:path";
import { blockParts, escapeMarkdown, failureParts, MAX_DIALOG_LENGTH, markdownText, plainText, shorten, warnParts } from "../../src/launchevent/dialogText";
import { decideFailure, decideSend, FIX_LABEL, mayBeSent, OPEN_LABEL, TASK_PANE_COMMAND_ID } from "../../src/launchevent/sendDecision";
import { SAFESHARE_VERSION } from "../../src/launchevent/version";
import type { Report } from "../../src/policy/check";
import type { Finding } from "../../src/policy/rules/types";
import { reportOf } from "../support/report";
import { parsePaneContext } from "../../src/outlook/paneContext";

const ALL = { promptUser: true, markdown: true, internetHeaders: true };
const OLD = { promptUser: false, markdown: false, internetHeaders: true };

function finding(severity: Finding["severity"], message: string, id = message): Finding {
  return { id, rule: "test-rule", severity, field: "body", message };
}

function report(findings: Finding[]): Report {
  const verdict = findings.some((f) => f.severity === "block") ? "block" : findings.some((f) => f.severity === "warn") ? "warn" : "pass";
  return reportOf({ verdict, findings });
}

describe("decideSend", () => {
  it("allows a pass, even with info findings", () => {
    expect(decideSend(report([finding("info", "Found a name")]), ALL)).toEqual({ allowEvent: true });
  });

  it("holds a warning with Send Anyway where Mailbox 1.14 is supported, and allows it where not", () => {
    const warn = report([finding("warn", "Check the recipient.")]);
    expect(decideSend(warn, ALL)).toEqual({
      allowEvent: false,
      errorMessage: "SafeShare has 1 warning about this message.\n• Check the recipient.\nIf you have checked, choose Send Anyway. To change the message, choose Fix in SafeShare.",
      errorMessageMarkdown: "**SafeShare has 1 warning about this message.**\n\n- Check the recipient.\r\n\nIf you have checked, choose Send Anyway. To change the message, choose Fix in SafeShare.",
      cancelLabel: FIX_LABEL,
      commandId: TASK_PANE_COMMAND_ID,
      contextData: JSON.stringify({ safeshare: "safeshare-open", rule: "test-rule", finding: "Check the recipient." }),
      sendModeOverride: "promptUser",
    });
    expect(decideSend(warn, OLD)).toEqual({ allowEvent: true });
  });

  it("stops a block, listing blocking findings before warnings, with no Send Anyway", () => {
    const options = decideSend(report([finding("block", "Remove the name."), finding("warn", "Check the marking.")]), ALL);
    expect(options.errorMessage).toBe(
      "SafeShare stopped this message: 1 problem must be fixed before it can be sent.\n• Remove the name.\n• Check the marking.\nChoose Fix in SafeShare to see each problem and its one-click fix.",
    );
    expect(options.sendModeOverride).toBeUndefined();
    expect(options.allowEvent).toBe(false);
    expect(decideSend(report([finding("block", "Remove the name.")]), OLD)).toEqual({ allowEvent: false, errorMessage: expect.any(String) });
  });

  it("a failure stops under SoftBlock with the reason, offering to open SafeShare where it can", () => {
    expect(decideFailure("body.getAsync failed.", ALL)).toEqual({
      allowEvent: false,
      errorMessage: "SafeShare could not check this message: body.getAsync failed.\nTry Send again. If this keeps happening, open SafeShare from the ribbon or contact your IT service desk.",
      errorMessageMarkdown: "**SafeShare could not check this message: body.getAsync failed.**\n\nTry Send again. If this keeps happening, open SafeShare from the ribbon or contact your IT service desk.",
      cancelLabel: OPEN_LABEL,
      commandId: TASK_PANE_COMMAND_ID,
    });
    expect(decideFailure("x", OLD)).toEqual({ allowEvent: false, errorMessage: expect.stringMatching(/^SafeShare could not check this message: x\n/) });
  });

  it("Fix in SafeShare names the worst blocking finding in contextData, as a string, only with commandId (1.14)", () => {
    const options = decideSend(report([finding("warn", "Check the marking.", "w1"), { ...finding("block", "Remove the name.", "b1"), rule: "subject-personal-data" }]), ALL);
    expect(typeof options.contextData).toBe("string");
    expect(parsePaneContext(options.contextData)).toEqual({ findingId: "b1", rule: "subject-personal-data" });
    expect(options.commandId).toBe(TASK_PANE_COMMAND_ID);
    // 1.12/1.13 have no commandId, and contextData without it is ignored: not passed at all.
    expect(decideSend(report([finding("block", "Remove the name.")]), OLD).contextData).toBeUndefined();
    // A failure has no finding to open at: the pane opens as from the ribbon.
    expect(decideFailure("x", ALL).contextData).toBeUndefined();
  });

  it("a very long finding id is passed as its rule alone (the pane opens at the rule's first finding)", () => {
    const options = decideSend(report([finding("block", "Remove it.", "x".repeat(1000))]), ALL);
    expect(parsePaneContext(options.contextData)).toEqual({ rule: "test-rule" });
  });

  it("mayBeSent: allowed now, or at the user's word", () => {
    expect(mayBeSent({ allowEvent: true })).toBe(true);
    expect(mayBeSent(decideSend(report([finding("warn", "w")]), ALL))).toBe(true);
    expect(mayBeSent(decideSend(report([finding("block", "b")]), ALL))).toBe(false);
    expect(mayBeSent(decideFailure("x", ALL))).toBe(false);
  });

  it("button labels fit Outlook's 20 characters", () => {
    expect(FIX_LABEL.length).toBeLessThanOrEqual(20);
    expect(OPEN_LABEL.length).toBeLessThanOrEqual(20);
  });
});

describe("dialog text", () => {
  const long = (i: number) => finding("block", `Problem ${i}: ${"this is a long explanation of what is wrong ".repeat(6)}`);

  it("never exceeds 500 characters, plain or Markdown, however many or long the findings", () => {
    for (const count of [1, 2, 5, 40]) {
      const findings = Array.from({ length: count }, (_, i) => long(i));
      const parts = blockParts(findings);
      expect(plainText(parts).length).toBeLessThanOrEqual(MAX_DIALOG_LENGTH);
      expect(markdownText(parts).length).toBeLessThanOrEqual(MAX_DIALOG_LENGTH);
    }
    const huge = failureParts("x".repeat(2000));
    expect(plainText(huge).length).toBeLessThanOrEqual(MAX_DIALOG_LENGTH);
  });

  it("lists the worst first and counts the rest", () => {
    const text = plainText(blockParts(Array.from({ length: 6 }, (_, i) => long(i))));
    expect(text.indexOf("Problem 0")).toBeGreaterThan(0);
    expect(text).not.toContain("Problem 5");
    expect(text).toMatch(/…and \d more in SafeShare\./);
    const shown = (text.match(/^• /gm) ?? []).length;
    expect(text).toContain(`…and ${6 - shown} more in SafeShare.`);
  });

  it("names problems and warnings apart when both are left over", () => {
    const findings: Finding[] = [0, 1, 2, 3].map((i): Finding => ({ ...long(i), severity: "block" })).concat([4, 5].map((i): Finding => ({ ...long(i), severity: "warn" })));
    const text = plainText(blockParts(findings));
    expect(text).toMatch(/^SafeShare stopped this message: 4 problems must/);
    const shown = (text.match(/^• /gm) ?? []).length;
    expect(shown).toBeLessThan(4);
    expect(text).toContain(`…and ${4 - shown} more problem${4 - shown === 1 ? "" : "s"} and 2 warnings in SafeShare.`);
    const onlyWarningsLeft = plainText(blockParts([{ ...finding("block", "Short problem.") }, ...[4, 5, 6, 7].map((i) => ({ ...long(i), severity: "warn" as const }))]));
    expect(onlyWarningsLeft).toMatch(/…and \d warnings? in SafeShare\./);
  });

  it("shortens at a word and escapes Markdown in finding text", () => {
    expect(shorten("one two three four", 12)).toBe("one two…");
    expect(shorten("short", 12)).toBe("short");
    expect(escapeMarkdown("a_b*c [x](y) <b>")).toBe("a\\_b\\*c \\[x\\](y) \\<b\\>");
    const md = markdownText(warnParts([finding("warn", "first_name*x@example.com*")], true));
    expect(md).toContain("- first\\_name\\*x@example.com\\*");
  });

  it("Markdown list items follow Outlook's documented form: '- ' then the text then \\r, blocks apart by \\n\\n", () => {
    const md = markdownText(blockParts([finding("block", "Remove the name."), finding("block", "Remove the date.")]));
    expect(md).toBe("**SafeShare stopped this message: 2 problems must be fixed before it can be sent.**\n\n- Remove the name.\r- Remove the date.\r\n\nChoose Fix in SafeShare to see each problem and its one-click fix.");
    // The plain-text fallback is always given beside it, with bullets and single line breaks.
    const options = decideSend(report([finding("block", "Remove the name.")]), ALL);
    expect(options.errorMessage).toBe("SafeShare stopped this message: 1 problem must be fixed before it can be sent.\n• Remove the name.\nChoose Fix in SafeShare to see each problem and its one-click fix.");
    expect(options.errorMessageMarkdown).toContain("- Remove the name.\r");
  });

  it("no bare '&' reaches either text (classic Outlook hides it and underlines the next letter: office-js#6622)", () => {
    const parts = warnParts([finding("warn", "The subject names Smith & Jones &amp; Co.")], true);
    for (const text of [plainText(parts), markdownText(parts)]) {
      expect(text).not.toContain("&");
      expect(text).toContain("Smith \uff06 Jones \uff06amp; Co.");
    }
  });
});

describe("constants that must match other files", () => {
  const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

  it("commandId is the task pane button's Control id in manifest.xml", () => {
    expect(manifest).toMatch(new RegExp(`<Control xsi:type="Button" id="${TASK_PANE_COMMAND_ID.replace(/\./g, "\\.")}">[\\s\\S]*?<Action xsi:type="ShowTaskpane">`));
  });

  it("the version in the sharing record is package.json's", () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(SAFESHARE_VERSION).toBe(pkg.version);
  });
});
