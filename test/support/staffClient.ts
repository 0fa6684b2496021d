/**
 * A staff member's browser, reduced to what HTTP tests need: a cookie jar, the CSRF token, and
 * requests that do not follow redirects (so tests see the 303s and 401s a user would get).
 */
import type { TestServer } from './testServer.ts';
import { StaffAccounts } from '../../src/staff/staffAccounts.ts';
import type { StaffRole } from '../../src/shop/staffTypes.ts';

export const STAFF_PASSWORD = 'a long enough password';

/** Counts the session store's writes until `restore()`: what a request stored, seen from outside. */
export function countSessionWrites(server: TestServer): { readonly writes: number; restore(): void } {
  const staffStore = server.shopkeeper.stores.staff;
  const save = staffStore.saveSession.bind(staffStore);
  const counter = { writes: 0, restore: () => void (staffStore.saveSession = save) };
  staffStore.saveSession = async (id, session) => {
    counter.writes++;
    return save(id, session);
  };
  return counter;
}

export async function addStaff(server: TestServer, email: string, role: StaffRole, name?: string): Promise<void> {
  await new StaffAccounts(server.shopkeeper.stores.staff).add({ email, role, name, password: STAFF_PASSWORD });
}

export class StaffClient {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly base: string) {}

  /** Opens the sign-in page (getting a session cookie and its CSRF token) and signs in. */
  static async signIn(base: string, email: string, password = STAFF_PASSWORD): Promise<StaffClient> {
    const client = new StaffClient(base);
    const res = await client.signInAttempt(email, password);
    if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
    client.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return client;
  }

  async openLoginPage(): Promise<string> {
    const page = await this.request('GET', '/staff/login');
    const html = await page.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    return html;
  }

  async signInAttempt(email: string, password: string): Promise<Response> {
    await this.openLoginPage();
    return this.request('POST', '/staff/login', { json: { email, password, _csrf: this.csrf } });
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  /** A JSON API call with the CSRF header (unless `csrf` is given, '' for none). */
  post(path: string, body: unknown = {}, csrf = this.csrf): Promise<Response> {
    return this.request('POST', path, { json: body, headers: csrf ? { 'x-csrf-token': csrf } : {} });
  }

  /** A form post as the browser sends it. */
  postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request('POST', path, { form: { _csrf: this.csrf, ...fields } });
  }

  async json<T = any>(path: string): Promise<T> {
    const res = await this.get(path);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async request(method: string, path: string, options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const res = await fetch(`${this.base}${path}`, { method, headers, body, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
    return res;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
