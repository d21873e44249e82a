// Safe fetching of article links and Discord attachments (no discord.js here: callers pass plain URLs and sizes).
export { fetchArticle, DEFAULT_PAGE_MAX_BYTES } from './article';
export { discordAttachment, DISCORD_CDN_HOSTS, type AttachmentOptions } from './discord';
export { ARTICLE_TYPES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS, type Fetched, type FetchOptions } from './get';
export { FetchError, type FetchErrorCode } from './errors';
export { decodeText } from './decode';
export { loadFetchConfig, type FetchConfig } from './config';
export type { Lookup, ResolvedAddress } from './address';
