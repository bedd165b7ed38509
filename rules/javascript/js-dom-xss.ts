interface Notice {
  title: string;
  body: string;
}

export function showNotice(container: HTMLElement, notice: Notice): void {
  // ruleid: js-dom-xss
  container.innerHTML = `<h2>${notice.title}</h2><p>${notice.body}</p>`;
}

export function showAnchor(container: HTMLElement): void {
  const anchor: string = decodeURIComponent(window.location.hash.substring(1));
  // ruleid: js-dom-xss
  container.innerHTML = `<a name="${anchor}"></a>`;
}

export function showNoticeSafely(container: HTMLElement, notice: Notice): void {
  const h2 = document.createElement('h2');
  // ok: js-dom-xss
  h2.textContent = notice.title;
  // ok: js-dom-xss
  container.innerHTML = escapeHtml(notice.body);
  container.prepend(h2);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
