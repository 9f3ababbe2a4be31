#!/usr/bin/env node
/**
 * Generates the add-in icons (assets/icon-16.png … icon-80.png) deterministically, with no image library:
 * a rounded square in Office teal with a white letter «Ш» (for ШНОР), drawn as rectangles, anti-aliased by
 * 4×4 supersampling, encoded as 8-bit RGBA PNG with Node's zlib. The same script always writes the same bytes,
 * so the committed PNGs can be checked with `node scripts/make-icons.js --check`.
 *
 * Usage: node scripts/make-icons.js [--check] [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Icon sizes the manifest refers to (px). */
const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;
const BACKGROUND = [0x03, 0x78, 0x7c]; // Office teal, readable on light and dark ribbons
const FOREGROUND = [0xff, 0xff, 0xff];

/** CRC-32 (PNG polynomial), table-driven. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Coverage of the shape at a point in unit coordinates (0…1 across the icon): 0 outside, 1 background,
 * 2 letter. The letter «Ш»: three vertical stems joined by a bottom bar.
 */
function shapeAt(x, y) {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius * radius) return 0;
  const top = 0.22;
  const bottom = 0.78;
  const stem = 0.13;
  const left = 0.2;
  const right = 0.8;
  const middle = 0.5 - stem / 2;
  const inStem = (x0) => x >= x0 && x < x0 + stem && y >= top && y < bottom;
  const inBar = x >= left && x < right && y >= bottom - stem && y < bottom;
  if (inStem(left) || inStem(middle) || inStem(right - stem) || inBar) return 2;
  return 1;
}

/** RGBA pixels of one icon, premultiplied blending of the supersamples. */
function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      let letter = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const v = shapeAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (v > 0) alpha++;
          if (v === 2) letter++;
        }
      }
      const offset = (py * size + px) * 4;
      const t = alpha === 0 ? 0 : letter / alpha;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(BACKGROUND[c] * (1 - t) + FOREGROUND[c] * t);
      }
      pixels[offset + 3] = Math.round((255 * alpha) / n);
    }
  }
  return pixels;
}

/** Encodes RGBA pixels as a PNG file (colour type 6, bit depth 8, filter 0 on every row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const outDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, renderIcon(size));
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
      if (!same) stale++;
      console.log(`${same ? "ok  " : "DIFF"} ${path.relative(process.cwd(), file)}`);
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size}, ${png.length} bytes)`);
    }
  }
  if (stale > 0) {
    console.error(`${stale} icon(s) differ from the generator: run node scripts/make-icons.js`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { SIZES, renderIcon, encodePng };
