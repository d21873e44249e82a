/**
 * A local fake Discord for end-to-end tests: REST under http://127.0.0.1:PORT/api (discord.js adds
 * /v10/…) and a JSON gateway on ws://127.0.0.1:PORT. It speaks just enough of the protocol for the
 * real discord.js client (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatches) and
 * records everything the bot sends so tests can assert on it.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '900000000000000001';
export const GUILD_ID = '900000000000000002';
export const CHANNEL_ID = '900000000000000003';
export const USER_ID = '900000000000000004';

const GUILD_TEXT = 0;
const PUBLIC_THREAD = 11;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorized: boolean;
  at: number;
  /** The status the fake answered with (set once it has answered). */
  status?: number;
}

type Json = Record<string, unknown>;

/** A REST fault to inject: the next `times` requests matching `path` (and `method`) get this answer. */
export interface Fault {
  path: RegExp;
  method?: string;
  status: 429 | 500 | 502 | 503;
  times: number;
  /** Seconds, for 429: sent as Retry-After, X-RateLimit-Reset-After and the body's retry_after, as Discord does. */
  retryAfter?: number;
  /** A global rate limit (X-RateLimit-Global) rather than a per-route one. */
  global?: boolean;
}

export interface FakeDiscordOptions {
  token: string;
  /** Close the gateway with 4014 when the bot asks for Message Content (as Discord does when it is not granted). */
  grantMessageContent?: boolean;
}

let nextId = 1_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return (BigInt('1100000000000000000') + nextId).toString();
}

export const user = { id: USER_ID, username: 'reader', global_name: 'Reader', discriminator: '0', avatar: null };
const botUser = { id: BOT_ID, username: 'Dossier', discriminator: '0', avatar: null, bot: true };

