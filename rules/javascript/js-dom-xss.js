/* global DOMPurify */
function showGreeting() {
  const name = new URLSearchParams(location.search).get('name');
  // ruleid: js-dom-xss
  document.getElementById('greeting').innerHTML = 'Hello, ' + name + '!';
}

function renderComments(list, comments) {
  for (const c of comments) {
    // ruleid: js-dom-xss
    list.innerHTML += `<li><b>${c.author}</b>: ${c.body}</li>`;
  }
}

function replaceCard(card, html) {
  // ruleid: js-dom-xss
  card.outerHTML = html;
}

function appendBanner(el, message) {
  // ruleid: js-dom-xss
  el.insertAdjacentHTML('beforeend', `<div class="banner">${message}</div>`);
}

function legacyAd(src) {
  // ruleid: js-dom-xss
  document.write('<script src="' + src + '"></script>');
  // ruleid: js-dom-xss
  window.document.writeln(location.hash.slice(1));
}

function fragment(range, markup) {
  // ruleid: js-dom-xss
  return range.createContextualFragment(markup);
}

function safe(el, name, html) {
  // ok: js-dom-xss
  el.textContent = 'Hello, ' + name;
  // ok: js-dom-xss
  el.innerHTML = '';
  // ok: js-dom-xss
  el.innerHTML = '<span class="spinner"></span>';
  // ok: js-dom-xss
  el.innerHTML = DOMPurify.sanitize(html);
  // ok: js-dom-xss
  el.insertAdjacentHTML('afterbegin', '<hr>');
  // ok: js-dom-xss
  logger.write(name);
}

module.exports = { showGreeting, renderComments, replaceCard, appendBanner, legacyAd, fragment, safe };
