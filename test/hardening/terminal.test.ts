/**
 * Article text is data, not terminal commands: an article carrying escape sequences (OSC 52 writes the
 * clipboard, CSI 2J clears the screen, BEL, CR overwriting a line, C1 CSI, direction overrides) is printed by
 * the CLI with those characters removed, and --json stays valid JSON with the text intact but escaped.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/bot/logger';
import { terminalJson, terminalSafe } from '../../src/render/terminal';

const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const CLEAR = '\u001b[2J';
const HOSTILE = `---\ntitle: Port${CLEAR} news\u001b]0;pwned\u0007\n---\nThe harbour reopened${OSC52} on Monday, the port authority said.\r Nothing\u009b2J happened\u202e here.\n\nThe mayor said the port would stay open.\n`;
/** Every character a terminal acts on rather than shows (tab and newline are layout). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-terminal-'));
  copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(dir, '000_seed.txt'));
  writeFileSync(join(dir, '001_hostile.md'), HOSTILE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli.ts', ...args, '--data', dir], { encoding: 'utf8' });

describe('terminal output', () => {
  it('strips control characters but keeps newlines, tabs and all visible text', () => {
    expect(terminalSafe(`a${OSC52}b${CLEAR}c\r\u0007\u009b\u202ed\n\te`)).toBe('a]52;c;cm0gLXJmIH4=b[2Jcd\n\te');
    expect(terminalSafe('Plain text, «quoted», émigré 😀.')).toBe('Plain text, «quoted», émigré 😀.');
  });

  it('JSON for a terminal, and every bot log line, escape what JSON.stringify leaves raw, and mean the same', () => {
    const value = { reason: `a\u009b2J\u202eb${CLEAR}\u007f` };
    expect(terminalJson(value)).not.toMatch(CONTROL);
    expect(JSON.parse(terminalJson(value))).toEqual(value);
    const lines: string[] = [];
    const logger = createLogger('info', [], new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    logger.warn(value, 'skipped an article');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(CONTROL);
    expect((JSON.parse(lines[0]!) as { reason: string }).reason).toBe(value.reason);
  });

  it.each([
    ['source', '1', '001_hostile'],
    ['brief', '001_hostile'],
    ['about'],
    ['console', '/source paragraph: 1 article: 001_hostile'],
  ])('cli %s prints the hostile article without a control character', (...args) => {
    const out = cli(...args);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/harbour reopened|Port/);
    expect(out.stdout).not.toMatch(CONTROL);
    expect(out.stderr).not.toMatch(CONTROL);
  }, 60_000);

  it('--json is valid JSON carrying the text, with no raw control character in the bytes', () => {
    const out = cli('source', '1', '001_hostile', '--json');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).not.toMatch(CONTROL);
    const json = JSON.parse(out.stdout) as { paragraphs: { text: string }[] };
    expect(json.paragraphs[0]!.text).toContain(`reopened${OSC52} on Monday`);
    expect(json.paragraphs[0]!.text).toContain('\u009b2J');
  }, 60_000);

  it('a skipped file with escapes in its name is named on stderr without them', () => {
    writeFileSync(join(dir, `002_bad${CLEAR}.md`), 'Text.\n');
    try {
      const out = cli('about');
      expect(out.status).toBe(0);
      expect(out.stderr).toMatch(/skipped .*002_bad.*control characters/);
      expect(out.stderr).not.toMatch(CONTROL);
    } finally {
      rmSync(join(dir, `002_bad${CLEAR}.md`));
    }
  }, 60_000);
});
