/**
 * Nouns that make a place of two named ones joined by a hyphen ("the Poland-Ukraine border", "the Gaza-Egypt
 * crossing"): asked where, the whole phrase is the place, not the first name in it. Lower case, singular.
 */
export const BOUNDARY_NOUNS: readonly string[] = [
  'border', 'borders', 'frontier', 'boundary', 'line', 'crossing', 'corridor', 'region', 'area', 'coast', 'strait',
  'zone', 'road', 'highway', 'railway', 'pipeline', 'bridge', 'checkpoint',
];

/**
 * Nouns of named seas, rivers and other features ("the Java Sea", "the Hudson River"): the words before one name a
 * place a statement can get wrong. Lower case, singular (a plural "mountains", "islands" is read as its singular).
 */
export const FEATURE_NOUNS: readonly string[] = [
  'sea', 'ocean', 'river', 'lake', 'gulf', 'bay', 'strait', 'canal', 'desert', 'mountains', 'mountain', 'peninsula',
  'island', 'islands', 'valley',
];

/**
 * Nouns of places where things happen ("they met at a cafe"): a statement that puts an event at one and a sentence
 * that puts it at another disagree on where. Lower case, singular.
 */
export const VENUE_NOUNS: readonly string[] = [
  'park', 'mall', 'school', 'church', 'mosque', 'temple', 'synagogue', 'hospital', 'clinic', 'hotel', 'motel',
  'restaurant', 'bar', 'pub', 'cafe', 'stadium', 'arena', 'station', 'airport', 'market', 'supermarket', 'store',
  'shop', 'club', 'nightclub', 'office', 'home', 'house', 'apartment', 'court', 'courthouse', 'prison', 'jail',
  'museum', 'library', 'beach', 'gym', 'theater', 'theatre', 'cinema', 'university', 'college', 'factory',
  'farm', 'embassy', 'palace', 'party', 'concert', 'festival', 'rally', 'funeral', 'wedding',
];
