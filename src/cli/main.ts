/**
 * One command-line entry: `npx shopkeeper <command>`. Each family of commands lives in its own file
 * and registers itself on the program; this file only assembles them and reports errors.
 */
import { Command } from 'commander';
import { registerIntentCommands } from './intentCommands.ts';
import { registerSentimentCommands } from './sentimentCommands.ts';
import { registerRecommenderCommands } from './recommenderCommands.ts';
import { registerShopCommands } from './shopCommands.ts';
import { registerStaffCommands } from './staffCommands.ts';
import { registerTeamsCommands } from './teamsCommands.ts';
import { CliError } from './cliError.ts';

const program = new Command('shopkeeper')
  .description('Shopkeeper: the customer-support chatbot for online shops')
  .showHelpAfterError();

const commands = {
  program,
  train: program.command('train').description('train a model from data and save it'),
  evaluate: program.command('eval').description('measure a model on labelled data'),
};

registerShopCommands(commands);
registerStaffCommands(commands);
registerIntentCommands(commands);
registerSentimentCommands(commands);
registerRecommenderCommands(commands);
registerTeamsCommands(commands);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`shopkeeper: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
