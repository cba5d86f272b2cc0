/** Base64 to bytes without atob or Buffer: the classic Outlook JavaScript-only runtime has
 * neither. Whitespace is skipped; any other character outside the alphabet is an error. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  table["-".charCodeAt(0)] = 62; // base64url, in case a client sends it
  table["_".charCodeAt(0)] = 63;
  return table;
})();

export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // "=": padding ends the data
    if (code === 32 || code === 10 || code === 13 || code === 9) continue;
    const value = code < 128 ? (VALUES[code] as number) : -1;
    if (value < 0) throw new Error(`Not base64: character ${JSON.stringify(text.charAt(i))} at offset ${i}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}
