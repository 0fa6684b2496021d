import type { StaffAccount } from '../../../shop/staffTypes.ts';
import { html, type SafeHtml } from '../html.ts';

export interface PageContext {
  title: string;
  shopName: string;
  staff?: StaffAccount;
  csrfToken: string;
  /** A one-time message after an action ("Note added."). */
  flash?: { kind: 'ok' | 'error'; text: string };
  current?: 'queue' | 'dashboard' | 'team';
  /** This page's path (a console path): forms name it so an error comes back here. */
  formBack?: string;
  scripts?: string[];
}

export function layout(page: PageContext, body: SafeHtml): SafeHtml {
  const nav = (key: PageContext['current'], href: string, label: string) =>
    html`<a href="${href}" ${page.current === key ? html`aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="csrf-token" content="${page.csrfToken}" />
    <title>${page.title} · ${page.shopName} staff</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/staff/assets/staff.css" />
  </head>
  <body>
    <header class="top">
      <strong class="brand">${page.shopName} · staff</strong>
      ${page.staff
        ? html`<nav>
            ${nav('queue', '/staff/queue', 'Queue')} ${nav('dashboard', '/staff/dashboard', 'Dashboard')}
            ${page.staff.role === 'admin' ? nav('team', '/staff/team', 'Team') : ''}
          </nav>
          <form method="post" action="/staff/logout" class="signout">
            <span>${page.staff.name} (${page.staff.role})</span>
            <input type="hidden" name="_csrf" value="${page.csrfToken}" />
            <button type="submit">Sign out</button>
          </form>`
        : ''}
    </header>
    <main>
      ${page.flash ? html`<p class="flash ${page.flash.kind}" role="status">${page.flash.text}</p>` : ''}
      ${body}
    </main>
    ${(page.scripts ?? []).map((src) => html`<script src="${src}"></script>`)}
  </body>
</html>`;
}

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

/** An action form's hidden fields: the CSRF token and the page to come back to with an error. */
export function formFields(page: PageContext): SafeHtml {
  return html`${csrfField(page.csrfToken)}${page.formBack ? html`<input type="hidden" name="_back" value="${page.formBack}" />` : ''}`;
}

export function when(iso: string | undefined): string {
  if (!iso) return '';
  return iso.replace('T', ' ').slice(0, 16) + ' UTC';
}
