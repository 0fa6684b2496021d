import type { QueuePage } from '../../../staff/reviewQueue.ts';
import { FLAG_STATUSES, SEVERITIES } from '../../../staff/reviewQueue.ts';
import { html, type SafeHtml } from '../html.ts';
import type { QueueParams } from '../params.ts';
import { layout, type PageContext, when } from './layout.ts';

export interface QueuePageData {
  result: QueuePage;
  params: QueueParams;
  staffEmails: string[];
  channels: string[];
  intents: string[];
}

const STATUS_LABEL: Record<string, string> = {
  open: 'Open (new or in review)',
  all: 'All',
  new: 'New',
  in_review: 'In review',
  resolved: 'Resolved',
  false_positive: 'False positive',
};

export function queuePage(page: PageContext, data: QueuePageData): SafeHtml {
  const { result, params } = data;
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}" ${selected === value ? html`selected` : ''}>${label}</option>`;
  const link = (p: number) => `/staff/queue?${new URLSearchParams({ ...stringParams(params), page: String(p) })}`;
  return layout(
    page,
    html`<h1>Flagged conversations</h1>
    <p class="summary"><span class="waiting-count">${result.waitingForPerson}</span> waiting for a person · ${result.total} matching</p>
    <form method="get" action="/staff/queue" class="filters" aria-label="Filters">
      <label>Status <select name="status">${['open', 'all', ...FLAG_STATUSES].map((s) => option(s, STATUS_LABEL[s], params.status ?? 'open'))}</select></label>
      <label>Severity <select name="severity">${option('', 'Any', params.severity ?? '')}${SEVERITIES.map((s) => option(s, s, params.severity))}</select></label>
      <label>Channel <select name="channel">${option('', 'Any', params.channel ?? '')}${data.channels.map((c) => option(c, c, params.channel))}</select></label>
      <label>Assignee <select name="assignee">${option('', 'Anyone', params.assignee ?? '')}${option('none', 'Unassigned', params.assignee)}${data.staffEmails.map((e) => option(e, e, params.assignee))}</select></label>
      <label>Intent <select name="intent">${option('', 'Any', params.intent ?? '')}${data.intents.map((i) => option(i, i, params.intent))}</select></label>
      <label>From <input type="date" name="from" value="${params.from ?? ''}" /></label>
      <label>To <input type="date" name="to" value="${params.to ?? ''}" /></label>
      <label>Search messages <input type="search" name="q" value="${params.q ?? ''}" placeholder="refund, SK-100123…" /></label>
      <label class="check"><input type="checkbox" name="waiting" value="1" ${params.waiting ? html`checked` : ''} /> Waiting for a person</label>
      <label>Sort <select name="sort">${option('severity', 'Most severe first', params.sort ?? 'severity')}${option('newest', 'Newest first', params.sort)}</select></label>
      <button type="submit">Apply</button> <a href="/staff/queue">Reset</a>
    </form>
    ${result.entries.length
      ? html`<table class="queue">
          <thead><tr><th>Severity</th><th>Status</th><th>Conversation</th><th>Why flagged</th><th>Channel</th><th>Customer</th><th>Assignee</th><th>Updated</th></tr></thead>
          <tbody>
            ${result.entries.map(
              ({ flag, conversation }) => html`<tr class="${conversation?.mode !== 'bot' ? 'waiting' : ''}">
                <td><span class="severity ${flag.severity}">${flag.severity}</span></td>
                <td>${STATUS_LABEL[flag.status]}${conversation?.mode === 'waiting_for_person' ? html` <span class="badge person">waiting for a person</span>` : ''}${conversation?.mode === 'with_agent' ? html` <span class="badge agent">with ${conversation.agent?.name ?? 'an agent'}</span>` : ''}</td>
                <td><a href="/staff/conversations/${encodeURIComponent(flag.conversationId)}">${conversation?.preview ? `“${conversation.preview}”` : 'conversation'}</a><br /><span class="muted">${conversation?.messageCount ?? 0} messages${conversation?.lastIntent ? ` · last intent ${conversation.lastIntent}` : ''}</span></td>
                <td>${flag.reasons.join('; ')}</td>
                <td>${conversation?.channelId ?? ''}</td>
                <td>${conversation?.customerId ?? 'anonymous'}</td>
                <td>${flag.assignee ?? '—'}</td>
                <td>${when(flag.updatedAt)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <nav class="pages" aria-label="Pages">
          ${result.page > 1 ? html`<a href="${link(result.page - 1)}" rel="prev">← Previous</a>` : ''}
          <span>Page ${result.page} of ${result.pages}</span>
          ${result.page < result.pages ? html`<a href="${link(result.page + 1)}" rel="next">Next →</a>` : ''}
        </nav>`
      : html`<p class="empty">No flagged conversations match.</p>`}`,
  );
}

function stringParams(params: QueueParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== 'page') out[key] = String(value);
  return out;
}
