/**
 * The stamped .msg fixtures (test/fixtures/records/msg-stamped/, written by
 * scripts/fixtures/make-stamped-msg.ts): that they still match what the real Send handler stamps
 * for their scenarios (regenerated and compared), that they keep the record where Outlook keeps
 * it, and what `records` makes of a .msg whose custom property is missing or altered. Every CSV
 * column of the fixtures themselves is checked in records.test.ts.
 *
 * Jest cannot load @tutao/oxmsg (an ES module), so the files are written by the scripts under
 * tsx in a child process, as a developer would run them.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import MsgReader from "@kenjiuno/msgreader";
import { Reader } from "@kenjiuno/msgreader/lib/Reader";
import { main } from "../../src/cli/main";
import { crc32 } from "../../scripts/fixtures/crc32";
import { addinId, MSG_SCENARIOS, stampScenario, type StampedItem } from "../../scripts/fixtures/stampedMsgScenarios";
import { memoryIo } from "./memoryIo";
import { csvObjects } from "./recordsCsv";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures", "records", "msg-stamped");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const run = promisify(execFile);

async function records(target: string): Promise<{ code: number; rows: Record<string, string>[]; err: string }> {
  const { io, out, err } = memoryIo();
  const code = await main(["records", target], io);
  return { code, rows: csvObjects(out()), err: err() };
}

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** msgreader's view: the fields and the named properties by name. */
function readMsg(bytes: Uint8Array) {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  reader.parserConfig = { includeRawProps: true };
  const data = reader.getFileData();
  const named = new Map((data.rawProps ?? []).filter((p) => p.propertyName !== undefined).map((p) => [p.propertyName as string, p.value]));
  return { data, named };
}

/** The named-property mapping streams, read with msgreader's own compound-file reader. */
function nameid(bytes: Uint8Array): { names: { name: string; guidIndex: number; kind: number; index: number }[]; guids: Buffer; stream: (name: string) => Buffer | null } {
  const cfb = new Reader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  cfb.parse();
  const folder = cfb.rootFolder().subFolders().find((f) => f.name === "__nameid_version1.0");
  if (!folder) throw new Error("no __nameid_version1.0 storage");
  const stream = (name: string) => {
    const b = folder.readFile(name);
    return b ? Buffer.from(b) : null;
  };
  const entries = stream("__substg1.0_00030102") ?? Buffer.alloc(0);
  const strings = stream("__substg1.0_00040102") ?? Buffer.alloc(0);
  const names = [];
  for (let at = 0; at < entries.length; at += 8) {
    const offset = entries.readUInt32LE(at);
    const indexKind = entries.readUInt16LE(at + 4);
    const length = strings.readUInt32LE(offset);
    names.push({ name: strings.subarray(offset + 4, offset + 4 + length).toString("utf16le"), guidIndex: indexKind >> 1, kind: indexKind & 1, index: entries.readUInt16LE(at + 6) });
  }
  return { names, guids: stream("__substg1.0_00020102") ?? Buffer.alloc(0), stream };
}

/** The transport headers' X-SafeShare-* fields, in order. */
function recordHeaderLines(headers: string | undefined): string[] {
  return (headers ?? "").split("\r\n").filter((l) => /^X-SafeShare-/i.test(l));
}

let tmp: string;
let stamped: StampedItem[];
let refusal: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "stamped-msg-"));
  const [, variants] = await Promise.all([
    run(TSX, [path.join(ROOT, "scripts", "fixtures", "make-stamped-msg.ts"), "--out", path.join(tmp, "regenerated")], { cwd: ROOT }),
    run(TSX, [path.join(ROOT, "scripts", "fixtures", "stampedMsgVariants.ts"), path.join(tmp, "variants")], { cwd: ROOT }),
  ]);
  refusal = (JSON.parse(variants.stdout) as { refusal: string }).refusal;
  stamped = [];
  for (const s of MSG_SCENARIOS) stamped.push(await stampScenario(s));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the stamped .msg fixtures match their scenarios", () => {
  it("there is one file for each scenario, and no other", () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(MSG_SCENARIOS.map((s) => s.file).sort());
  });

  it("each file carries the headers and custom property the Send handler stamps today", () => {
    for (const item of stamped) {
      const where = item.scenario.file;
      const { data, named } = readMsg(bytesOf(path.join(FIXTURES, where)));
      expect({ where, property: named.get(`cecp-${addinId()}`) }).toEqual({ where, property: JSON.stringify(item.customProperties) });
      const lines = Object.entries(item.headers).map(([n, v]) => `${n}: ${v}`);
      if (item.scenario.headersAs === "transport") expect({ where, lines: recordHeaderLines(data.headers) }).toEqual({ where, lines });
      else {
        expect(data.headers).toBeUndefined();
        expect({ where, lines: Object.keys(item.headers).map((n) => `${n}: ${String(named.get(n))}`) }).toEqual({ where, lines });
      }
      expect({ where, subject: data.subject, body: data.body?.trim(), attachments: (data.attachments ?? []).map((a) => a.fileName) }).toEqual({
        where,
        subject: item.subject,
        body: item.body.trim(),
        attachments: item.attachments.map((a) => a.name),
      });
    }
  });

  it("regenerated with the script, they give the same rows as the committed ones, every column but the path", async () => {
    const fresh = await records(path.join(tmp, "regenerated"));
    const committed = await records(FIXTURES);
    expect([fresh.code, fresh.err, committed.code, committed.err]).toEqual([0, "", 0, ""]);
    const named = (rows: Record<string, string>[]) => rows.map((r) => ({ ...r, file: path.basename(r.file ?? "") }));
    expect(named(fresh.rows)).toEqual(named(committed.rows));
    expect(committed.rows.map((r) => [r.record, r.verdict])).toEqual(MSG_SCENARIOS.map((s) => ["SafeShare record", s.verdict]));
  });
});

