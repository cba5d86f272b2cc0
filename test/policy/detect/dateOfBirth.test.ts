import { detect } from "../../../src/policy/detect";
import { dateOfBirth } from "../../../src/policy/detect/recognizers/dateOfBirth";
import { findDates } from "../../../src/policy/detect/recognizers/dateOfBirthScan";
import { personName } from "../../../src/policy/detect/recognizers/personName";

/** Dates of birth in `text`, with the person-name recognizer run first as detect() does. */
function dobs(text: string): string[] {
  const earlier = personName.find(text, []);
  return dateOfBirth.find(text, earlier).map((c) => text.slice(c.start, c.end));
}

describe("date-of-birth: date forms", () => {
  it.each([
    "12/03/1985",
    "6/3/71",
    "12.03.85",
    "22.02.1960",
    "12-3-85",
    "2015-03-12",
    "3rd March 2015",
    "22nd November 1994",
    "03-Mar-2015",
    "11 Dec 2015",
    "1 Sept 2001",
    "3 March, 2015",
    "March 3, 2015",
    "March 3rd 2015",
  ])("finds %s after DOB", (date) => {
    expect(dobs(`Known Persons Check - DOB ${date}`)).toEqual([date]);
  });

  it("ignores impossible and year-less dates", () => {
    expect(findDates("32/01/1990 13/13/1990 00/05/1990 1899-01-01 14/12 3 Nov at 10")).toEqual([]);
    expect(dobs("DOB 14/12")).toEqual([]);
    expect(dobs("DOB 31/02/2019x")).toEqual([]);
  });

  it("does not read a date out of longer numbers or references", () => {
    expect(findDates("ref 112/03/19850 and 2004/9071748F")).toEqual([]);
  });
});

