// The shop's chat page: gets a Direct Line token from this server (anonymous, or as a demo
// customer when demo login is on) and renders the official Web Chat against our own Direct Line
// endpoint. No Azure, no CDN.
(function () {
  'use strict';
  var select = document.getElementById('as');
  var status = document.getElementById('status');
  var container = document.getElementById('webchat');

  function say(text) {
    status.textContent = text; // textContent: nothing here is ever parsed as HTML
  }

  async function loadDemoCustomers() {
    var res = await fetch('/chat/demo-customers');
    if (!res.ok) return;
    var body = await res.json();
    body.customers.forEach(function (c) {
      var option = document.createElement('option');
      option.value = c.id;
      option.textContent = c.name + ' (' + c.id + ', ' + c.orders + ' orders)';
      select.appendChild(option);
    });
  }

  var current;

  async function start(customerId) {
    say('Connecting…');
    var res = await fetch('/chat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(customerId ? { customerId: customerId } : {}),
    });
    if (!res.ok) {
      say('Could not start the chat: ' + (await res.text()));
      return;
    }
    var session = await res.json();
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: session.token,
      webSocket: false,
      pollingInterval: 500,
    });
    // Each chat gets a fresh element: Web Chat's React root owns the one it rendered into, and
    // rendering again into an emptied element shows nothing. The old connection stops polling.
    if (current) current.end();
    current = directLine;
    var host = document.createElement('div');
    host.className = 'webchat-host';
    container.replaceChildren(host);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        username: session.userName || 'You',
        locale: 'en-US',
        styleOptions: { hideUploadButton: true, botAvatarInitials: 'SK', userAvatarInitials: 'You', bubbleBorderRadius: 8 },
      },
      host,
    );
    say(customerId ? 'Signed in as ' + (session.userName || customerId) + ' (demo).' : 'Chatting as an anonymous visitor.');
    container.querySelector('input, textarea') && container.querySelector('input, textarea').focus();
  }

  function restart() {
    start(select.value).catch(function (error) { say('Could not start the chat: ' + error.message); });
  }
  document.getElementById('identity').addEventListener('submit', function (event) {
    event.preventDefault();
    restart();
  });
  // Picking someone else in "Chat as" means a new conversation as that person, at once.
  select.addEventListener('change', restart);

  loadDemoCustomers()
    .catch(function () { /* the demo list is optional */ })
    .then(function () { return start(''); })
    .catch(function (error) { say('Could not start the chat: ' + error.message); });
})();
