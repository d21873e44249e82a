/**
 * What a chat message wraps its statements in: openers and hedges that say nothing about the news ("lol so
 * basically", "I read that"), fillers inside a sentence ("like 500"), trailing noise ("tbh", "lol"), and the words
 * that make a line chit-chat or opinion rather than a checkable statement. Lower case; matched as whole words.
 */

/** Phrases that open a chat sentence and are dropped before checking (longest first is not needed: they repeat). */
export const CHAT_OPENERS: readonly string[] = [
  'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'omg', 'wow', 'whoa', 'ok', 'okay', 'k', 'so', 'basically',
  'so basically', 'wait', 'well', 'tbh', 'ngl', 'honestly', 'apparently', 'btw', 'fyi', 'fwiw', 'iirc', 'afaik',
  'yeah', 'yea', 'yes', 'yep', 'yup', 'no', 'nah', 'hmm', 'hm', 'um', 'uh', 'oh', 'ah', 'like', 'also', 'and',
  'but', 'anyway', 'anyways', 'guys', 'folks', 'dude', 'bro', 'fun fact', 'reminder', 'to be fair', 'tldr', 'tl;dr',
  'i read that', 'i read', 'i heard that', 'i heard', 'i saw that', 'i saw', 'i think that', 'i think',
  'i believe that', 'i believe', 'i guess', 'i mean', 'i remember that', 'i remember', 'i recall that',
  'pretty sure', "i'm pretty sure", 'im pretty sure', "i'm sure", 'turns out', 'it turns out', 'it seems',
  'seems like', 'looks like', 'so it seems', 'the article says', 'the article said', 'the article says that',
  'the article said that', 'article says', 'it says', 'it said', 'they say', 'supposedly', 'reportedly',
  'according to the article', 'according to cnn', 'from what i read', 'if i read it right', 'correct me if wrong',
  'correct me if i am wrong', "correct me if i'm wrong", 'in case you missed it', 'so yeah', 'ok so', 'okay so', 'finally',
  'wait so', 'so wait', 'oh and', 'and also', 'plus', 'actually', 'literally', 'crazy but', 'wild but', 'fr',
  // "didn't know X": the writer learning a fact states it
  "didn't know", 'didnt know', "i didn't know", 'i didnt know', 'never knew', 'i never knew', 'til', 'today i learned',
  'interesting that', 'crazy that', 'wild that', 'funny that', 'sad that', 'idk', 'imo', 'imho',
];

/** Hedges that make a line the writer's opinion ("renner never misses tbh"), unless it gives a number or date. */
export const OPINION_MARKERS: readonly string[] = ['tbh', 'imo', 'imho', 'ngl', 'idk', 'smh', 'istg', 'fr fr', 'honestly', 'huh', 'ugh', 'damn', 'sigh', 'meh'];

/**
 * Openings of a line that wishes, prays, cheers or vows ("praying they find them", "come on rovers", "rip"): the
 * writer's feeling about the news, not a statement of it.
 */
export const CHAT_WISHES: readonly string[] = [
  'praying', 'pray for', 'prayers', 'thoughts and prayers', 'thoughts with', 'my thoughts', 'hoping', 'hope they',
  'hope he', 'hope she', 'hope it', 'hope everyone', 'hope the', 'fingers crossed', 'come on', 'rip', 'rest in peace',
  'godspeed', 'stay safe', "let's go", 'lets go', 'good luck', 'congrats', 'congratulations', 'never again', 'not again',
];

/** Set phrases of opinion wherever they stand ("she's persistent, I'll give her that", "politics is a soap opera"). */
export const CHAT_IDIOMS: readonly string[] = [
  'give her that', 'give him that', 'give them that', 'give it that', 'give you that', 'no joke', 'soap opera',
  "can't make this up", 'cant make this up', 'what a time',
];

/** Words that are filler wherever they stand ("they have like 500 fighters", "it was literally Monday"). */
export const CHAT_FILLERS: readonly string[] = ['like', 'all the way', 'something like', 'the last time', 'last time', 'literally', 'basically', 'totally', 'lowkey', 'highkey', 'kinda', 'sorta', 'fr', 'tbh', 'ngl', 'imo', 'imho', 'lol', 'lmao'];