export function message(channelId: string, fields: Json = {}): Json {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author: botUser,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...fields,
  };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Messages the bot can read with GET /channels/:id/messages, newest first as Discord returns them. */
  readonly channelMessages = new Map<string, Json[]>();
  /** Channels known to the fake (the guild's text channel and any thread the bot opens). */
  readonly channels = new Map<string, Json>();
  /** Paths answered with 403 Missing Permissions, as when the bot lacks a permission in a channel. */
  readonly forbidden: RegExp[] = [];
  /** REST faults still to be served, consumed in order of arrival. */
  readonly faults: Fault[] = [];
  /** Gateway sessions opened with IDENTIFY, and sessions resumed with RESUME. */
  identifies = 0;
  resumes = 0;
  /** Files served at `${attachmentBase}/NAME`, as Discord's CDN serves attachments. */
  readonly attachments = new Map<string, Buffer>();
  /** Told about every request once it is answered (load runs use it instead of scanning `requests`). */
  readonly observers = new Set<(request: RecordedRequest) => void>();
  identify: Json | null = null;
  private socket: WebSocket | null = null;
  private seq = 0;
  private readonly sessionId = 'fake-session';
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {
    this.channels.set(CHANNEL_ID, { id: CHANNEL_ID, type: GUILD_TEXT, guild_id: GUILD_ID, name: 'news', position: 0, permission_overwrites: [] });
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    const fake = new FakeDiscord(http, wss, options);
    http.on('request', (req, res) => void fake.onRequest(req, res));
    wss.on('connection', (ws) => fake.onSocket(ws));
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    return fake;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get attachmentBase(): string {
    return `http://127.0.0.1:${this.port}/attachments`;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Resolves when `check` finds something in what the bot sent, or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the bot');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Closes the bot's gateway connection as Discord does when it drops a session (4000 is resumable). */
  dropGateway(code = 4000): void {
    if (!this.socket) throw new Error('no bot connected to the fake gateway');
    if (code === 1006) this.socket.terminate();
    else this.socket.close(code, 'dropped by the fake');
    this.socket = null;
  }

  /** Forgets the recorded requests (long runs would otherwise keep every one in memory). */
  forget(): void {
    this.requests.length = 0;
  }

  /** Sends a gateway dispatch (op 0) to the connected bot. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket) throw new Error('no bot connected to the fake gateway');
    this.seq += 1;
    this.socket.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  /** Requests the bot made to a path matching `pattern`. */
  sent(pattern: RegExp, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => pattern.test(r.path) && (!method || r.method === method));
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => this.onGateway(ws, JSON.parse(String(raw)) as { op: number; d: Json }));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
  }

  private onGateway(ws: WebSocket, { op, d }: { op: number; d: Json }): void {
    const send = (payload: Json): void => ws.send(JSON.stringify(payload));
    if (op === 1) send({ op: 11 });
    if (op === 2) {
      this.identify = d;
      this.identifies += 1;
      if (d.token !== this.options.token) return ws.close(4004, 'Authentication failed.');
      const messageContent = 1 << 15;
      if ((Number(d.intents) & messageContent) !== 0 && !this.options.grantMessageContent) return ws.close(4014, 'Disallowed intent(s).');
      this.seq += 1;
      send({
        op: 0,
        t: 'READY',
        s: this.seq,
        d: {
          v: 10,
          user: botUser,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: BOT_ID, flags: 0 },
        },
      });
      this.dispatch('GUILD_CREATE', this.guild());
    }
    if (op === 6) {
      this.resumes += 1;
      this.socket = ws;
      this.seq += 1;
      send({ op: 0, t: 'RESUMED', s: this.seq, d: {} });
    }
  }

  private guild(): Json {
    return {
      id: GUILD_ID,
      name: 'Newsroom',
      unavailable: false,
      owner_id: USER_ID,
      member_count: 2,
      large: false,
      features: [],
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      channels: [...this.channels.values()].filter((c) => c.type === GUILD_TEXT),
      threads: [],
      joined_at: new Date().toISOString(),
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const authorized = req.headers.authorization === `Bot ${this.options.token}`;
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, path, query: url.searchParams, body, authorized, at: Date.now() };
    this.requests.push(record);
    const reply = (status: number, json?: unknown): void => {
      record.status = status;
      for (const observe of this.observers) observe(record);
      if (json === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      this.notify();
    };
    if (this.forbidden.some((p) => p.test(path))) return reply(403, { message: 'Missing Permissions', code: 50013 });
    const file = /^\/attachments\/(.+)$/.exec(path);
    if (file && method === 'GET') {
      const bytes = this.attachments.get(file[1]!);
      record.status = bytes ? 200 : 404;
      // typed as Discord's CDN types uploads: by their extension
      res.writeHead(record.status, bytes ? { 'content-type': /\.html?$/i.test(file[1]!) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' } : {}).end(bytes);
      return;
    }
    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method));
    if (fault) {
      fault.times -= 1;
      record.status = fault.status;
      return this.replyFault(res, fault);
    }
    const route = this.route(method, path, url.searchParams, body as Json);
    if (route.auth && !authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
    reply(route.status, route.json);
  }

  private replyFault(res: ServerResponse, fault: Fault): void {
    if (fault.status === 429) {
      const after = fault.retryAfter ?? 0.2;
      res
        .writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(after),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(after),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': fault.global ? 'global' : 'user',
          ...(fault.global && { 'x-ratelimit-global': 'true' }),
        })
        .end(JSON.stringify({ message: 'You are being rate limited.', retry_after: after, global: fault.global ?? false }));
    } else {
      res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `${fault.status}: Internal Server Error`, code: 0 }));
    }
    this.notify();
  }

  private route(method: string, path: string, query: URLSearchParams, body: Json): { status: number; json?: unknown; auth: boolean } {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        auth: true,
        status: 200,
        json: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return { auth: false, status: 204 };
    }
    if ((m = path.match(/^\/webhooks\/\d+\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
      const data = { ...message(CHANNEL_ID, { author: botUser }), ...(body ?? {}) };
      return { auth: false, status: 200, json: data };
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/threads$/))) {
      const thread = { id: snowflake(), type: PUBLIC_THREAD, guild_id: GUILD_ID, parent_id: m[1], name: body.name, owner_id: BOT_ID, thread_metadata: { archived: false, auto_archive_duration: body.auto_archive_duration ?? 1440, locked: false, archive_timestamp: new Date().toISOString() }, message_count: 0, member_count: 1 };
      this.channels.set(thread.id, thread);
      return { auth: true, status: 201, json: thread };
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const channelId = m[1]!;
      if (method === 'POST') return { auth: true, status: 200, json: message(channelId, body) };
      const limit = Number(query.get('limit') ?? 50);
      return { auth: true, status: 200, json: (this.channelMessages.get(channelId) ?? []).slice(0, limit) };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? body : [];
      return { auth: true, status: 200, json: list.map((c: Json) => ({ ...c, id: snowflake(), application_id: BOT_ID, version: '1' })) };
    }
    return { auth: false, status: 404, json: { message: '404: Not Found', code: 0 } };
  }
}
