// Draws images/icon.png (128×128): a chip with pins and a lit LED. Kept as a
// script so the icon can be changed without an image editor:
//   node scripts/make-icon.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius, Math.min(x, right - radius));
  const cy = Math.max(top + radius, Math.min(y, bottom - radius));
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Layers from back to front: [test(x, y), [r, g, b]].
const layers = [
  [(x, y) => roundedRect(x, y, 4, 4, 124, 124, 22), [0x1b, 0x3a, 0x5c]],
  ...[0, 1, 2, 3].flatMap((i) => {
    const p = 38 + i * 16;
    return [
      [(x, y) => roundedRect(x, y, p - 3, 18, p + 3, 110, 2), [0xc9, 0xd3, 0xdd]],
      [(x, y) => roundedRect(x, y, 18, p - 3, 110, p + 3, 2), [0xc9, 0xd3, 0xdd]],
    ];
  }),
  [(x, y) => roundedRect(x, y, 30, 30, 98, 98, 8), [0x26, 0x2b, 0x33]],
  [(x, y) => (x - 44) ** 2 + (y - 44) ** 2 <= 5 ** 2, [0x5a, 0x63, 0x70]],
  [(x, y) => (x - 64) ** 2 + (y - 70) ** 2 <= 15 ** 2, [0x2e, 0xd5, 0x73]],
  [(x, y) => (x - 59) ** 2 + (y - 65) ** 2 <= 4 ** 2, [0xb8, 0xf5, 0xcf]],
];

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // PNG filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let color;
        for (const [hit, rgb] of layers) if (hit(x, y)) color = rgb;
        if (color) {
          r += color[0]; g += color[1]; b += color[2]; a += 255;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const covered = a / 255;
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = covered ? Math.round(r / covered) : 0;
    raw[o + 1] = covered ? Math.round(g / covered) : 0;
    raw[o + 2] = covered ? Math.round(b / covered) : 0;
    raw[o + 3] = Math.round(a / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync(new URL("../images/icon.png", import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
