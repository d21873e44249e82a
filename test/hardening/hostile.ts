/** Generators of what a public server sends, and the checks every payload the bot sends must pass. */
import fc from 'fast-check';
import { limitViolations, type MessageShape } from '../../src/render/discord/limits';

const SPECIALS = [
  '',
  ' ',
  '\n\n\t ',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&223456789012345678>',
  '<#323456789012345678>',
  '</ask:423456789012345678>',
  '<t:1700000000:R>',
  '<:emoji:523456789012345678>',
  '```js\nconsole.log(1)\n```',
  '`code`',
  '**bold** __under__ ~~strike~~ ||spoiler|| *it* _it_',
  '# heading',
  '-# subtext',
  '> quote',
  '- bullet',
  '1. numbered',
  '[masked](https://example.org/x_y)',
  '\\',
  '\u202Ereversed\u202C',
  '\u2067isolate\u2069',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uD800',
  '😀👍🏽👨‍👩‍👧‍👦🇺🇦',
  'مرحبا بالعالم',
  'שלום',
  'Who said the vote was rigged?',
  'When did the protests start?',
  'president',
  'dz1|more|0|ask|x',
  '%E0%A4%A',
  '\u0000\u0007\u001b[31m',
];

const char = fc.oneof(
  fc.constantFrom(...'abc XYZ.,?!"\'“”—-_*~|`>#@<>:/\\\n'.split('')),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x20, max: 0x2fff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u202E', '\u200B', '😀', '🏳️‍🌈'),
);

/** Text a user could type or paste: short mixes of the specials above and random characters, now and then 6,000 characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: char, maxLength: 12 })), { maxLength: 6 }).map((p) => p.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: char, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SPECIALS), fc.integer({ min: 5000, max: 6000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n)) },
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const RAW_MENTION = /@(everyone|here)|<(@[!&]?|#)\d+>|<\/[^>\s]+:\d+>|<a?:\w+:\d+>|<t:\d+/;
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Markdown that would render: what is left once every backslash escape is removed. */
function formattingIn(text: string): string | null {
  // An escape pair becomes a plain letter, so what follows it is not mistaken for the start of a line.
  const bare = text.replace(/\\[\s\S]/g, 'e');
  if (/`/.test(bare)) return 'code';
  if (/\*/.test(bare)) return 'bold/italic';
  if (/~~/.test(bare)) return 'strikethrough';
  if (/\|\|/.test(bare)) return 'spoiler';
  if (/\[[^\]]*\]\(/.test(bare)) return 'masked link';
  if (/^\s*(#{1,3} |-# |>|[-*+] |\d+\. )/m.test(bare)) return 'line markup';
  return null;
}

/** Every problem of one payload the bot would send (limits, mentions, unescaped markup, broken text); empty when safe. */
export function payloadProblems(body: Record<string, unknown>): string[] {
  if ('choices' in body) return choiceProblems(body.choices);
  const msg = body as MessageShape & { allowed_mentions?: unknown };
  const out = limitViolations(msg);
  if (JSON.stringify(msg.allowed_mentions) !== '{"parse":[]}') out.push(`allowed_mentions ${JSON.stringify(msg.allowed_mentions)}`);
  // [where, text, verbatim]: a verbatim citation may keep the article's own direction controls.
  const texts: [string, string, boolean][] = [];
  if (msg.content) texts.push(['content', msg.content.replace(/^Briefing posted in <#\d+>\.$/, ''), false]);
  for (const e of msg.embeds ?? []) {
    if (e.title) texts.push(['title', e.title, false]);
    if (e.description) texts.push(['description', e.description, false]);
    if (e.footer) texts.push(['footer', e.footer.text, false]);
    for (const f of e.fields ?? []) {
      const citation = /^¶\d+/.test(f.name);
      texts.push(['field name', f.name, false]);
      // A citation is a verbatim sentence in a block quote: the "> " is the renderer's own.
      texts.push(['field value', citation ? f.value.replace(/^> /gm, '') : f.value, citation]);
    }
  }
  for (const row of msg.components ?? []) for (const c of row.components) if ('label' in c && c.label) texts.push(['label', c.label, false]);
  for (const [where, text, verbatim] of texts) {
    if (LONE_SURROGATE.test(text)) out.push(`${where}: lone surrogate`);
    if (RAW_MENTION.test(text)) out.push(`${where}: raw mention ${RAW_MENTION.exec(text)![0]}`);
    if (!verbatim && DIRECTION_CONTROL.test(text)) out.push(`${where}: direction control`);
    const markup = where === 'footer' || where === 'label' || where === 'content' ? null : formattingIn(text);
    if (markup) out.push(`${where}: unescaped ${markup} in ${JSON.stringify(text.slice(0, 120))}`);
  }
  return out;
}

function choiceProblems(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices is not an array'];
  const out: string[] = [];
  if (choices.length > 25) out.push(`${choices.length} choices`);
  for (const c of choices as { name: string; value: string }[]) {
    if (c.name.length < 1 || c.name.length > 100) out.push(`choice name length ${c.name.length}`);
    if (c.value.length < 1 || c.value.length > 100) out.push(`choice value length ${c.value.length}`);
    if (LONE_SURROGATE.test(c.name + c.value)) out.push('choice: lone surrogate');
  }
  return out;
}
