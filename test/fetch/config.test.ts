import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/bot/config';
import { loadFetchConfig } from '../../src/fetch';

describe('loadFetchConfig', () => {
  it('keeps the safe defaults when nothing (or an empty value) is set', () => {
    const c = loadFetchConfig({ DOSSIER_FETCH_ALLOW_LOOPBACK: '', DOSSIER_DISCORD_CDN: '' });
    expect(c.article).toEqual({ allowLoopback: false });
    expect(c.attachment).toEqual({ allowLoopback: false, cdnOrigin: null });
  });

  it('reads every setting', () => {
    const c = loadFetchConfig({
      DOSSIER_FETCH_ALLOW_LOOPBACK: 'true',
      DOSSIER_FETCH_MAX_BYTES: '1048576',
      DOSSIER_ATTACHMENT_MAX_BYTES: '65536',
      DOSSIER_FETCH_TIMEOUT_MS: '5000',
      DOSSIER_DISCORD_CDN: 'http://127.0.0.1:9999',
    });
    expect(c.article).toEqual({ allowLoopback: true, timeoutMs: 5000, maxBytes: 1048576 });
    expect(c.attachment).toEqual({ allowLoopback: true, timeoutMs: 5000, maxBytes: 65536, cdnOrigin: 'http://127.0.0.1:9999' });
  });

  it.each([
    ['DOSSIER_FETCH_ALLOW_LOOPBACK', 'maybe'],
    ['DOSSIER_FETCH_MAX_BYTES', '5 MB'],
    ['DOSSIER_FETCH_MAX_BYTES', '-1'],
    ['DOSSIER_FETCH_TIMEOUT_MS', '0'],
    ['DOSSIER_DISCORD_CDN', 'ftp://127.0.0.1/'],
  ])('refuses %s=%s in one line naming the variable', (name, value) => {
    let err: unknown;
    try {
      loadFetchConfig({ [name]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain(name);
    expect((err as Error).message).not.toMatch(/\n/);
  });
});
