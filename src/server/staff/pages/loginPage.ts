import { html, type SafeHtml } from '../html.ts';
import { csrfField, layout, type PageContext } from './layout.ts';

export function loginPage(page: PageContext, options: { email?: string; next?: string; noAccounts: boolean }): SafeHtml {
  return layout(
    page,
    html`<section class="login">
      <h1>Staff sign-in</h1>
      ${options.noAccounts
        ? html`<p class="hint">There are no staff accounts yet. Create the first admin on the server:<br /><code>npx shopkeeper staff add you@your-shop.example --role admin</code></p>`
        : ''}
      <form method="post" action="/staff/login">
        ${csrfField(page.csrfToken)}
        <input type="hidden" name="next" value="${options.next ?? ''}" />
        <label>Email <input type="email" name="email" autocomplete="username" required value="${options.email ?? ''}" /></label>
        <label>Password <input type="password" name="password" autocomplete="current-password" required /></label>
        <button type="submit">Sign in</button>
      </form>
    </section>`,
  );
}