describe("where the .msg keeps the record", () => {
  it("the custom property is the string-named property cecp-<add-in id> in PS_PUBLIC_STRINGS ([MS-OXCEXT] 2.2.5)", () => {
    const manifestId = /<Id>([^<]+)<\/Id>/.exec(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1];
    expect(addinId()).toBe(manifestId?.toLowerCase());
    for (const s of MSG_SCENARIOS) {
      const { names, guids } = nameid(bytesOf(path.join(FIXTURES, s.file)));
      // GUID index 2 is PS_PUBLIC_STRINGS; kind 1 is a string name.
      expect(names).toContainEqual(expect.objectContaining({ name: `cecp-${addinId()}`, guidIndex: 2, kind: 1 }));
      const headerNames = names.filter((n) => n.name.startsWith("X-SafeShare-"));
      if (s.headersAs === "transport") expect(headerNames).toEqual([]);
      else {
        expect(headerNames.map((n) => n.name)).toEqual(["X-SafeShare-Agreement", "X-SafeShare-Exchange", "X-SafeShare-Version", "X-SafeShare-Verdict", "X-SafeShare-Dismissed", "X-SafeShare-Label"]);
        // PS_INTERNET_HEADERS is not predefined: the first GUID of the GUID stream (index 3).
        for (const n of headerNames) expect(n).toMatchObject({ guidIndex: 3, kind: 1 });
        expect(guids.toString("hex")).toBe("8603020000000000c000000000000046");
      }
    }
  });

  it("the writer's named strings read back through msgreader, with their name-to-id hash streams", () => {
    const bytes = bytesOf(path.join(tmp, "variants", "named-strings.msg"));
    const { data, named } = readMsg(bytes);
    expect(data.subject).toBe("s");
    expect(Object.fromEntries(named)).toEqual({ "cecp-abc": '{"k":"Café – ✓"}', "x-odd": "1", "x-second": "" });
    const { names, stream } = nameid(bytes);
    expect(names).toEqual([
      { name: "cecp-abc", guidIndex: 2, kind: 1, index: 0 },
      { name: "x-odd", guidIndex: 3, kind: 1, index: 1 },
      { name: "x-second", guidIndex: 3, kind: 1, index: 2 },
    ]);
    // [MS-OXMSG] 2.2.3.2.2: each name's CRC-32 is in stream 0x1000 + ((crc ^ (guid index << 1 | 1)) mod 0x1F).
    for (const n of names) {
      const crc = crc32(Buffer.from(n.name, "utf16le"));
      const indexKind = (n.guidIndex << 1) | 1;
      const hash = stream(`__substg1.0_${(0x1000 + (((crc ^ indexKind) >>> 0) % 0x1f)).toString(16).toUpperCase()}0102`);
      const entries = [];
      for (let at = 0; hash && at < hash.length; at += 8) entries.push([hash.readUInt32LE(at), hash.readUInt16LE(at + 4), hash.readUInt16LE(at + 6)]);
      expect(entries).toContainEqual([crc, indexKind, n.index]);
    }
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926); // the CRC-32 check value
    // A .msg that already has named properties is refused, not silently remapped.
    expect(refusal).toMatch(/already has named properties/);
  });
});

describe("records over a stamped .msg whose custom property is missing or altered", () => {
  it("without the property, the headers still give the record, and the reasons are 'kept in the mailbox only'", async () => {
    const r = await records(path.join(tmp, "variants", "no-property.msg"));
    expect(r.code).toBe(0);
    expect(r.rows[0]).toMatchObject({
      record: "SafeShare record",
      verdict: "warn",
      sent_with_warnings: "yes",
      dismissed: "body-secure-route (reason kept in the mailbox only); recipient-webmail (reason kept in the mailbox only)",
      overridden: "not in this file (kept in the mailbox only)",
      problems: "",
    });
  });

  it("a property that disagrees with the headers makes the record unreadable, never a better verdict", async () => {
    const r = await records(path.join(tmp, "variants", "altered-property.msg"));
    expect(r.rows[0]).toMatchObject({ record: "record unreadable", verdict: "", sent_with_warnings: "", overridden: "" });
    expect(r.rows[0]?.problems).toContain("disagree on verdict");
  });
});
