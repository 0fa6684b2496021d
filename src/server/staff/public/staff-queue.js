// The queue page, kept current: every 15 seconds it asks how many customers wait for a person and, when
// that changed since the page was drawn, says so in a banner and in the tab's title, so a new waiting
// customer is noticed without a manual reload (the page itself is not redrawn under the reader's eyes).
(function () {
  const shown = document.querySelector('.waiting-count');
  if (!shown) return;
  const drawn = Number(shown.textContent) || 0;
  const title = document.title;
  let timer = null;

  function banner(id, build) {
    let note = document.getElementById(id);
    if (!note) {
      note = document.createElement('p');
      note.id = id;
      note.setAttribute('role', 'status');
      document.querySelector('main')?.prepend(note);
    }
    note.replaceChildren();
    build(note);
  }

  async function check() {
    try {
      // Marked as a background poll: it does not count as staff activity for the idle sign-out.
      const res = await fetch('/staff/api/queue?waiting=1&pageSize=1', { headers: { accept: 'application/json', 'x-background-poll': '1' } });
      if (res.status === 401 || res.redirected) {
        clearInterval(timer);
        banner('signed-out', (note) => {
          note.className = 'flash error';
          note.append('You were signed out: ');
          const link = document.createElement('a');
          link.href = `/staff/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
          link.textContent = 'sign in again';
          note.append(link, '. The queue is not updated until you do.');
        });
        return;
      }
      if (!res.ok) return;
      const { waitingForPerson } = await res.json();
      document.title = waitingForPerson > 0 ? `(${waitingForPerson} waiting) ${title}` : title;
      if (waitingForPerson === drawn) return;
      banner('queue-changed', (note) => {
        note.className = 'flash';
        note.append(`${waitingForPerson} ${waitingForPerson === 1 ? 'customer is' : 'customers are'} waiting for a person now (${drawn} when this page was drawn). `);
        const link = document.createElement('a');
        link.href = window.location.pathname + window.location.search;
        link.textContent = 'Refresh the queue';
        note.append(link);
      });
    } catch {
      // The server is restarting or the network dropped: try again at the next tick.
    }
  }

  timer = setInterval(check, 15_000);
  check();
})();
