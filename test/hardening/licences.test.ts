/** Runtime dependencies' licences (scripts/licences.ts, docs/licences.md), and those of the
 * real-world test messages copied from other projects (test/fixtures/realworld/SOURCES.md). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isPermissive, runtimePackages } from "../../scripts/licences";

const REALWORLD = join(__dirname, "..", "fixtures", "realworld");

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

describe("real-world test messages (test/fixtures/realworld)", () => {
  /** SOURCES.md's table: | folder | files | repository | commit | path | licence | count |. */
  const rows = readFileSync(join(REALWORLD, "SOURCES.md"), "utf8")
    .split("\n")
    .filter((l) => /^\| [a-z0-9][a-z0-9-]* \|/.test(l) && !l.startsWith("| folder "))
    .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))
    .map(([folder = "", , repository = "", commit = "", , licence = "", count = ""]) => ({ folder, repository, commit, licence, count: Number(count) }));
  const folders = readdirSync(REALWORLD, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it("names the source repository, commit and a permissive licence of every folder", () => {
    expect(folders.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((r) => r.folder))].sort()).toEqual([...folders].sort());
    for (const r of rows) {
      expect(r.repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
      expect(r.commit).toMatch(/^[0-9a-f]{40}$/);
      expect({ folder: r.folder, licence: r.licence, permissive: isPermissive(r.licence) }).toEqual({ folder: r.folder, licence: r.licence, permissive: true });
    }
  });

  it("counts each folder's messages right", () => {
    for (const folder of folders) {
      const listed = rows.filter((r) => r.folder === folder).reduce((n, r) => n + r.count, 0);
      expect({ folder, count: readdirSync(join(REALWORLD, folder)).filter((f) => f.endsWith(".eml")).length }).toEqual({ folder, count: listed });
    }
  });
});
