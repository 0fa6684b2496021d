import type { QueuePage } from '../../../staff/reviewQueue.ts';
import { FLAG_STATUSES, SEVERITIES } from '../../../staff/reviewQueue.ts';
import { html, type SafeHtml } from '../html.ts';
import type { QueueParams } from '../params.ts';
import { layout, type PageContext, when } from './layout.ts';
import { readableReason } from './reasons.ts';

export interface QueuePageData {
  result: QueuePage;
  params: QueueParams;
  staffEmails: string[];
  channels: string[];
  intents: string[];
  /** Customer names by customer id, for the rows of signed-in customers. */
  customerNames?: Map<string, string>;
}

const STATUS_LABEL: Record<string, string> = {
  open: 'Open (new, in review, or a person needed)',
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
    { ...page, scripts: ['/staff/assets/staff-queue.js'] },
    html`<h1>Flagged conversations</h1>
    <p class="summary"><span class="waiting-count">${result.waitingForPerson}</span> waiting for a person · ${result.total} matching</p>
    <details class="legend"><summary>What the severities and scores mean</summary>
      <ul>
        <li><span class="severity high">high</span> strongly negative, or asked for a person while unhappy: answer these first.</li>
        <li><span class="severity medium">medium</span> negative, or the mood is getting worse: read and step in if needed.</li>
        <li><span class="severity low">low</span> mildly negative: check when there is time; mark a false positive if the customer was not upset.</li>
        <li>Each message's score runs from −1 (very negative) to 1 (very positive); around 0 is neutral. <strong>Open</strong> means new or in review, plus every conversation where a customer is waiting for a person or talking with one.</li>
      </ul>
    </details>
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
                <td><a href="/staff/conversations/${encodeURIComponent(flag.conversationId)}">${conversation?.preview ? `“${conversation.preview}”` : '(no text: a button click)'}</a><br /><span class="muted">${messages(conversation?.messageCount ?? 0)}${conversation?.lastIntent ? ` · last intent ${conversation.lastIntent}` : ''}</span></td>
                <td>${flag.reasons.map(readableReason).join('; ')}</td>
                <td>${conversation?.channelId ?? ''}</td>
                <td>${conversation?.customerId ? customerCell(conversation.customerId, data.customerNames) : 'anonymous'}</td>
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

function messages(count: number): string {
  return `${count} message${count === 1 ? '' : 's'}`;
}

function customerCell(id: string, names: Map<string, string> | undefined): SafeHtml {
  const name = names?.get(id);
  return name ? html`${name} <span class="muted">${id}</span>` : html`${id}`;
}

function stringParams(params: QueueParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== 'page') out[key] = String(value);
  return out;
}
