import { once } from 'node:events';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeText, fetchArticle, type Lookup } from '../../src/fetch';
import { page, redirect, refusal, startServer, type TestServer } from './server';

let server: TestServer;
const local = { allowLoopback: true };

/** A lookup that answers every name with these addresses, and counts its calls. */
function answering(...addresses: string[]): Lookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (host: string) => {
    calls.push(host);
    return addresses.map((address) => ({ address, family: net.isIP(address) }));
  };
  return Object.assign(lookup, { calls });
}

beforeAll(async () => {
  const hops: Record<string, ReturnType<typeof redirect>> = {};
  for (let n = 1; n <= 6; n++) hops[`/hop/${n}`] = redirect(n === 1 ? '/page' : `/hop/${n - 1}`);
  server = await startServer({
    ...hops,
    '/page': page('<p>Hello from Ana Rivera.</p>'),
    '/text': page('plain words', 'text/plain'),
    '/png': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/binary': page(Buffer.alloc(10), 'application/octet-stream'),
    '/untyped': (_req, res) => res.writeHead(200, {}).end('who knows'),
    '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('gone'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-internal': redirect('http://intranet.test/admin'),
    '/to-file': redirect('file:///etc/passwd'),
    '/nowhere': (_req, res) => res.writeHead(302, {}).end(),
    '/declared-huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) });
      res.write('<p>'); // and then nothing: the client must refuse on the header alone
    },
    '/silent': () => {}, // never answers
    '/dribble': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const tick = setInterval(() => (res.destroyed ? clearInterval(tick) : res.write('.')), 20);
    },
    '/gzip-page': page(gzipSync('<p>squeezed</p>'), 'text/html', { 'content-encoding': 'gzip' }),
    // 20 MB of zeros compressed to ~20 KB, with an honest small Content-Length: only counting the
    // decoded bytes catches it
    '/gzip-bomb': page(gzipSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 }), 'text/html', { 'content-encoding': 'gzip' }),
  });
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

describe('fetchArticle: what it returns', () => {
  it('returns the bytes, the content type and the final URL of a page', async () => {
    const got = await fetchArticle(`${server.origin}/page`, local);
    expect(got.body.toString()).toBe('<p>Hello from Ana Rivera.</p>');
    expect(got.contentType).toBe('text/html; charset=utf-8');
    expect(got.finalUrl).toBe(`${server.origin}/page`);
  });

  it('connects to the vetted address while Host stays the name (no second DNS answer can be used)', async () => {
    // a rebinding resolver: public-looking the first time, private afterwards
    let calls = 0;
    const rebinding: Lookup = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.0.0.5', family: 4 }];
    const got = await fetchArticle(`http://news.test:${server.port}/text`, { ...local, lookup: rebinding });
    expect(got.body.toString()).toBe('plain words');
    expect(calls).toBe(1);
    expect(server.requests.at(-1)).toEqual({ path: '/text', host: `news.test:${server.port}` });
  });

  it('undoes gzip', async () => {
    const got = await fetchArticle(`${server.origin}/gzip-page`, local);
    expect(got.body.toString()).toBe('<p>squeezed</p>');
  });

  it('follows 5 redirects, resolving relative Locations against the current URL', async () => {
    const got = await fetchArticle(`${server.origin}/hop/5`, local);
    expect(got.finalUrl).toBe(`${server.origin}/page`);
  });
});

