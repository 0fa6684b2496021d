import type { StaffAccount } from '../../../shop/staffTypes.ts';
import { MIN_PASSWORD_LENGTH } from '../../../staff/passwords.ts';
import { html, type SafeHtml } from '../html.ts';
import { formFields, layout, type PageContext, when } from './layout.ts';

export function teamPage(page: PageContext, team: StaffAccount[]): SafeHtml {
  return layout(
    page,
    html`<h1>Team</h1>
    <table class="team">
      <thead><tr><th>Email</th><th>Name</th><th>Role</th><th>State</th><th>Since</th><th></th></tr></thead>
      <tbody>
        ${team.map(
          (s) => html`<tr>
            <td>${s.email}</td><td>${s.name}</td><td>${s.role}</td><td>${s.disabled ? 'disabled' : 'active'}</td><td>${when(s.createdAt)}</td>
            <td>${s.email === page.staff?.email
              ? html`<span class="muted">you</span>`
              : html`<form method="post" action="/staff/team/${encodeURIComponent(s.email)}/${s.disabled ? 'enable' : 'disable'}">${formFields(page)}<button type="submit" ${s.disabled ? '' : html`title="Signs them out; chats they are answering go back to the bot"`}>${s.disabled ? 'Enable' : 'Disable'}</button></form>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h2>Add a staff member</h2>
    <form method="post" action="/staff/team" class="add-staff">
      ${formFields(page)}
      <label>Email <input type="email" name="email" required /></label>
      <label>Name <input type="text" name="name" /></label>
      <label>Role <select name="role"><option value="agent">agent</option><option value="admin">admin</option></select></label>
      <label>Password <input type="password" name="password" minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password" required /></label>
      <button type="submit">Add</button>
    </form>`,
  );
}
