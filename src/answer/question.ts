import { CHAT_SHORTHAND } from '../lexicon/chat';
import { ROLE_TITLES, ROLE_VERBS } from '../lexicon/titles';
import { measureAsked } from './measure';

/** What kind of answer a question wants, read from its wording. */
export type Expect =
  | 'profile' // who is X / what is X's job: the actor's description
  | 'epithet' // what do people call X / what is X known as: the name the articles give X
  | 'quote' // what did X say (about Y)
  | 'speaker' // who said / told …
  | 'person' // who …
  | 'date' // when …
  | 'place' // where …
  | 'number' // how many / how much
  | 'duration' // how long / how old
  | 'thing'; // what / which / why / how: the sentence that says it

export interface ParsedQuestion {
  text: string;
  expect: Expect;
  /** The name slot of "who is X", "what did X say", "what is X's job", when the wording has one. */
  subject: string | null;
  /** The rest of a quote question ("about the war", "would happen if …"), used to pick among X's claims. */
  topic: string;
  /** For who-questions, the word after the auxiliaries ("Who *leads* …", "Who was *used* …"): its subject is the answer. */
  verb: string | null;
  /** "Who did X punish?": the answer is the verb's object, not its subject. */
  object: boolean;
  /** "Who was punished …?": the answer is the thing the verb is done to (an active sentence's object). */
  passive: boolean;
  /** "Who is the (opposition) leader of X?": the role asked (its last noun) and what it is of. */
  role?: { noun: string; of: string };
  /** The answer must be a sentence that attributes words to someone (a quote asked of a speaker no actor names). */
  said?: boolean;
  /** "What are the names of …": only a name answers. */
  named?: boolean;
}

const TRAILING_PHRASE = /\s+(?:for|about|in|on|at|with|to|from|during|after|before|over)\s+.*$/i;

const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|in|the|a|an|also|first|reportedly|actually|really)$/i;

const SPEECH = '(?:say|said|says|tell|told|tells|state|stated|states|claim|claimed|claims|think|thinks|thought|believe|believes|advise|advised|warn|warned|announce|announced|mean|meant)';
const ROLE_NOUNS = '(?:job|profession|occupation|role|title|position|work|career|function|background)';

const ROLE_ASKED = new RegExp(`\\b${ROLE_NOUNS}s?\\b`, 'i');

/** The verbs of "what is X called / known as / dubbed" and "what do critics call X". */
const NAMED = '(?:called|known\\s+as|dubbed|nicknamed|labell?ed|branded|referred\\s+to\\s+as|described\\s+as)';
const CALLERS = '(?:people|they|critics|opponents|some|many|others|observers|commentators|the\\s+media|media|the\\s+west|western\\s+media|(?:some|many)\\s+people)';

