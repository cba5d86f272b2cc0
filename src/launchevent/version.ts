/** SafeShare's version, as in package.json (a test keeps them equal): written into the sharing
 * record. A constant rather than an import so package.json never reaches launchevent.js. */
export const SAFESHARE_VERSION = "0.1.0";
