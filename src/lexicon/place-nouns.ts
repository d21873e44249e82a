/**
 * Nouns that make a place of two named ones joined by a hyphen ("the Poland-Ukraine border", "the Gaza-Egypt
 * crossing"): asked where, the whole phrase is the place, not the first name in it. Lower case, singular.
 */
export const BOUNDARY_NOUNS: readonly string[] = [
  'border', 'borders', 'frontier', 'boundary', 'line', 'crossing', 'corridor', 'region', 'area', 'coast', 'strait',
  'zone', 'road', 'highway', 'railway', 'pipeline', 'bridge', 'checkpoint',
];
