/**
 * Generates the demo shop in data/demo-shop: products, customers, orders, returns, interactions and
 * shop.json, from a fixed seed, so the output is the same byte for byte on every run.
 *
 *   npm run generate:demo                        # writes data/demo-shop
 *   npx tsx scripts/generate-demo-shop.ts [--out DIR] [--seed N]
 *
 * Dates are generated around anchorDate 2026-11-20 (12:00 UTC); the store moves them by whole days on
 * first start so that the anchor becomes today. Nothing happens after 2026-11-20 00:00 UTC, so after
 * that shift no event lies in the future whatever the hour of the start. What is in it, and why (the recommender must have something to
 * learn): customers belong to taste segments (their categories, a price tier, a style, two colours);
 * products sit in goes-with groups bought in one order (outfit, coffee set-up, camping kit...);
 * demand is Zipf-skewed within each category and seasonal (coats in winter, tents in summer, toys in
 * December); every order's items are viewed, carted and bought, the purchase at the order's time.
 *
 * The demo login's customers and their stories (days are before the anchor):
 *   C0001 Ada Lovelace (ada@example.com, New York): shirts, coffee and kitchen, ~20 orders since 2025.
 *     - processing: an outfit (shirt + trousers + belt) ordered ~1 day ago, can still be cancelled;
 *     - shipped: a coffee set-up (grinder/press + beans + mug) ordered 4 days ago, UPS, due in ~2 days;
 *     - delivered ~10 days ago: a sweater (returnable, inside the 30 days) and coffee beans (not returnable);
 *     - returned: a shirt (Too small) from an order of ~30 days ago; received, refund pending;
 *     - delivered 45 days ago: skillet + cutting board, outside the return window;
 *     - ~14 older delivered orders in her three categories.
 *   C0002 Alan Turing (alan@example.com, San Francisco): outdoors, premium.
 *     - cancelled 3 days ago: hiking boots, "Ordered by mistake";
 *     - returned ~50 days ago: a rain jacket, refund issued;
 *     - delivered ~17 days ago: a camping kit (tent + sleeping bag + light); older outdoor orders.
 *   C0003 Grace Hopper (grace@example.com, Chicago): new customer, signed up 6 days ago, no stated
 *     favourites; one order (duvet cover + sheets) shipped by USPS, in transit.
 *   C0004 Katherine Johnson (katherine@example.com, Hampton VA): parent (toys, books), personalization
 *     OFF, marketing on.
 *     - shipped 8 days ago by FedEx, due 3 days ago and still not delivered (a late parcel);
 *     - delivered ~6 days ago, return requested yesterday for a damaged plush toy (not yet received);
 *     - an earlier return (a kite, "Changed my mind") that was rejected; older toy and book orders.
 *   C0005 Hedy Lamarr (hedy@example.com, Beverly Hills): beauty, home decor, bedding; ~24 orders.
 *     - processing: a skincare routine placed last night (two cleansers);
 *     - cancelled by the shop 25 days ago: a vase, "Item went out of stock";
 *     - returned: a table lamp that arrived damaged, refund issued 2 days ago;
 *     - delivered 3 days ago: hand cream x2 and a lip balm (beauty: not returnable).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateDemoShop, writeDemoShop } from './demo-shop/generate.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join('data', 'demo-shop') },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) {
  process.stderr.write(`--seed must be a non-negative integer, got "${values.seed}"\n`);
  process.exit(2);
}

const shop = generateDemoShop(seed, (line) => process.stderr.write(`${line}\n`));
const written = await writeDemoShop(shop, values.out!);
const total = written.reduce((sum, w) => sum + w.bytes, 0);
for (const w of written) process.stdout.write(`${w.file}  ${(w.bytes / 1e6).toFixed(2)} MB\n`);
process.stdout.write(
  `demo shop (seed ${seed}) in ${values.out}: ${shop.products.length} products, ${shop.customers.length} customers, ${shop.orders.length} orders, ` +
    `${shop.returns.length} returns, ${shop.interactions.length} interactions; ${(total / 1e6).toFixed(2)} MB\n`,
);
