import type { DashboardFigures } from '../../../staff/dashboard.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from './layout.ts';

/** Figures as tiles, charts drawn by staff-dashboard.js from /staff/api/dashboard (no inline script). */
export function dashboardPage(page: PageContext, figures: DashboardFigures): SafeHtml {
  const { period } = figures;
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const clickRate = figures.suggestionsShown ? percent(figures.suggestionsClicked / figures.suggestionsShown) : '—';
  return layout(
    { ...page, scripts: ['/staff/assets/chart.umd.js', '/staff/assets/staff-dashboard.js'] },
    html`<h1>Dashboard</h1>
    <form method="get" action="/staff/dashboard" class="filters" aria-label="Period">
      <label>From <input type="date" name="from" value="${period.from}" required /></label>
      <label>To <input type="date" name="to" value="${period.to}" required /></label>
      <button type="submit">Show</button>
    </form>
    <div class="tiles" data-from="${period.from}" data-to="${period.to}" id="dashboard">
      <div class="tile"><span class="value" id="tile-conversations">${figures.conversations}</span><span class="label">conversations</span></div>
      <div class="tile"><span class="value">${percent(figures.flaggedRate)}</span><span class="label">flagged (${figures.flaggedConversations})</span></div>
      <div class="tile"><span class="value">${figures.personRequests}</span><span class="label">asked for a person</span></div>
      <div class="tile"><span class="value">${figures.unresolvedFlags}</span><span class="label">unresolved flags</span></div>
      <div class="tile"><span class="value">${figures.suggestionsShown}</span><span class="label">suggestions shown</span></div>
      <div class="tile"><span class="value">${figures.suggestionsClicked}</span><span class="label">clicked (${clickRate})</span></div>
    </div>
    <div class="charts">
      <figure><figcaption>Sentiment over time (average of conversations, −1 to 1) and share negative</figcaption><canvas id="chart-sentiment" role="img" aria-label="Sentiment over time"></canvas></figure>
      <figure><figcaption>Conversations per day</figcaption><canvas id="chart-conversations" role="img" aria-label="Conversations per day"></canvas></figure>
      <figure><figcaption>Top intents</figcaption><canvas id="chart-intents" role="img" aria-label="Top intents"></canvas></figure>
      <figure><figcaption>Flags by status</figcaption><canvas id="chart-flags" role="img" aria-label="Flags by status"></canvas></figure>
      <figure><figcaption>Suggestions shown and clicked</figcaption><canvas id="chart-suggestions" role="img" aria-label="Suggestions shown and clicked"></canvas></figure>
    </div>`,
  );
}
