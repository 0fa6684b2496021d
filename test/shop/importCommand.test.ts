import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStores } from '../../src/shop/lowdb/openLowdbStores.ts';

const run = promisify(execFile);
const shopkeeper = (...args: string[]) => run(process.execPath, ['bin/shopkeeper.js', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shopkeeper-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('shopkeeper import', () => {
  it('imports products, customers and orders from CSV', async () => {
    const products = path.join(dir, 'products.csv');
    await writeFile(products, 'id,name,description,category,tags,price,stock,image,createdAt,colour,size\nX1,Red Scarf,Warm.,Accessories,winter;wool,19.5,3,,2026-01-01T00:00:00Z,red,\n');
    const customers = path.join(dir, 'customers.csv');
    await writeFile(customers, 'id,name,email,postcode,signupDate\nK1,Grace Hopper,grace@example.com,02139,2025-05-01T00:00:00Z\n');
    const orders = path.join(dir, 'orders.csv');
    await writeFile(
      orders,
      'id,customerId,email,createdAt,status,productId,productName,quantity,unitPrice,shippingName,line1,city,state,postcode,country,shippingCost,total\n' +
        'SK-200001,K1,grace@example.com,2026-02-01T00:00:00Z,processing,X1,Red Scarf,2,19.5,Grace Hopper,1 Main St,Cambridge,MA,02139,US,0,39\n',
    );
    const { stdout } = await shopkeeper('import', '--products', products, '--customers', customers, '--orders', orders, '--data-dir', dir);
    expect(stdout).toContain('imported: 1 products, 1 customers, 1 orders');
    const stores = await openLowdbStores(dir);
    try {
      expect(await stores.catalog.getProduct('X1')).toMatchObject({ category: 'accessories', tags: ['winter', 'wool'], attributes: { colour: 'red' } });
      expect((await stores.orders.getOrder('SK-200001'))?.items).toEqual([{ productId: 'X1', name: 'Red Scarf', quantity: 2, unitPrice: 19.5 }]);
    } finally {
      await stores.close();
    }
  });

  const bad: [string, string, string, RegExp][] = [
    ['an order number in the wrong format', 'orders.json', JSON.stringify([{ id: '123', customerId: 'K1' }]), /orders\[0\] \(123\): id must look like SK-123456/],
    ['a customer without an e-mail', 'customers.json', JSON.stringify([{ id: 'K1', name: 'X', postcode: '1', signupDate: '2026-01-01' }]), /customers\[0\] \(K1\): email/],
    ['a file that is not an array', 'products.json', '{}', /expected a JSON array/],
  ];
  for (const [name, file, content, message] of bad) {
    it(`rejects ${name} with a message that says where`, async () => {
      const target = path.join(dir, file);
      await writeFile(target, content);
      const kind = file.split('.')[0];
      await expect(shopkeeper('import', `--${kind}`, target, '--data-dir', dir)).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
    });
  }

  it('says what is missing when called with nothing', async () => {
    await expect(shopkeeper('import', '--data-dir', dir)).rejects.toMatchObject({ stderr: expect.stringContaining('nothing to import') });
  });
});
