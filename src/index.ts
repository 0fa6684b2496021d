/** The process entry of `npm start`: read the configuration, start Shopkeeper, stop cleanly. */
import { ConfigError, readConfig } from './config.ts';
import { startShopkeeper } from './shopkeeper.ts';

try {
  const shopkeeper = await startShopkeeper(readConfig());
  const stop = async (signal: string) => {
    shopkeeper.logger.info({ signal }, 'stopping');
    await shopkeeper.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`shopkeeper: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`shopkeeper: could not start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
}
