import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/article/read';
import { discordAttachment, type Lookup } from '../../src/fetch';
import { page, redirect, refusal, startServer, type TestServer } from './server';

let cdn: TestServer;
let elsewhere: TestServer;
const CDN_FILE = 'https://cdn.discordapp.com/attachments/111/222/story.md';

/** Must never be called: every case here is refused before DNS. */
const noLookup: Lookup = async () => {
  throw new Error('lookup was called');
};

beforeAll(async () => {
  elsewhere = await startServer({ '/story.md': page('elsewhere', 'text/markdown') });
  cdn = await startServer({
    '/attachments/1/2/story.md': page('# A story\n\nFirst paragraph.', 'text/markdown; charset=utf-8'),
    '/attachments/1/2/big.txt': page('x'.repeat(5000), 'text/plain'),
    '/attachments/1/2/away': redirect(`${elsewhere.origin}/story.md`),
  });
});
afterAll(async () => {
  await cdn.close();
  await elsewhere.close();
});
afterEach(() => vi.restoreAllMocks());

describe('discordAttachment: refused before any request', () => {
  it.each([
    ['https://evil.example/attachments/1/2/story.md'],
    ['https://cdn.discordapp.com.evil.example/story.md'],
    ['https://discordapp.com.evil.example/story.md'],
    ['http://cdn.discordapp.com/attachments/1/2/story.md'], // not https
    ['https://cdn.discordapp.com:8443/attachments/1/2/story.md'],
  ])('refuses %s as not Discord', async (url) => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const message = await refusal(discordAttachment(url, 10, { lookup: noLookup }), 'not-allowed');
    expect(message).toContain('not Discord');
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses a declared size over the limit without resolving or connecting', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const message = await refusal(discordAttachment(CDN_FILE, 200 * 1024 * 1024, { lookup: noLookup }), 'too-large');
    expect(message).toBe('refused: the attachment is 200 MB; the limit is 2 MB');
    await refusal(discordAttachment(CDN_FILE, 5000, { lookup: noLookup, maxBytes: 4000 }), 'too-large');
    expect(connect).not.toHaveBeenCalled();
  });

  it.each([[NaN], [-1], [1.5]])('refuses a size of %s', async (size) => {
    await refusal(discordAttachment(CDN_FILE, size, { lookup: noLookup }), 'too-large');
  });

  it("still vets the address of Discord's own hosts", async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const lookup: Lookup = async () => [{ address: '10.0.0.5', family: 4 }];
    await refusal(discordAttachment(CDN_FILE, 10, { lookup }), 'blocked');
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('discordAttachment against a local fake CDN', () => {
  const fake = () => ({ cdnOrigin: cdn.origin, allowLoopback: true });

  it('downloads from the configured fake CDN origin', async () => {
    const got = await discordAttachment(`${cdn.origin}/attachments/1/2/story.md`, 26, fake());
    expect(got.body.toString()).toBe('# A story\n\nFirst paragraph.');
    expect(got.contentType).toBe('text/markdown; charset=utf-8');
  });

  it('needs the fake origin to be configured, and loopback to be allowed', async () => {
    await refusal(discordAttachment(`${cdn.origin}/attachments/1/2/story.md`, 26, { allowLoopback: true }), 'not-allowed');
    await refusal(discordAttachment(`${cdn.origin}/attachments/1/2/story.md`, 26, { cdnOrigin: cdn.origin }), 'blocked');
  });

  it('refuses a redirect off the CDN', async () => {
    const before = elsewhere.requests.length;
    await refusal(discordAttachment(`${cdn.origin}/attachments/1/2/away`, 10, fake()), 'not-allowed');
    expect(elsewhere.requests.length).toBe(before);
  });

  it('limits the download even when the declared size understated it', async () => {
    await refusal(discordAttachment(`${cdn.origin}/attachments/1/2/big.txt`, 100, { ...fake(), maxBytes: 1000 }), 'too-large');
    const got = await discordAttachment(`${cdn.origin}/attachments/1/2/big.txt`, 100, fake());
    expect(got.body.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  });
});
