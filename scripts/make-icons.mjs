// Draws the app's PNG icons (plain shapes, no fonts) into public/icons/. Run once when the
// design changes: node scripts/make-icons.mjs. The icons are committed; the build copies them.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLACK = [0x0b, 0x0c, 0x0c];
const YELLOW = [0xff, 0xdd, 0x00];
const WHITE = [0xff, 0xff, 0xff];

/** The colour at (x, y) of an icon `size` wide; `inset` shrinks the drawing for maskable icons. */
function colour(x, y, size, inset) {
  const c = size / 2;
  const r = Math.hypot(x + 0.5 - c, y + 0.5 - c) / (size / 2) / inset;
  // A yellow ring (the app's focus colour) around a white dot: "notice", then "act".
  if (r > 0.62 && r < 0.82) return YELLOW;
  if (r < 0.3) return WHITE;
  return BLACK;
}

function png(size, inset) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(colour(x, y, size, inset), 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, size, inset] of [['icon-192.png', 192, 1], ['icon-512.png', 512, 1], ['maskable-512.png', 512, 0.8]]) {
  writeFileSync(new URL(name, dir), png(size, inset));
  console.log(`wrote public/icons/${name}`);
}
