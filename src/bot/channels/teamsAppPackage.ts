/**
 * The Teams app package a shop uploads to Teams (Apps › Manage your apps › Upload an app, or its
 * admin centre): manifest.json and the two icons, zipped at the archive's top level.
 */
import { zipSync } from 'fflate';
import { colourIcon, outlineIcon } from './pngIcon.ts';
import { ACCENT_COLOUR, type ManifestOptions, manifestErrors, teamsManifest } from './teamsManifest.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TeamsPackageError extends Error {}

/** Checks the options, builds the manifest, validates it against the schema, zips it with its icons. */
export function buildTeamsAppPackage(options: ManifestOptions): { zip: Uint8Array; manifest: Record<string, unknown> } {
  if (!GUID.test(options.appId)) {
    throw new TeamsPackageError(`--app-id must be the bot's Microsoft App Id, a GUID like 00000000-0000-0000-0000-000000000000 (got "${options.appId}")`);
  }
  let url: URL;
  try {
    url = new URL(options.host);
  } catch {
    throw new TeamsPackageError(`--host must be the shop's public address, like https://shop.example.com (got "${options.host}")`);
  }
  if (url.protocol !== 'https:') throw new TeamsPackageError(`--host must use https: Teams only talks to HTTPS endpoints (got "${options.host}")`);
  const manifest = teamsManifest({ ...options, host: url.origin });
  const errors = manifestErrors(manifest);
  if (errors.length) throw new TeamsPackageError(`the manifest does not match the Teams schema:\n${errors.join('\n')}`);
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': colourIcon(ACCENT_COLOUR),
    'outline.png': outlineIcon(),
  });
  return { zip, manifest };
}
