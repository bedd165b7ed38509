interface Command {
  kind: 'theme' | 'logout';
  value?: string;
}

// ruleid: js-message-origin-unchecked
window.addEventListener('message', (event: MessageEvent<Command>): void => {
  if (event.data.kind === 'logout') document.cookie = 'sid=; max-age=0';
});

const TRUSTED = 'https://portal.example.com';
// ok: js-message-origin-unchecked
window.addEventListener('message', (event: MessageEvent<Command>): void => {
  if (event.origin !== TRUSTED) return;
  document.body.dataset.theme = event.data.value ?? 'light';
});
