#!/usr/bin/env node
// Draws the add-in's icons (a white check mark on the city-blue square) as PNGs into assets/.
// Run once when the design changes: `node tools/make-icons.js`. No image library needed.
"use strict";
const { deflateSync } = require("node:zlib");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Distance from point p to segment ab, for anti-aliased strokes. */
const segDist = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

const icon = (size) => {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.18;
  const stroke = Math.max(1.2, size * 0.11);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = x + 0.5,
        py = y + 0.5;
      // Rounded square: distance outside the rounded corner region.
      const dx = Math.max(r - px, px - (size - r), 0),
        dy = Math.max(r - py, py - (size - r), 0);
      const inside = Math.min(1, Math.max(0, r - Math.hypot(dx, dy) + 0.5));
      const d = Math.min(
        segDist(px, py, size * 0.25, size * 0.52, size * 0.43, size * 0.7),
        segDist(px, py, size * 0.43, size * 0.7, size * 0.76, size * 0.32),
      );
      const mark = Math.min(1, Math.max(0, stroke / 2 - d + 0.5));
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(0x1f + (255 - 0x1f) * mark);
      raw[o + 1] = Math.round(0x4e + (255 - 0x4e) * mark);
      raw[o + 2] = Math.round(0x79 + (255 - 0x79) * mark);
      raw[o + 3] = Math.round(255 * inside);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
};

for (const size of [16, 32, 64, 80, 128])
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
console.log("Icons geschrieben: assets/icon-{16,32,64,80,128}.png");
