// Draws the dashboard's charts from /staff/api/dashboard (Chart.js, served by our own server).
(function () {
  const root = document.getElementById('dashboard');
  if (!root || !window.Chart) return;
  const query = new URLSearchParams({ from: root.dataset.from, to: root.dataset.to });
  const colours = { accent: '#2458c6', negative: '#b42318', neutral: '#6b7280', positive: '#147a3d', warn: '#b54708' };

  fetch(`/staff/api/dashboard?${query}`, { headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`dashboard: ${res.status}`))))
    .then(draw)
    .catch((error) => console.error(error));

  function draw(f) {
    const days = f.byDay.map((d) => d.day.slice(5));
    new Chart(document.getElementById('chart-sentiment'), {
      type: 'line',
      data: {
        labels: days,
        datasets: [
          { label: 'average sentiment', data: f.byDay.map((d) => d.averageSentiment), borderColor: colours.accent, spanGaps: true, yAxisID: 'y' },
          { label: 'share negative', data: f.byDay.map((d) => d.negativeShare), borderColor: colours.negative, yAxisID: 'y1' },
        ],
      },
      options: { animation: false, scales: { y: { min: -1, max: 1 }, y1: { min: 0, max: 1, position: 'right', grid: { drawOnChartArea: false } } } },
    });
    new Chart(document.getElementById('chart-conversations'), {
      type: 'bar',
      data: { labels: days, datasets: [{ label: 'conversations', data: f.byDay.map((d) => d.conversations), backgroundColor: colours.accent }] },
      options: { animation: false, plugins: { legend: { display: false } } },
    });
    new Chart(document.getElementById('chart-intents'), {
      type: 'bar',
      data: { labels: f.topIntents.map((i) => i.intent), datasets: [{ label: 'conversations', data: f.topIntents.map((i) => i.conversations), backgroundColor: colours.accent }] },
      // Every intent named: Chart.js would otherwise skip every other label on a bar chart this tall.
      options: { animation: false, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { y: { ticks: { autoSkip: false } } } },
    });
    const statuses = ['new', 'in_review', 'resolved', 'false_positive'];
    new Chart(document.getElementById('chart-flags'), {
      type: 'doughnut',
      data: {
        labels: statuses.map((s) => s.replace('_', ' ')),
        datasets: [{ data: statuses.map((s) => f.flagsByStatus[s]), backgroundColor: [colours.negative, colours.warn, colours.positive, colours.neutral] }],
      },
      options: { animation: false, aspectRatio: 2, plugins: { legend: { position: 'right' } } },
    });
    new Chart(document.getElementById('chart-suggestions'), {
      type: 'bar',
      data: { labels: ['shown', 'clicked'], datasets: [{ data: [f.suggestionsShown, f.suggestionsClicked], backgroundColor: [colours.accent, colours.positive] }] },
      options: { animation: false, plugins: { legend: { display: false } } },
    });
    root.dataset.drawn = 'true';
  }
})();
