import fc from "fast-check";
import { isBritishSummerTime, londonDate } from "../../../src/policy/time/londonDate";

describe("londonDate", () => {
  it("switches to BST at 01:00 UTC on the last Sunday of March and back in October", () => {
    expect(isBritishSummerTime(new Date("2026-03-29T00:59:59Z"))).toBe(false);
    expect(isBritishSummerTime(new Date("2026-03-29T01:00:00Z"))).toBe(true);
    expect(isBritishSummerTime(new Date("2026-10-25T00:59:59Z"))).toBe(true);
    expect(isBritishSummerTime(new Date("2026-10-25T01:00:00Z"))).toBe(false);
    expect(isBritishSummerTime(new Date("2024-03-31T01:30:00Z"))).toBe(true);
    expect(isBritishSummerTime(new Date("2024-03-30T12:00:00Z"))).toBe(false);
  });

  it("gives the London date and weekday, crossing midnight in summer", () => {
    // 23:30 UTC on Monday 15 June 2026 is 00:30 on Tuesday in London.
    expect(londonDate(new Date("2026-06-15T23:30:00Z"))).toEqual({ date: "2026-06-16", weekday: 2, offsetHours: 1 });
    // In winter London is on UTC.
    expect(londonDate(new Date("2026-11-22T23:30:00Z"))).toEqual({ date: "2026-11-22", weekday: 7, offsetHours: 0 });
  });

  it("agrees with the platform's Europe/London time zone data on random instants", () => {
    const format = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
    const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const instant = new Date(ms);
        const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
        const ours = londonDate(instant);
        expect(ours.date).toBe(`${parts.year}-${parts.month}-${parts.day}`);
        expect(ours.weekday).toBe(weekdays[parts.weekday as string]);
      }),
      { numRuns: 2000 },
    );
  });
});
