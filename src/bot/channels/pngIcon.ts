/**
 * The Teams app icons, drawn in code (a shopping bag) and encoded as PNG with node:zlib, so the
 * package needs no image files or libraries. Teams wants a 192x192 full-colour icon and a 32x32
 * outline icon that is white on a transparent background.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

/** Whether pixel (x, y) of a size x size square is part of the bag (body outline or handle). */
function bagShape(size: number, filled: boolean): (x: number, y: number) => boolean {
  const s = (v: number) => v * size;
  const stroke = Math.max(2, Math.round(size / 16));
  const body = { left: s(0.2), right: s(0.8), top: s(0.35), bottom: s(0.85) };
  const handle = { cx: s(0.5), cy: s(0.35), r: s(0.17) };
  return (x, y) => {
    const px = x + 0.5;
    const py = y + 0.5;
    const inBody = px >= body.left && px <= body.right && py >= body.top && py <= body.bottom;
    const inBodyInner = px >= body.left + stroke && px <= body.right - stroke && py >= body.top + stroke && py <= body.bottom - stroke;
    const d = Math.hypot(px - handle.cx, py - handle.cy);
    const onHandle = py <= handle.cy && d <= handle.r && d >= handle.r - stroke;
    return onHandle || (filled ? inBody : inBody && !inBodyInner);
  };
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
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

/** 192x192: a white bag on the accent colour. */
export function colourIcon(accent: string): Buffer {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
  const inBag = bagShape(192, true);
  return encodePng(192, (x, y) => (inBag(x, y) ? [255, 255, 255, 255] : [r, g, b, 255]));
}

/** 32x32: the bag's outline in white, everything else transparent. */
export function outlineIcon(): Buffer {
  const onBag = bagShape(32, false);
  return encodePng(32, (x, y) => (onBag(x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}
