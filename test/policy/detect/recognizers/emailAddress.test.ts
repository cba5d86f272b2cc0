import { emailAddress } from "../../../../src/policy/detect/recognizers/emailAddress";
import { texts } from "./helpers";

describe("emailAddress", () => {
  it("finds addresses with dots, underscores, plus and sub-domains", () => {
    expect(texts(emailAddress, "FW: referral from rhys.morgan90@live.co.uk")).toEqual(["rhys.morgan90@live.co.uk"]);
    expect(texts(emailAddress, "<kayleigh_martin83+kpc@mail.derbyshire.gov.uk>")).toEqual([
      "kayleigh_martin83+kpc@mail.derbyshire.gov.uk",
    ]);
  });

  it("leaves sentence punctuation outside", () => {
    expect(texts(emailAddress, "Write to j.smith@nhs.net.")).toEqual(["j.smith@nhs.net"]);
    expect(texts(emailAddress, "(a@b.org), 'c@d.com'")).toEqual(["a@b.org", "c@d.com"]);
  });

  it("rejects addresses without a proper domain", () => {
    expect(texts(emailAddress, "foo@bar")).toEqual([]);
    expect(texts(emailAddress, "x@y.c")).toEqual([]);
    expect(texts(emailAddress, "a@-b.com")).toEqual([]);
    expect(texts(emailAddress, "@nhs.net")).toEqual([]);
    expect(texts(emailAddress, "a..b@nhs.net")).toEqual([]);
  });
});