const PATTERNS: [RegExp, Expect][] = [
  [new RegExp(`^what\\s+(?:do|does|did)\\s+${CALLERS}\\s+(?:call|dub|nickname|label|brand)\\s+(.+?)()$`, 'i'), 'epithet'],
  [new RegExp(`^what\\s+(?:is|was|are|were|has|have|had)\\s+(.+?)\\s+(?:been\\s+)?(?:\\w+ly\\s+|also\\s+|sometimes\\s+|often\\s+)?${NAMED}()$`, 'i'), 'epithet'],
  [/^how\s+(?:is|was|are|were)\s+(.+?)\s+(?:\w+ly\s+|also\s+|sometimes\s+|often\s+)?(?:known|called|referred\s+to|described)()$/i, 'epithet'],
  [/^what\s+(?:is|was)\s+(.+?)(?:['’]s?|s)?\s+(?:nickname|epithet|moniker)()$/i, 'epithet'],
  [new RegExp(`^what\\s+(?:is|was|'s)\\s+(.+?)['’]s?\\s+${ROLE_NOUNS}\\b(.*)$`, 'i'), 'profile'],
  // typed without the apostrophe: "what is strawsons job" (a name, never "the …" or "his")
  [new RegExp(`^what\\s+(?:is|was)\\s+((?!(?:the|his|her|their|its)\\b)\\S+(?:\\s+\\S+)?)s\\s+${ROLE_NOUNS}\\b(.*)$`, 'i'), 'profile'],
  [new RegExp(`^what\\s+(?:is|was)\\s+the\\s+${ROLE_NOUNS}\\s+of\\s+(.+?)()$`, 'i'), 'profile'],
  [new RegExp(`^what\\s+(?:is|are|were)\\s+the\\s+${ROLE_NOUNS}s\\s+of\\s+(.+?)()$`, 'i'), 'profile'],
  [new RegExp(`^(?:what|which)\\s+${ROLE_NOUNS}s?\\s+(?:does|did|do)\\s+(.+?)\\s+(?:have|hold|do|occupy|fill|work\\s+in|perform)()$`, 'i'), 'profile'],
  [/^what\s+(?:line\s+of\s+work|work|business|field)\s+(?:is|was|are)\s+(.+?)\s+in()$/i, 'profile'],
  [/^what\s+does\s+(.+?)\s+do(?:\s+for\s+a\s+living)?()$/i, 'profile'],
  [/^what\s+did\s+(.+?)\s+do\s+for\s+a\s+living()$/i, 'profile'],
  // before the generic profile: "what was X's message to CNN" asks a quote, not who X is
  [new RegExp(`^what\\s+(?:was|is)\\s+(.+?)['’]s?\\s+(?:view|position|opinion|stance|comment|message|quote|statement|reaction)\\b(.*)$`, 'i'), 'quote'],
  [/^(?:who|what)\s+(?:is|was|are|were|'s)\s+((?:(?!called|known|named|described|the\s+(?:\w+\s+){1,2}(?:of|who|that)\b)[^\s].*?))()$/i, 'profile'],
  [/^(?:tell me about|describe)\s+(.+?)()$/i, 'profile'],
  // terse: "straw role", "strawsons job"
  [new RegExp(`^((?:\\p{Lu}|\\p{Ll})[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+)?)(?:['’]s?|s)?\\s+${ROLE_NOUNS}$`, 'iu'), 'profile'],
  [new RegExp(`^what\\s+(?:did|does|do|has|have|had|would|will)\\s+(.+?)\\s+${SPEECH}\\b(.*)$`, 'i'), 'quote'],
  [new RegExp(`^how\\s+(?:did|does|has)\\s+(.+?)\\s+(?:describe|characteri[sz]e|explain|justify)\\b(.*)$`, 'i'), 'quote'],
  [new RegExp(`^(?:who|which(?:\\s+\\w+){1,2})\\s+(?:${SPEECH}|(?:is|was)\\s+quoted|called|described|argued|insisted|added|admitted|vowed|promised|predicted|compared)\\b()(.*)$`, 'i'), 'speaker'],
  [/^(?:who|whom)\s+(?:did|does|do|has|have|had|will|would|could|can)\b()(.*)$/i, 'person'],
  [/^(?:who|whom)\b()(.*)$/i, 'person'],
  [/^(?:when|(?:(?:in|on|during)\s+)?(?:what|which)\s+(?:years?|dates?|day|month|time|week))\b()(.*)$/i, 'date'],
  [/^(?:where|(?:in|near)\s+(?:which|what)\s+(?:country|city|town|village|place|region|province|area)|(?:which|what)\s+(?:country|city|town|village|place|region|province|area)(?!['’]s))\b()(.*)$/i, 'place'],
  [/^(?:by\s+)?how\s+(?:many|much)\b()(.*)$/i, 'number'],
  // "what percentage of voters …": a share is a number
  [/^(?:what|which)\s+(?:percent(?:age)?|proportion|share|fraction)\b()(.*)$/i, 'number'],
  [/^how\s+(?:big|large|small|numerous|strong)\s+(?:is|are|was|were)\b()(.*)$/i, 'number'],
  [/^(?:for\s+)?how\s+(?:long|old)\b()(.*)$/i, 'duration'],
  [/^(?:which|what)\s+(?:\w+\s+)?(?:group|unit|organi[sz]ation|agency|company|party|leader|official|man|woman|person|people)\b()(.*)$/i, 'person'],
];

/** Reads the expected answer type and the name slot from a question's wording. */
export function parseQuestion(raw: string): ParsedQuestion {
  const text = expandContractions(withoutShorthand(raw.trim().replace(/\s+/g, ' '))).replace(FILLERS, '').replace(/\s+/g, ' ').replace(/ (?=[?.!]$)/, '').trim();
  const bare = namedAsWho(byWhom(withoutContext(text.replace(/[?.!\s]+$/, '').replace(/^(?:and|so|ok|okay|hey|please|dossier)[,:]?\s+/i, ''))));
  // "the names of the men arrested": only a name answers, not "three men"
  const named = /^what\s+(?:is|was|are|were)\s+(?:the\s+names?\s+of\b|.*\bnames?$)/i.test(text.replace(/[?.!\s]+$/, '')) || undefined;
  const attributed = accordingTo(bare);
  if (attributed) return { text, expect: 'quote', subject: attributed.speaker, topic: attributed.rest, verb: null, object: false, passive: false };
  for (const [re, expect] of PATTERNS) {
    const m = re.exec(bare);
    if (!m) continue;
    const subject = m[1]?.trim() || null;
    // "what was the vote", "what's the inflation target": a figure is asked, not who or what the subject is
    if (expect === 'profile' && subject && (!looksLikeName(subject) || measureAsked(bare))) continue;
    // "What jobs do the battalion members have?": a group's jobs are listed in a sentence, not an actor's title
    if (expect === 'profile' && subject && /^the\s+[^A-Z]*s$/.test(subject) && ROLE_ASKED.test(bare)) return { text, expect: 'thing', subject: null, topic: bare, verb: null, object: false, passive: false };
    const topic = (m[2] ?? '').trim();
    // "Who did the council punish (for …)?": the verb closes the question, before any trailing phrase
    // …unless a clause follows ("Who does NATO fear *could deploy* …"): then its verb's subject is asked
    const embedded = /\b(?:could|would|will|might|may|can|should|must)\s+(?:\w+ly\s+)?(\w+)/i.exec(topic);
    const roleOf = /^(?:is|are|was|were)\s+(?:the|a|an)\s+(?:\w+\s+)?(\w+)\s+(?:of|in|for)\s+(.+)$/i.exec(topic) ?? (expect === 'person' ? roleAsked(topic) : null);
    // "Which unit do the exiles want to join?" asks the object the same way
    const object = !embedded && expect === 'person' && /^(?:who|whom|(?:which|what)\s+\w+)\s+(?:did|does|do|has|have|had|will|would|could|can)\b/i.test(bare);
    const verb = lightVerbNoun(topic) ?? (embedded && /^(?:who|whom)\s+(?:did|does|do)\b/i.test(bare)
      ? embedded[1]!
      : object
      ? (/\bto\s+(\w+)$/i.exec(topic)?.[1] ?? topic.replace(TRAILING_PHRASE, '').split(' ').pop() ?? null) // "want to *join*"
      : expect === 'person' || expect === 'speaker'
        ? // "who is the (opposition) *leader* of X": the role noun before "of" stands for the verb ("led by"); a verb
          // asking a role ("who *leads* X") stays the verb
          ((ROLE_VERBS[topic.split(' ')[0]!.toLowerCase()] ? null : roleOf?.[1]) ?? topic.split(' ').find((w) => !AUXILIARY.test(w)) ?? null)
        : null);
    const role = roleOf && expect === 'person' ? { noun: roleOf[1]!, of: roleOf[2]!.replace(TRAILING_PHRASE, '') } : undefined;
    // "Which country is used as a springboard?": the place is the subject of the verb
    const placeVerb = expect === 'place' ? /^(?:which|what)\s+\w+\s+(?:is|was|were|are|has been|had been|have been)\s+(\w+)/i.exec(bare)?.[1] : undefined;
    if (placeVerb) return { text, expect, subject, topic, verb: placeVerb, object: false, passive: false };
    // "Who was punished with sanctions?" asks the object of "X punished Y"; "Who was Z used by?" asks the agent
    const agentAsked = /\s(\w+)\s+by$/i.exec(topic);
    const passive = !agentAsked && (expect === 'person' || expect === 'speaker') && /^(?:was|were|is|are|has been|have been|had been|got)\s+\w+(?:ed|en|t)\b/i.test(topic);
    return { text, expect, subject, topic, verb: agentAsked?.[1] ?? verb, object, passive, ...(role ? { role } : {}), ...(named ? { named } : {}) };
  }
  return { text, expect: 'thing', subject: null, topic: bare, verb: null, object: false, passive: false };
}

/** "at the time", "when the law passed": when a role was held, not what it is of. */
const WHEN_HELD = /\s+(?:at\s+the\s+time|then|now|currently|today|(?:when|while|before|after|until)\s.*|in\s+\d{4}.*)$/i;

/**
 * A role asked without "the … of": "who was lord chancellor at the time" (its qualifier before it), "who heads
 * the agency" (a verb for the role, ROLE_VERBS). As [role noun, what it is of], like the "the leader of X" match.
 */
function roleAsked(topic: string): [string, string, string] | null {
  const bare = topic.replace(WHEN_HELD, '');
  const held = /^(?:is|are|was|were)\s+(?:(\w+)\s+)?(\w+)(?:\s+(?:of|in|for)\s+(.+))?$/i.exec(bare);
  if (held && ROLE_WORDS.has(held[2]!.toLowerCase()) && (!held[1] || !AUXILIARY.test(held[1]))) {
    return [held[0], held[2]!, [held[1], held[3]].filter(Boolean).join(' ')];
  }
  const verb = /^(\w+)\s+(.+)$/.exec(bare);
  const noun = verb ? ROLE_VERBS[verb[1]!.toLowerCase()] : undefined;
  return verb && noun ? [verb[0], noun, verb[2]!] : null;
}

const ROLE_WORDS = new Set(ROLE_TITLES);

/**
 * "Who put sanctions on X?", "who imposed a ban": a light verb says little, the noun after it is the verb asked
 * ("sanctions" → who sanctioned). Only for who-questions, whose verb comes first in the topic.
 */
function lightVerbNoun(topic: string): string | null {
  return /^(?:put|puts|impose[ds]?|imposing|place[ds]?|slap(?:s|ped)?|levie[ds]|levy)\s+(?:a\s+|an\s+|new\s+|tough\s+)*(\w+)/i.exec(topic)?.[1] ?? null;
}

/**
 * "What do voters fear, according to Jane Roe?", "According to Roe, is the plan legal?": what the named speaker
 * said, about the rest of the question. Questions asking a who / when / where / how much keep their own type.
 */
function accordingTo(text: string): { speaker: string; rest: string } | null {
  const m =
    /^(.+?),?\s+according\s+to\s+([^,]+)$/i.exec(text) ??
    /^according\s+to\s+([^,]+),\s*(.+)$/i.exec(text) ??
    // typed without the comma: "according to roe what is step two"
    /^according\s+to\s+((?!(?:who|whom|which|what)\b)(?:the\s+)?\S+(?:\s+(?!what|why|how|is|are|was|were|does|do|did)\S+)?)\s+((?:what|why|how|is|are|was|were|does|do|did)\b.+)$/i.exec(text);
  if (!m) return null;
  const [speaker, rest] = /^according/i.test(text) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  if (!/^(?:what|why|how\s+(?:do|does|did|has|have|can|could|will|would|should)|is|are|was|were|does|do|did|has|have|can|could|will|would|should)\b/i.test(rest)) return null;
  return looksLikeName(speaker) ? { speaker: speaker.trim(), rest: rest.trim() } : null;
}

/** "In the article about the exiles, who …": the question after its framing. */
function withoutContext(text: string): string {
  return text.replace(/^(?:(?:in|from|according to)\s+(?:the|this|that)\s+(?:article|story|piece|report|text)(?:\s+(?:about|on)\s+[^,]+)?|in\s+(?:the|this)\s+(?:news|case))\s*,\s*/i, '');
}

/** "What is the name of the poker player?" and "whats the poker player's name" ask who the poker player is. */
function namedAsWho(text: string): string {
  const m =
    /^what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(.+)$/i.exec(text) ?? /^what\s+(?:is|was|are|were)\s+((?:the|that|this|those|these)\s+.+?)['’]s?\s+names?$/i.exec(text);
  return m ? `who is ${m[1]}` : text;
}

const SHORTHAND = new RegExp(`\\b(?:${Object.keys(CHAT_SHORTHAND).join('|')})\\b(?!['’])`, 'gi');

/** "how many ppl", "the govt": chat shorthand spelt out (lower case only: "US" or "PM May" are names). */
function withoutShorthand(text: string): string {
  return text.replace(SHORTHAND, (w) => (w === w.toLowerCase() ? CHAT_SHORTHAND[w]! : w));
}

/** "By whom were the men arrested" is read as "who were the men arrested by". */
function byWhom(text: string): string {
  const m = /^by\s+whom\s+(.+)$/i.exec(text);
  return m ? `Who ${m[1]} by` : text;
}

/** "who's", "whos", "what's", "thats": the question words spelt out, so the patterns see "who is". */
function expandContractions(text: string): string {
  return text.replace(/\b(who|what|where|when|how|that)(?:['’]s|s)\b/gi, '$1 is');
}

/** Words that hedge a question but name nothing in it ("so far", "kind of"). */
const FILLERS = /\b(?:so far|to date|up to now|exactly|precisely|actually|really|(?:kinds?|sorts?|types?)\s+of|happen(?:ed|s)?|occur(?:red|s)?|t(?:ake|akes|ook)\s+place|held(?=\s*\??$)|make\s+up|made\s+up\s+of|consists?\s+of|comprises?)\b\s*/gi;

/** A name slot is a short noun phrase, not a clause ("who is fighting in Ukraine" is not a profile question). */
function looksLikeName(s: string): boolean {
  const words = s.split(' ');
  if (words.length > 6) return false;
  // "NATO afraid of": a clause that ends in a preposition is not a name
  if (/^(?:of|about|for|with|to|from|by|on|in|at)$/i.test(words[words.length - 1]!)) return false;
  // "Straw's main frustration": what someone has, not who someone is
  if (/\S['’]s\s+\S/.test(s)) return false;
  // "nato afraid straw might do": a modal verb makes it a clause
  if (words.some((w) => /^(?:might|could|would|will|can|should|must|may|do|does|did)$/.test(w))) return false;
  return !words.some((w) => /^(?:\w+ing|\w+ed|in|on|at|from|into|with|by|behind|for|against|leading|fighting|doing|going)$/i.test(w) && !/^[A-Z]/.test(w));
}
