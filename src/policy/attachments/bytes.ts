/**
 * Bounds-checked little-endian reads over a Uint8Array (no Node Buffer, no DataView allocation
 * per read). Reads past the end return -1 so callers can treat "missing" and "corrupt" alike
 * instead of throwing.
 */

export function u8(b: Uint8Array, at: number): number {
  return at >= 0 && at < b.length ? (b[at] as number) : -1;
}

export function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) return -1;
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) return -1;
  // >>> 0 keeps the value unsigned (a bit-31 value would otherwise be negative).
  return (((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) + (b[at + 3] as number) * 0x1000000) >>> 0;
}

/**
 * A 64-bit little-endian value as a Number, or -1 when it does not fit in 2^53 (no BigInt: the
 * Send handler is transpiled to ES2016).
 */
export function u64(b: Uint8Array, at: number): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (lo < 0 || hi < 0 || hi >= 0x200000) return -1;
  return hi * 0x100000000 + lo;
}

/** True when `pattern` (ASCII) occurs at `at`. */
export function matchAscii(b: Uint8Array, at: number, pattern: string): boolean {
  if (at < 0 || at + pattern.length > b.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (b[at + i] !== pattern.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * First index >= from where the ASCII pattern lies wholly before `end`, or -1. Jumps between
 * candidates with the native TypedArray indexOf (several times faster than a JS loop on 25 MB).
 */
export function indexOfAscii(b: Uint8Array, pattern: string, from: number, end: number = b.length): number {
  // Plain comparisons rather than Math.min/max: this runs once per candidate, millions of times
  // on hostile input, and global lookups are slow in sandboxed runtimes (Node's vm, for jest).
  const stop = end < b.length ? (end > 0 ? end : 0) : b.length;
  const last = stop - pattern.length;
  const first = pattern.charCodeAt(0);
  // A view ending at `stop`, so the native search does not run on past it.
  const view = stop < b.length ? b.subarray(0, stop) : b;
  for (let i = view.indexOf(first, from > 0 ? from : 0); i >= 0 && i <= last; i = view.indexOf(first, i + 1)) {
    if (matchAscii(b, i, pattern)) return i;
  }
  return -1;
}

/** Last index where the ASCII pattern lies wholly inside [from, end), or -1. */
export function lastIndexOfAscii(b: Uint8Array, pattern: string, from: number, end: number = b.length): number {
  const first = pattern.charCodeAt(0);
  for (let i = Math.min(end, b.length) - pattern.length; i >= Math.max(0, from); i--) {
    if (b[i] === first && matchAscii(b, i, pattern)) return i;
  }
  return -1;
}

/** Magic number check from a list of byte values. */
export function startsWith(b: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (at < 0 || at + magic.length > b.length) return false;
  for (let i = 0; i < magic.length; i++) {
    if (b[at + i] !== magic[i]) return false;
  }
  return true;
}
