import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { RECIPIENT_RULES, RULES, VERDICT_RULES } from "../../../src/policy/rules";
import type { FixType, RuleScope, Severity } from "../../../src/policy/rules/types";

/** Test files in this folder that are not about one rule. */
const OTHER_TEST_FILES = ["marking", "registry"];

const SCOPES: RuleScope[] = ["recipients", "message", "note"];
const SEVERITIES: Severity[] = ["block", "warn", "info"];
const FIX_TYPES: FixType[] = ["replace-subject", "add-marking", "set-label", "remove-recipient", "replace-recipient", "move-to-bcc", "open-form", "telephone"];

const ids = RULES.map((r) => r.id);

/** The names (without ".test.ts") of the test files in this folder. */
function testFileNames(): string[] {
  return readdirSync(__dirname)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => f.slice(0, -".test.ts".length));
}

/** Test files named after no rule (and not one of the folder's other tests). */
function strayTestFiles(names: readonly string[], ruleIds: readonly string[]): string[] {
  return names.filter((n) => ruleIds.indexOf(n) < 0 && OTHER_TEST_FILES.indexOf(n) < 0);
}

describe("the rule registry", () => {
  it("holds the rules", () => {
    expect(RULES.length).toBeGreaterThan(0);
  });

  it.each(ids)("%s has its own test file", (id) => {
    expect(existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it("no test file is named after a rule that does not exist", () => {
    expect(strayTestFiles(testFileNames(), ids)).toEqual([]);
  });

  it("the stray-file check catches a file named after an unknown rule", () => {
    expect(strayTestFiles(["body-secure-route", "registry", "marking", "recipients-webmail"], ids)).toEqual(["recipients-webmail"]);
  });

  it("ids are unique, lower-case words joined by hyphens", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s declares what it is", (_id, rule) => {
    expect(rule.description.trim()).not.toBe("");
    // A clause id, as the agreement's channelRules name them; the text is the agreement's own.
    expect(rule.clause).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(SCOPES).toContain(rule.scope);
    expect(SEVERITIES).toContain(rule.defaultSeverity);
    for (const fix of rule.fixes) expect(FIX_TYPES).toContain(fix);
    expect(new Set(rule.fixes).size).toBe(rule.fixes.length);
    expect(typeof rule.check).toBe("function");
  });

  it("a note is information: it never changes the verdict", () => {
    for (const rule of RULES.filter((r) => r.scope === "note")) expect(rule.defaultSeverity).toBe("info");
  });

  it("VERDICT_RULES (what Send runs) is every rule but the notes, in registry order", () => {
    expect(VERDICT_RULES.map((r) => r.id)).toEqual(RULES.filter((r) => r.scope !== "note").map((r) => r.id));
    expect(VERDICT_RULES.length).toBeLessThan(RULES.length);
    for (const rule of VERDICT_RULES) expect(RULES).toContain(rule);
  });

  it("RECIPIENT_RULES (what a change of recipients runs) is exactly the recipients-scoped rules, in registry order", () => {
    expect(RECIPIENT_RULES.map((r) => r.id)).toEqual(RULES.filter((r) => r.scope === "recipients").map((r) => r.id));
    expect(RECIPIENT_RULES.length).toBeGreaterThan(0);
    for (const rule of RECIPIENT_RULES) expect(RULES).toContain(rule);
  });
});
