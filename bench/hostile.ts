/**
 * Pathological article texts, as an attacker would write them: runs of one character or one phrase that push a
 * stage into its worst case (sentence ends, quotation marks, capitalised words, cues, dates, …). Deterministic:
 * the same seed, family and size give the same text. Names are invented syllables, never an article's.
 */
import { MAX_ARTICLE_BYTES } from '../src/article/read';
import { SPIN_SUBSTITUTIONS } from '../src/lexicon/spin';

export type Rng = () => number;

/** mulberry32: a small seeded generator, enough for varied words. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tor', 'sa', 'del', 'ri', 'nov', 'bel', 'ar', 'ost', 'ul', 'zen', 'pa', 'dor', 'emi', 'gan', 'hil', 'jo'];
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const word = (r: Rng) => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, SYLLABLES)).join('');
const Name = (r: Rng) => {
  const w = word(r);
  return w[0]!.toUpperCase() + w.slice(1);
};
const LOWER = ['the', 'plan', 'was', 'a', 'failure', 'and', 'of', 'in', 'vote', 'council', 'minister', 'that', 'would', 'cost', 'more'];

/** Repeats `unit()` until the text reaches `bytes` UTF-8 bytes (never more). */
function fill(bytes: number, unit: () => string): string {
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const u = unit();
    const b = Buffer.byteLength(u);
    if (size + b > bytes) break;
    parts.push(u);
    size += b;
  }
  return parts.join('');
}
const rep = (u: string) => (bytes: number) => fill(bytes, () => u);
const gen = (f: (r: Rng) => string) => (bytes: number, r: Rng) => fill(bytes, () => f(r));

