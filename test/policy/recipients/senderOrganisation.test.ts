import { senderOrganisation } from "../../../src/policy/recipients/senderOrganisation";

describe("senderOrganisation", () => {
  it("gives the registrable domain of a bare or named address, with a look-alike target", () => {
    const s = senderOrganisation("Jo Bloggs <jo.bloggs@children.derbyshire.gov.uk>");
    expect(s).toMatchObject({ registrable: "derbyshire.gov.uk", shared: false });
    expect(s?.target?.domain).toBe("derbyshire.gov.uk");
  });

  it("marks shared platforms and webmail as shared, with no target (two addresses there are not one organisation)", () => {
    for (const a of ["a@nhs.net", "b@cjsm.net", "c@gmail.com", "d@yahoo.co.uk"]) {
      const s = senderOrganisation(a);
      expect(s?.shared).toBe(true);
      expect(s?.target).toBeNull();
    }
  });

  it("is null when there is no usable sender: absent, blank, unparseable, a domain literal", () => {
    for (const raw of [undefined, "", "   ", "not an address", "x@[192.0.2.1]"]) expect(senderOrganisation(raw)).toBeNull();
  });
});