describe('fetchArticle: refusals, before any connection', () => {
  it.each([
    ['ftp://files.example/story.txt'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['data:text/html,<p>hi</p>'],
    ['not a url at all'],
    ['http://reader:secret@news.example/story'],
  ])('refuses %s', async (url) => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const lookup = answering('93.184.216.34');
    const message = await refusal(fetchArticle(url, { lookup }), 'bad-url');
    expect(message).not.toContain('secret');
    expect(lookup.calls).toEqual([]);
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses loopback unless the setting allows it', async () => {
    const before = server.requests.length;
    await refusal(fetchArticle(`${server.origin}/page`), 'blocked');
    await refusal(fetchArticle(`http://[::1]:${server.port}/page`), 'blocked');
    await refusal(fetchArticle(`http://localhost.test:${server.port}/page`, { lookup: answering('127.0.0.1') }), 'blocked');
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ['10.0.0.5'],
    ['192.168.1.1'],
    ['172.16.4.4'],
    ['100.64.0.1'],
    ['169.254.169.254'],
    ['0.0.0.0'],
    ['255.255.255.255'],
    ['224.0.0.1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:10.0.0.5'],
    ['fe80::1'],
    ['fc00::1'],
    ['::'],
  ])('refuses a host that resolves to %s without connecting', async (address) => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const message = await refusal(fetchArticle('http://news.example/story', { lookup: answering(address) }), 'blocked');
    expect(message).toContain('news.example');
    expect(message).toContain(address);
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses if ANY address is private, and allowLoopback does not open private ranges', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    await refusal(fetchArticle('http://news.example/', { lookup: answering('93.184.216.34', '10.0.0.5') }), 'blocked');
    await refusal(fetchArticle('http://news.example/', { ...local, lookup: answering('192.168.1.1') }), 'blocked');
    await refusal(fetchArticle('http://10.0.0.5/'), 'blocked');
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('fetchArticle: redirects', () => {
  it('re-checks a redirect target: a private address is refused before connecting to it', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const message = await refusal(fetchArticle(`${server.origin}/to-metadata`, local), 'blocked');
    expect(message).toContain('169.254.169.254');
    expect(connect).toHaveBeenCalledTimes(1); // the local server only
  });

  it('re-resolves a redirect target host and refuses a private answer', async () => {
    const lookup: Lookup = async (host) => [{ address: host === 'intranet.test' ? '10.1.2.3' : '127.0.0.1', family: 4 }];
    const message = await refusal(fetchArticle(`http://news.test:${server.port}/to-internal`, { ...local, lookup }), 'blocked');
    expect(message).toContain('intranet.test');
  });

  it('refuses a redirect to another scheme, and one without a Location', async () => {
    await refusal(fetchArticle(`${server.origin}/to-file`, local), 'bad-url');
    await refusal(fetchArticle(`${server.origin}/nowhere`, local), 'redirects');
  });

  it('refuses a sixth redirect', async () => {
    const before = server.requests.length;
    const message = await refusal(fetchArticle(`${server.origin}/hop/6`, local), 'redirects');
    expect(message).toContain('5 redirects');
    expect(server.requests.slice(before).map((r) => r.path)).not.toContain('/page');
  });
});

describe('fetchArticle: size, time and type', () => {
  it('stops reading a 200 MB body at the limit', async () => {
    await refusal(fetchArticle(`${server.origin}/endless`, { ...local, maxBytes: 1024 * 1024 }), 'too-large');
    await server.sent.closed;
    expect(server.sent.bytes).toBeLessThan(20 * 1024 * 1024); // the socket buffers a little past the limit, no more
  });

  it('refuses on a declared Content-Length over the limit without waiting for the body', async () => {
    const message = await refusal(fetchArticle(`${server.origin}/declared-huge`, { ...local, timeoutMs: 10_000 }), 'too-large');
    expect(message).toContain('5 MB');
  });

  it('takes no more than a lying (understated) Content-Length, and cuts the sender off', async () => {
    // a raw socket, since node:http will not send more than the length it declared
    let sent = 0;
    const liar = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\n');
        const chunk = Buffer.alloc(64 * 1024, 'b');
        const pump = () => {
          while (!socket.destroyed && sent < 200 * 1024 * 1024) {
            sent += chunk.length;
            if (!socket.write(chunk)) return void socket.once('drain', pump);
          }
        };
        pump();
        socket.on('close', () => liar.close());
      });
    });
    liar.listen(0, '127.0.0.1');
    await once(liar, 'listening');
    const { port } = liar.address() as net.AddressInfo;
    const got = await fetchArticle(`http://127.0.0.1:${port}/`, { ...local, maxBytes: 1024 * 1024 });
    expect(got.body.length).toBe(100);
    await once(liar, 'close');
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('counts decoded bytes: a small gzip body that expands past the limit is refused', async () => {
    await refusal(fetchArticle(`${server.origin}/gzip-bomb`, { ...local, maxBytes: 1024 * 1024 }), 'too-large');
  });

  it('times out when no answer comes, and when the body never ends', async () => {
    const silent = await refusal(fetchArticle(`${server.origin}/silent`, { ...local, timeoutMs: 300 }), 'timeout');
    expect(silent).toContain('0.3 s');
    await refusal(fetchArticle(`${server.origin}/dribble`, { ...local, timeoutMs: 300 }), 'timeout');
  });

  it('times out when DNS never answers', async () => {
    const stuck: Lookup = () => new Promise(() => {});
    await refusal(fetchArticle('http://slow-dns.example/', { lookup: stuck, timeoutMs: 200 }), 'timeout');
  });

  it.each([['/png'], ['/binary'], ['/untyped']])('refuses the content type of %s', async (path) => {
    await refusal(fetchArticle(`${server.origin}${path}`, local), 'type');
  });

  it('accepts a type only when asked for it', async () => {
    await refusal(fetchArticle(`${server.origin}/text`, { ...local, accept: ['text/html'] }), 'type');
  });

  it('reports an error status in one line', async () => {
    const message = await refusal(fetchArticle(`${server.origin}/missing`, local), 'http');
    expect(message).toContain('404');
  });

  it('reports a refused connection in one line', async () => {
    const closed = await startServer({});
    await closed.close();
    await refusal(fetchArticle(`${closed.origin}/page`, local), 'network');
  });
});

describe('decodeText', () => {
  it('decodes by the charset parameter, UTF-8 by default or for an unknown label', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=windows-1252')).toBe('café');
    expect(decodeText(Buffer.from('café'), 'text/html')).toBe('café');
    expect(decodeText(Buffer.from('café'), 'text/html; charset="no-such-charset"')).toBe('café');
  });
});
