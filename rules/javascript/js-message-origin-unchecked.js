// ruleid: js-message-origin-unchecked
window.addEventListener('message', (event) => {
  const { action, url } = event.data;
  if (action === 'navigate') window.location.href = url;
});

// ruleid: js-message-origin-unchecked
addEventListener("message", function (e) {
  document.getElementById('status').textContent = e.data.status;
}, false);

// ruleid: js-message-origin-unchecked
window.onmessage = function (msg) {
  localStorage.setItem('token', msg.data.token);
};

// ok: js-message-origin-unchecked
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  render(event.data);
});

// ok: js-message-origin-unchecked
window.addEventListener('message', ({ data, origin }) => {
  if (origin === window.location.origin) render(data);
});

const frame = document.querySelector('iframe');
// ok: js-message-origin-unchecked
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  render(e.data);
});

const worker = new Worker('worker.js');
// ok: js-message-origin-unchecked
worker.addEventListener('message', (e) => render(e.data));

// ok: js-message-origin-unchecked
window.addEventListener('resize', () => render(null));

function render(data) {
  document.getElementById('out').textContent = JSON.stringify(data);
}
