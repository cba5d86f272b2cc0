/**
 * A small, read-only Compound File Binary reader ([MS-CFB]): just enough to list the top-level
 * streams of an Office file and read a stream's first bytes.
 *
 * Why not the `cfb` package: its reader materialises every stream up front (outside Node it
 * copies them into plain number arrays, ~8 bytes per byte, for a 25 MB attachment), throws on
 * damaged files, and drags its writer and ZIP/deflate code into the ES2016 Send bundle. This one
 * follows only the chains it is asked for, guards every chain against loops, and reports a
 * damaged file as a reason string instead of throwing.
 */
import { startsWith, u16, u32 } from "./bytes";

export const CFB_MAGIC: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAX_REGULAR = 0xfffffffa; // sector numbers at or above this are markers (END, FREE, FAT, DIFAT)
const HEADER_DIFAT = 109;
const DIR_ENTRY = 128;
const NO_STREAM = 0xffffffff;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export interface CfbEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Streams and storages directly under the root, by upper-cased name (names compare case-insensitively). */
  topLevel: Map<string, CfbEntry>;
  /** Up to `max` bytes of a stream (fewer when the file is truncated). */
  read(entry: CfbEntry, max: number): Uint8Array;
}

/** Follows a FAT or mini-FAT chain, stopping at the end marker, a loop, or `limit` links. */
function chain(table: Uint32Array, start: number, limit: number): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(table.length);
  let s = start;
  while (s >= 0 && s < table.length && s < MAX_REGULAR && seen[s] === 0 && out.length < limit) {
    seen[s] = 1;
    out.push(s);
    s = table[s] as number;
  }
  return out;
}

/** Copies the chained blocks of `blockSize` bytes from `src` (block n at base + n·blockSize). */
function gather(src: Uint8Array, blocks: number[], blockSize: number, base: number, max: number): Uint8Array {
  const out = new Uint8Array(Math.min(max, blocks.length * blockSize));
  let filled = 0;
  for (let i = 0; i < blocks.length && filled < out.length; i++) {
    const from = base + (blocks[i] as number) * blockSize;
    const len = Math.min(blockSize, out.length - filled, src.length - from);
    if (from >= src.length || len <= 0) break; // truncated file: return what there is
    out.set(src.subarray(from, from + len), filled);
    filled += len;
  }
  return filled === out.length ? out : out.subarray(0, filled);
}

function u32Table(b: Uint8Array, sectors: number[], sectorSize: number, fileSectors: number): Uint32Array {
  const perSector = sectorSize / 4;
  const table = new Uint32Array(sectors.length * perSector).fill(NO_STREAM);
  for (let i = 0; i < sectors.length; i++) {
    const s = sectors[i] as number;
    if (s < 0 || s >= fileSectors) continue;
    const base = (s + 1) * sectorSize;
    for (let k = 0; k < perSector; k++) {
      const v = u32(b, base + k * 4);
      if (v < 0) break;
      table[i * perSector + k] = v;
    }
  }
  return table;
}

function readEntry(b: Uint8Array, at: number): CfbEntry {
  const nameBytes = Math.min(64, u16(b, at + 64));
  let name = "";
  // The stored length counts the UTF-16 terminator.
  for (let i = 0; i < nameBytes - 2; i += 2) {
    const c = u16(b, at + i);
    if (c <= 0) break;
    name += String.fromCharCode(c);
  }
  return {
    name,
    type: b[at + 66] as number,
    left: u32(b, at + 68),
    right: u32(b, at + 72),
    child: u32(b, at + 76),
    start: u32(b, at + 116),
    // Version 4 files have a 64-bit size; a stream over 4 GiB cannot be in an e-mail attachment.
    size: u32(b, at + 120),
  };
}

/** Opens a compound file, or returns why it cannot be read. */
export function openCompoundFile(b: Uint8Array): CompoundFile | string {
  if (!startsWith(b, CFB_MAGIC) || b.length < 512) return "not a compound file";
  const shift = u16(b, 0x1e);
  const miniShift = u16(b, 0x20);
  if (u16(b, 0x1c) !== 0xfffe || (shift !== 9 && shift !== 12) || miniShift !== 6) return "its header is damaged";
  const sectorSize = 1 << shift;
  const miniSize = 1 << miniShift;
  const fileSectors = Math.ceil((b.length - sectorSize) / sectorSize);
  const miniCutoff = u32(b, 0x38);

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatCount = Math.min(u32(b, 0x2c), fileSectors);
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, 0x4c + i * 4));
  const perDifat = sectorSize / 4 - 1;
  let difat = u32(b, 0x44);
  for (let hops = 0; fatSectors.length < fatCount && difat >= 0 && difat < fileSectors && hops < fileSectors; hops++) {
    const base = (difat + 1) * sectorSize;
    for (let k = 0; k < perDifat && fatSectors.length < fatCount; k++) fatSectors.push(u32(b, base + k * 4));
    difat = u32(b, base + perDifat * 4);
  }
  const fat = u32Table(b, fatSectors, sectorSize, fileSectors);

  const dirSectors = chain(fat, u32(b, 0x30), fileSectors);
  const dir = gather(b, dirSectors, sectorSize, sectorSize, dirSectors.length * sectorSize);
  const entries: CfbEntry[] = [];
  for (let at = 0; at + DIR_ENTRY <= dir.length; at += DIR_ENTRY) entries.push(readEntry(dir, at));
  const root = entries[0];
  if (!root || root.type !== TYPE_ROOT) return "its directory is missing or damaged";

  // Top-level entries form a red-black tree under the root's child; walk it, guarding loops.
  const topLevel = new Map<string, CfbEntry>();
  const seen = new Uint8Array(entries.length);
  const stack = [root.child];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (i >= entries.length || seen[i] === 1) continue;
    seen[i] = 1;
    const e = entries[i] as CfbEntry;
    if (e.type === TYPE_STREAM || e.type === TYPE_STORAGE) topLevel.set(e.name.toUpperCase(), e);
    stack.push(e.left, e.right);
  }

  let miniFat: Uint32Array | null = null;
  let miniStream: Uint8Array | null = null;
  const read = (entry: CfbEntry, max: number): Uint8Array => {
    const want = Math.min(max, entry.size);
    if (entry.size >= miniCutoff) {
      const blocks = chain(fat, entry.start, Math.ceil(want / sectorSize));
      return gather(b, blocks, sectorSize, sectorSize, want);
    }
    // Small streams live in 64-byte sectors inside the root's "mini stream".
    if (!miniFat || !miniStream) {
      miniFat = u32Table(b, chain(fat, u32(b, 0x3c), fileSectors), sectorSize, fileSectors);
      const rootBlocks = chain(fat, root.start, fileSectors);
      miniStream = gather(b, rootBlocks, sectorSize, sectorSize, root.size);
    }
    return gather(miniStream, chain(miniFat, entry.start, Math.ceil(want / miniSize)), miniSize, 0, want);
  };
  return { topLevel, read };
}
