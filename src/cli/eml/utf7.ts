/**
 * UTF-7 (RFC 2152) → text. Old Outlook Express and some webmail wrote subjects and bodies in
 * it; the WHATWG decoders behind TextDecoder do not know it, so without this "Fröhlich" stays
 * "Fr+APY-hlich" and a name in it is never found.
 */
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < BASE64.length; i++) VALUE[BASE64.charCodeAt(i)] = i;

const PLUS = 0x2b;
const MINUS = 0x2d;

export function decodeUtf7(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    i++;
    if (c !== PLUS) {
      out += String.fromCharCode(c); // direct characters; a stray 8-bit byte is kept as Latin-1
      continue;
    }
    if (bytes[i] === MINUS) {
      out += "+"; // "+-" is a literal plus
      i++;
      continue;
    }
    // A shifted run: modified base64 of UTF-16 code units, ended by any non-base64 byte.
    let bits = 0;
    let count = 0;
    const units: number[] = [];
    while (i < bytes.length && (VALUE[bytes[i] as number] as number) >= 0) {
      bits = ((bits << 6) | (VALUE[bytes[i] as number] as number)) & 0x3fffff;
      count += 6;
      if (count >= 16) {
        count -= 16;
        units.push((bits >> count) & 0xffff);
      }
      i++;
    }
    if (bytes[i] === MINUS) i++; // the "-" that ends a run is absorbed
    for (let u = 0; u < units.length; u += 4096) out += String.fromCharCode(...units.slice(u, u + 4096));
  }
  return out;
}
