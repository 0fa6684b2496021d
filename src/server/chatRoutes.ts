/**
 * What the shop's chat page needs: a Direct Line token for the visitor (anonymous, or, with demo
 * login on, as a chosen demo customer), the list of demo customers, the Web Chat bundle from
 * node_modules and the product pictures.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import { z } from 'zod';
import type { CatalogStore, CustomerStore, OrderStore } from '../shop/ports.ts';
import type { DirectLineTokens } from './directLine/directLineTokens.ts';
import { productSvg } from './productImages.ts';
import { RequestLimit } from '../limits/requestLimit.ts';

export interface ChatRouteOptions {
  tokens: DirectLineTokens;
  customers: CustomerStore;
  orders: OrderStore;
  catalog: CatalogStore;
  demoLogin: boolean;
  /** Customer ids offered on the demo page. */
  demoCustomerIds: string[];
  /** Chat tokens one client address may get per 10 minutes (0: no limit). */
  tokensPerAddress?: number;
}

const DEFAULT_TOKENS_PER_ADDRESS = 120;

const tokenRequest = z.object({ customerId: z.string().max(64).optional() }).strict();

/** botframework-webchat's package exports hide dist/webchat.js: resolve its main file and step over. */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return path.join(path.dirname(main), '..', 'dist', 'webchat.js');
}

export function chatRoutes(options: ChatRouteOptions): Router {
  const router = express.Router();
  const bundle = webChatBundlePath();
  // Each token opens a stored conversation: a script asking for thousands would fill the store. Per
  // address, so behind a proxy SHOPKEEPER_TRUST_PROXY must be set, or every visitor shares one count.
  const tokenLimit = new RequestLimit({ points: options.tokensPerAddress ?? DEFAULT_TOKENS_PER_ADDRESS, windowSeconds: 10 * 60 });

  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(bundle, { maxAge: '1d' });
  });

  router.post('/chat/token', async (req, res) => {
    const wait = await tokenLimit.take(req.ip ?? 'unknown');
    if (wait > 0) {
      res.set('Retry-After', String(wait)).status(429).json({ error: `too many chats opened from this address: try again in ${wait} seconds` });
      return;
    }
    const parsed = tokenRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({ error: `invalid request: ${parsed.error.issues[0].message}` });
      return;
    }
    const { customerId } = parsed.data;
    if (customerId !== undefined && !options.demoLogin) {
      res.status(403).json({ error: 'signing in as a customer from the chat page is only allowed in demo mode (SHOPKEEPER_DEMO_LOGIN)' });
      return;
    }
    const customer = customerId ? await options.customers.getCustomer(customerId) : undefined;
    if (customerId && !customer) {
      res.status(404).json({ error: `no customer ${customerId}` });
      return;
    }
    const claims = {
      conversationId: randomBytes(16).toString('base64url'),
      userId: customer ? customer.id : `dl_${randomBytes(12).toString('base64url')}`,
      userName: customer?.name,
      customerId: customer?.id,
    };
    res.json({ ...claims, ...(await options.tokens.issue(claims)) });
  });

  router.get('/chat/demo-customers', async (_req, res) => {
    if (!options.demoLogin) {
      res.json({ demoLogin: false, customers: [] });
      return;
    }
    const customers = [];
    for (const id of options.demoCustomerIds) {
      const c = await options.customers.getCustomer(id);
      if (c) customers.push({ id: c.id, name: c.name, orders: (await options.orders.ordersForCustomer(c.id)).length });
    }
    res.json({ demoLogin: true, customers });
  });

  router.get('/images/products/:file', async (req, res) => {
    const id = String(req.params.file).replace(/\.svg$/, '');
    const product = await options.catalog.getProduct(id);
    if (!product) {
      res.status(404).type('text/plain').send('no such product');
      return;
    }
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(productSvg(product));
  });

  return router;
}
