import got from 'got';
import type { Request, Response } from 'express';

export async function unfurl(req: Request, res: Response): Promise<void> {
  // ruleid: js-ssrf
  const html: string = await got(String(req.body.link)).text();
  res.json({ length: html.length });
}

export async function fetchFeed(req: Request, res: Response): Promise<void> {
  const feed: string = String(req.query.feed);
  const url = new URL(feed);
  // ruleid: js-ssrf
  const body: string = await got(url.toString()).text();
  res.type('text/plain').send(body.slice(0, 100));
}

export async function weather(req: Request, res: Response): Promise<void> {
  const city = encodeURIComponent(String(req.query.city));
  // ok: js-ssrf
  const data: unknown = await got(`https://api.weather.example/v1/${city}`).json();
  res.json(data);
}

export async function check(url: string): Promise<number> {
  // ok: js-ssrf
  const r = await fetch(url, { method: 'HEAD' });
  return r.status;
}
