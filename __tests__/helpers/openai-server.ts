/**
 * A local OpenAI-compatible endpoint for driving the real `openai` client in tests: node:http on
 * 127.0.0.1 serving POST /v1/chat/completions with the documented response shape
 * (https://platform.openai.com/docs/api-reference/chat/object), recording every request, and
 * answering from a per-test script: text answers, HTTP errors (429 with Retry-After ...), or
 * silence (a request that never gets an answer, for timeouts).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  url: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    max_tokens?: number;
    temperature?: number;
  };
}

export type Scripted =
  | { text: string; promptTokens?: number; completionTokens?: number }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true };

/** Decides the answer to a request; `index` counts the requests so far, from 0. */
export type Responder = (req: ChatRequest, index: number) => Scripted;

export class OpenAiServer {
  readonly requests: ChatRequest[] = [];
  private responder: Responder = () => ({ status: 500, body: { error: { message: 'no script' } } });
  private readonly hanging: ServerResponse[] = [];

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<OpenAiServer> {
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => self.handle(req.url ?? '', req.method ?? '', req.headers, raw, res));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as AddressInfo;
    const self = new OpenAiServer(server, `http://127.0.0.1:${port}/v1`);
    return self;
  }

  /** The answers for the next requests; resets the recorded requests. */
  script(responder: Responder): void {
    this.responder = responder;
    this.requests.length = 0;
  }

  /** Requests for step 1 (security instructions) and step 2 (repairs), told apart by their prompts. */
  metaRequests(): ChatRequest[] {
    return this.requests.filter((r) => isMeta(r));
  }

  repairRequests(): ChatRequest[] {
    return this.requests.filter((r) => !isMeta(r));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  private handle(
    url: string,
    method: string,
    headers: IncomingHttpHeaders,
    raw: string,
    res: ServerResponse,
  ) {
    if (method !== 'POST' || !url.startsWith('/v1/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${method} ${url}` } }));
      return;
    }
    const req: ChatRequest = { url, headers, body: JSON.parse(raw) as ChatRequest['body'] };
    const index = this.requests.length;
    this.requests.push(req);
    const answer = this.responder(req, index);
    if ('hang' in answer) {
      this.hanging.push(res);
      return;
    }
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body ?? { error: { message: `HTTP ${answer.status}`, type: 'error' } }));
      return;
    }
    const prompt = answer.promptTokens ?? 100;
    const completion = answer.completionTokens ?? 50;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${index}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: `${req.body.model}-2026-01-01`,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: answer.text },
            finish_reason: 'stop',
            logprobs: null,
          },
        ],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      }),
    );
  }
}

function isMeta(r: ChatRequest): boolean {
  return r.body.messages.some((m) => m.content.startsWith('Write the security instructions'));
}
