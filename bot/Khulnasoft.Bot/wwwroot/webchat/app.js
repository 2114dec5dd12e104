// The Khulnasoft Web Chat page. It asks this server for a Direct Line token (the stand-in for the dashboard's
// backend), then runs the real, unmodified Web Chat against the bot's own Direct Line server:
//   createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket })
// Query switches: ?ws=0 polls instead of using the WebSocket stream; ?as=<email> preselects a demo user.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var useWebSocket = params.get('ws') !== '0';
  var picker = document.getElementById('signed-in-as');
  var status = document.getElementById('status');
  var footnote = document.getElementById('footnote');
  var current = null;

  var styleOptions = {
    accent: '#F38020',
    primaryFont: '"Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
    backgroundColor: '#FFFFFF',
    bubbleBackground: '#F3F4F6',
    bubbleBorderRadius: 10,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#F38020',
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserBorderWidth: 0,
    botAvatarInitials: 'K',
    botAvatarBackgroundColor: '#F38020',
    userAvatarInitials: '',
    sendBoxButtonColor: '#F38020',
    sendBoxButtonColorOnHover: '#D9650B',
    suggestedActionBorderColor: '#F38020',
    suggestedActionTextColor: '#D9650B',
    hideUploadButton: false,
    rootHeight: '100%',
    rootWidth: '100%'
  };

  function setStatus(text, isError) {
    status.textContent = text || '';
    status.classList.toggle('ks-error', !!isError);
  }

  async function requestToken(user) {
    var response = await fetch('/webchat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: user || null })
    });
    if (!response.ok) {
      throw new Error('The token request failed (' + response.status + ').');
    }
    return response.json();
  }

  async function start(user) {
    setStatus('Connecting…');
    if (current) {
      current.end();
      current = null;
    }

    var minted;
    try {
      minted = await requestToken(user);
    } catch (error) {
      setStatus(error.message + ' Reload the page to try again.', true);
      return;
    }

    var directLine = window.WebChat.createDirectLine({
      token: minted.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: useWebSocket
    });
    current = directLine;

    // A fresh element per conversation: Web Chat keeps its state in the element it renders into.
    var old = document.getElementById('webchat');
    var host = document.createElement('div');
    host.id = 'webchat';
    host.className = 'ks-webchat';
    host.dataset.user = user || '';
    host.dataset.transport = useWebSocket ? 'websocket' : 'polling';
    old.replaceWith(host);

    window.WebChat.renderWebChat({
      directLine: directLine,
      styleOptions: styleOptions,
      locale: navigator.language || 'en-US',
      username: user || undefined
    }, host);

    setStatus(user
      ? ''
      : 'You are chatting anonymously: the assistant will ask for your email and send you a one-time code.');
    footnote.textContent = (useWebSocket ? 'Connected over WebSocket' : 'Connected by polling') +
      ' to this server\u2019s Direct Line endpoint. No data leaves this machine.';
  }

  async function init() {
    var config = { sandbox: false, users: [] };
    try {
      config = await (await fetch('/webchat/config')).json();
    } catch (error) {
      setStatus('Could not load the chat configuration.', true);
    }

    var initial = '';
    if (config.sandbox) {
      var anonymous = document.createElement('option');
      anonymous.value = '';
      anonymous.textContent = 'Not signed in (anonymous)';
      picker.appendChild(anonymous);
      config.users.forEach(function (user) {
        var option = document.createElement('option');
        option.value = user.email;
        option.textContent = user.email + ' \u2014 ' + user.label.split(' \u2014 ')[1];
        picker.appendChild(option);
      });
      var requested = params.get('as');
      if (requested && config.users.some(function (u) { return u.email === requested; })) {
        initial = requested;
      }
      picker.value = initial;
      picker.addEventListener('change', function () { start(picker.value); });
      document.getElementById('account').hidden = false;
    }

    await start(initial);
  }

  init();
})();
