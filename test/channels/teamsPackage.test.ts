/**
 * `shopkeeper teams package` as a shop runs it: a zip with manifest.json valid against Microsoft's
 * Teams manifest schema (data/teams), a 192x192 colour icon and a 32x32 white-on-transparent outline.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestErrors } from '../../src/bot/channels/teamsManifest.ts';
import { shopkeeper } from '../support/runShopkeeper.ts';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-teams-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The schema file, checked here with Ajv directly rather than through the code under test. */
async function schemaValidator() {
  const schema = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../data/teams/MicrosoftTeams.v1.17.schema.json'), 'utf8'));
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
  return ajv.compile(schema);
}

/** Width, height and RGBA pixels of an 8-bit RGBA PNG without interlacing (what we write). */
function readPng(png: Uint8Array): { width: number; height: number; pixels: number[][] } {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * (width * 4 + 1) + 1 + x * 4;
      pixels.push([raw[i], raw[i + 1], raw[i + 2], raw[i + 3]]);
    }
  }
  return { width, height, pixels };
}

describe('shopkeeper teams package', () => {
  it('writes a zip with a schema-valid manifest and both icons', async () => {
    const out = path.join(dir, 'teams.zip');
    const run = await shopkeeper('teams', 'package', '--app-id', APP_ID, '--host', 'https://shop.example.com/', '--out', out, '--name', 'Test Shop');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid against the Teams schema/);

    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const validate = await schemaValidator();
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest).toMatchObject({
      id: APP_ID,
      name: { short: 'Test Shop' },
      icons: { color: 'color.png', outline: 'outline.png' },
      bots: [{ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] }],
      validDomains: ['shop.example.com'],
    });

    const colour = readPng(files['color.png']);
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect(colour.pixels.every((p) => p[3] === 255)).toBe(true);
    const outline = readPng(files['outline.png']);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const visible = outline.pixels.filter((p) => p[3] > 0);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(outline.pixels.some((p) => p[3] === 0)).toBe(true);
  }, 60_000);

  const refusals: [string, string[], RegExp][] = [
    ['an app id that is not a GUID', ['--app-id', 'my-bot', '--host', 'https://shop.example.com'], /--app-id must be .* GUID/],
    ['a host without https', ['--app-id', APP_ID, '--host', 'http://shop.example.com'], /--host must use https/],
    ['a name longer than Teams allows', ['--app-id', APP_ID, '--host', 'https://shop.example.com', '--name', 'x'.repeat(31)], /\/name\/short: must NOT have more than 30/],
    ['no host', ['--app-id', APP_ID], /required option '--host <url>'/],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name}`, async () => {
      const run = await shopkeeper('teams', 'package', ...args, '--out', path.join(dir, 'refused.zip'));
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
    }, 60_000);
  }

  it('the validator finds schema errors (it is not a rubber stamp)', () => {
    expect(manifestErrors({ manifestVersion: '1.17' })).toEqual(expect.arrayContaining([expect.stringMatching(/must have required property 'id'/)]));
  });
});
