/**
 * parseAgreement: the one way an agreement from outside (a file, a test) becomes an Agreement.
 * It lists every problem — shape and cross-references together, in document order — and returns
 * an agreement only when there are none, so nothing is ever checked against a half-valid one.
 * Uses zod: for the CLI, tests and build, not for the Send handler (see index.ts).
 */
import type { z } from "zod";
import { checkReferences, formatPath, type PathSegment, type RawProblem } from "./references";
import { AgreementSchema } from "./schema";
import type { AgreementProblem, ParseAgreementResult } from "./types";

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function expectedName(expected: string): string {
  if (expected === "int") return "a whole number";
  if (expected === "object") return "an object";
  if (expected === "array") return "an array";
  return `a ${expected}`;
}

/** zod's issues rewritten to say what was expected, in the words of the CLI's output. */
function fromIssue(issue: z.core.$ZodIssue): RawProblem[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) as PathSegment[];
  switch (issue.code) {
    case "invalid_type": {
      const input = (issue as { input?: unknown }).input;
      const got = typeof input === "number" ? String(input) : describe(input);
      return [{ path, message: input === undefined ? `missing: expected ${expectedName(issue.expected)}` : `expected ${expectedName(issue.expected)}, got ${got}` }];
    }
    case "unrecognized_keys":
      // One problem per key, at the key itself: usually a misspelt field name.
      return issue.keys.map((key) => ({ path: [...path, key], message: "unexpected field: not part of the agreement schema (misspelt?)" }));
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (options && options.length > 0) {
        return [{ path, message: `expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}` }];
      }
      return [{ path, message: issue.message }];
    }
    case "invalid_value":
      return [{ path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Document order: array indices numerically, an object's keys in the order the input writes
 * them (a missing key after the present ones, in the order the checks reported it). */
function documentOrder(input: unknown): (a: RawProblem, b: RawProblem) => number {
  return (a, b) => {
    let node: unknown = input;
    for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
      const x = a.path[i] as PathSegment;
      const y = b.path[i] as PathSegment;
      if (x !== y) {
        if (typeof x === "number" && typeof y === "number") return x - y;
        const keys = typeof node === "object" && node !== null ? Object.keys(node) : [];
        const rank = (k: PathSegment) => {
          const at = keys.indexOf(String(k));
          return at < 0 ? keys.length : at;
        };
        return rank(x) - rank(y);
      }
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[String(x)] : undefined;
    }
    return a.path.length - b.path.length;
  };
}

export function parseAgreement(json: unknown): ParseAgreementResult {
  const parsed = AgreementSchema.safeParse(json, { reportInput: true });
  const raw: RawProblem[] = [];
  if (!parsed.success) for (const issue of parsed.error.issues) raw.push(...fromIssue(issue));
  raw.push(...checkReferences(json));
  if (parsed.success && raw.length === 0) return { ok: true, agreement: parsed.data };

  const seen = new Set<string>();
  const problems: AgreementProblem[] = [];
  for (const p of raw.slice().sort(documentOrder(json))) {
    const problem = { path: formatPath(p.path), message: p.message };
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return { ok: false, problems };
}

/** Parses the text of an agreement file: JSON first (a UTF-8 byte-order mark allowed), then the schema. */
export function parseAgreementText(text: string): ParseAgreementResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [{ path: "(root)", message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return parseAgreement(json);
}
