/**
 * Types for the npm `punycode` package (2.x), imported as "punycode/" so that bundlers and Node
 * resolve the package rather than Node's deprecated built-in module of the same name.
 */
declare module "punycode/" {
  /** Punycode-encodes one label's code points ("münchen" → "mnchen-3ya"); no "xn--" prefix. */
  export function encode(input: string): string;
  /** Decodes one Punycode label body ("mnchen-3ya" → "münchen"); throws RangeError when invalid. */
  export function decode(input: string): string;
  /** Converts a Unicode domain to its ASCII (xn--) form; throws RangeError on overflow. */
  export function toASCII(domain: string): string;
  /** Converts an ASCII (xn--) domain to Unicode; throws RangeError on an invalid xn-- label. */
  export function toUnicode(domain: string): string;
}
