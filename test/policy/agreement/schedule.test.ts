import { describeDays, hasRestrictedSchedule, isMonitoredOn, monitoredDaysOf, weekdayName } from "../../../src/policy/agreement/schedule";

describe("mailbox schedules", () => {
  it("reads an absent schedule as every working day, Monday to Friday", () => {
    expect(monitoredDaysOf({})).toEqual([1, 2, 3, 4, 5]);
    expect(isMonitoredOn({}, 5)).toBe(true);
    expect(isMonitoredOn({}, 6)).toBe(false);
    expect(isMonitoredOn({}, 7)).toBe(false);
    expect(hasRestrictedSchedule({})).toBe(false);
  });

  it("reads a Tuesday-to-Thursday schedule on each weekday", () => {
    const buxton = { monitoredDays: [4, 2, 3] };
    expect(monitoredDaysOf(buxton)).toEqual([2, 3, 4]);
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => isMonitoredOn(buxton, d))).toEqual([false, true, true, true, false, false, false]);
    expect(hasRestrictedSchedule(buxton)).toBe(true);
    expect(hasRestrictedSchedule({ monitoredDays: [5, 4, 3, 2, 1] })).toBe(false);
    expect(hasRestrictedSchedule({ monitoredDays: [1, 2, 3, 4, 5, 6] })).toBe(true);
  });

  it("describes days as ranges", () => {
    expect(describeDays([2, 3, 4])).toBe("Tue\u2013Thu");
    expect(describeDays([1, 3, 5])).toBe("Mon, Wed, Fri");
    expect(describeDays([5, 1, 2, 4])).toBe("Mon\u2013Tue, Thu\u2013Fri");
    expect(describeDays([7])).toBe("Sun");
    expect(weekdayName(1)).toBe("Mon");
  });
});
