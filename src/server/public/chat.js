// The shop's chat page: gets a Direct Line token from this server (anonymous, or as a demo
// customer when demo login is on) and renders the official Web Chat against our own Direct Line
// endpoint. No Azure, no CDN.
//
// The conversation survives a reload, or a move to another page of the shop in the same tab: its
// id, its token (the only key to it) and who is chatting are kept in sessionStorage, which ends
// with the tab, and the page reconnects to it (Direct Line's GET /conversations/{id}, which gives a
// fresh token; Web Chat then reads the conversation from the start, so the earlier messages show
// again). If that fails (the token expired, or the server restarted with a new secret), a new chat
// starts and the status line says so.
(function () {
  'use strict';
  var STORAGE_KEY = 'shopkeeper.chat';
  // DirectLineJS's ConnectionStatus values.
  var ONLINE = 2;
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  /** How often the token (which Direct Line refreshes every 15 minutes) is copied to sessionStorage. */
  var SAVE_EVERY_MS = 30 * 1000;

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

  // --- The saved conversation (sessionStorage: this tab only, gone when it closes) ---

  function readSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' && typeof saved.userId === 'string') return saved;
    } catch (error) {
      /* unreadable: start afresh */
    }
    return null;
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (error) {
      /* storage switched off: nothing was kept */
    }
  }

  function remember(chat) {
    var directLine = chat.directLine;
    try {
      window.sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({
          conversationId: directLine.conversationId || chat.session.conversationId,
          token: directLine.token || chat.session.token,
          userId: chat.session.userId,
          userName: chat.session.userName || '',
          customerId: chat.session.customerId || '',
        }),
      );
    } catch (error) {
      /* storage full or switched off: the chat still works, it just will not survive a reload */
    }
  }

  // --- The connection ---

  var current; // { directLine, session, resuming, online, statusText, subscription, timer }
  /** Counts start/resume attempts: a slow answer to an older one (the visitor clicked again) is ignored. */
  var attempt = 0;

  function identityText(session) {
    return session.customerId ? 'Signed in as ' + (session.userName || session.customerId) + ' (demo).' : 'Chatting as an anonymous visitor.';
  }

  function stopCurrent() {
    var chat = current;
    if (!chat) return;
    current = undefined; // first, so the status changes end() causes are ignored
    if (chat.subscription) chat.subscription.unsubscribe();
    clearInterval(chat.timer);
    chat.directLine.end();
  }

  /** Renders Web Chat on a new conversation (resuming: false) or on the saved one. */
  function connect(session, resuming, notice) {
    stopCurrent();
    var options = {
      domain: window.location.origin + '/v3/directline',
      token: session.token,
      webSocket: false,
      pollingInterval: 500,
    };
    // With a conversation id Direct Line reconnects (GET /conversations/{id}) instead of starting one.
    if (resuming) options.conversationId = session.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    var chat = { directLine: directLine, session: session, resuming: resuming, online: false };
    current = chat;

    // Each chat gets a fresh element: Web Chat's React root owns the one it rendered into, and
    // rendering again into an emptied element shows nothing. The old connection stops polling.
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

    keepPolling(chat);
    chat.subscription = directLine.connectionStatus$.subscribe(function (state) {
      if (current !== chat) return;
      if (state === ONLINE) {
        remember(chat);
        if (!chat.online) {
          chat.online = true;
          chat.statusText = (notice ? notice + ' ' : '') + (resuming ? 'Continuing your chat. ' : '') + identityText(session);
          say(chat.statusText);
          var box = container.querySelector('input, textarea');
          if (box) box.focus();
        }
      } else if (state === EXPIRED_TOKEN || state === FAILED_TO_CONNECT || state === ENDED) {
        lost(chat);
      }
    });
    chat.timer = setInterval(function () {
      if (current === chat && chat.online) remember(chat);
    }, SAVE_EVERY_MS);
  }

  /**
   * DirectLineJS stops polling for good after one failed poll that is not a 403 or 404 (a network
   * blip, the server restarting, a 503 while it starts): the customer would never see another
   * message, an agent's reply included. Each failed poll is noticed here, and polling starts again
   * after a pause (1 s, doubling up to 30 s) by announcing "online" again, which makes DirectLineJS
   * open a new poll from the same watermark. Nothing happens if DirectLineJS changes its internals.
   */
  function keepPolling(chat) {
    var services = chat.directLine.services;
    if (!services || typeof services.ajax !== 'function') return;
    var ajax = services.ajax;
    var pause = 1000;
    var interrupted = false;
    services.ajax = function (request) {
      var response = ajax.apply(this, arguments);
      var isPoll = request && request.method === 'GET' && /\/activities\?watermark=/.test(String(request.url || ''));
      if (!isPoll || !response || typeof response.do !== 'function') return response;
      return response.do(
        function () {
          pause = 1000;
          if (interrupted && current === chat) say(chat.statusText || identityText(chat.session));
          interrupted = false;
        },
        function (error) {
          var code = error && error.status;
          if (code === 403 || code === 404) return; // DirectLineJS reports these as ExpiredToken / Ended
          interrupted = true;
          if (current === chat) say('The connection to the chat was interrupted: reconnecting…');
          setTimeout(function () {
            var status$ = chat.directLine.connectionStatus$;
            if (current === chat && status$.getValue() === ONLINE) status$.next(ONLINE);
          }, pause);
          pause = Math.min(pause * 2, 30 * 1000);
        },
      );
    };
  }

  /** The conversation cannot go on (token refused, conversation gone): start a new one and say so. */
  function lost(chat) {
    var wasOnline = chat.online;
    stopCurrent();
    forget();
    if (!chat.resuming && !wasOnline) {
      // A brand-new chat that never connected: starting yet another would fail the same way.
      say('Could not connect to the chat. Press "Start a new chat" to try again.');
      return;
    }
    var notice = wasOnline
      ? 'The connection to your chat was lost (the chat service may have restarted), so a new chat has started. If your last message did not go through, please send it again.'
      : 'Your earlier chat could not be continued (it expired, or the chat service restarted), so a new chat has started.';
    start(chat.session.customerId || '', notice).catch(function (error) {
      say('Could not start the chat: ' + error.message);
    });
  }

  async function start(customerId, notice) {
    var mine = ++attempt;
    stopCurrent();
    forget();
    say('Connecting…');
    var res = await fetch('/chat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(customerId ? { customerId: customerId } : {}),
    });
    if (mine !== attempt) return;
    if (!res.ok) {
      say((notice ? notice + ' ' : '') + 'Could not start the chat: ' + (await res.text()));
      return;
    }
    var body = await res.json();
    if (mine !== attempt) return;
    var session = {
      conversationId: body.conversationId,
      token: body.token,
      userId: body.userId,
      userName: body.userName || '',
      customerId: body.customerId || '',
    };
    connect(session, false, notice);
  }

  /**
   * Resumes the saved conversation: Direct Line's reconnect call (GET /conversations/{id}) with its
   * token checks that the token is still good and gives a fresh one. Refused (token expired, or
   * signed with the secret of an earlier run): a new chat, saying so. The server not answering (it
   * is restarting): ask again, a little later each time.
   */
  async function resume(saved, pause) {
    pause = pause || 1000;
    var mine = ++attempt;
    say('Reconnecting to your chat…');
    var res;
    try {
      res = await fetch(window.location.origin + '/v3/directline/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=0', {
        headers: { authorization: 'Bearer ' + saved.token },
      });
    } catch (error) {
      res = undefined; // the network
    }
    if (mine !== attempt) return;
    if (res && res.ok) {
      var body = await res.json();
      if (mine !== attempt) return;
      if (typeof body.token === 'string') saved.token = body.token;
      connect(saved, true);
      return;
    }
    if (!res || res.status === 429 || res.status >= 500) {
      say('Reconnecting to your chat… (the chat service is not answering yet)');
      setTimeout(function () {
        if (mine === attempt && !current) resume(saved, Math.min(pause * 2, 30 * 1000));
      }, pause);
      return;
    }
    forget();
    await start(saved.customerId || '', 'Your earlier chat could not be continued (it expired, or the chat service restarted), so a new chat has started.');
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
  // The newest token, for the next page of the shop in this tab.
  window.addEventListener('pagehide', function () {
    if (current && current.online) remember(current);
  });

  loadDemoCustomers()
    .catch(function () { /* the demo list is optional */ })
    .then(function () {
      var saved = readSaved();
      if (!saved) return start('');
      if (saved.customerId) select.value = saved.customerId;
      return resume(saved);
    })
    .catch(function (error) { say('Could not start the chat: ' + error.message); });
})();