describe("date-of-birth: birth cues", () => {
  it.each([
    ["DOB: 12/03/1985", "12/03/1985"],
    ["d.o.b. 1/2/1990", "1/2/1990"],
    ["D.O.B 01/02/1990", "01/02/1990"],
    ["date of birth 2015-03-12", "2015-03-12"],
    ["Baby White born 05.09.2023", "05.09.2023"],
    ["born on 3rd March 2015", "3rd March 2015"],
    ["was born on the 3rd March 2015", "3rd March 2015"],
    ["was born on the 3rd of March 2015", "3rd of March 2015"],
    ["b. 12/03/1985", "12/03/1985"],
    ["aged 38 (12/03/1985)", "12/03/1985"],
    ["Date of Birth: 11-Dec-2015", "11-Dec-2015"],
  ])("finds the date in %j", (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it("keeps only the date in the span", () => {
    const text = "Kwame O'Brien DOB 22nd November 1994";
    const found = dateOfBirth.find(text, []);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("22nd November 1994");
  });
});

describe("date-of-birth: next to a name", () => {
  it.each([
    ["Please complete a check for Amelia Edwards (2020-02-02) of 30c Meadow Grove", "2020-02-02"],
    ["Risk to Children Notification: Kwame Kaur, 1994-11-17, convicted of theft", "1994-11-17"],
    ["KPC request: WILSON, Harry (02/06/1975)", "02/06/1975"],
    ["Rehan Qureshi (12.04.2001)", "12.04.2001"],
  ])("finds the date in %j", (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it("needs the name: the same date with no name before it is not a date of birth", () => {
    expect(dobs("Please complete a check (2020-02-02) of 30c Meadow Grove")).toEqual([]);
    expect(dateOfBirth.find("Amelia Edwards (2020-02-02)", [])).toEqual([]);
  });
});

describe("date-of-birth: meeting and event dates", () => {
  it.each([
    "Strategy meeting 14/12 for Priya Wilson",
    "Strategy meeting for Priya Wilson on 01/06/2026",
    "The strategy meeting is on Tuesday 3/11 at 10:00",
    "Your leave request for 19/09/2026",
    "Leave request for John Smith 19/09/2026",
    "Child Protection Conference - 05/10/2026",
    "Strategy meeting invite - 15/01/2026 10:00, Council House",
    "Jakub Nowak was convicted of burglary on 07/02/2024",
    "DOB is not known; meeting on 12/03/2026",
  ])("finds no date of birth in %j", (text) => {
    expect(dobs(text)).toEqual([]);
  });

  it("takes the birth date and leaves the offence date in one sentence", () => {
    expect(dobs("Kwame Kaur, DOB 1994-11-17, convicted of sexual assault on 07/02/2025")).toEqual(["1994-11-17"]);
  });
});

describe("date-of-birth: robustness", () => {
  it("never throws", () => {
    for (const text of ["", "DOB", "DOB ", "\ud800", "1".repeat(100_000), "DOB 1/1/".repeat(10_000)]) {
      expect(() => dateOfBirth.find(text, [])).not.toThrow();
    }
  });

  it.each([
    ["digits", "1".repeat(100_000)],
    ["date-like runs", "12/12/".repeat(16_000)],
    ["cues", "DOB ".repeat(25_000)],
    ["dots", "1.".repeat(50_000)],
    ["dated cues", "DOB 12/03/1985 ".repeat(6_500)],
  ])("scans 100 KB of %s without throwing or hanging (timings: npm run bench)", (_, text) => {
    dateOfBirth.find(text, []);
    for (let i = 0; i < 3; i++) {
      dateOfBirth.find(text, []);
    }
  });
});

describe("date-of-birth: cues after the date and table rows", () => {
  it.each([
    ["12/03/1985 (DOB)", "12/03/1985"],
    ["John Smith 12/03/1985 (38)", "12/03/1985"],
    ["Jayden Smith (aged 7, DOB 01/01/2018)", "01/01/2018"],
    ["John Smith | 12/03/1985 | Derby", "12/03/1985"],
    ["Born in Derby on 4th July 1990", "4th July 1990"],
  ])("finds the date in %j", (text, date) => {
    expect(dobs(text)).toEqual([date]);
  });

  it.each(["Meeting 12/03/2026 (2 hours)", "Invoice 12/03/2026 - 30 days", "Review date 12/03/2026 for John Smith"])(
    "finds no date of birth in %j",
    (text) => {
      expect(dobs(text)).toEqual([]);
    },
  );
});

describe("date of birth: a date after the day the text is written", () => {
  const dobs = (text: string, today?: number): string[] =>
    detect(text, today === undefined ? {} : { today })
      .filter((s) => s.kind === "date-of-birth")
      .map((s) => s.text);

  it("a date next to a name that is later than today is a rota's or a deadline's, not a birth date", () => {
    expect(dobs("Duty rota: Tom Fletcher, 14/12/2026", 20261125)).toEqual([]);
    expect(dobs("Cover: Tom Fletcher (2027-01-05)", 20261125)).toEqual([]);
  });

  it("without today, or on or before it, a date next to a name is still a date of birth", () => {
    expect(dobs("Duty rota: Tom Fletcher, 14/12/2026")).toEqual(["14/12/2026"]);
    expect(dobs("Kayleigh Brooks, 25/11/2026", 20261125)).toEqual(["25/11/2026"]);
    expect(dobs("Kayleigh Brooks, 28/07/2000", 20261125)).toEqual(["28/07/2000"]);
  });

  it("a date marked as a birth date counts whatever its year, and so does a two-digit year", () => {
    expect(dobs("Baby Brooks, DOB 14/12/2026 (expected)", 20261125)).toEqual(["14/12/2026"]);
    expect(dobs("Kayleigh Brooks, 14/12/27", 20261125)).toEqual(["14/12/27"]);
  });

  it("a date is read the UK way, day first: 01/12/2026 on a rota written in November is later than today", () => {
    // Read the US way it would be 12 January, earlier; UK staff mean 1 December.
    expect(dobs("- Chloe Spendlove, 01/12/2026\n- Owen Radford, 08/12/2026", 20261125)).toEqual([]);
  });

  it("guard: a date that can only be read the US way is read so, and counts when it is not later than today", () => {
    expect(dobs("Kayleigh Brooks, 3/25/2026", 20261125)).toEqual(["3/25/2026"]);
    expect(dobs("Kayleigh Brooks, 01/12/2026", 20261201)).toEqual(["01/12/2026"]);
  });
});

describe("date of birth under a label line (tuning58)", () => {
  it("a date on the line after a label alone ('Date of birth\\n\\n07/12/1983', 'DOB\\n07/12/1983')", () => {
    expect(detect("Date of birth\n\n07/12/1983").filter((s) => s.kind === "date-of-birth").map((s) => s.text)).toEqual(["07/12/1983"]);
    expect(detect("DOB\n07/12/1983").filter((s) => s.kind === "date-of-birth").map((s) => s.text)).toEqual(["07/12/1983"]);
  });

  it("guard: another label, or words after the label, is no birth cue", () => {
    expect(detect("Meeting date\n07/12/2026").filter((s) => s.kind === "date-of-birth")).toEqual([]);
    expect(detect("Date of birth: see below\n07/12/1983").filter((s) => s.kind === "date-of-birth")).toEqual([]);
  });
});
