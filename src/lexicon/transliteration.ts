/**
 * Spellings that differ between transliterations of the same name (Russian, Belarusian, Ukrainian, Arabic,
 * Chinese names in English, French and German texts): "Tchaikovsky" / "Chaikovskiy", "Gorbatschow" /
 * "Gorbachev", "Poutine" / "Putin". Each pair rewrites a spelling to a shared key, applied in order, so that
 * names are compared by how they sound rather than letter by letter. Lower case.
 */
export const TRANSLITERATION_RULES: readonly (readonly [string, string])[] = [
  ['sch', 's'],
  ['sh', 's'],
  ['zh', 'j'],
  ['kh', 'h'],
  ['ch', 'c'],
  ['tch', 'c'],
  ['tz', 'c'],
  ['ts', 'c'],
  ['ph', 'f'],
  ['ck', 'k'],
  ['q', 'k'],
  ['ou', 'u'],
  ['oo', 'u'],
  ['w', 'v'],
  ['y', 'i'],
  ['j', 'i'],
  ['ie', 'i'],
  ['ii', 'i'],
];

/**
 * How German letters are written where they cannot be: "Bräuer" is also printed "Braeuer" (and, with the marks
 * dropped, "Brauer"). Lower case.
 */
export const UMLAUT_SPELLINGS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
