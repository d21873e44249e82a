/**
 * A local web server on 127.0.0.1 for the fetch tests (the only network they use): routes are plain
 * node:http handlers, and it records every request and how many body bytes each response managed to
 * send, so a test can show the client stopped early.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { expect } from 'vitest';
import { FetchError, type FetchErrorCode } from '../../src/fetch';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  port: number;
  /** Paths requested, in order, with the Host header each came with. */
  requests: { path: string; host: string }[];
  /** Body bytes written by the `endless` route so far. */
  sent: { bytes: number; closed: Promise<void> };
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  let markClosed!: () => void;
  const sent = { bytes: 0, closed: new Promise<void>((r) => (markClosed = r)) };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, host: req.headers.host ?? '' });
    if (path === '/endless') return endless(res, sent, markClosed);
    const route = routes[path.split('?')[0]!];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    sent,
    async close() {
      for (const s of sockets) s.destroy(); // slow routes never end on their own
      server.close();
      await once(server, 'close');
    },
  };
}

/** 200 MB of text, chunked with no Content-Length, written only as fast as the client reads it. */
function endless(res: ServerResponse, sent: TestServer['sent'], markClosed: () => void): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const total = 200 * 1024 * 1024;
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.on('close', markClosed);
  const pump = () => {
    while (sent.bytes < total && !res.destroyed) {
      sent.bytes += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

export const page =
  (body: string | Buffer, contentType = 'text/html; charset=utf-8', headers: Record<string, string> = {}): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, ...headers }).end(body);
  };

export const redirect =
  (location: string, status = 302): Route =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

/** Awaits a refusal and checks it is a FetchError of that kind with a one-line, bounded message. */
export async function refusal(work: Promise<unknown>, code: FetchErrorCode): Promise<string> {
  const err = await work.then(
    () => new Error('expected a refusal, but the fetch succeeded'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  const { message } = err as FetchError;
  expect((err as FetchError).code, message).toBe(code);
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.length).toBeLessThan(200);
  return message;
}
