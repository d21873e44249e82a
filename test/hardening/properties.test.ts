/**
 * 10,000 generated hostile inputs through every command handler (via the real router, the real Dossier over
 * data/articles) and the Discord renderers: nothing throws, every payload stays within Discord's limits, parses
 * no mentions, and shows echoed text escaped (no live Markdown, mention syntax, lone surrogates or direction
 * overrides). The same checks run against the fake Discord in bot-properties.test.ts with fewer inputs.
 */
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import type { Answer } from '../../src/answer/types';
import type { Command } from '../../src/bot/command';
import { loadConfig } from '../../src/bot/config';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR } from '../../src/bot/register';
import { createRouter } from '../../src/bot/router';
import { renderAnswer } from '../../src/render/discord/answer';
import { toChoices, threadName } from '../../src/render/discord/choices';
import { decodeButton, encodeButton } from '../../src/render/discord/custom-id';
import { hostileText, payloadProblems } from './hostile';
import { mockInteraction, type MockSpec } from './mock-interaction';

const logLines: string[] = [];
let route: (spec: MockSpec) => Promise<Record<string, unknown>[]>;

beforeAll(async () => {
  const { dossier } = await Dossier.load('data/articles');
  const config = loadConfig({ DISCORD_TOKEN: 'dummy-token', DISCORD_MESSAGE_CONTENT: 'true' });
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  const logger = createLogger('warn', ['dummy-token'], sink);
  const commands: Command[] = await loadCommands(COMMANDS_DIR, logger);
  const router = createRouter(commands, { dossier, config, logger });
  route = async (spec) => {
    const { interaction, sent } = mockInteraction(spec);
    await router(interaction);
    return sent.map((s) => s.body);
  };
});

/** Runs one interaction and fails with the input when a payload is unsafe, no answer came, or a handler failed. */
async function expectSafe(spec: MockSpec): Promise<void> {
  const before = logLines.length;
  const bodies = await route(spec);
  const failures = logLines.slice(before).filter((l) => l.includes('handler failed'));
  const problems = [...bodies.flatMap(payloadProblems), ...(bodies.length === 0 ? ['no answer'] : []), ...failures];
  if (problems.length > 0) throw new Error(`${JSON.stringify(spec).slice(0, 300)}\n${problems.join('\n')}`);
}

const RUNS = { slash: 4000, autocomplete: 1500, menu: 1500, button: 1000, render: 2000 };
const bool = fc.option(fc.boolean(), { nil: undefined });
let users = 0;

