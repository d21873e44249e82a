/**
 * `npm start` and `npm run deploy` against a Discord that echoes the Authorization header (`Bot <token>`) in
 * its error messages, as a proxy or a REST error can: whatever they print, on stdout or stderr, the token is
 * never in it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TOKEN = 'echoed.hardening-token.NEVER-PRINT-ME-77';
let server: Server;
let apiBase: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 50035, message: `Invalid Form Body: header Authorization was ${req.headers.authorization} for ${req.url}` }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')));
  const child = spawn(command, args, { env: { ...clean, DOTENV_CONFIG_PATH: '/nonexistent/.env', DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: apiBase, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 90_000);
  return new Promise((resolve) => child.once('close', (code) => (clearTimeout(timer), resolve({ code, output }))));
}

describe('a REST error that echoes the token', () => {
  it('npm run deploy fails with one line, and the token is not in it', async () => {
    const out = await run('npx', ['tsx', 'src/bot/deploy.ts'], { DISCORD_CLIENT_ID: '123456789012345678' });
    expect(out.code).toBe(1);
    expect(out.output).toMatch(/registration failed: Invalid Form Body/);
    expect(out.output).toContain('[redacted]');
    expect(out.output).not.toContain(TOKEN);
  }, 100_000);

  it('npm start fails to start, says why, and the token is not in anything it printed', async () => {
    const out = await run('npm', ['start', '--silent'], { DATA_DIR: 'data/articles', LOG_LEVEL: 'debug' });
    expect(out.code).toBe(1);
    expect(out.output).toMatch(/could not start: Invalid Form Body/);
    expect(out.output).not.toContain(TOKEN);
  }, 100_000);
});
