/**
 * Run by tls.test.ts in a child process, because Node reads NODE_EXTRA_CA_CERTS (the test's
 * self-signed CA for news.test) only at start-up. Prints one JSON line: what each fetch gave.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { fetchArticle, type Lookup } from '../../src/fetch';

const dir = new URL('./tls/', import.meta.url);
const server = createServer({ key: readFileSync(new URL('key.pem', dir)), cert: readFileSync(new URL('cert.pem', dir)) }, (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end(`sni=${(req.socket as TLSSocket).servername}`);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;
const lookup: Lookup = async () => [{ address: '127.0.0.1', family: 4 }];
const results: Record<string, string> = {};
for (const host of ['news.test', 'other.test']) {
  results[host] = await fetchArticle(`https://${host}:${port}/`, { allowLoopback: true, lookup }).then(
    (got) => got.body.toString(),
    (err: Error) => err.message,
  );
}
server.close();
console.log(JSON.stringify(results));
