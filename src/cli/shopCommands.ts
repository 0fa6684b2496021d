/**
 * `shopkeeper seed` and `shopkeeper import`: put a shop's data into the embedded store. Both need
 * the store to themselves (lowdb has one writer), so they refuse while the server runs.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '../config.ts';
import { type ImportKind, readImportFile } from '../shop/importFiles.ts';
import { isSeeded, seedStore } from '../shop/seedStore.ts';
import {
  customerSchema,
  interactionSchema,
  orderSchema,
  parseRecords,
  productSchema,
  returnSchema,
} from '../shop/shopSchemas.ts';
import { CliError } from './cliError.ts';
import { withStores } from './withStores.ts';
import type { CommandRoots } from './commands.ts';

export function registerShopCommands({ program }: CommandRoots): void {
  const config = () => readConfig();

  program
    .command('seed')
    .description('create the store from a shop folder (the demo shop by default), as the first start does')
    .option('--from <dir>', 'shop folder with shop.json, products.json, customers.json, orders.json, returns.json, interactions.csv')
    .option('--data-dir <dir>', 'store location (default: SHOPKEEPER_DATA_DIR or .shopkeeper)')
    .option('--reset', 'delete the existing store first (transcripts and flags too)')
    .action(async (options: { from?: string; dataDir?: string; reset?: boolean }) => {
      const dataDir = path.resolve(options.dataDir ?? config().dataDir);
      const from = path.resolve(options.from ?? config().seedDir);
      if (!existsSync(path.join(from, 'shop.json'))) throw new CliError(`${from} has no shop.json: is it a shop folder?`);
      if (isSeeded(dataDir) && !options.reset) {
        throw new CliError(`the store in ${dataDir} already exists; use --reset to replace it, or "shopkeeper import" to add data`);
      }
      if (options.reset) {
        await withStores(dataDir, async () => undefined); // fails fast if the server is running
        await rm(path.join(dataDir, 'store'), { recursive: true, force: true });
      }
      const report = await withStores(dataDir, (stores) => seedStore(stores, from, dataDir));
      process.stdout.write(
        `created the store in ${dataDir} from ${from}: ${report.products} products, ${report.customers} customers, ` +
          `${report.orders} orders, ${report.returns} returns, ${report.interactions} interactions` +
          (report.shiftedDays ? ` (dates moved ${report.shiftedDays} days to today)` : '') +
          '\n',
      );
    });

  program
    .command('import')
    .description("add or update a shop's own data (JSON arrays or CSV; existing ids are replaced)")
    .option('--products <file>', 'products (.json or .csv)')
    .option('--customers <file>', 'customers (.json or .csv)')
    .option('--orders <file>', 'orders (.json, or .csv with one row per order line)')
    .option('--returns <file>', 'returns (.json)')
    .option('--interactions <file>', 'interactions (.json or .csv: customerId,productId,type,timestamp)')
    .option('--data-dir <dir>', 'store location (default: SHOPKEEPER_DATA_DIR or .shopkeeper)')
    .option('--dry-run', 'validate the files and report, without writing')
    .action(async (options: Partial<Record<ImportKind, string>> & { dataDir?: string; dryRun?: boolean }) => {
      const kinds: ImportKind[] = ['products', 'customers', 'orders', 'returns', 'interactions'];
      const given = kinds.filter((k) => options[k]);
      if (!given.length) throw new CliError('nothing to import: give at least one of --products, --customers, --orders, --returns, --interactions');
      const parsed: Partial<Record<ImportKind, unknown[]>> = {};
      for (const kind of given) {
        const file = path.resolve(options[kind]!);
        if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
        try {
          parsed[kind] = await readImportFile(file, kind);
        } catch (error) {
          throw new CliError((error as Error).message);
        }
      }
      let summary: string[];
      try {
        summary = await validateAndWrite(parsed, options.dryRun ? undefined : path.resolve(options.dataDir ?? config().dataDir));
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError((error as Error).message);
      }
      process.stdout.write(`${options.dryRun ? 'valid (dry run, nothing written)' : 'imported'}: ${summary.join(', ')}\n`);
    });
}

async function validateAndWrite(parsed: Partial<Record<ImportKind, unknown[]>>, dataDir: string | undefined): Promise<string[]> {
  const products = parsed.products ? parseRecords(productSchema, parsed.products, 'products') : undefined;
  const customers = parsed.customers ? parseRecords(customerSchema, parsed.customers, 'customers') : undefined;
  const orders = parsed.orders ? parseRecords(orderSchema, parsed.orders, 'orders') : undefined;
  const returns = parsed.returns ? parseRecords(returnSchema, parsed.returns, 'returns') : undefined;
  const interactions = parsed.interactions ? parseRecords(interactionSchema, parsed.interactions, 'interactions') : undefined;
  const summary = [
    products && `${products.length} products`,
    customers && `${customers.length} customers`,
    orders && `${orders.length} orders`,
    returns && `${returns.length} returns`,
    interactions && `${interactions.length} interactions`,
  ].filter((s): s is string => Boolean(s));
  if (!dataDir) return summary;
  await withStores(dataDir, async (stores) => {
    if (products) await stores.catalog.upsertProducts(products);
    if (customers) await stores.customers.upsertCustomers(customers);
    if (orders) await stores.orders.upsertOrders(orders);
    if (returns) await stores.returns.upsertReturns(returns);
    if (interactions) await stores.interactions.record(interactions);
  });
  return summary;
}
