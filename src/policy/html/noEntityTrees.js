/*
 * Bundled in place of the "entities" package's generated decode trees (webpack.config.js).
 * htmlparser2 imports them but, with decodeEntities: false (bodyTexts.ts), never reads them:
 * src/policy/html/entities.ts decodes references from a smaller table. Without this, 31 KB of
 * base64 would ship in launchevent.js and be decoded (through atob) at every cold start.
 * Empty trees match nothing, so if one were ever read, references would stay as written.
 */
export const htmlDecodeTree = new Uint16Array(1);
export const xmlDecodeTree = htmlDecodeTree;