/** Each family: a text of about `bytes` bytes. */
export const HOSTILE_FAMILIES: Record<string, (bytes: number, r: Rng) => string> = {
  // the issue's cases
  dots: rep('.'),
  'bang-question': rep('!?'),
  'closing-quotes': rep('."”’)'),
  'dot-quote-capital': rep('A."” '),
  'capitalised-words': gen((r) => `${Name(r)} `),
  'capitalised-same': rep('Alpha '),
  'alpha-bravo-sentences': rep('Alpha Bravo. '),
  'said-run': rep('Alpha Bravo Charlie said '),
  'year-run': rep('1999 '),
  // one huge sentence, paragraph or many tiny ones
  'long-sentence': gen((r) => `${pick(r, LOWER)}${r() < 0.1 ? ',' : ''} `),
  'long-paragraph': gen((r) => `${Name(r)} ${Name(r)} said the ${pick(r, LOWER)} was ${pick(r, LOWER)}. `),
  'word-per-paragraph': gen((r) => `${Name(r)}\n\n`),
  'tiny-paragraphs': gen((r) => `${Name(r)} said it ${pick(r, LOWER)}.\n\n`),
  'blank-lines': rep(' \n \t\n'),
  spaces: rep(' '),
  'spaces-then-word': (bytes) => `${' '.repeat(Math.max(0, bytes - 10))}Alpha.`,
  // quotation marks
  'nested-quotes': rep('“Alpha '),
  'unbalanced-closers': rep('Alpha” '),
  'only-straight-quotes': rep('"'),
  'only-curly-quotes': rep('“”'),
  'twin-quotes': rep("''Alpha "),
  'quote-attribution': gen((r) => `“The ${pick(r, LOWER)} was a ${pick(r, LOWER)} and a ${pick(r, LOWER)},” ${Name(r)} ${Name(r)} said. `),
  'open-quote-sentences': rep('“Alpha bravo charlie delta echo. '),
  apostrophes: rep("Alpha's '"),
  // numbers and dates
  'long-number': rep('1234567890'),
  'grouped-numbers': rep('12,345,678.9 '),
  'dates-everywhere': rep('On March 3, 2021 at 8 p.m. last Monday, three years ago, in early May 2010 '),
  'month-run': rep('May '),
  'weekday-run': rep('Monday '),
  'duration-run': rep('three years '),
  'clock-run': rep('12:30 '),
  'iso-dates': rep('2021-03-04 '),
  'decades-centuries': rep("the 1990s the '80s the 20th century "),
  // attribution cues and speakers
  'said-everywhere': rep('said '),
  'said-that': rep('Alpha said that '),
  'according-to': rep('according to Alpha Bravo, '),
  'pronoun-speakers': gen((r) => `${Name(r)} ${Name(r)} said the plan failed. He said that it worked. They said it did not. `),
  appositives: gen((r) => `${Name(r)} ${Name(r)}, the chief of ${Name(r)} Bank, said `),
  // a title bound to a name, then a role phrase with a qualifier to resolve against every such binding
  'role-holders': gen((r) => `Prime Minister ${Name(r)} ${Name(r)} spoke. “It failed,” ${Name(r)}’s prime minister said. `),
  'relative-clauses': rep('Alpha, who said, '),
  colons: rep('Alpha said: '),
  // names, titles, initials
  'titles-abbreviated': rep('Mr. '),
  'titles-names': gen((r) => `Mr. ${Name(r)} `),
  initials: rep('A. '),
  'initials-run': rep('U.S.'),
  'headline-caps': gen((r) => `${Name(r).toUpperCase()} `),
  'org-chains': gen((r) => `${Name(r)} Bank of `),
  particles: rep('Alpha de '),
  possessives: gen((r) => `${Name(r)}’s `),
  // odd tokens
  'hyphenated-token': gen((r) => `${word(r)}-`),
  'hyphenated-names': gen((r) => `${Name(r)}-`),
  urls: gen((r) => `https://${word(r)}.example/${word(r)}?q=${word(r)} `),
  emoji: rep('😀 Alpha 🎉 '),
  'no-spaces': gen((r) => word(r)),
  'no-spaces-capitals': gen((r) => Name(r)),
  unicode: gen((r) => `${pick(r, ['Ж', 'Ω', 'Ł', 'Ä', 'É'])}${word(r)}\u0301 ${pick(r, ['сказал', 'είπε', 'قال'])} `),
  dashes: rep('— '),
  parentheses: rep('(Alpha '),
  commas: rep('Alpha, '),
  'spin-phrases': gen((r) => `${pick(r, SPIN_SUBSTITUTIONS).spun} `),
  'front-matter-unclosed': (bytes) => `---\ntitle: x\n${'a: b\n'.repeat(Math.floor((bytes - 20) / 5))}`,
  mixed: gen((r) => {
    const pieces = ['. . . ', '“', '” ', 'Alpha ', 'said ', '1999 ', 'Mr. ', 'May 3, 2021 ', '!?', '\n\n', 'according to ', '(', ') ', '— ', 'U.S. '];
    return `${pick(r, pieces)}${r() < 0.3 ? `${Name(r)} ` : ''}`;
  }),
};

export interface HostileCase {
  family: string;
  bytes: number;
  seed: number;
}

/** Sizes each family is tried at: up to the article size limit. */
export const HOSTILE_SIZES = [MAX_ARTICLE_BYTES, MAX_ARTICLE_BYTES / 2, 256 * 1024, 32 * 1024];

/** `count` cases: every family at the largest sizes first, round-robin, then smaller sizes. */
export function hostileCases(count: number, seed = 1, maxBytes = MAX_ARTICLE_BYTES, only?: string[]): HostileCase[] {
  const families = Object.keys(HOSTILE_FAMILIES).filter((f) => !only || only.includes(f));
  if (families.length === 0) throw new Error(`no hostile family among ${only?.join(', ')}`);
  const sizes = HOSTILE_SIZES.filter((s) => s <= maxBytes);
  if (sizes.length === 0) sizes.push(maxBytes);
  const cases: HostileCase[] = [];
  for (let k = 0; cases.length < count; k++) {
    const family = families[k % families.length]!;
    const size = sizes[Math.floor(k / families.length) % sizes.length]!;
    cases.push({ family, bytes: size, seed: seed * 1000 + k });
  }
  return cases;
}

export function hostileText(c: HostileCase): string {
  const make = HOSTILE_FAMILIES[c.family];
  if (!make) throw new Error(`unknown hostile family ${c.family}`);
  return make(c.bytes, rng(c.seed));
}
