/**
 * Bytes in a declared (or undeclared) charset → text, as mail clients read them: a label
 * TextDecoder knows; UTF-7, which it does not; and, when the label is absent or unknown,
 * UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what Outlook and Thunderbird fall back to).
 */
import { decodeUtf7 } from "./utf7";

const UTF7_LABELS = new Set(["utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-utf-7"]);
const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder("windows-1252");

function decoderFor(label: string): TextDecoder | null {
  for (const candidate of [label, label.replace(/^(x-|cs)/, ""), label.replace(/^(?:cp|ms|x-cp)-?(\d+)$/, "windows-$1")]) {
    try {
      return new TextDecoder(candidate);
    } catch {
      // not a label TextDecoder knows; try the next spelling
    }
  }
  return null;
}

/** Undeclared 8-bit text: UTF-8 when it is valid UTF-8, else Windows-1252. */
export function decodeUnlabelled(bytes: Uint8Array): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? "").trim().replace(/^"|"$/g, "").toLowerCase();
  if (label === "") return decodeUnlabelled(bytes);
  if (UTF7_LABELS.has(label)) return decodeUtf7(bytes);
  const decoder = decoderFor(label);
  return decoder ? decoder.decode(bytes) : decodeUnlabelled(bytes);
}

/** A string whose characters are bytes (as read with "latin1") → those bytes. */
export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}