/** Noise that closes a chat sentence ("…, right?" keeps its statement; "lol" says nothing). */
export const CHAT_TRAILERS: readonly string[] = [
  'lol', 'lmao', 'haha', 'tbh', 'ngl', 'fr', 'imo', 'imho', 'right', 'no', 'yeah', 'i think', 'i guess', 'apparently',
  'or something', 'or whatever', 'and stuff', 'and all that', 'smh', 'wtf', 'omg', 'iirc', 'afaik', 'btw',
];

/** Words of judgement and feeling: a line built on them, naming no one, is opinion or chit-chat ("this is wild"). */
export const EVALUATIVE_WORDS: readonly string[] = [
  'crazy', 'wild', 'insane', 'nuts', 'sad', 'terrible', 'awful', 'horrible', 'scary', 'interesting', 'great', 'good',
  'bad', 'amazing', 'awesome', 'cool', 'nice', 'weird', 'strange', 'funny', 'depressing', 'wow', 'brutal',
  'unbelievable', 'incredible', 'tragic', 'heartbreaking', 'shocking', 'messed', 'mess', 'grim', 'bleak', 'wholesome',
  'love', 'hate', 'agree', 'disagree', 'thanks', 'thank', 'cheers', 'welcome', 'sure', 'same', 'true', 'fair',
  'point', 'idea', 'clue', 'lol', 'lmao', 'haha', 'hello', 'hi', 'hey', 'bye',
  'brb', 'afk', 'gtg', 'g2g', 'respect', 'props', 'kudos', 'guts',
  'intense', 'disappoints', 'disappointing', 'exhausting', 'boring', 'hilarious', 'fascinating', 'ridiculous', 'wild',
  'entertaining', 'gripping', 'bizarre', 'surreal', 'hype', 'lit', 'dumb', 'stupid', 'petty', 'messy', 'juicy',
  'talented', 'elite', 'gross', 'fun', 'busy', 'best', 'worst', 'overrated', 'underrated', 'iconic', 'legendary',
  'goated', 'cringe', 'yikes', 'dope', 'adorable', 'cute', 'disgusting',
  'hurts', 'painful', 'annoying', 'expensive', 'pricey', 'exciting', 'excited', 'fantastic', 'brilliant', 'beautiful', 'lovely', 'perfect',
  'nightmare',
];

/** Words that sweep over everything ("strikes everywhere"): a line built on them reacts to the news, it states nothing. */
export const SWEEPING_WORDS: readonly string[] = ['everywhere', 'all over the place', 'all over the world'];

/** Nouns for the discussion or the news as a whole: "this thread is getting intense", "this stuff never ends". */
export const CHAT_TOPICS: readonly string[] = ['thread', 'chat', 'channel', 'stuff', 'thing', 'things', 'story', 'saga', 'drama', 'news', 'mess', 'politics', 'situation', 'whole', 'read', 'article', 'piece', 'writeup'];

