import type { StaffAccount } from '../../../shop/staffTypes.ts';
import type { ConversationView, MessageView } from '../../../staff/conversationView.ts';
import { FLAG_STATUSES } from '../../../staff/reviewQueue.ts';
import escapeHtml from 'escape-html';
import { html, SafeHtml } from '../html.ts';
import { formFields, layout, type PageContext, when } from './layout.ts';
import { readableReason } from './reasons.ts';

const STATUS_LABEL: Record<string, string> = { new: 'New', in_review: 'In review', resolved: 'Resolved', false_positive: 'False positive' };
const MODE_LABEL = { bot: 'The bot is answering', waiting_for_person: 'Waiting for a person', with_agent: 'With' } as const;

export function conversationPage(page: PageContext, view: ConversationView, team: StaffAccount[], me: StaffAccount): SafeHtml {
  const { conversation: c, flag } = view;
  const id = encodeURIComponent(c.id);
  const fields = formFields(page);
  const mine = c.mode === 'with_agent' && c.agent?.email === me.email;
  const agentName = c.agent?.name ?? 'a colleague';
  const handBack = (label: string) => html`<form method="post" action="/staff/conversations/${id}/handback">${fields}<button type="submit">${label}</button></form>`;
  return layout(
    { ...page, scripts: ['/staff/assets/staff-conversation.js'] },
    html`<p><a href="/staff/queue">← Queue</a></p>
    <h1>Conversation <span class="muted">${c.channelId} · started ${when(c.startedAt)}</span></h1>
    <div class="conversation" data-conversation-id="${c.id}" data-message-count="${view.messages.length}">
      <section class="transcript" aria-label="Messages">
        <p class="mode ${c.mode}" id="mode">${MODE_LABEL[c.mode]}${c.mode === 'with_agent' ? ` ${c.agent?.name ?? 'an agent'}` : ''}${c.mode === 'waiting_for_person' && c.handoff ? ` since ${when(c.handoff.requestedAt)} (${readableReason(c.handoff.reason)})` : ''}</p>
        <ol class="messages" id="messages">
          ${view.messages.map(messageItem)}
        </ol>
        <div class="takeover">
          ${c.mode === 'bot'
            ? html`<form method="post" action="/staff/conversations/${id}/takeover">${fields}<button type="submit" class="primary">Take over this chat</button></form>`
            : c.mode === 'waiting_for_person'
              ? html`<p>The customer is waiting for a person: take the chat over to answer them, or hand it back to the bot to end the wait (the customer is told).</p>
                  <form method="post" action="/staff/conversations/${id}/takeover">${fields}<button type="submit" class="primary">Take over this chat</button></form>
                  ${handBack('Hand back to the bot')}`
              : mine
                ? html`<form method="post" action="/staff/conversations/${id}/reply" class="reply" id="reply-form">
                      ${fields}
                      <label for="reply-text">Reply to the customer</label>
                      <textarea id="reply-text" name="text" rows="3" maxlength="4000" required></textarea>
                      <button type="submit" class="primary">Send</button>
                    </form>
                    ${handBack('Hand back to the bot')}`
                : me.role === 'admin'
                  ? html`<p>${agentName} is answering this customer.</p>
                      <form method="post" action="/staff/conversations/${id}/takeover">${fields}<button type="submit">Take over from ${agentName}</button></form>
                      ${handBack('Hand back to the bot')}`
                  : html`<p>${agentName} is answering this customer. Only they or an admin can hand the chat back.</p>`}
        </div>
      </section>
      <aside>
        ${flag ? flagPanel(view, team, page, me) : html`<section class="panel"><h2>Not flagged</h2></section>`}
        <section class="panel">
          <h2>Export</h2>
          <p><a href="/staff/conversations/${id}/export.json" download>Transcript as JSON</a> · <a href="/staff/conversations/${id}/export.csv" download>as CSV</a></p>
        </section>
        ${profilePanel(view)}
        ${me.role === 'admin'
          ? html`<section class="panel danger">
              <h2>Delete</h2>
              <form method="post" action="/staff/conversations/${id}/delete" class="confirm" data-confirm="Delete this conversation and its flags for good?">
                ${fields}<button type="submit">Delete this conversation's data</button>
              </form>
            </section>`
          : ''}
      </aside>
    </div>`,
  );
}

export function messageItem(m: MessageView): SafeHtml {
  const label = m.sentiment?.label;
  return html`<li class="message ${m.role} ${m.flagReasons.length ? 'flagged' : ''}" id="m-${m.id}">
    <div class="meta">
      <span class="who">${m.role === 'customer' ? 'Customer' : m.role === 'agent' ? 'Staff' : 'Bot'}</span>
      <time datetime="${m.timestamp}">${when(m.timestamp)}</time>
      ${m.sentiment ? html`<span class="sentiment ${label}" title="${m.sentiment.reasons.join('; ')}">${label} ${m.sentiment.score.toFixed(2)}</span>` : ''}
      ${m.understanding ? html`<span class="intent">${m.understanding.intent} ${Math.round(m.understanding.confidence * 100)}%${m.understanding.ambiguous ? ' (ambiguous)' : ''}</span>` : ''}
    </div>
    <p class="text">${m.role === 'bot' ? botText(m.text) : m.text}</p>
    ${m.sentiment?.reasons.length ? html`<p class="reasons">Scorer: ${m.sentiment.reasons.join('; ')}</p>` : ''}
    ${m.flagReasons.length ? html`<p class="flag-reasons">⚑ Flagged: ${m.flagReasons.map(readableReason).join('; ')}</p>` : ''}
    ${m.suggestedProducts.length ? html`<p class="suggested">Suggested: ${m.suggestedProducts.map((p) => p.name).join(', ')}</p>` : ''}
  </li>`;
}

