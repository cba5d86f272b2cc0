/**
 * A village or district written inside an address line, between the street and the postcode
 * ("46 Main Street, Kibworth Harcourt, Leicester LE8 0NQ"), or on its own line of an address
 * block ("6 Swallow Rise / Hilton / Derby DE65 5JR"): part of the address, not a person,
 * though its words may be names ("Harcourt", "Beauchamp"). The street and the postcode are the
 * earlier recognizers' finds, so only a line they bracket is read so.
 */
import type { Candidate } from "../types";

/** Between the street and the name: a comma or a line break (perhaps another locality first). */
const AFTER_STREET = /^(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*)(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*))?$/;
/** Between the name and the postcode: a comma or a line break, perhaps a town and another comma. */
const BEFORE_POSTCODE = /^(?:,?[ \t]*|,?[ \t]*\r?\n[ \t]*)(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2},?[ \t]*)?$/;
/** The farthest a street or a postcode is looked for from the name. */
const REACH = 60;

/** The earlier finds that can bracket an address line: streets and postcodes (filtered once per scan). */
export function addressParts(earlier: readonly Candidate[]): Candidate[] {
  return earlier.filter((c) => c.kind === "street-address" || c.kind === "postcode");
}

/** `parts`: addressParts(earlier). */
export function inAddressLine(text: string, parts: readonly Candidate[], start: number, end: number): boolean {
  if (parts.length === 0) return false;
  let street = false;
  let postcode = false;
  for (const c of parts) {
    if (c.kind === "street-address" && c.end <= start && start - c.end <= REACH && AFTER_STREET.test(text.slice(c.end, start))) street = true;
    else if (c.kind === "postcode" && c.start >= end && c.start - end <= REACH && BEFORE_POSTCODE.test(text.slice(end, c.start))) postcode = true;
  }
  return street && postcode;
}
