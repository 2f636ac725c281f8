/**
 * Draws Pith's toolbar icons (16, 32, 48, 128 px) without any image package:
 * shapes as signed distances, 4×4 supersampling, PNG written by hand (zlib + CRC).
 * The mark: a cream "P" whose bowl is a fruit's cross-section with its pith, an
 * orange seed, on a deep green rounded square.  Run: npx tsx icons/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const BACKGROUND_TOP: Rgba = [46, 125, 98, 255];
const BACKGROUND_BOTTOM: Rgba = [27, 84, 70, 255];
const LETTER: Rgba = [255, 246, 224, 255];
const SEED: Rgba = [245, 160, 60, 255];

const roundedSquare = (x: number, y: number, half: number, radius: number) => {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};
const box = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) =>
  Math.max(x0 - x, x - x1, y0 - y, y - y1);
const circle = (x: number, y: number, cx: number, cy: number, r: number) => Math.hypot(x - cx, y - cy) - r;

/** Colour of one sample point in the unit square. */
function sample(x: number, y: number): Rgba | null {
  if (roundedSquare(x, y, 0.48, 0.2) > 0) return null;
  const bowl = Math.max(circle(x, y, 0.53, 0.4, 0.21), -circle(x, y, 0.53, 0.4, 0.1));
  const stem = box(x, y, 0.28, 0.19, 0.41, 0.82);
  if (Math.min(bowl, stem) <= 0) return LETTER;
  if (circle(x, y, 0.53, 0.4, 0.055) <= 0) return SEED;
  const t = y;
  return BACKGROUND_TOP.map((c, i) => Math.round(c + (BACKGROUND_BOTTOM[i]! - c) * t)) as Rgba;
}

function render(size: number): Buffer {
  const grid = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const color = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (!color) continue;
          // Premultiplied so edges blend into transparency without dark fringes.
          for (let i = 0; i < 3; i++) sum[i]! += color[i]! * (color[3] / 255);
          sum[3]! += color[3];
        }
      }
      const n = grid * grid;
      const alpha = sum[3]! / n;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = alpha ? Math.round((sum[i]! / n / alpha) * 255) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(fileURLToPath(new URL(`icon-${size}.png`, import.meta.url)), render(size));
}
