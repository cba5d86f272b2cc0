/**
 * Small attachment files for the preview's scenarios: a ZIP container (the shape of a .docx)
 * with one stored entry, plain or flagged as encrypted, so the attachment rule reads real bytes.
 */
function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A one-entry ZIP; `encrypted` sets general-purpose flag bit 0 as password-protected ZIPs do. */
export function sampleZip(entryName: string, text: string, encrypted = false): Uint8Array {
  const name = Array.from(entryName, (c) => c.charCodeAt(0) & 0xff);
  const data = Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const flags = encrypted ? 1 : 0;
  const local = [...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data];
  const central = [
    ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(flags), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length),
    ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...name,
  ];
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(1), ...u16(1), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}
