import { streetAddress } from "../../../../src/policy/detect/recognizers/streetAddress";
import { texts } from "./helpers";

describe("streetAddress", () => {
  it.each([
    "Flat 3, 22 Station Street",
    "27a Church Lane",
    "30c Meadow Grove",
    "Flat 5, 162 Burton Crescent",
    "10 Downing Street",
    "12 St Mary's Road",
    "1-3 High Street",
    "Apartment 4 9 Queen's Drive",
    "7 Upper Kings Court",
    "Flat 1/2, 10 Byres Road",
  ])("finds %s", (address) => {
    expect(texts(streetAddress, `now at ${address}, DE1 2EU`)).toEqual([address]);
  });

  it("leaves a sentence's full stop out but keeps a house letter", () => {
    expect(texts(streetAddress, "moved to 27 Highfield Drive.")).toEqual(["27 Highfield Drive"]);
    expect(texts(streetAddress, "of 144b Albert Terrace, Ripley")).toEqual(["144b Albert Terrace"]);
  });

  it("does not fire without a house number, a capitalised name or a suffix", () => {
    expect(texts(streetAddress, "Station Street")).toEqual([]);
    expect(texts(streetAddress, "22 station street")).toEqual([]);
    expect(texts(streetAddress, "22 Station House")).toEqual([]);
    expect(texts(streetAddress, "22 Streetwise")).toEqual([]);
  });

  it("does not fire when the number counts pages or days", () => {
    expect(texts(streetAddress, "see page 12 Church Lane guidance")).toEqual([]);
    expect(texts(streetAddress, "aged 12 Park Lane residents")).toEqual([]);
  });

  it("does not read a year after a word of time as a house number (a name ending in a street word follows)", () => {
    expect(texts(streetAddress, "In 2021 Kayleigh Dale moved in with her mother.")).toEqual([]);
    expect(texts(streetAddress, "Since 2019 Sam Hill has lived there.")).toEqual([]);
    // Still an address: a four-digit house number, or a year-like number after "at".
    expect(texts(streetAddress, "She lives at 2021 Stratford Road, Hall Green.")).toEqual(["2021 Stratford Road"]);
    expect(texts(streetAddress, "In 2021 she moved to 14 Kayleigh Dale.")).toEqual(["14 Kayleigh Dale"]);
  });
});

describe("streetAddress: business premises", () => {
  it("a unit, suite or office number in place of a house number is business premises, not an address", () => {
    expect(texts(streetAddress, "Delivery to Unit 4, Victoria Court, Chesterfield")).toEqual([]);
    expect(texts(streetAddress, "Suite 2 Riverside Court, Derby")).toEqual([]);
    // A flat is a home; a unit with a house number is still an address.
    expect(texts(streetAddress, "Flat 4, Victoria Court")).toEqual(["4, Victoria Court"]);
    expect(texts(streetAddress, "now at Unit 3, 27 Church Lane")).toEqual(["Unit 3, 27 Church Lane"]);
  });

  it("takes no time's minutes for a house number (tuning43)", () => {
    expect(texts(streetAddress, "Collect: 08:30, Halford Street car park")).toEqual([]);
    expect(texts(streetAddress, "Meet at 10.15, High Street")).toEqual([]);
    expect(texts(streetAddress, "She lives at 30, Halford Street")).toEqual(["30, Halford Street"]);
  });

  it("reads a street with no type word only right after words that say a home follows", () => {
    expect(texts(streetAddress, "He lives at 3 The Paddocks, Ilkeston")).toEqual(["3 The Paddocks"]);
    expect(texts(streetAddress, "Her new address is 22 Hollybush.")).toEqual(["22 Hollybush"]);
    expect(texts(streetAddress, "They moved to 4 Rosemary Cottages\nlast week")).toEqual(["4 Rosemary Cottages"]);
    // A typed street is read once, not again as an untyped one.
    expect(texts(streetAddress, "lives at 9 Acorn Way, Derby")).toEqual(["9 Acorn Way"]);
  });

  it("reads no untyped street without the cue, before a date, or mid-sentence", () => {
    expect(texts(streetAddress, "Visited 3 The Paddocks, Ilkeston")).toEqual([]);
    expect(texts(streetAddress, "Panel meeting moved to 9 December, Twickenham")).toEqual([]);
    expect(texts(streetAddress, "Sessions moved to 3 Mondays.")).toEqual([]);
    expect(texts(streetAddress, "He is staying at 2 Friends Houses this week")).toEqual([]);
  });
});
