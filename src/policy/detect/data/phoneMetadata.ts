/**
 * The telephone metadata the phone recognizer uses, cut from libphonenumber-js's full (min)
 * metadata: the numbering plans of +44 only (GB and the Crown Dependencies that share its
 * calling code: Guernsey, Isle of Man, Jersey), about 4 KB instead of 80 KB in launchevent.js;
 * and, for every other calling code, just the lengths its national numbers can have, so numbers
 * from other countries are still found by their shape ("+33 1 23 45 67 89": calling code 33,
 * nine national digits).
 *
 * Pure, so the same cut is made at run time under jest and tsx (ukPhone.ts, from the installed
 * metadata) and at build time for the bundle (scripts/data/build-phone-metadata.ts writes the
 * result, which webpack.config.js puts in place of ukPhone.ts): both give the same data.
 */
import type { MetadataJson } from "libphonenumber-js/core";

export interface UkPhoneData {
  /** libphonenumber-js metadata with calling code 44's countries only. */
  metadata: MetadataJson;
  /** "1:7,10 7:10,14 20:8,9,10 …": each other calling code and its national numbers' lengths. */
  otherCallingCodes: string;
}

export const UK_CALLING_CODE = "44";

/** A minified numbering plan is an array: [calling code, international prefix, national pattern, possible lengths, …]. */
function planParts(plan: unknown): { callingCode: string; lengths: number[] } {
  if (!Array.isArray(plan) || typeof plan[0] !== "string" || !Array.isArray(plan[3])) throw new Error("Phone metadata: unexpected numbering-plan shape (libphonenumber-js metadata format changed?)");
  return { callingCode: plan[0], lengths: (plan[3] as unknown[]).filter((n): n is number => typeof n === "number") };
}

export function ukPhoneData(full: MetadataJson): UkPhoneData {
  const countries = full.country_calling_codes[UK_CALLING_CODE];
  if (!countries || countries.length === 0) throw new Error("Phone metadata: no countries for calling code 44");
  const kept: Record<string, unknown> = {};
  for (const country of countries) {
    const plan = (full.countries as Record<string, unknown>)[country];
    if (plan === undefined) throw new Error(`Phone metadata: no numbering plan for ${country}`);
    kept[country] = plan;
  }
  const lengths = new Map<string, Set<number>>();
  // Object.keys, not Object.values (ES2017): this module is in the Send bundle.
  const plans = full.countries as Record<string, unknown>;
  const nonGeographic = (full.nonGeographic ?? {}) as Record<string, unknown>;
  for (const plan of [...Object.keys(plans).map((k) => plans[k]), ...Object.keys(nonGeographic).map((k) => nonGeographic[k])]) {
    const { callingCode, lengths: ls } = planParts(plan);
    if (callingCode === UK_CALLING_CODE) continue;
    const set = lengths.get(callingCode) ?? new Set<number>();
    for (const l of ls) set.add(l);
    lengths.set(callingCode, set);
  }
  const codes = [...lengths.keys()].sort((a, b) => a.length - b.length || Number(a) - Number(b));
  // Calling codes are prefix-free (E.164), which is what lets the recognizer read one off the front.
  for (const a of codes) for (const b of codes) if (a !== b && b.startsWith(a)) throw new Error(`Phone metadata: calling code ${a} is a prefix of ${b}`);
  return {
    metadata: {
      version: full.version,
      country_calling_codes: { [UK_CALLING_CODE]: [...countries] },
      countries: kept,
      nonGeographic: {},
    } as MetadataJson,
    otherCallingCodes: codes.map((c) => `${c}:${[...(lengths.get(c) as Set<number>)].sort((x, y) => x - y).join(",")}`).join(" "),
  };
}

/** The calling-code table as a map (parsed once, on the first international number). */
export function parseCallingCodes(table: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const entry of table.split(" ")) {
    const colon = entry.indexOf(":");
    if (colon > 0) out.set(entry.slice(0, colon), entry.slice(colon + 1).split(",").map(Number));
  }
  return out;
}