/**
 * The bot's own words with its **bold** shown as bold, not as asterisks. The text is escaped first,
 * then only the bold markers become markup; customer and staff text never goes through this.
 */
function botText(text: string): SafeHtml {
  return new SafeHtml(escapeHtml(text).replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>'));
}

function flagPanel(view: ConversationView, team: StaffAccount[], page: PageContext, me: StaffAccount): SafeHtml {
  const flag = view.flag!;
  const fields = formFields(page);
  const action = (what: string) => `/staff/flags/${encodeURIComponent(flag.id)}/${what}`;
  return html`<section class="panel flag">
    <h2>Flag <span class="severity ${flag.severity}">${flag.severity}</span> <span class="status">${STATUS_LABEL[flag.status]}</span></h2>
    <p>${flag.reasons.map(readableReason).join('; ')}</p>
    <form method="post" action="${action('assign')}" class="inline">
      ${fields}
      <label>Assignee
        <select name="assignee">
          <option value="">Nobody</option>
          ${team.filter((s) => !s.disabled).map((s) => html`<option value="${s.email}" ${flag.assignee === s.email ? html`selected` : ''}>${s.email === me.email ? `Me (${s.name})` : s.name}</option>`)}
        </select>
      </label>
      <button type="submit">Assign</button>
    </form>
    <form method="post" action="${action('status')}" class="inline">
      ${fields}
      <label>Status
        <select name="status">${FLAG_STATUSES.map((s) => html`<option value="${s}" ${flag.status === s ? html`selected` : ''}>${STATUS_LABEL[s]}</option>`)}</select>
      </label>
      <button type="submit">Set status</button>
    </form>
    <form method="post" action="${action('status')}" class="inline">
      ${fields}<input type="hidden" name="status" value="resolved" /><button type="submit">Resolve</button>
    </form>
    <form method="post" action="${action('status')}" class="inline">
      ${fields}<input type="hidden" name="status" value="false_positive" /><button type="submit" title="The customer was not upset: teaches the sentiment scorer">Mark false positive</button>
    </form>
    <h3>Notes</h3>
    <ul class="notes">
      ${(flag.notes ?? []).map((n) => html`<li><p class="text">${n.text}</p><p class="muted">${n.by} · ${when(n.at)}</p></li>`)}
    </ul>
    <form method="post" action="${action('notes')}" class="note">
      ${fields}
      <label for="note-text">Add a note (staff only)</label>
      <textarea id="note-text" name="text" rows="2" maxlength="4000" required></textarea>
      <button type="submit">Add note</button>
    </form>
    <details><summary>History</summary>
      <ul class="history">
        ${flag.history.map((r) => html`<li>${when(r.at)}: ${r.severity} · ${r.reasons.join('; ')}</li>`)}
        ${(flag.events ?? []).map((e) => html`<li>${when(e.at)}: ${e.by} ${e.action.replace('_', ' ')}${e.detail ? ` → ${e.action === 'status' ? (STATUS_LABEL[e.detail] ?? e.detail) : e.detail}` : ''}</li>`)}
      </ul>
    </details>
  </section>`;
}

function profilePanel(view: ConversationView): SafeHtml {
  const p = view.profile;
  if (!p) return html`<section class="panel profile"><h2>Customer</h2><p>Not signed in (anonymous visitor).</p></section>`;
  return html`<section class="panel profile">
    <h2>Customer</h2>
    <p><strong>${p.customer.name}</strong> · ${p.customer.email} · ${p.customer.id}<br />Customer since ${p.customer.signupDate.slice(0, 10)}</p>
    <h3>Orders</h3>
    <ul>${p.orders.map((o) => html`<li>${o.id} · ${o.createdAt.slice(0, 10)} · ${o.status} · ${o.total.toFixed(2)} · ${o.items.map((i) => i.name).join(', ')}</li>`)}</ul>
    <h3>Open returns</h3>
    ${p.openReturns.length ? html`<ul>${p.openReturns.map((r) => html`<li>${r.id} for ${r.orderId} · ${r.status} · refund ${r.refund.status}</li>`)}</ul>` : html`<p>None.</p>`}
    <h3>Earlier conversations</h3>
    ${p.earlierConversations.length
      ? html`<ul>${p.earlierConversations.map((c) => html`<li><a href="/staff/conversations/${encodeURIComponent(c.id)}">${when(c.startedAt)} · ${c.messageCount} messages · ${c.lastIntent ?? ''}</a></li>`)}</ul>`
      : html`<p>None.</p>`}
  </section>`;
}
