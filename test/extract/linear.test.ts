import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { HOSTILE_FAMILIES, rng } from '../../bench/hostile';

/**
 * Work, not time: while `fn` runs, the array and string methods that walk data count what they walk (callback
 * calls, elements or characters copied, positions searched). A stage that rescans a growing list per item (the
 * quadratic patterns of issue #12) makes this grow with the square of the input; a linear one in proportion.
 */
function work(fn: () => void): number {
  let total = 0;
  const patched: [object, string, unknown][] = [];
  type Method = (this: { length: number }, ...args: unknown[]) => unknown;
  const wrap = (proto: object, name: string, make: (original: Method) => Method) => {
    const original = (proto as Record<string, Method>)[name]!;
    patched.push([proto, name, original]);
    Object.defineProperty(proto, name, { configurable: true, writable: true, value: make(original) });
  };
  for (const name of ['filter', 'find', 'findIndex', 'some', 'every', 'map', 'flatMap', 'forEach']) {
    wrap(Array.prototype, name, (original) =>
      function (callback, ...rest) {
        const counted = function (this: unknown, ...args: unknown[]) {
          total++;
          return (callback as (...a: unknown[]) => unknown).apply(this, args);
        };
        return original.call(this, counted, ...rest);
      },
    );
  }
  for (const proto of [Array.prototype, String.prototype]) {
    wrap(proto, 'slice', (original) =>
      function (...args) {
        const out = original.apply(this, args) as { length: number };
        total += out.length;
        return out;
      },
    );
    wrap(proto, 'indexOf', (original) =>
      function (...args) {
        const found = original.apply(this, args) as number;
        total += (found >= 0 ? found + 1 : this.length) - Number(args[1] ?? 0);
        return found;
      },
    );
  }
  try {
    fn();
  } finally {
    for (const [proto, name, original] of patched) Object.defineProperty(proto, name, { configurable: true, writable: true, value: original });
  }
  return total;
}

const extractText = (text: string) => () => void extractFacts(parseArticle(text, 'hostile'));

/** The cases and others that were quadratic: doubling the input must not much more than double the work. */
const FAMILIES = [
  'dots',
  'bang-question',
  'closing-quotes',
  'capitalised-words',
  'alpha-bravo-sentences',
  'said-run',
  'year-run',
  'said-that',
  'colons',
  'pronoun-speakers',
  'role-holders',
  'quote-attribution',
  'titles-names',
  'org-chains',
  'unicode',
  'mixed',
];

describe('extraction work grows linearly with the input', () => {
  for (const family of FAMILIES) {
    it(family, () => {
      const make = HOSTILE_FAMILIES[family]!;
      const small = work(extractText(make(8 * 1024, rng(7))));
      const large = work(extractText(make(32 * 1024, rng(7))));
      // four times the input: linear work is about 4×, quadratic about 16×
      expect(large / small).toBeLessThan(6);
    });
  }
});
