/**
 * The Teams app manifest for the shop's bot, and its check against Microsoft's schema (kept in
 * data/teams, so no network is needed). The app's id is the bot's Microsoft App Id, as Teams
 * expects for a bot-only app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

export const TEAMS_MANIFEST_VERSION = '1.17';
export const ACCENT_COLOUR = '#2E7D5B';
const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/teams/MicrosoftTeams.v1.17.schema.json');

export interface ManifestOptions {
  /** The Azure Bot's Microsoft App Id (a GUID). */
  appId: string;
  /** The shop's public HTTPS address (the bot's messaging endpoint is HOST/api/messages). */
  host: string;
  /** The shop's name, shown in Teams. */
  name: string;
  appVersion: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
}

export function teamsManifest(o: ManifestOptions): Record<string, unknown> {
  const host = o.host.replace(/\/+$/, '');
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: o.appVersion,
    id: o.appId,
    developer: {
      name: o.name,
      websiteUrl: host,
      privacyUrl: o.privacyUrl ?? host,
      termsOfUseUrl: o.termsOfUseUrl ?? host,
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    name: { short: o.name, full: `${o.name} assistant`.slice(0, 100) },
    description: {
      short: `Order tracking, returns and product help from ${o.name}`.slice(0, 80),
      full: `Ask ${o.name}'s assistant where your order is, start a return, check a refund, cancel an order that has not shipped, get answers about shipping, payment and opening hours, and find products. In a channel, @mention the assistant.`,
    },
    accentColor: ACCENT_COLOUR,
    bots: [
      {
        botId: o.appId,
        scopes: ['personal', 'team', 'groupChat'],
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [
          {
            scopes: ['personal', 'team', 'groupChat'],
            commands: [
              { title: 'where is my order', description: 'Track your latest order, or one by its number' },
              { title: 'start a return', description: 'Return items from a delivered order' },
              { title: 'recommend something', description: 'Product suggestions, each with a reason' },
              { title: 'talk to a person', description: 'Ask for a member of staff' },
            ],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [new URL(host).host],
  };
}

let validate: ReturnType<Ajv['compile']> | undefined;

/** Schema errors as readable lines ("/name/short: must NOT have more than 30 characters"); empty when valid. */
export function manifestErrors(manifest: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    // The file declares draft-04; its keywords are ones Ajv's default draft handles the same way.
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
