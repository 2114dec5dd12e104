// The Khulnasoft Web Chat page. It asks this server for a Direct Line token (the stand-in for the dashboard's
// backend), then runs the real, unmodified Web Chat against the bot's own Direct Line server:
//   createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket })
// Query switches: ?ws=0 polls instead of using the WebSocket stream; ?as=<email> preselects a demo user;
// ?locale=de-DE chooses the page's language (default: the browser's, navigator.language). The server answers
// GET /webchat/config?locale= with the language it speaks for that locale (en or de; <html lang> is set to it), the
// locale handed to Web Chat (so the bot hears it in every activity) and the page's texts in that language.
//
// The page keeps its place across reloads: the conversation id, its token (refreshed before it expires), the
// watermark reached and the user live in sessionStorage (this tab only). A reload refreshes the token
// (POST /tokens/refresh) and reconnects with GET /conversations/{id}?watermark=0: the whole conversation replays
// (a reloaded page has an empty transcript; an empty watermark would replay nothing on the WebSocket, as on Azure),
// so the user sees the conversation and the bot carries on at the same step. The stored watermark is how far the
// page had got: the page counts as restored once the replay has reached it. "Start over" and switching the demo user begin a new conversation. A stored conversation
// that can't be resumed (token expired beyond refresh, or the server no longer knows it) starts a new one with a
// short notice.
(function () {
  'use strict';

  var STORE_KEY = 'khulnasoft.webchat.conversation';
  var DIRECT_LINE = window.location.origin + '/v3/directline';

  var params = new URLSearchParams(window.location.search);
  var useWebSocket = params.get('ws') !== '0';
  var picker = document.getElementById('signed-in-as');
  var startOver = document.getElementById('start-over');
  var status = document.getElementById('status');
  var footnote = document.getElementById('footnote');
  var current = null;
  var requestedLocale = params.get('locale') || navigator.language || 'en-US';
  var chatLocale = 'en-US';
  // English until the configuration brings the page's language (the texts of index.html are English).
  var texts = {
    connecting: 'Connecting\u2026',
    restoring: 'Restoring your conversation\u2026',
    restored: 'Your conversation was restored: carry on where you left off.',
    anonymous: 'You are chatting anonymously: the assistant will ask for your email and send you a one-time code.',
    connectedWebSocket: 'Connected over WebSocket to this server\u2019s Direct Line endpoint. No data leaves this machine.',
    connectedPolling: 'Connected by polling to this server\u2019s Direct Line endpoint. No data leaves this machine.',
    tokenFailed: 'The token request failed ({0}). Reload the page to try again.',
    anonymousOption: 'Not signed in (anonymous)',
    signedInAsNew: 'Signed in as {0}: a new conversation.',
    anonymousNew: 'A new, anonymous conversation.',
    startedOver: 'Started over: a new conversation.',
    notRestored: 'Your earlier conversation could not be restored (it has expired), so a new one has started.',
    configFailed: 'Could not load the chat configuration.'
  };

  function text(key, value) {
    var template = texts[key] || '';
    return value === undefined ? template : template.replace('{0}', value);
  }

  /** Puts the page into the configured language: <html lang>, the title, labels, buttons and aria labels. */
  function localize(config) {
    if (!config.texts) {
      return;
    }
    Object.keys(config.texts).forEach(function (key) { texts[key] = config.texts[key]; });
    document.documentElement.lang = config.language;
    chatLocale = config.locale;
    document.title = text('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
      element.textContent = text(element.dataset.text);
    });
    document.getElementById('sandbox-badge').title = text('sandboxTitle');
    document.getElementById('chat').setAttribute('aria-label', text('chatLabel'));
  }

  var styleOptions = {
    // Orange stays the brand colour of the header; text and controls use darker shades that keep a contrast of at
    // least 4.5:1 (WCAG AA) on white and on the bubbles.
    accent: '#B8500A',
    primaryFont: '"Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
    backgroundColor: '#FFFFFF',
    bubbleBackground: '#F3F4F6',
    bubbleBorderRadius: 10,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#B8500A',
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserBorderWidth: 0,
    botAvatarInitials: 'K',
    botAvatarBackgroundColor: '#B8500A',
    userAvatarInitials: '',
    sendBoxButtonColor: '#B8500A',
    sendBoxButtonColorOnHover: '#8F3E07',
    subtle: '#595E63',
    timestampColor: '#595E63',
    suggestedActionBorderColor: '#B8500A',
    suggestedActionTextColor: '#8F3E07',
    hideUploadButton: false,
    rootHeight: '100%',
    rootWidth: '100%'
  };

  function setStatus(text, isError) {
    status.textContent = text || '';
    status.classList.toggle('ks-error', !!isError);
  }

  function load() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(STORE_KEY) || 'null');
      return stored && stored.conversationId && stored.token ? stored : null;
    } catch (error) {
      return null;
    }
  }

  function save(session) {
    window.sessionStorage.setItem(STORE_KEY, JSON.stringify(session));
  }

  function forget() {
    window.sessionStorage.removeItem(STORE_KEY);
  }

  async function requestToken(user) {
    var response = await fetch('/webchat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: user || null })
    });
    if (!response.ok) {
      throw new Error(text('tokenFailed', String(response.status)));
    }
    return response.json();
  }

  /** POST /tokens/refresh: a new token with a full lifetime, or null when the token can't be refreshed. */
  async function refreshToken(token) {
    var response = await fetch(DIRECT_LINE + '/tokens/refresh', {
      method: 'POST',
      headers: { authorization: 'Bearer ' + token }
    });
    return response.ok ? response.json() : null;
  }

  /** True when the server still has the conversation (it forgets it after its retention, or on a restart without Redis). */
  async function conversationExists(conversationId, token) {
    var response = await fetch(DIRECT_LINE + '/conversations/' + encodeURIComponent(conversationId) + '?watermark=', {
      headers: { authorization: 'Bearer ' + token }
    });
    return response.ok;
  }

  function expiresAt(seconds) {
    return Date.now() + seconds * 1000;
  }

  function newAnonymousId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return 'r_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function stop() {
    if (current) {
      window.clearTimeout(current.refreshTimer);
      current.directLine.end();
      current = null;
    }
  }

  /** Refreshes the stored token at half its lifetime, so a reload always finds one that is still valid. */
  function scheduleRefresh(session) {
    var delay = Math.max(5000, (session.expiresAt - Date.now()) / 2);
    current.refreshTimer = window.setTimeout(async function () {
      var owner = current;
      var refreshed = null;
      try {
        refreshed = await refreshToken(session.token);
      } catch (error) {
        refreshed = null;
      }
      if (owner !== current) {
        return;
      }
      if (refreshed) {
        session.token = refreshed.token;
        session.expiresAt = expiresAt(refreshed.expires_in);
        save(session);
      }
      scheduleRefresh(session);
    }, delay);
  }

  /** Renders Web Chat for a session; a resumed one replays the whole conversation from the server. */
  function connect(session, resumed, notice) {
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      conversationId: resumed ? session.conversationId : undefined,
      watermark: resumed ? '0' : undefined,
      domain: DIRECT_LINE,
      webSocket: useWebSocket
    });

    // A fresh element per conversation: Web Chat keeps its state in the element it renders into.
    var old = document.getElementById('webchat');
    var host = document.createElement('div');
    host.id = 'webchat';
    host.className = 'ks-webchat';
    host.dataset.user = session.user || '';
    host.dataset.transport = useWebSocket ? 'websocket' : 'polling';
    host.dataset.conversation = session.conversationId;
    host.dataset.restored = resumed ? 'pending' : 'new';
    old.replaceWith(host);

    var reached = Number(session.watermark || 0);
    function track() {
      if (current === null || current.directLine !== directLine) {
        return;
      }
      if (directLine.watermark) {
        session.watermark = directLine.watermark;
        save(session);
      }
      if (host.dataset.restored === 'pending' && Number(session.watermark || 0) >= reached) {
        host.dataset.restored = 'restored';
      }
    }
    // The watermark is read as Web Chat receives each activity (its store middleware). Subscribing to
    // directLine.activity$ here instead would start the conversation before Web Chat has given Direct Line the
    // user's id, and an anonymous user would then get no welcome until they typed something.
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            track();
          }
          return result;
        };
      };
    });
    if (resumed && reached === 0) {
      host.dataset.restored = 'restored';
    }

    current = { directLine: directLine, refreshTimer: 0 };
    scheduleRefresh(session);

    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      styleOptions: styleOptions,
      locale: chatLocale,
      userID: session.userId,
      username: session.user || undefined
    }, host);

    var parts = [notice || (resumed ? text('restored') : '')];
    if (!session.user) {
      parts.push(text('anonymous'));
    }
    setStatus(parts.filter(Boolean).join(' '));
    footnote.textContent = text(useWebSocket ? 'connectedWebSocket' : 'connectedPolling');
  }

  /** A new conversation for the user ('' = anonymous); forgets the stored one. */
  async function start(user, notice) {
    setStatus(text('connecting'));
    stop();
    forget();

    var minted;
    try {
      minted = await requestToken(user);
    } catch (error) {
      setStatus(error.message, true);
      return;
    }

    var session = {
      conversationId: minted.conversationId,
      token: minted.token,
      expiresAt: expiresAt(minted.expires_in),
      watermark: '',
      user: user || '',
      userId: minted.userId || newAnonymousId()
    };
    save(session);
    connect(session, false, notice);
  }

  /** Continues the stored conversation; false when its token can't be refreshed or the server no longer has it. */
  async function resume(session) {
    setStatus(text('restoring'));
    var refreshed;
    try {
      refreshed = await refreshToken(session.token);
      if (!refreshed || refreshed.conversationId !== session.conversationId ||
          !(await conversationExists(session.conversationId, refreshed.token))) {
        return false;
      }
    } catch (error) {
      return false;
    }

    session.token = refreshed.token;
    session.expiresAt = expiresAt(refreshed.expires_in);
    save(session);
    connect(session, true);
    return true;
  }

  function setQueryUser(user) {
    var next = new URLSearchParams(window.location.search);
    if (user) {
      next.set('as', user);
    } else {
      next.delete('as');
    }
    var query = next.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  async function init() {
    var config = { sandbox: false, users: [] };
    try {
      config = await (await fetch('/webchat/config?locale=' + encodeURIComponent(requestedLocale))).json();
      localize(config);
    } catch (error) {
      setStatus(text('configFailed'), true);
    }

    var known = function (user) {
      return !user || config.users.some(function (u) { return u.email === user; });
    };
    var requested = params.get('as');
    if (requested !== null && !known(requested)) {
      requested = null;
    }

    if (config.sandbox) {
      var anonymous = document.createElement('option');
      anonymous.value = '';
      anonymous.textContent = text('anonymousOption');
      picker.appendChild(anonymous);
      config.users.forEach(function (user) {
        var option = document.createElement('option');
        option.value = user.email;
        option.textContent = user.email + ' \u2014 ' + user.label.split(' \u2014 ')[1];
        picker.appendChild(option);
      });
      picker.addEventListener('change', function () {
        setQueryUser(picker.value);
        start(picker.value, picker.value ? text('signedInAsNew', picker.value) : text('anonymousNew'));
      });
      document.getElementById('account').hidden = false;
    }

    startOver.addEventListener('click', function () {
      start(config.sandbox ? picker.value : '', text('startedOver'));
    });

    // The stored conversation is resumed unless ?as= asks for someone else (or its user is not offered here).
    var stored = load();
    if (stored && known(stored.user) && (config.sandbox || !stored.user) && (requested === null || requested === stored.user)) {
      picker.value = stored.user;
      if (!(await resume(stored))) {
        await start(stored.user, text('notRestored'));
      }
      return;
    }

    var initial = config.sandbox && requested ? requested : '';
    picker.value = initial;
    await start(initial);
  }

  init();
})();
