// Draws SafeShare's icon (a white tick on a blue shield) as real PNG files in assets/, at the
// sizes the manifests and the stores need. Run once after changing the design: node scripts/make-icons.js
const { deflateSync } = require("node:zlib");
const { writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const BLUE = [15, 108, 189]; // Fluent brand colour #0F6CBD
const WHITE = [255, 255, 255];

/** Coverage of the unit square point (x, y) by the shield and by the tick (0..1 coordinates). */
function shieldAt(x, y) {
  if (x < 0.14 || x > 0.86 || y < 0.08) return false;
  if (y < 0.55) return true;
  // Lower part narrows to a point at (0.5, 0.94) along a parabola.
  const t = (y - 0.55) / (0.94 - 0.55);
  const half = 0.36 * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 0.5) <= half;
}
function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function tickAt(x, y) {
  const w = 0.075;
  return distanceToSegment(x, y, 0.3, 0.5, 0.45, 0.66) < w || distanceToSegment(x, y, 0.45, 0.66, 0.72, 0.33) < w;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The outline icon the unified manifest needs (32 px, white on transparent): the shield's rim
 * and the tick, nothing filled. */
function outlineAt(x, y) {
  const inset = (u, v) => shieldAt(0.5 + (u - 0.5) / 0.78, 0.08 + (v - 0.15) / 0.78);
  return (shieldAt(x, y) && !inset(x, y)) || (shieldAt(x, y) && tickAt(x, y));
}

function png(size, outline = false) {
  const samples = 4; // 4x4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let shield = 0, tick = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
        const u = (x + (sx + 0.5) / samples) / size, v = (y + (sy + 0.5) / samples) / size;
        if (outline ? outlineAt(u, v) : shieldAt(u, v)) { shield++; if (outline || tickAt(u, v)) tick++; }
      }
      const n = samples * samples;
      const alpha = shield / n, whiteShare = shield ? tick / shield : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BLUE[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
// The unified manifest's app icons (manifest.json "icons"): colour 192 px, outline 32 px.
writeFileSync(path.join(dir, "color.png"), png(192));
writeFileSync(path.join(dir, "outline.png"), png(32, true));
console.log("assets/icon-{16,32,64,80,128}.png, color.png (192 px) and outline.png (32 px) written");