// thousands of generated runs each: the timeout guards against a hang, it measures nothing (a loaded machine takes 3× longer)
describe('every command handler, fed hostile text', { timeout: 120_000 }, () => {
  it(`${RUNS.slash} slash commands with hostile options answer safely`, async () => {
    const spec = fc.oneof(
      fc.record({ command: fc.constant('ask'), options: fc.record({ question: hostileText, article: hostileText, public: bool }, { requiredKeys: ['question'] }) }),
      fc.record({ command: fc.constant('actor'), options: fc.record({ name: hostileText, public: bool }, { requiredKeys: ['name'] }) }),
      fc.record({ command: fc.constant('claims'), options: fc.record({ actor: hostileText, topic: hostileText, public: bool }, { requiredKeys: [] }) }),
      fc.record({ command: fc.constant('source'), options: fc.record({ paragraph: fc.integer({ min: -5, max: 200 }), article: hostileText }, { requiredKeys: ['paragraph'] }) }),
      fc.record({ command: fc.constantFrom('timeline', 'about', 'help', 'brief'), options: fc.record({ public: bool, thread: bool }, { requiredKeys: [] }) }),
      fc.record({ command: fc.constantFrom('timeline', 'brief'), options: fc.record({ article: hostileText, thread: bool }, { requiredKeys: ['article'] }) }),
      fc.record({
        command: fc.constant('digest'),
        options: fc.record({ limit: fc.integer({ min: -1, max: 500 }) }, { requiredKeys: [] }),
        channelMessages: fc.array(fc.record({ id: fc.constant('1'), content: hostileText, author: fc.record({ username: hostileText, global_name: fc.option(hostileText), bot: fc.boolean() }) }), { maxLength: 8 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        // A fresh user each time, so per-user cooldowns on heavy commands do not hide the handler.
        await expectSafe({ kind: 'slash', userId: String(1_400_000_000_000_000_000n + BigInt(users++)), ...(s as Omit<MockSpec, 'kind'>) });
      }),
      { numRuns: RUNS.slash },
    );
  });

  it(`${RUNS.autocomplete} autocompletes (names, and articles on every command that cites) stay within 25 choices of 1–100 characters`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('actor', 'claims'), hostileText, async (command, focused) => expectSafe({ kind: 'autocomplete', command, focused })),
      { numRuns: RUNS.autocomplete },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('ask', 'actor', 'claims', 'timeline', 'source', 'brief'), hostileText, async (command, focused) =>
        expectSafe({ kind: 'autocomplete', command, focused, focusedOption: 'article' }),
      ),
      { numRuns: RUNS.autocomplete },
    );
  });

  it(`${RUNS.menu} "Find sources" on hostile messages answers safely`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (targetContent) => expectSafe({ kind: 'menu', command: 'Find sources', targetContent })),
      { numRuns: RUNS.menu },
    );
  });

  it(`${RUNS.button} button clicks with hostile or forged custom_ids answer safely`, async () => {
    const forged = fc.oneof(
      hostileText,
      hostileText.map((t) => encodeButton({ action: 'more', page: 1, request: { kind: 'ask', question: t } }) ?? 'dz1|share'),
      hostileText.map((t) => `dz1|more|${encodeURIComponent(t.replace(/[\uD800-\uDFFF]/g, ''))}|ask|x`),
      fc.tuple(hostileText, fc.integer({ min: -1, max: 100_000 })).map(([a, p]) => `dz1|src|${a.replace(/[\uD800-\uDFFF]/g, '').slice(0, 40)}|${p}`),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (customId) => expectSafe({ kind: 'button', customId })),
      { numRuns: RUNS.button },
    );
  });
});

describe('the Discord renderers, fed hostile answers', () => {
  const citation = fc.record({
    article: hostileText,
    articleTitle: fc.option(hostileText),
    paragraph: fc.integer({ min: 0, max: 10_000 }),
    text: hostileText,
    start: fc.nat(),
    end: fc.nat(),
  });
  const answer: fc.Arbitrary<Answer> = fc.record({
    kind: fc.constantFrom('ask', 'actor', 'claims', 'timeline', 'source', 'brief', 'digest', 'check', 'about', 'help'),
    answered: fc.boolean(),
    title: hostileText,
    text: hostileText,
    citations: fc.array(citation, { maxLength: 12 }),
    sections: fc.array(fc.record({ heading: hostileText, items: fc.array(fc.record({ text: hostileText, citation: fc.option(citation, { nil: undefined }) }, { requiredKeys: ['text'] }), { maxLength: 15 }) }), { maxLength: 3 }),
    suggestions: fc.array(hostileText, { maxLength: 15 }),
    notes: fc.array(hostileText, { maxLength: 5 }),
  });

  it(`${RUNS.render} answers render on every page within limits, escaped, with buttons that decode`, () => {
    fc.assert(
      fc.property(answer, hostileText, fc.nat({ max: 5 }), (a, question, page) => {
        const first = renderAnswer(a, { request: { kind: 'ask', question }, shareable: true, page });
        const problems = payloadProblems({ embeds: first.embeds, components: first.components, allowed_mentions: { parse: [] } });
        for (const row of first.components) for (const c of row.components) if ('custom_id' in c) expect(decodeButton(c.custom_id).ok).toBe(true);
        const choices = toChoices(a.suggestions.map((s) => ({ name: s, value: s })));
        problems.push(...payloadProblems({ choices }));
        const thread = threadName(a.title);
        if (thread.length < 1 || thread.length > 100) problems.push(`thread name length ${thread.length}`);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS.render },
    );
  });
});

describe('the run as a whole', () => {
  it('generated 10,000 inputs in total', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});
