/** Lint tells the IG owner when a partner is given a shared platform's domain (nhs.net). */
import path from "node:path";
import { runAgreement, sharedPlatformNotes } from "../../src/cli/agreementCommand";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { SECOND_AGREEMENT } from "../policy/agreement/severalAgreements";
import { memoryIo } from "./memoryIo";

describe("agreement lint: shared mail platforms", () => {
  it("notes each partner given nhs.net or cjsm.net as a domain, with its JSON path", () => {
    const icb = { id: "icb", name: "An ICB", kind: "health" as const, domains: [{ domain: "leics.nhs.uk", status: "active" as const }, { domain: "nhs.net", status: "active" as const }], mailboxes: [], lifecycle: { status: "active" as const } };
    const notes = sharedPlatformNotes({ ...SECOND_AGREEMENT, partners: SECOND_AGREEMENT.partners.concat([icb]) });
    expect(notes).toEqual([expect.stringMatching(/^partners\[4\]\.domains\[1\]: nhs\.net is a platform many organisations share, so every nhs\.net address counts as An ICB's when it receives mail/)]);
    expect(sharedPlatformNotes(derbyshireAgreement)).toEqual([]);
  });

  it("prints the note for the shipped LLR file and still exits 0", async () => {
    const { io, out } = memoryIo();
    const code = await runAgreement(["lint", path.join(__dirname, "..", "..", "agreements", "llr-safeguarding.json")], io, new Date("2026-12-04T00:00:00Z"));
    expect(code).toBe(0);
    expect(out()).toMatch(/note: partners\[\d+\]\.domains\[\d+\]: nhs\.net is a platform many organisations share/);
  });
});
