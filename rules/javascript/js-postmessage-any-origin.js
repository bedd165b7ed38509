function notifyParent(state) {
  // ruleid: js-postmessage-any-origin
  window.parent.postMessage(JSON.stringify({ type: 'state', state }), '*');
}

function sendToken(frame, token) {
  // ruleid: js-postmessage-any-origin
  frame.contentWindow.postMessage(
    { type: 'auth', token },
    "*",
  );
}

function reply(sessionInfo) {
  // ruleid: js-postmessage-any-origin
  window.opener.postMessage(sessionInfo, { targetOrigin: '*' });
  // ruleid: js-postmessage-any-origin
  postMessage({ ready: true }, '*');
  // ruleid: js-postmessage-any-origin
  window.top.postMessage(sessionInfo, { 'targetOrigin': '*' });
}

function safe(frame, worker, port, data) {
  // ok: js-postmessage-any-origin
  frame.contentWindow.postMessage(data, 'https://widgets.example.com');
  // ok: js-postmessage-any-origin
  window.parent.postMessage(data, window.location.origin);
  // ok: js-postmessage-any-origin
  worker.postMessage(data, [data.buffer]);
  // ok: js-postmessage-any-origin
  port.postMessage('*');
  // ok: js-postmessage-any-origin
  window.opener.postMessage(data, { targetOrigin: 'https://app.example.com' });
}

module.exports = { notifyParent, sendToken, reply, safe };
