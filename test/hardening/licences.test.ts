/** Runtime dependencies' licences (scripts/licences.ts, docs/licences.md). */
import { isPermissive, runtimePackages } from "../../scripts/licences";

describe("licences", () => {
  it("reads SPDX expressions: OR needs one permissive side, AND needs all", () => {
    expect(isPermissive("MIT")).toBe(true);
    expect(isPermissive("(MIT OR GPL-3.0)")).toBe(true);
    expect(isPermissive("MIT AND GPL-3.0")).toBe(false);
    expect(isPermissive("GPL-3.0")).toBe(false);
    expect(isPermissive("UNKNOWN")).toBe(false);
  });

  it("every runtime dependency has a permissive licence", () => {
    const packages = runtimePackages();
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(["htmlparser2", "react", "zod", "tldts-icann"]));
    expect(packages.filter((p) => !isPermissive(p.licence)).map((p) => `${p.name}@${p.version} ${p.licence}`)).toEqual([]);
  });
});
