/**
 * Product pictures for the demo: an SVG drawn from the product (its colour and name), so the demo
 * needs no image files and no network. Every text in it is XML-escaped.
 */
import { createHash } from 'node:crypto';
import type { Product } from '../shop/types.ts';

const COLOURS: Record<string, string> = {
  black: '#2b2b2b', white: '#f4f4f4', grey: '#9e9e9e', gray: '#9e9e9e', red: '#c0392b', blue: '#2e86de', navy: '#1f3a68',
  green: '#27ae60', olive: '#708238', yellow: '#f1c40f', orange: '#e67e22', pink: '#e91e63', purple: '#8e44ad',
  brown: '#8d6e63', beige: '#d7c4a3', cream: '#f3e5c0', teal: '#16a085', natural: '#d9c7a7', silver: '#bdc3c7', gold: '#d4ac0d',
};

export function productSvg(product: Product): string {
  const colour = COLOURS[(product.attributes.colour ?? '').toLowerCase()] ?? hashColour(product.category);
  const dark = isDark(colour);
  const ink = dark ? '#ffffff' : '#1d1d1d';
  const words = wrap(product.name, 18).slice(0, 3);
  const lines = words
    .map((line, i) => `<text x="160" y="${150 + i * 30 - (words.length - 1) * 15}" font-size="24" text-anchor="middle" fill="${ink}" font-family="sans-serif" font-weight="600">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240" role="img" aria-label="${escapeXml(product.name)}">` +
    `<rect width="320" height="240" fill="${colour}"/>` +
    `<rect x="12" y="12" width="296" height="216" rx="14" fill="none" stroke="${ink}" stroke-opacity="0.25" stroke-width="2"/>` +
    lines +
    `<text x="160" y="215" font-size="15" text-anchor="middle" fill="${ink}" fill-opacity="0.75" font-family="sans-serif">${escapeXml(product.category)}</text>` +
    `</svg>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function hashColour(seed: string): string {
  const hue = createHash('sha1').update(seed).digest().readUInt16BE(0) % 360;
  return `hsl(${hue}, 45%, 55%)`;
}

function isDark(colour: string): boolean {
  if (colour.startsWith('hsl')) return false;
  const n = parseInt(colour.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b < 140;
}
