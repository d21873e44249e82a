/**
 * Titles that stand before a person's name. Compared lower case, without a final dot.
 * Honorifics stay part of the name as written ("Mr Straw" is an alias); role titles become the
 * actor's description ("Finnish Prime Minister Aino Virtanen" → "Finnish Prime Minister").
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'madam', 'madame',
  'monsieur', 'mme', 'herr', 'frau', 'señor', 'senor', 'señora',
];

export const ROLE_TITLES: readonly string[] = [
  // government and politics
  'president', 'pres', 'vice', 'prime', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'councillor',
  'councilman', 'councilwoman', 'alderman', 'speaker', 'leader', 'whip', 'ambassador', 'amb', 'envoy', 'consul',
  'commissioner', 'mp', 'mep', 'msp', 'assemblyman', 'assemblywoman', 'delegate', 'chief', 'deputy', 'acting',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo',
  'founder', 'executive', 'shadow',
  // law and order
  'attorney', 'solicitor', 'prosecutor', 'judge', 'justice', 'magistrate', 'sheriff', 'inspector', 'insp',
  'detective', 'det', 'officer', 'constable', 'superintendent', 'supt', 'sergeant', 'sgt', 'qc', 'kc', 'atty',
  // military
  'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm',
  'commander', 'cmdr', 'corporal', 'cpl', 'private', 'pvt', 'marshal', 'brigadier', 'commandant',
  // royalty, religion, academia
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'duke', 'duchess', 'earl', 'count', 'countess',
  'sultan', 'emir', 'sheikh', 'crown', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah',
  'reverend', 'rev', 'father', 'pastor', 'professor', 'prof', 'coach',
];

/**
 * Past participles that describe a person before a name ("exiled opposition leader X") rather than
 * report speech ("stated X"): other -ed words end a description.
 */
export const DESCRIPTIVE_PARTICIPLES: readonly string[] = [
  'retired', 'embattled', 'elected', 'appointed', 'disgraced', 'jailed', 'exiled', 'detained', 'imprisoned',
  'ousted', 'deposed', 'celebrated', 'acclaimed', 'renowned', 'respected', 'famed', 'noted', 'unnamed',
  'so-called', 'self-styled', 'self-described', 'self-proclaimed', 'beleaguered', 'besieged', 'alleged',
  'convicted', 'accused', 'indicted', 'sanctioned', 'designated', 'nominated', 'outgoing', 'incoming',
];

/**
 * Nouns that refer back to a person already named ("the nominee said", "the billionaire mogul claimed"), besides
 * the role titles. Singular, lower case. Nouns that often bring in someone new ("the man", "the official") are left out.
 */
export const PERSON_NOUNS: readonly string[] = [
  'nominee', 'candidate', 'incumbent', 'challenger', 'frontrunner', 'contender', 'lawmaker', 'legislator',
  'politician', 'diplomat', 'businessman', 'businesswoman', 'billionaire', 'millionaire', 'mogul', 'tycoon',
  'magnate', 'entrepreneur', 'investor', 'banker', 'economist', 'lawyer', 'activist', 'campaigner', 'author',
  'writer', 'columnist', 'actor', 'actress', 'singer', 'star', 'celebrity', 'host', 'veteran', 'historian',
  'dissident', 'restaurateur', 'republican', 'democrat',
];

/** Nouns that describe a person by a relation to someone else ("Lee aide", "longtime rival"). Lower case. */
export const RELATION_NOUNS: readonly string[] = [
  'aide', 'ally', 'rival', 'critic', 'opponent', 'friend', 'partner', 'wife', 'husband', 'son', 'daughter', 'mother',
  'brother', 'sister', 'colleague', 'confidant', 'protege', 'protégé', 'successor', 'predecessor', 'mate',
];

/** Titles as news abbreviates them before a name ("Sen. Rand Paul"), with the word they stand for. Lower case. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gen: 'general', pres: 'president', lt: 'lieutenant', col: 'colonel',
  sgt: 'sergeant', capt: 'captain', adm: 'admiral', amb: 'ambassador', atty: 'attorney', supt: 'superintendent',
  insp: 'inspector', det: 'detective', prof: 'professor', cmdr: 'commander', gov: 'governor',
};

/**
 * Verbs that ask for the holder of a role ("Who heads the agency?" asks its head, "who hosts the show" its host),
 * third person singular, with the role noun a text titles that person by. Lower case.
 */
export const ROLE_VERBS: Readonly<Record<string, string>> = {
  heads: 'head', leads: 'leader', chairs: 'chair', hosts: 'host', coaches: 'coach', directs: 'director',
  manages: 'manager', edits: 'editor', owns: 'owner', presents: 'presenter', captains: 'captain', governs: 'governor',
};

/**
 * Common nouns for a person that a question may ask the name of ("the name of the co-pilot", "of her
 * boyfriend"), besides the role titles, person and relation nouns above. Lower case, singular.
 */
export const PERSON_ASKED_NOUNS: readonly string[] = [
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'pilot', 'co-pilot', 'victim', 'suspect', 'driver', 'passenger',
  'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'player', 'teacher', 'student', 'doctor', 'nurse', 'soldier',
  'gunman', 'killer', 'owner', 'head', 'boss', 'moderator', 'coach', 'manager', 'editor', 'reporter', 'journalist',
];

/** Role titles typed as initials in chat ("who is the ceo"), with the words news text writes for them. */
export const TITLE_INITIALS: Readonly<Record<string, string>> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
};
