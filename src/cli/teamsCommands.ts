/**
 * `shopkeeper teams package`: writes the Teams app package (manifest.json, colour and outline
 * icons, zipped) for the shop's Azure Bot, ready to upload to Teams.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TeamsPackageError, buildTeamsAppPackage } from '../bot/channels/teamsAppPackage.ts';
import { CliError } from './cliError.ts';
import type { CommandRoots } from './commands.ts';

interface PackageOptions {
  appId: string;
  host: string;
  out: string;
  name: string;
  appVersion: string;
  privacyUrl?: string;
  termsUrl?: string;
}

export function registerTeamsCommands({ program }: CommandRoots): void {
  const teams = program.command('teams').description('Microsoft Teams: the app package for the shop\'s bot');
  teams
    .command('package')
    .description('write the Teams app package (manifest.json, icons, zipped) to upload to Teams')
    .requiredOption('--app-id <id>', "the Azure Bot's Microsoft App Id (MicrosoftAppId)")
    .requiredOption('--host <url>', "the shop's public HTTPS address; the bot's messaging endpoint is <url>/api/messages")
    .option('--out <file>', 'where to write the zip', 'shopkeeper-teams.zip')
    .option('--name <name>', 'the app name shown in Teams (30 characters at most)', 'Shopkeeper')
    .option('--app-version <semver>', 'the app version; raise it for every new upload', '1.0.0')
    .option('--privacy-url <url>', "the shop's privacy page (default: the host)")
    .option('--terms-url <url>', "the shop's terms of use page (default: the host)")
    .action(async (options: PackageOptions) => {
      let built;
      try {
        built = buildTeamsAppPackage({
          appId: options.appId,
          host: options.host,
          name: options.name,
          appVersion: options.appVersion,
          privacyUrl: options.privacyUrl,
          termsOfUseUrl: options.termsUrl,
        });
      } catch (error) {
        if (error instanceof TeamsPackageError) throw new CliError(error.message);
        throw error;
      }
      const out = path.resolve(options.out);
      await writeFile(out, built.zip);
      process.stdout.write(
        `wrote ${out} (manifest ${String(built.manifest.manifestVersion)}, valid against the Teams schema)\n` +
          `upload it in Teams (Apps > Manage your apps > Upload an app); the bot answers at ${new URL(options.host).origin}/api/messages\n`,
      );
    });
}
