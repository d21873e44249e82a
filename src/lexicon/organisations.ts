/**
 * Words that end an organisation's name ("Zorvan Brigade", "Commission on Presidential Debates").
 * Compared lower case; the word must be capitalised in the text. Armed units and movements are groups.
 */
export const ORG_SUFFIXES: readonly string[] = [
  'academy', 'agency', 'airlines', 'airways', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank',
  'board', 'bureau', 'cabinet', 'caucus', 'center', 'centre', 'chamber', 'church', 'club', 'coalition',
  'college', 'command', 'commission', 'committee', 'company', 'conference', 'confederation', 'congress',
  'consortium', 'corp', 'corporation', 'council', 'court', 'department', 'directorate', 'division', 'federation',
  'force', 'forces', 'forum', 'foundation', 'fund', 'group', 'guard', 'holdings', 'hospital', 'inc', 'initiative',
  'institute', 'institution', 'inquiry', 'league', 'legion', 'ltd', 'llc', 'plc', 'gmbh', 'ministry', 'motors',
  'network', 'news', 'office', 'organisation', 'organization', 'parliament', 'partnership', 'party', 'police',
  'post', 'press', 'program', 'programme', 'project', 'senate', 'service', 'services', 'society', 'syndicate',
  'times', 'tribunal', 'trust', 'union', 'university', 'nations', 'facility', 'journal', 'herald', 'gazette', 'tribune',
  'telegraph', 'guardian', 'observer', 'media', 'broadcasting', 'television', 'radio', 'exchange',
  'administration', 'secretariat', 'presidium', 'duma', 'knesset', 'bundestag',
  'battalion', 'brigade', 'regiment', 'militia', 'front', 'movement', 'brotherhood', 'cartel', 'squad', 'unit',
  'corps', 'fleet', 'navy',
];

/** Suffixes that make a group rather than an organisation. */
export const GROUP_SUFFIXES: readonly string[] = [
  'battalion', 'brigade', 'regiment', 'militia', 'front', 'movement', 'brotherhood', 'cartel', 'squad', 'unit',
];

/**
 * Lower-case heads that turn a name into an institution ("Harlow administration", "Tulsa police"):
 * the pair is one organisation.
 */
export const LOWERCASE_ORG_HEADS: readonly string[] = ['administration', 'government', 'campaign', 'police', 'cabinet'];

/** Single names of institutions that news uses for the body itself ("the Kremlin said"). */
export const INSTITUTIONS: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Whitehall', 'Elysee', 'Élysée', 'Quai d’Orsay',
  'Capitol Hill', 'Congress', 'Senate', 'Parliament', 'Commons', 'House of Commons', 'House of Lords',
  'Bundestag', 'Duma', 'Knesset', 'Rada', 'Verkhovna Rada', 'Politburo', 'Vatican', 'Holy See', 'Supreme Court',
  'Interpol', 'Europol', 'Scotland Yard', 'Wall Street', 'Islamic State', 'Hezbollah', 'Hamas', 'Taliban', 'al-Qaeda', 'Al Qaeda',
  'Mossad', 'Stasi', 'Gestapo', 'Bundeswehr', 'Oxfam', 'Amnesty International', 'Human Rights Watch',
  'Red Cross', 'Red Crescent', 'Greenpeace', 'Politico', 'Reuters', 'Twitter', 'Facebook',
  'Instagram', 'Google', 'YouTube', 'TikTok', 'Telegram', 'Gazprom', 'Rosneft',
];

/**
 * Short upper-case words that are not organisations even though they look like acronyms:
 * titles, units and shouting. (Ordinary English words are ruled out by the dictionary.)
 */
export const NOT_ACRONYMS: readonly string[] = [
  'AM', 'PM', 'TV', 'OK', 'ID', 'PR', 'GDP', 'CEO', 'CFO', 'MP', 'MEP', 'MSP', 'QC', 'KC', 'PhD', 'MD', 'HQ',
  'KM', 'KG', 'MPH', 'AD', 'BC', 'RIP', 'LOL', 'OMG', 'FAQ', 'DNA', 'HIV', 'AIDS', 'COVID', 'PS', 'VIP', 'UFO',
];

/** Nouns that, in a description, say the actor is an organisation ("state news agency X"). Lower case. */
export const ORG_DESCRIPTORS: readonly string[] = [
  'agency', 'company', 'firm', 'corporation', 'group', 'organisation', 'organization', 'newspaper', 'paper',
  'broadcaster', 'channel', 'network', 'outlet', 'website', 'site', 'magazine', 'tabloid', 'daily', 'weekly',
  'party', 'bank', 'charity', 'union', 'ministry', 'department', 'institute', 'think tank', 'think-tank', 'lender',
  'carrier', 'airline', 'manufacturer', 'maker', 'producer', 'giant', 'conglomerate', 'startup', 'retailer',
  'watchdog', 'regulator', 'club', 'team', 'band', 'movement', 'unit', 'battalion', 'militia', 'platform',
];

/**
 * Lower-case nouns that, right after a name, show the name is a firm or body ("Acme bankers", "Acme board
 * member", "the Acme scandal"). Words that also follow people ("campaign", "aides") are left out.
 */
export const ORG_CONTEXT_NOUNS: readonly string[] = [
  'ceo', 'cfo', 'board', 'employees', 'workers', 'staff', 'shares', 'stock', 'headquarters', 'customers', 'clients',
  'bankers', 'executives', 'branch', 'branches', 'subsidiary', 'shareholders', 'investors', 'accounts', 'products',
  'scandal', 'brand', 'factory', 'factories', 'stores', 'plant', 'spokesman', 'spokeswoman', 'spokesperson',
];

/**
 * Bodies of a kind of their own: a bare "the ministry" / "the union" points back only to a body named with that
 * word, never to whichever firm was named last (as "the company" may).
 */
export const NAMED_ONLY_BODY_NOUNS: readonly string[] = ['ministry', 'department', 'union', 'party', 'institute', 'club', 'team', 'band', 'movement', 'unit', 'battalion', 'militia', 'charity', 'regulator', 'watchdog'];
