type BridgeMessage = { type: 'resize'; height: number } | { type: 'theme'; value: 'light' | 'dark' };

const HOST_ORIGIN = 'https://host.example.com';

export class EmbedBridge {
  private readonly frame: HTMLIFrameElement;

  constructor(frame: HTMLIFrameElement) {
    this.frame = frame;
    window.addEventListener('message', (event: MessageEvent<BridgeMessage>): void => {
      if (event.origin !== HOST_ORIGIN || event.source !== window.parent) return;
      this.handle(event.data);
    });
  }

  send(message: BridgeMessage): void {
    this.frame.contentWindow?.postMessage(message, HOST_ORIGIN);
  }

  private handle(message: BridgeMessage): void {
    if (message.type === 'theme') document.documentElement.dataset.theme = message.value;
    if (message.type === 'resize') this.frame.style.height = `${message.height}px`;
  }
}

export function renderTitle(container: HTMLElement, title: string): void {
  const heading = document.createElement('h1');
  heading.textContent = title;
  container.replaceChildren(heading);
}

export function resetList(list: HTMLElement): void {
  list.innerHTML = '';
}

export function highlightTerm(text: string, term: string): string[] {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.split(new RegExp(`(${escaped})`, 'gi'));
}

export function backToDashboard(): void {
  window.location.assign('/dashboard');
}
