import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CACHE_ARTICLES, loadConfig } from '../../src/bot/config';

describe('loadConfig', () => {
  it('needs a token and says where to get it, without echoing secrets', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ DISCORD_TOKEN: '   ' })).toThrow(/DISCORD_TOKEN is not set/);
  });

  it('treats empty .env values as unset and applies defaults', () => {
    const c = loadConfig({ DISCORD_TOKEN: 't0ken', DISCORD_GUILD_ID: '', DISCORD_API_BASE: '', DATA_DIR: '' });
    expect(c).toMatchObject({ guildId: null, apiBase: null, dataDir: 'data/articles', logLevel: 'info', messageContent: false, clientId: null });
  });

  it('reads the REST base, the Message Content opt-in and ids', () => {
    const c = loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_BASE: 'http://127.0.0.1:9/api/', DISCORD_MESSAGE_CONTENT: 'true', DISCORD_CLIENT_ID: '123' });
    expect(c).toMatchObject({ apiBase: 'http://127.0.0.1:9/api', messageContent: true, clientId: '123' });
  });

  it('rejects malformed values in one line naming the variable', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'secret-value', DISCORD_GUILD_ID: 'abc' })).toThrow(/DISCORD_GUILD_ID/);
    expect(() => loadConfig({ DISCORD_TOKEN: 'secret-value', LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    const err = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: 'secret-value', DISCORD_API_BASE: 'not a url' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.message).toMatch(/DISCORD_API_BASE/);
    expect(err?.message).not.toContain('secret-value');
    expect(err?.message).not.toContain('\n');
  });

  it('puts the servers\' library beside the articles unless told otherwise, and bounds its cache', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DATA_DIR: '/srv/articles' })).toMatchObject({ libraryDb: '/srv/articles/.dossier-library.sqlite', libraryCacheArticles: DEFAULT_CACHE_ARTICLES });
    expect(loadConfig({ DISCORD_TOKEN: 't', LIBRARY_DB: '/var/lib/dossier.sqlite', LIBRARY_CACHE_ARTICLES: '400' })).toMatchObject({ libraryDb: '/var/lib/dossier.sqlite', libraryCacheArticles: 400 });
    expect(() => loadConfig({ DISCORD_TOKEN: 't', LIBRARY_CACHE_ARTICLES: '0' })).toThrow(/LIBRARY_CACHE_ARTICLES/);
  });

  it('requires the client id only for deploying', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 't' }, { clientId: true })).toThrow(/DISCORD_CLIENT_ID/);
  });
});