/** Words that put the writer or the reader in the sentence: chat about the chat, not about the news. */
export const CHAT_PERSONS: readonly string[] = ['i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'you', "you're", 'your', 'u', 'ur', 'we', "we're", 'us', 'our', 'anyone', 'anybody', 'everyone', 'somebody', 'someone', 'yall', "y'all"];

/** Words that open a question even when the question mark is missing ("who leads them"). */
export const QUESTION_OPENERS: readonly string[] = [
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'do', 'does',
  'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had', 'any', 'anyone', 'is it true', 'isnt',
  "isn't", "didn't", 'didnt', "doesn't", 'doesnt',
];

/** Light verbs: the noun or verb beside them carries the claim ("gets payments deferred", "came out this week"). */
export const LIGHT_VERBS: readonly string[] = [
  'come', 'came', 'comes', 'coming', 'go', 'goes', 'going', 'gone', 'get', 'gets', 'getting', 'give', 'gave',
  'gives', 'take', 'took', 'takes', 'got', 'make', 'made', 'went',
];

/** Adverbs and generic nouns that add little to what a statement claims: they weigh less when it is compared. */
export const LIGHT_WORDS: readonly string[] = [
  ...LIGHT_VERBS,
  'already', 'really', 'still', 'actually', 'currently', 'recently', 'now', 'just', 'even', 'indeed', 'apparently',
  'officially', 'reportedly', 'allegedly', 'basically', 'certainly', 'definitely', 'clearly', 'obviously', 'also',
  'people', 'thing', 'things', 'stuff', 'lot', 'lots', 'guy', 'guys', 'member', 'members', 'whole', 'entire', 'total',
  'bunch', 'kind', 'sort', 'way', 'around', 'back', 'himself', 'herself',
  'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'one', 'ones', 'far', 'anymore', 'too', 'though',
  'showing',
];

/** Verbs of opinion that attribute what follows like a verb of saying ("X reckons Q"). */
export const OPINION_CUES: readonly string[] = [
  'reckons', 'reckoned', 'reckon', 'thinks', 'thought', 'think', 'believes', 'believed', 'believe', 'feels', 'felt',
  'wants', 'wanted',
  // written and spoken asides, and naming something ("X called it 'the … summit'")
  'scribbled', 'scrawled', 'jotted', 'complained', 'complains', 'complaining', 'called it', 'calls it', 'dubbed it',
];

/** Nouns for what someone says or thinks, reported with a possessive: "X's argument is that …". */
export const SAYING_NOUNS: readonly string[] = [
  'argument', 'point', 'view', 'claim', 'position', 'line', 'case', 'excuse', 'reasoning', 'explanation', 'complaint',
  'fear', 'hope', 'worry', 'belief', 'take', 'pitch', 'message',
];

/** Chat spellings of contractions without the apostrophe, and contractions a statement is compared without. */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't",
  wont: "won't", cant: "can't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", hasnt: "hasn't",
  havent: "haven't", hadnt: "hadn't", "they're": 'they are', theyre: 'they are', "we're": 'we are', "you're": 'you are',
  im: 'i am', "i'm": 'i am', "it's": 'it is', "that's": 'that is', thats: 'that is', "there's": 'there is', "he's": 'he is', "she's": 'she is',
  "they've": 'they have', "we've": 'we have', "they'll": 'they will', "there'll": 'there will', "he'll": 'he will',
  "she'll": 'she will', "it'll": 'it will', "they'd": 'they would', "he'd": 'he would', "she'd": 'she would',
  theres: 'there is', hes: 'he is', shes: 'she is', whats: 'what is',
};

/** Chat shorthand spelt out before a statement is compared ("162 ppl", "w more than", "bc she thought"). */
export const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  ppl: 'people', ppls: 'people', yrs: 'years', yr: 'year', mos: 'months', wks: 'weeks', hrs: 'hours', mins: 'minutes',
  w: 'with', 'w/': 'with', 'w/o': 'without', bc: 'because', cuz: 'because', coz: 'because', b4: 'before',
  thru: 'through', tho: 'though', gonna: 'going to', wanna: 'want to', gotta: 'have to', govt: 'government',
  vs: 'and', ops: 'operations', intl: 'international', natl: 'national', dept: 'department', prez: 'president',
  bf: 'boyfriend', gf: 'girlfriend', bff: 'best friend', fave: 'favorite', fav: 'favorite', faves: 'favorites',
  pic: 'photo', pics: 'photos', qb: 'quarterback', qbs: 'quarterbacks', cops: 'police', nyc: 'new york city',
  vid: 'video', vids: 'videos', abt: 'about', hq: 'headquarters', uni: 'university', prof: 'professor',
  bday: 'birthday', convo: 'conversation', info: 'information', mgmt: 'management',
};

/** Words that stand for someone named earlier ("They are led by …", "the group"): the name may be sentences back. */
export const REFERRING_WORDS: readonly string[] = ['they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'we', 'our', 'i', 'my'];
