/* global DOMPurify */
(function () {
  'use strict';

  const PARENT_ORIGIN = 'https://app.example.com';
  const list = document.getElementById('messages');
  const status = document.getElementById('status');

  function renderMessage(message) {
    const item = document.createElement('li');
    const author = document.createElement('strong');
    author.textContent = message.author;
    item.appendChild(author);
    const body = document.createElement('div');
    body.innerHTML = DOMPurify.sanitize(message.html);
    item.appendChild(body);
    list.appendChild(item);
  }

  function clear() {
    list.innerHTML = '';
    status.textContent = 'No messages yet';
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== PARENT_ORIGIN) return;
    if (event.data && event.data.type === 'message') renderMessage(event.data.message);
    if (event.data && event.data.type === 'clear') clear();
  });

  function reportHeight() {
    window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, PARENT_ORIGIN);
  }

  function goHome() {
    window.location.href = '/';
  }

  const keywords = ['urgent', 'later'];
  const keywordPattern = new RegExp(`\\b(${keywords.join('|')})\\b`, 'i');

  function highlight(text, term) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.split(new RegExp(`(${escaped})`, 'gi'));
  }

  document.getElementById('home').addEventListener('click', goHome);
  new ResizeObserver(reportHeight).observe(document.body);
  setTimeout(reportHeight, 100);

  window.widget = { renderMessage, clear, highlight, keywordPattern };
})();
