/* global DOMPurify */
// From the page URL (high confidence, with the path): location.search, a variable, the sink.
function showGreeting() {
  const name = new URLSearchParams(location.search).get('name');
  // ruleid: js-dom-xss
  document.getElementById('greeting').innerHTML = 'Hello, ' + name + '!';
}

// Several steps, and a helper of the same file that returns the referrer (high confidence).
function cameFrom() {
  return document.referrer || 'nowhere';
}

function renderSearchTerm(results) {
  const params = new URL(window.location.href).searchParams;
  const term = params.get('q');
  let heading = `<h2>Results for ${term}</h2>`;
  heading += `<small>from ${cameFrom()}</small>`;
  // ruleid: js-dom-xss
  results.insertAdjacentHTML('afterbegin', heading);
}

// Not visibly from the page URL (low confidence): a server response, parameters.
async function loadNews(box) {
  const news = await (await fetch('/api/news')).json();
  // ruleid: js-dom-xss
  box.innerHTML = news.map((n) => `<article>${n.html}</article>`).join('');
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

function safeFromUrl(el) {
  const clean = DOMPurify.sanitize(decodeURIComponent(location.hash.slice(1)));
  // ok: js-dom-xss
  el.textContent = location.hash;
  // ok: js-dom-xss
  el.innerHTML = DOMPurify.sanitize(location.hash);
  return clean;
}

module.exports = {
  showGreeting,
  renderSearchTerm,
  loadNews,
  safeFromUrl,
  renderComments,
  replaceCard,
  appendBanner,
  legacyAd,
  fragment,
  safe,
};
