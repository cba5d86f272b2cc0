/** Bilingual (Welsh/English) closings and contact labels in signatures. */
import { isSignOff, lineShape } from "../../../src/policy/anatomy/lineShape";
import { read } from "./helpers";

describe("bilingual sign-offs", () => {
  it.each(["Diolch / Thanks,", "Cofion cynnes / Kind regards,", "Cofion | Regards", "Kind regards / Cofion gorau", "Diolch yn fawr / Many thanks"])("%s is a sign-off", (line) =>
    expect(isSignOff(line)).toBe(true),
  );

  it.each(["Diolch / Thanks for the update on Leah", "Thanks / see Leah's plan below", "Cofion / Kind regards / Regards", "Thanks /"])("%s is not a sign-off", (line) =>
    expect(isSignOff(line)).toBe(false),
  );

  it("takes the lines under a bilingual closing as the quoted writer's signature", () => {
    const r = read(
      "Hi Gwen,\n\nPlease go to print.\n\nKaren\n\nFrom: Gwen Rowlands <studio@example.co.uk>\nSent: 16 November 2026 15:31\nTo: Karen Whitlock <karen@example.nhs.uk>\nSubject: Proof 2\n\nHi Karen,\n\nProof 2 attached.\n\nDiolch / Thanks,\nGwen Rowlands\nDylunydd / Designer\nArgraff Print, Uned 4, Parc Busnes, Machynlleth SY20 8AX\n01632 960321",
    );
    expect(r.all("sign-off", 1)).toEqual(["Diolch / Thanks,"]);
    expect(r.all("signature", 1)).toEqual(["Gwen Rowlands\nDylunydd / Designer\nArgraff Print, Uned 4, Parc Busnes, Machynlleth SY20 8AX\n01632 960321"]);
  });

  it("still ends the signature under a bilingual closing at a sentence about someone", () => {
    const r = read("Diolch / Thanks,\n\nLeah Marsh (DOB 21/07/2000) has moved to 6 Mill Lane and is known to us.");
    expect(r.at("Leah Marsh")).toEqual(["text", 0]);
  });
});

describe("bilingual contact labels", () => {
  it.each(["Ffôn/Tel: 029 2049 6633", "Ffôn/Tel: 029 2049 6017 | Symudol/Mobile: 07700 900752", "E-bost/Email: sian@example.gov.uk"])("%s is a contact line", (line) =>
    expect(lineShape(line).signatureLike).toBe(true),
  );

  it.each(["Mum/Dad: 07700 900752", "Tel/Mum: 07700 900752"])("%s is a form field, not a contact line", (line) => expect(lineShape(line).sentence).toBe(true));

  it("reads a signature with no sign-off and a bilingual phone label as a signature", () => {
    const r = read("Happy to co-present.\n\nSiân Howells\nRheolwr Gwasanaeth Diogelu | Safeguarding Service Manager\nCyngor Caerdydd | Cardiff Council\nFfôn/Tel: 029 2049 6633");
    expect(r.all("signature")).toEqual(["Siân Howells\nRheolwr Gwasanaeth Diogelu | Safeguarding Service Manager\nCyngor Caerdydd | Cardiff Council\nFfôn/Tel: 029 2049 6633"]);
  });
});
