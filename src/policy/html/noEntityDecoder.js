/*
 * Bundled in place of the "entities" package's decoder, entities/decode (webpack.config.js).
 * htmlparser2's Tokenizer builds an EntityDecoder and its Parser imports fromCodePoint, but with
 * decodeEntities: false (bodyTexts.ts) neither is ever used: src/policy/html/entities.ts decodes
 * references from a smaller table. The real module is the decoder (about 5 KB minified) and its
 * trees (31 KB of base64 decoded through atob at every cold start); this is what is reached.
 * A decoder that ends every reference at once: if one were ever started, the reference would
 * stay as written.
 */
export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 };
export class EntityDecoder {
  startEntity() {}
  write() {
    return 0;
  }
  end() {
    return 0;
  }
}
export const htmlDecodeTree = new Uint16Array(1);
export const xmlDecodeTree = htmlDecodeTree;
export const fromCodePoint = String.fromCodePoint;
