// The conversation page, live: while staff look at it, new messages appear without a reload.
// Messages arrive as HTML the server escaped (customer text is never markup); this script only
// inserts them and asks before destructive actions.
(function () {
  const root = document.querySelector('[data-conversation-id]');
  if (!root) return;
  const list = document.getElementById('messages');
  const id = root.getAttribute('data-conversation-id');
  let count = Number(root.getAttribute('data-message-count')) || 0;
  let mode = null;

  document.querySelectorAll('form.confirm').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.getAttribute('data-confirm') || 'Are you sure?')) event.preventDefault();
    });
  });

  let timer = null;
  // The session ended (idle timeout, sign-out in another tab, account disabled): say so, once,
  // instead of silently showing a conversation that no longer updates.
  function signedOut() {
    clearInterval(timer);
    if (document.getElementById('signed-out')) return;
    const note = document.createElement('p');
    note.id = 'signed-out';
    note.className = 'flash error';
    note.setAttribute('role', 'alert');
    note.append('You were signed out: ');
    const link = document.createElement('a');
    link.href = `/staff/login?next=${encodeURIComponent(window.location.pathname)}`;
    link.textContent = 'sign in again';
    note.append(link);
    note.append('. New messages are not shown until you do.');
    document.querySelector('main')?.prepend(note);
  }

  async function refresh() {
    try {
      const res = await fetch(`/staff/conversations/${encodeURIComponent(id)}/messages?after=${count}`, { headers: { accept: 'application/json' } });
      if (res.status === 401 || res.redirected) return signedOut();
      if (!res.ok) return;
      const body = await res.json();
      if (body.html) {
        list.insertAdjacentHTML('beforeend', body.html);
        list.lastElementChild?.scrollIntoView({ block: 'nearest' });
      }
      count = body.count;
      if (mode !== null && body.mode !== mode) window.location.reload();
      mode = body.mode;
    } catch {
      // The server restarted or the network blinked: try again on the next tick.
    }
  }
  timer = setInterval(refresh, 2000);
  refresh();
})();
