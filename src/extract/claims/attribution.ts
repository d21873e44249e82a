import { AS_CLAUSE_CUES, BELIEF_CUES, CUE_FORMS, LISTENER_NOUNS, LISTENERS, NAMED_SUBJECT_CUES, NOUN_CUES, NON_SPEECH_OBJECTS, SOURCE_NOUNS, type CueForm } from '../../lexicon/cues';
import { WEEKDAYS } from '../../lexicon/non-names';
import { ABBREVIATIONS } from '../../lexicon/abbreviations';
import { describesOrganisation, isCalendarWord, isOrgSuffix, isRoleTitle } from '../actors/words';
import { PARTICLES } from '../actors/candidates';
import { findCues, type CueMatch } from './cues';
import type { Token } from './tokens';
import { firstStartingAt } from '../bounds';
import { isPeopleNoun } from '../roles';

export interface Span {
  start: number;
  end: number;
}

/** One attribution in a sentence: a cue, who it names, and (for reported speech) what was said. */
export interface Attribution {
  cue: CueForm;
  cueSpan: Span;
  /** Token range of the cue, to tell which quotation it is next to. */
  cueFrom: number;
  cueTo: number;
  /** The speaker noun phrase as written, or null when the cue leans on the sentence subject. */
  speaker: Span | null;
  /** True when the speaker is the subject of the sentence ("…, saying …"). */
  bySubject: boolean;
  /** The reported content, or null when the cue only introduces a quotation. */
  content: Span | null;
}

/** Words that end a noun phrase when walking away from a cue. */
const BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'when', 'while', 'as',
  'if', 'after', 'before', 'since', 'although', 'though', 'where', 'than', 'until', 'unless', 'whether', 'also', 'what',
]);
/** Adverbs and auxiliaries between a subject and its cue ("he has also said"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'again', 'once', 'further', 'still', 'even', 'just', 'already',
  'often', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'first', 'now',
  'earlier', 'today', 'yesterday', 'reportedly', 'previously', 'repeatedly', 'recently', 'publicly', 'privately',
  'meanwhile', 'however', 'too', 'though', 'instead', 'long',
]);
/** A speaker phrase never starts with a preposition ("of member states"): the cue word is then a noun. */
const PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'on', 'by', 'with', 'from', 'to', 'into', 'about', 'over', 'under', 'during']);
/** Words a speaker phrase cannot contain: finite verbs mean we walked into a clause. */
const VERBISH = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'to', 'not', 'it’s', "it's", 'there',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'one']);
/** Conjunctions joining a second verb to the same subject ("… but confirmed that …"). */
const COORDINATORS = new Set(['and', 'but']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or', 'meanwhile', 'however', 'still', 'also', 'now', 'then']);
const MAX_PHRASE = 10;
/** Quotations shorter than this are phrases inside a reported clause, as in the claims stage. */
const MIN_QUOTE_WORDS = 6;

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isMark = (t: Token | undefined, marks: string): boolean => t?.kind === 'punct' && marks.includes(t.text);
const span = (tokens: readonly Token[], from: number, to: number): Span | null =>
  from < to ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;

/** The attributions of one sentence, given its tokens (quotations as single tokens). */
export function findAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  const cues: Span[] = []; // out's cue spans, for cueWithin
  for (const m of findCues(tokens)) {
    const a = m.form.role === 'source' ? sourceAttribution(tokens, m) : verbAttribution(tokens, m);
    // "She said X, according to the code" / "He said the money pledged by …": a phrase that reaches back over an
    // earlier cue is a misreading of a word inside that cue's content
    if (!a) continue;
    // "X said that the majority believed …": a belief reported inside another's words is part of those words
    if (BELIEF_CUES.has(a.cue.form) && out.some((o) => within(a.cueSpan, o.content))) continue;
    // "X said …, adding …": the participle shares the main clause's speaker (the subject it read may run into that cue)
    const main = out[out.length - 1];
    const shares = a.bySubject && main?.speaker;
    if (!shares && cueWithin(cues, a.speaker)) continue;
    if (cueWithin(cues, a.content)) {
      // "A replied, telling B to …, C wrote.": the closing signature is not part of the nested claims before it
      const signs = a.speaker !== null && a.content !== null && a.content.end <= a.speaker.start;
      if (signs) endBefore(tokens, out, a.speaker!.start);
      // "…, warning the public, Lee said." / "…, according to flight logs, a source told the paper.": a signature
      // over participles, sources and stance verbs ("the court dismissed the case") reports the whole clause too
      if (!signs || !onlyMinorCuesWithin(out, a.content!)) continue;
    }
    cues.push(a.cueSpan);
    if (shares) out.push({ ...a, speaker: main.speaker, bySubject: main.bySubject });
    else if (main?.speaker && main.cue.role === 'say' && isPronounAt(tokens, a.speaker) && within(a.cueSpan, main.content)) {
      // "Clinton says she appreciated what she calls …": the pronoun is the main speaker
      out.push({ ...a, speaker: main.speaker, bySubject: main.bySubject });
    } else out.push(a);
  }
  // a noun cue inside another claim's content ("X said Y's admission that … suggested …") is part of that claim
  const covers = coverage(out.flatMap((o) => (o.content ? [o.content, o.cueSpan] : [o.cueSpan])));
  // … but "reports by local fishermen of an explosion" names its own speaker inside another's words: a claim of its own
  const nouns = [...nounAttributions(tokens), ...passiveAttributions(tokens)].filter((n) => !covers(n.cueSpan) || isAgentNoun(tokens, n));
  return nouns.length ? [...out, ...nouns].sort((a, b) => a.cueFrom - b.cueFrom) : out;
}

/** Forms of "be" before a passive participle. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
/** Verbs of telling someone, whose passive keeps the listener as subject ("was told by …", "were warned by …"). */
const PASSIVE_TELLING = new Set(['told', 'advised', 'informed', 'instructed', 'warned', 'cautioned', 'urged', 'asked']);
const PARTICIPLE_CUES: ReadonlyMap<string, CueForm> = new Map(CUE_FORMS.filter((f) => PASSIVE_TELLING.has(f.form)).map((f) => [f.form, f]));

/** Is token i a speech verb in the passive ("was warned", "had been told")? */
export function isPassiveCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.kind === 'word' && PARTICIPLE_CUES.has(t.lower) && BE_FORMS.has(tokens[i - 1]?.lower ?? '');
}

/** "She was advised by her aides to wait", "He was told by police that …": the agent after "by" spoke. */
function passiveAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  tokens.forEach((t, i) => {
    if (!isPassiveCue(tokens, i) || tokens[i + 1]?.lower !== 'by') return;
    let end = i + 2;
    while (end < tokens.length && end - i <= MAX_PHRASE && isWord(tokens[end]) && tokens[end]!.lower !== 'that' && tokens[end]!.lower !== 'to') end++;
    if (end === i + 2 || !validPhrase(tokens, i + 2, end)) return;
    // the content keeps its "to" ("to wait a year"); "that" only introduces it
    const from = tokens[end]?.lower === 'that' ? end + 1 : end;
    const content = tokens[end]?.lower === 'that' || tokens[end]?.lower === 'to' ? trimContent(tokens, from, tokens.length) : null;
    out.push({ cue: PARTICIPLE_CUES.get(t.lower)!, cueSpan: { start: t.start, end: t.end }, cueFrom: i, cueTo: i + 1, speaker: span(tokens, i + 2, end), bySubject: false, content });
  });
  return out;
}

/** Are the attributions whose cues lie inside `content` all participles, sources, stance verbs or beliefs (none a plain "said")? */
function onlyMinorCuesWithin(out: readonly Attribution[], content: Span): boolean {
  const inside = out.filter((o) => within(o.cueSpan, content));
  return inside.length > 0 && inside.every((o) => o.bySubject || o.cue.role === 'source' || NAMED_SUBJECT_CUES.has(o.cue.form) || BELIEF_CUES.has(o.cue.form));
}

/** Cuts the content of earlier attributions that runs over `at` (a closing signature's speaker) short of it. */
function endBefore(tokens: readonly Token[], out: Attribution[], at: number): void {
  // only the last few: a long sentence full of cues must not make every signature a pass over all of them
  for (let n = Math.max(0, out.length - 4); n < out.length; n++) {
    const o = out[n]!;
    if (!o.content || o.content.start >= at || o.content.end <= at) continue;
    out[n] = { ...o, content: trimContent(tokens, firstStartingAt(tokens, o.content.start), firstStartingAt(tokens, at)) };
  }
}

const POSSESSIVE = /(?:['’]s|s['’])$/;

/** "the police’s earlier claim that X …", "Lee’s warning that X …": the possessor said X. */
function nounAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  tokens.forEach((t, i) => {
    const lemma = isWord(t) ? NOUN_CUES[t.lower] : undefined;
    if (!lemma) return;
    if (tokens[i + 1]?.lower === 'by') {
      const by = agentAttribution(tokens, i, lemma);
      if (by) out.push(by);
      return;
    }
    if (tokens[i + 1]?.lower !== 'that') return;
    // one adjective may stand between ("earlier", "repeated")
    const owner = POSSESSIVE.test(tokens[i - 1]?.text ?? '') ? i - 1 : POSSESSIVE.test(tokens[i - 2]?.text ?? '') && /^\p{Ll}/u.test(tokens[i - 1]!.text) ? i - 2 : -1;
    if (owner < 0) return;
    let start = owner;
    while (start > 0 && isWord(tokens[start - 1]) && /^\p{Lu}/u.test(tokens[start - 1]!.text)) start--;
    if (start > 0 && DETERMINERS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.lower !== 'his' && tokens[start - 1]!.lower !== 'her') start--;
    const ownerToken = tokens[owner]!;
    const cut = /s['’]$/.test(ownerToken.text) ? 1 : 2;
    const content = trimContent(tokens, i + 2, tokens.length);
    if (!content) return;
    out.push({
      cue: { form: t.lower, lemma, role: 'say', spun: false, quoteOnly: false },
      cueSpan: { start: t.start, end: t.end },
      cueFrom: i,
      cueTo: i + 1,
      speaker: { start: tokens[start]!.start, end: ownerToken.end - cut },
      bySubject: false,
      content,
    });
  });
  return out;
}

/** Is the attribution a noun cue with its agent after "by" ("reports by fishermen of …")? */
function isAgentNoun(tokens: readonly Token[], a: Attribution): boolean {
  return NOUN_CUES[tokens[a.cueFrom]?.lower ?? ''] !== undefined && tokens[a.cueTo]?.lower === 'by';
}

/**
 * "charges by regulators that X …", "claims by the ministry that …": the agent after "by" said X; "reports by
 * fishermen of an explosion off the island": what an "of" after a plain agent names is what they reported.
 */
function agentAttribution(tokens: readonly Token[], i: number, lemma: string): Attribution | null {
  let that = i + 2;
  while (that < tokens.length && that - i <= MAX_PHRASE && (isWord(tokens[that]) || isMark(tokens[that], '.')) && tokens[that]!.lower !== 'that') {
    // the agent is a short lower-case phrase of people ("local fishermen"), so its first "of" opens the content
    if (tokens[that]!.lower === 'of' && that > i + 2 && isPeopleNoun(tokens[that - 1]!.text)) return ofContent(tokens, i, lemma, that);
    that++;
  }
  // "the charges by police that were dropped": a "that" before a finite verb opens a relative clause
  if (tokens[that]?.lower !== 'that' || FINITE.has(tokens[that + 1]?.lower ?? '') || !validPhrase(tokens, i + 2, that)) return null;
  const content = trimContent(tokens, that + 1, tokens.length);
  if (!content) return null;
  const t = tokens[i]!;
  return {
    cue: { form: t.lower, lemma, role: 'say', spun: false, quoteOnly: false },
    cueSpan: { start: t.start, end: t.end },
    cueFrom: i,
    cueTo: i + 1,
    speaker: span(tokens, i + 2, that),
    bySubject: false,
    content,
  };
}

/** The noun cue at i, its agent before the "of" at `of`, and what follows "of" up to the clause's end as content. */
function ofContent(tokens: readonly Token[], i: number, lemma: string, of: number): Attribution | null {
  if (!validPhrase(tokens, i + 2, of)) return null;
  let end = of + 1;
  while (end < tokens.length && isWord(tokens[end]) && !BOUNDARY.has(tokens[end]!.lower)) end++;
  const content = trimContent(tokens, of + 1, end);
  if (!content) return null;
  const t = tokens[i]!;
  return { cue: { form: t.lower, lemma, role: 'say', spun: false, quoteOnly: false }, cueSpan: { start: t.start, end: t.end }, cueFrom: i, cueTo: i + 1, speaker: span(tokens, i + 2, of), bySubject: false, content };
}

function isPronounAt(tokens: readonly Token[], phrase: Span | null): boolean {
  if (phrase === null) return false;
  const t = tokens[firstStartingAt(tokens, phrase.start)];
  return t !== undefined && t.start === phrase.start && t.end === phrase.end && PRONOUNS.has(t.lower);
}


/**
 * Does an earlier attribution's cue lie inside `outer`? Cues come in text order and do not overlap, so the first
 * cue starting inside it is the only one to check: a binary search instead of a pass per attribution.
 */
function cueWithin(cues: readonly Span[], outer: Span | null): boolean {
  if (outer === null) return false;
  const first = cues[firstStartingAt(cues, outer.start)];
  return first !== undefined && first.end <= outer.end;
}

/** A test "is this span inside one of these spans?" answered by binary search over a running maximum of ends. */
function coverage(spans: readonly Span[]): (inner: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (inner) => {
    const k = firstStartingAt(sorted, inner.start + 1) - 1; // the last span starting at or before inner.start
    return k >= 0 && reach[k]! >= inner.end;
  };
}

const within = (inner: Span, outer: Span | null) => outer !== null && inner.start >= outer.start && inner.end <= outer.end;

function base(m: CueMatch, tokens: readonly Token[]): Pick<Attribution, 'cue' | 'cueSpan' | 'cueFrom' | 'cueTo'> {
  return { cue: m.form, cueSpan: span(tokens, m.from, m.to)!, cueFrom: m.from, cueTo: m.to };
}

/** "according to X, …" / "…, according to X": the speaker follows the phrase. */
function sourceAttribution(tokens: readonly Token[], m: CueMatch): Attribution | null {
  const npEnd = phraseForward(tokens, m.to, MAX_PHRASE + 4);
  if (npEnd === m.to) return null;
  const lead = clauseStart(tokens, 0);
  const atStart = m.from === lead;
  if (m.form.spun) {
    // spun forms are ordinary phrases ("in response to the attack"): accept only in an attribution's place with a source
    // "… two were hurt in response to reports, and …": a source noun closing the clause places it too
    const closedBySource = SOURCE_NOUNS.has(tokens[npEnd - 1]!.lower) && (tokens[npEnd] === undefined || isMark(tokens[npEnd], ',.;'));
    const placed = atStart ? isMark(tokens[npEnd], ',') : isMark(tokens[m.from - 1], ',') || closedBySource;
    const sourced = tokens.slice(m.to, npEnd).some((t) => SOURCE_NOUNS.has(t.lower) || /^\p{Lu}/u.test(t.text));
    if (!placed || !sourced) return null;
  }
  // "X, according to a statement, will resign on Friday": a source set off mid-sentence reports the whole of it
  const aside = !atStart && isMark(tokens[m.from - 1], ',') && isMark(tokens[npEnd], ',') && npEnd < tokens.length - 2;
  const content = atStart ? trimContent(tokens, npEnd + 1, tokens.length) : trimContent(tokens, lead, aside ? tokens.length : m.from);
  return { ...base(m, tokens), speaker: span(tokens, m.to, npEnd), bySubject: false, content };
}

function verbAttribution(tokens: readonly Token[], m: CueMatch): Attribution | null {
  // "calling for", "referring to": a participle with its particle is a participle too
  const participle = m.form.form.split(' ')[0]!.endsWith('ing');
  const before = skipBetween(tokens, m.from - 1);
  const prev = tokens[before];
  if (participle) {
    // "…, saying …" / "… — claiming …": the speaker is the subject of the sentence
    if (!isMark(prev, ',—–') && prev?.kind !== 'quote' && !isWord(prev)) return null;
    return { ...base(m, tokens), speaker: subjectPhrase(tokens, m.from), bySubject: true, content: contentAfter(tokens, m) };
  }
  if (AS_CLAUSE_CUES.has(m.form.form) && !isWord(prev)) return null;
  if (prev === undefined || isMark(prev, ',:—–') || prev.kind === 'quote') {
    // "X, who chairs the panel, told Radio Kesh …": the subject before the relative clause; the listener never speaks
    const subject = relativeClauseSubject(tokens, before) ?? (m.form.role === 'tell' ? appositiveHead(tokens, before) : null);
    if (subject) return { ...base(m, tokens), speaker: subject, bySubject: false, content: contentAfter(tokens, m) };
    // "One of the victims, Jo Vale, wrote an op-ed": a name set off by commas right before the cue speaks
    const between = isMark(prev, ',') ? nameBetweenCommas(tokens, before) : null;
    if (between) return { ...base(m, tokens), speaker: between, bySubject: false, content: contentAfter(tokens, m) };
    // inverted: "…,” said X" / "…, said X." — not "X, for example, said Y “…”", where Y opens the content
    const reach = phraseForward(tokens, m.to, MAX_PHRASE);
    // "…,” said Jo Vale at a meeting in Kesh.": the name ends where an adjunct of place or time opens
    const cut = adjunctAfterName(tokens, m.to, reach);
    const npEnd = cut ?? reach;
    const endsAt = (k: number) => tokens[k] === undefined || isMark(tokens[k], ',.;!?)—–');
    const closes = prev?.kind === 'quote' || endsAt(cut === null ? reach : phraseForward(tokens, cut, MAX_PHRASE + 6));
    if (!closes) {
      const aside = parentheticalSubject(tokens, before);
      if (aside) return { ...base(m, tokens), speaker: aside, bySubject: false, content: contentAfter(tokens, m) };
    }
    // "said so." / "said that.": a function word after the cue is no inverted speaker
    // "…,” one resident, a farmer, said outside the market.": a place after the cue is an adjunct, not who spoke
    // "One customer, a cafe owner, said he learned …": a subject pronoun with words after it opens the content's clause
    const clause = npEnd > m.to + 1 && PRONOUNS.has(tokens[m.to]!.lower);
    // "Jo Vale, the mayor, had only expressed regret …": an auxiliary after the comma makes the cue finite, never inverted
    const finite = tokens.slice(before + 1, m.from).some((t) => FINITE.has(t.lower));
    if (npEnd > m.to && !clause && !finite && !BOUNDARY.has(tokens[m.to]!.lower) && !ADJUNCT_PREPOSITIONS.has(tokens[m.to]!.lower) && validPhrase(tokens, m.to, npEnd) && !onlyWhen(tokens, m.to, npEnd) && prev !== undefined && closes) {
      const content = prev.kind === 'quote' ? null : trimContent(tokens, clauseStart(tokens, 0), before);
      return { ...base(m, tokens), speaker: span(tokens, m.to, npEnd), bySubject: false, content };
    }
    // "X, an official, said …": the subject before an appositive
    const head = appositiveHead(tokens, before);
    if (!head) return null;
    // "Prices will rise, Jo Vale, a farmer, said on Tuesday.": a cue that closes the sentence reports what came before
    const headAt = firstStartingAt(tokens, head.start);
    const rest = pastAdjunct(tokens, m.to);
    if (isMark(tokens[headAt - 1], ',') && (tokens[rest] === undefined || (isMark(tokens[rest], '.!?') && rest === tokens.length - 1))) {
      return { ...base(m, tokens), speaker: head, bySubject: false, content: trimContent(tokens, clauseStart(tokens, 0), headAt - 1) };
    }
    return { ...base(m, tokens), speaker: head, bySubject: false, content: contentAfter(tokens, m) };
  }
  // "X declined to comment but confirmed that …": a cue right after "and"/"but" shares the sentence's subject
  if (isWord(prev) && COORDINATORS.has(prev.lower) && (complementizer(tokens, m) >= 0 || m.form.role === 'tell' || m.form.lemma === 'said')) {
    const subject = subjectPhrase(tokens, before);
    if (subject) return { ...base(m, tokens), speaker: subject, bySubject: true, content: contentAfter(tokens, m) };
  }
  const unclosed = unclosedAppositive(tokens, before);
  if (unclosed) return { ...base(m, tokens), speaker: unclosed, bySubject: false, content: contentAfter(tokens, m) };
  const npStart = nameAfterAdjunct(tokens, phraseBackward(tokens, before), before);
  const asClause = tokens[npStart - 1]?.lower === 'as';
  if (AS_CLAUSE_CUES.has(m.form.form) && !asClause) return null;
  if (npStart > before || !validPhrase(tokens, npStart, before + 1)) {
    const head = relativeHead(tokens, npStart, m.form.lemma);
    return head ? { ...base(m, tokens), speaker: head, bySubject: false, content: contentAfter(tokens, m) } : null;
  }
  // "search personnel have reported seeing …": a report needs a name, a pronoun or people, not "the firm reported profits"
  const reportedByPeople = REPORTING.has(m.form.form) && isPeopleNoun(tokens[before]!.text);
  if (NAMED_SUBJECT_CUES.has(m.form.form) && !reportedByPeople && !namedOrPronoun(tokens, npStart, before + 1)) return null;
  const speaker = span(tokens, npStart, before + 1);
  if (asClause) return { ...base(m, tokens), speaker, bySubject: false, content: asClauseContent(tokens, npStart - 1, m.to) };
  // "…, X said." closes the sentence: the content is what came before
  const after = tokens[m.to];
  // the comma may close a phrase quoted inside the content: "… before “they do their job,” Jo Vale wrote."
  const closing = tokens[npStart - 1];
  const setOff = isMark(closing, ',') || (closing?.kind === 'quote' && /,\s*[”"’']$/.test(closing.text) && closing.text.split(/\s+/).length < MIN_QUOTE_WORDS);
  const trailing = setOff && (after === undefined || isMark(after, '.!?') || (isWord(after) && (endsSoon(tokens, m.to) || onlyAdjunctToEnd(tokens, m.to))) || participleFollows(tokens, m.to));
  if (trailing) return { ...base(m, tokens), speaker, bySubject: false, content: trimContent(tokens, clauseStart(tokens, 0), npStart - 1) };
  // "A minute later, he said, one of the men fired": an aside inside the sentence reports the whole of it
  if (isMark(tokens[npStart - 1], ',') && asideEnds(tokens, m.to)) return { ...base(m, tokens), speaker, bySubject: false, content: trimContent(tokens, clauseStart(tokens, 0), tokens.length) };
  const content = contentAfter(tokens, m);
  if (m.form.spun && !acceptsSpunContent(m, tokens)) return { ...base(m, tokens), speaker, bySubject: false, content: null };
  return { ...base(m, tokens), speaker, bySubject: false, content };
}

/** Naming-sensitive cues that still report when people are their subject ("witnesses reported seeing …"). */
const REPORTING = new Set(['reported', 'reports']);

/** Prepositions that open an adjunct after an inverted speaker's name, not a body the speaker belongs to. */
const ADJUNCT_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'outside', 'inside', 'via', 'through', 'near']);

/** "said Jo Vale at a meeting": index of the adjunct preposition right after a capitalised name in [from, to), else null. */
function adjunctAfterName(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from + 1; k < to; k++) {
    if (!isWord(tokens[k]) || !ADJUNCT_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    return /^\p{Lu}/u.test(tokens[k - 1]!.text) ? k : null;
  }
  return null;
}

const WHEN_WORDS = new Set([...WEEKDAYS, ...BETWEEN, 'tonight', 'on', 'last', 'this', 'night', 'morning', 'afternoon', 'evening', 'week']);

/** "Lee, 37, said Wednesday.": a phrase of time words after the cue is when, not who. */
function onlyWhen(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((t) => !isWord(t) || WHEN_WORDS.has(t.lower));
}

/**
 * "said Monday.", "told CNN on Wednesday." : only a few words of time, place or listener follow the cue before the
 * sentence ends ("Last week, Lee said the plan failed." has a clause there, not an adjunct).
 */
function endsSoon(tokens: readonly Token[], from: number): boolean {
  if (!opensAdjunct(tokens, from)) return false;
  for (let i = from; i < tokens.length && i < from + 5; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote' || (isWord(t) && t.lower === 'that')) return false;
    if (isMark(t, '.!?') && i === tokens.length - 1) return true;
  }
  return from >= tokens.length;
}

/**
 * Do the words after a cue open an adjunct or a listener ("Monday", "on Tuesday", "reporters", "the BBC", "the
 * newspaper") rather than a clause's subject ("the plan failed")?
 */
function opensAdjunct(tokens: readonly Token[], from: number): boolean {
  const t = tokens[from];
  if (!isWord(t)) return true;
  const named = (x: Token | undefined) => isWord(x) && (/^[\p{Lu}\p{N}]/u.test(x.text) || LISTENER_NOUNS.has(x.lower) || LISTENERS.has(x.lower));
  if (DETERMINERS.has(t.lower)) return named(tokens[from + 1]);
  return WHEN_WORDS.has(t.lower) || ADJUNCT_OPENERS.has(t.lower) || named(t);
}

/** "…, Acme said in a statement on Tuesday.": nothing but a prepositional adjunct runs from the cue to the sentence end. */
function onlyAdjunctToEnd(tokens: readonly Token[], from: number): boolean {
  if (!ADJUNCT_PREPOSITIONS.has(tokens[from]?.lower ?? '') && !PREPOSITIONS.has(tokens[from]?.lower ?? '')) return false;
  for (let i = from; i < tokens.length && i < from + 10; i++) {
    const t = tokens[i]!;
    if (isMark(t, '.!?') && i === tokens.length - 1) return true;
    if (!isWord(t) || t.lower === 'that' || FINITE.has(t.lower) || VERBISH.has(t.lower)) return false;
  }
  return false;
}

/**
 * "…, the company announced on Wednesday, down from …": the cue and a short adjunct close with a comma, and what
 * follows is more of the sentence, not a "that" clause nor a quotation: the cue sets off an aside.
 */
function asideEnds(tokens: readonly Token[], from: number): boolean {
  const k = pastPrepositionalPhrase(tokens, from) ?? pastAdjunct(tokens, from);
  if (!isMark(tokens[k], ',')) return false;
  for (let n = k + 1; n < tokens.length && n <= k + 3; n++) if (tokens[n]!.kind === 'quote' || tokens[n]!.lower === 'that') return false;
  return true;
}

/** Participle cues ("adding", "saying"): a clause of their own after a closing signature. */
const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(CUE_FORMS.filter((f) => f.form.endsWith('ing') && !f.form.includes(' ')).map((f) => f.form));

/**
 * "…, the company said in a statement, adding that …": the signature and its adjunct close the clause before them; a
 * participle follows ("…, X added, saying …" with no adjunct reports the whole sentence as an aside).
 */
function participleFollows(tokens: readonly Token[], from: number): boolean {
  const k = pastPrepositionalPhrase(tokens, from) ?? pastAdjunct(tokens, from);
  return k > from && isMark(tokens[k], ',') && PARTICIPLE_FORMS.has(tokens[k + 1]?.lower ?? '');
}

/** "in a statement, …", "at a news conference, …": past a short prepositional phrase closed by a comma, else null. */
function pastPrepositionalPhrase(tokens: readonly Token[], from: number): number | null {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '')) return null;
  for (let k = from + 1; k < tokens.length && k <= from + 6; k++) {
    const t = tokens[k]!;
    if (isMark(t, ',')) return k;
    if (!isWord(t) || t.lower === 'that' || FINITE.has(t.lower) || VERBISH.has(t.lower)) return null;
  }
  return null;
}

/** Past a short adjunct of time or place after a cue ("on Tuesday", "last week", "in Kesh"): the next token's index. */
function pastAdjunct(tokens: readonly Token[], from: number): number {
  let k = from;
  const fits = (t: Token) => ADJUNCT_OPENERS.has(t.lower) || WHEN_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || /^[\p{Lu}\p{N}]/u.test(t.text);
  while (k < tokens.length && k < from + 8 && isWord(tokens[k]) && fits(tokens[k]!)) k++;
  return k;
}

/**
 * "…, as the Times put it on Tuesday." / "As Lee noted last week, the economy …": the clause the "as" clause is
 * attached to is what was said. Only when nothing but an adjunct follows the cue ("as he said goodbye" is no cue).
 */
function asClauseContent(tokens: readonly Token[], as: number, cueEnd: number): Span | null {
  const end = pastAdjunct(tokens, cueEnd);
  if (as === clauseStart(tokens, 0)) return isMark(tokens[end], ',') ? trimContent(tokens, end + 1, tokens.length) : null;
  const closes = tokens[end] === undefined || (isMark(tokens[end], '.!?;') && end === tokens.length - 1);
  // the comma may sit inside a quotation that ends the clause ("… “has achieved success,” as the Times put it")
  const set = isMark(tokens[as - 1], ',') ? as - 1 : tokens[as - 1]?.kind === 'quote' ? as : -1;
  return set > 0 && closes ? trimContent(tokens, clauseStart(tokens, 0), set) : null;
}

/**
 * Spun substitutes of cues other than "said"/"told" are common verbs ("introduced a bill"): they report speech
 * only with an explicit "that".
 */
function acceptsSpunContent(m: CueMatch, tokens: readonly Token[]): boolean {
  if (m.form.lemma === 'said' || m.form.lemma === 'says') return true;
  if (m.form.role === 'tell') return !tokens.slice(m.to, m.to + 4).some((t) => t.lower === 'to');
  return thatWithin(tokens, m.to, 6) >= 0 || opensClause(tokens, m.to);
}

const FINITE = new Set(['is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'should', 'might', 'may', 'can', 'must', 'did']);

/**
 * "introduced the answer represented his view": a short noun phrase and a finite verb after the cue make a clause,
 * so the cue reports speech ("introduced the bill to cut taxes" and "the bill passed by …" do not).
 */
function opensClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length && k <= from + 5; k++) {
    const t = tokens[k]!;
    // a preposition or a mark ends the object phrase without a verb ("claimed victory in a disputed vote")
    if (!isWord(t) || PREPOSITIONS.has(t.lower)) return false;
    if (FINITE.has(t.lower)) return true;
    const prev = tokens[k - 1]!.lower;
    if (/^\p{Ll}+ed$/u.test(t.text) && tokens[k + 1]?.lower !== 'by' && !DETERMINERS.has(prev) && !prev.endsWith('ly')) return true;
  }
  return false;
}

/** Skips adverbs, auxiliaries and a parenthesis ("(R-Ga.)") walking left from i; returns the new index. */
function skipBetween(tokens: readonly Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i]!;
    if (isWord(t) && (BETWEEN.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text))) i--;
    else if (isMark(t, ')')) {
      let k = i - 1;
      while (k >= 0 && i - k < 8 && !isMark(tokens[k], '(')) k--;
      if (!isMark(tokens[k], '(')) return i;
      i = k - 1;
    } else return i;
  }
  return i;
}

/** "In a Bloomberg interview Trump said": past an opening prepositional phrase, the name that closes it. */
function nameAfterAdjunct(tokens: readonly Token[], from: number, last: number): number {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '')) return from;
  let k = last;
  while (k > from && isWord(tokens[k]) && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return k < last ? k + 1 : from;
}

/** " - " between spaces is a dash that ends a clause, not a hyphen inside a name. */
function isSpacedDash(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return prev !== undefined && next !== undefined && prev.end < tokens[k]!.start && tokens[k]!.end < next.start;
}

/** Start index of the noun phrase ending at token i (walking left to a boundary). */
function phraseBackward(tokens: readonly Token[], i: number): number {
  // a subject pronoun is the whole phrase ("At a meeting he said")
  if (PRONOUNS.has(tokens[i]?.lower ?? '')) return i;
  let k = i;
  while (k >= 0 && i - k < MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.kind === 'word' ? BOUNDARY.has(t.lower) && !andInsideName(tokens, k, i) : !(t.text === '.' || (t.text === '-' && !isSpacedDash(tokens, k)) || t.text === '&')) break;
    k--;
  }
  return k + 1;
}

const capitalised = (t: Token | undefined) => isWord(t) && /^\p{Lu}/u.test(t.text);

/** The first of the few capitalised words after k that is an organisation word, else k. */
function orgWordAfter(tokens: readonly Token[], k: number): number {
  for (let n = k + 1; n <= k + 4 && capitalised(tokens[n]); n++) if (isOrgSuffix(tokens[n]!.text)) return n;
  return k;
}

/** "the Transit and Rail Workers’ Union said": an "and" between capitals in a name ending on an organisation word. */
function andInsideName(tokens: readonly Token[], k: number, last: number): boolean {
  return last !== k && tokens[k]!.lower === 'and' && capitalised(tokens[k - 1]) && capitalised(tokens[k + 1]) && capitalised(tokens[last]) && isOrgSuffix(tokens[last]!.text);
}

/** End index (exclusive) of the noun phrase starting at token i: up to a mark, a quotation or a boundary word. */
function phraseForward(tokens: readonly Token[], i: number, max: number): number {
  let k = i;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k]!;
    if (t.kind === 'quote') break;
    if (t.kind === 'punct' && !((t.text === '-' && !isSpacedDash(tokens, k)) || t.text === '&' || (t.text === '.' && k < tokens.length - 1 && innerDot(tokens, k)))) break;
    if (isWord(t) && BOUNDARY.has(t.lower) && k > i && !andInsideName(tokens, k, orgWordAfter(tokens, k))) break;
    k++;
  }
  return k;
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS);

/** A dot after an initial, an abbreviation or a dotted word ("J.", "St.", "U.S.") stays inside a name; after "King" it ends the sentence. */
function innerDot(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.text ?? '';
  return /^\p{L}$/u.test(prev) || prev.includes('.') || ABBREVIATION_SET.has(prev);
}

/** A speaker phrase has a content word and no finite verb. */
function validPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_PHRASE) return false;
  const words = tokens.slice(from, to).filter(isWord);
  if (PREPOSITIONS.has(words[0]?.lower ?? '')) return false;
  // "a source close to the inquiry": that "to" is no infinitive
  return words.some((w) => !DETERMINERS.has(w.lower)) && !words.some((w, k) => VERBISH.has(w.lower) && !(w.lower === 'to' && words[k - 1]?.lower === 'close'));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
function namedOrPronoun(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter(isWord);
  return (words.length === 1 && PRONOUNS.has(words[0]!.lower)) || words.some((w, k) => /^\p{Lu}/u.test(w.text) && (k > 0 || !DETERMINERS.has(w.lower)));
}

/** Words a description set off by commas may run to ("Jo Vale, a specialist at … who was not involved in the study, said"). */
const MAX_APPOSITIVE = 24;

/** "X, a former official, said": the phrase before the appositive, when it opens the clause. */
function appositiveHead(tokens: readonly Token[], comma: number): Span | null {
  if (!isMark(tokens[comma], ',')) return null;
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_APPOSITIVE && !isMark(tokens[k], ',') && tokens[k]!.kind !== 'quote') k--;
  if (!isMark(tokens[k], ',')) return null;
  const appositive = k + 1;
  // "Jo Vale, 54, a farmer from Kesh, said": an age between the name and the appositive
  if (/^\d{1,3}$/.test(tokens[k - 1]?.text ?? '') && isMark(tokens[k - 2], ',')) k -= 2;
  // "KESHTOWN, May 3 (Wire) - Acme, a maker of …, said": the head opens the story after its dateline
  const start = pastDateline(tokens, clauseStart(tokens, 0), comma);
  // "“…,” Jo Vale, his daughter, pleaded": the head may follow an opening quotation
  const afterQuote = tokens[start]?.kind === 'quote' ? clauseStart(tokens, start + 1) : start;
  const headStart = tokens[k - 1] && phraseBackward(tokens, k - 1);
  // "In a memo dated May 3, Jo Vale, then her secretary, said": a name after an introductory phrase's comma
  const afterIntro = headStart !== undefined && isMark(tokens[headStart - 1], ',') && /^\p{Lu}/u.test(tokens[headStart]!.text);
  if (headStart === undefined || (headStart !== start && headStart !== afterQuote && !afterIntro) || !validPhrase(tokens, headStart, k)) return null;
  // "His lawyer, Jo Vale, said", "The head of Acme, Jo Vale, said": a name set beside a description is who speaks
  const describes = /^\p{Ll}/u.test(tokens[k - 1]!.text) || DETERMINERS.has(tokens[headStart]!.lower);
  if (k + 1 === appositive && describes && isName(tokens, appositive, comma)) return span(tokens, appositive, comma);
  return span(tokens, headStart, k);
}

/**
 * "Jo Vale, a physicist at the University of Kesh told Radio Kesh …": an appositive whose closing comma is missing.
 * The name that opens the clause speaks, not the body that ends the description.
 */
function unclosedAppositive(tokens: readonly Token[], last: number): Span | null {
  let k = last;
  while (k > 0 && last - k < 16 && isWord(tokens[k]) && !VERBISH.has(tokens[k]!.lower) && !BOUNDARY.has(tokens[k]!.lower)) k--;
  if (!isMark(tokens[k], ',') || last - k < 3 || !DESCRIPTION_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
  const opening = clauseStart(tokens, 0);
  // "“…,” Jo Vale, a physicist … told Radio Kesh": the name may follow an opening quotation
  const start = tokens[opening]?.kind === 'quote' ? clauseStart(tokens, opening + 1) : opening;
  // "In June, the senator called …": an opening phrase of time is no name
  if (INTRODUCTORY.has(tokens[start]?.lower ?? '') || tokens.slice(start, k).some((t) => isCalendarWord(t.text))) return null;
  return start < k && isPersonName(tokens, start, k) ? span(tokens, start, k) : null;
}

/** One to five words, the first and last capitalised, particles allowed between ("Jo van Vale"). */
function isPersonName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  const cap = (t: Token) => isWord(t) && /^\p{Lu}/u.test(t.text);
  return words.length >= 1 && words.length <= 5 && cap(words[0]!) && cap(words[words.length - 1]!) && words.every((t) => cap(t) || (isWord(t) && PARTICLES.has(t.lower)));
}

/** Words that open a description set beside a name ("a physicist", "the head of …"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the']);

/** The name between the comma before `comma` and `comma`, when a phrase precedes it: "…, Jo Vale, wrote". */
function nameBetweenCommas(tokens: readonly Token[], comma: number): Span | null {
  let k = comma - 1;
  while (k >= 0 && comma - k <= 5 && !isMark(tokens[k], ',')) k--;
  if (k <= 0 || !isMark(tokens[k], ',') || k === comma - 1 || !isName(tokens, k + 1, comma)) return null;
  return isWord(tokens[k - 1]) && /^\p{Ll}/u.test(tokens[k - 1]!.text) ? span(tokens, k + 1, comma) : null;
}

/** One to four capitalised words (initials' dots allowed): a name, not a description. */
function isName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter(isWord);
  return words.length >= 1 && words.length <= 4 && tokens.slice(from, to).every((t) => (isWord(t) && /^\p{Lu}/u.test(t.text)) || isMark(t, '.'));
}

/** "X (R-Ind.), for example, said": the phrase before a short aside set off by commas. */
function parentheticalSubject(tokens: readonly Token[], comma: number): Span | null {
  let k = comma - 1;
  while (k >= 0 && comma - k <= 5 && !isMark(tokens[k], ',') && isWord(tokens[k])) k--;
  if (!isMark(tokens[k], ',') || k === comma - 1) return null;
  const end = skipBetween(tokens, k - 1);
  const start = phraseBackward(tokens, end);
  if (!validPhrase(tokens, start, end + 1)) return null;
  // "X’s daughter, Ilse, said": the aside is the name of the one described
  if (end === k - 1 && /^\p{Ll}/u.test(tokens[end]!.text) && isName(tokens, k + 1, comma)) return span(tokens, k + 1, comma);
  return span(tokens, start, end + 1);
}

const RELATIVES = new Set(['who', 'whose', 'which']);

/**
 * "X, who is a member of Y and was part of Z, said": when the comma before a cue closes a relative clause, the
 * speaker is the phrase before the clause.
 */
function relativeClauseSubject(tokens: readonly Token[], comma: number): Span | null {
  if (!isMark(tokens[comma], ',')) return null;
  for (let k = comma - 1; k > 0 && comma - k <= 40; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || isMark(t, '.;:')) return null;
    if (!isMark(t, ',')) continue;
    if (!RELATIVES.has(tokens[k + 1]?.lower ?? '')) return null;
    // "X, the head of Y, who …, said": the clause follows an appositive, so the speaker is the name before it
    const described = appositiveHead(tokens, k);
    if (described && isDescription(tokens, k)) return described;
    const start = phraseBackward(tokens, k - 1);
    return validPhrase(tokens, start, k) ? span(tokens, start, k) : null;
  }
  return null;
}

/** Cues a document does ("a ruling that said", "a study that found that"), unlike "a drug that attacks cells". */
const DOCUMENT_CUES = new Set(['said', 'says', 'found that', 'finds that', 'concluded', 'concludes', 'claimed', 'claims', 'warned', 'warns']);

/** Does the comma-delimited phrase ending before `comma` describe (a lower-case word or a determiner first), not name? */
function isDescription(tokens: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && comma - k < 16 && !isMark(tokens[k - 1], ',')) k--;
  const first = tokens[k];
  return isWord(first) && (DETERMINERS.has(first.lower) || /^\p{Ll}/u.test(first.text));
}

/** "X, who said …" / "X which reported …" / "a ruling that said …": the phrase before the relative pronoun. */
function relativeHead(tokens: readonly Token[], npStart: number, lemma: string): Span | null {
  const rel = tokens[npStart - 1];
  if (!isWord(rel) || (rel.lower !== 'who' && rel.lower !== 'which' && (rel.lower !== 'that' || !DOCUMENT_CUES.has(lemma)))) return null;
  const end = isMark(tokens[npStart - 2], ',') ? npStart - 2 : npStart - 1;
  const start = phraseBackward(tokens, end - 1);
  // "that" is a relative pronoun only after a noun phrase with its determiner ("a report that said"), not after a verb
  if (rel.lower === 'that') {
    let det = end - 1;
    while (det > start && !DETERMINERS.has(tokens[det]!.lower)) det--;
    // "a ruling that said", not "a letter from his doctor Friday afternoon that says"
    const plain = tokens.slice(det, end).every((t) => isWord(t) && /^\p{Ll}/u.test(t.text));
    return DETERMINERS.has(tokens[det]?.lower ?? '') && end - det <= 4 && plain && validPhrase(tokens, det, end) ? span(tokens, det, end) : null;
  }
  if (validPhrase(tokens, start, end)) return span(tokens, start, end);
  // "they turned to the City Police Department which reported …": the name that closes a longer clause
  let name = end;
  while (name > start && isWord(tokens[name - 1]) && /^\p{Lu}/u.test(tokens[name - 1]!.text)) name--;
  if (name === end || name === start) return null;
  if (tokens[name - 1]?.lower === 'the') name--;
  return span(tokens, name, end);
}

/** The sentence subject for a participle cue: the opening phrase after conjunctions and an introductory clause. */
export function subjectPhrase(tokens: readonly Token[], limit: number): Span | null {
  let i = pastDateline(tokens, clauseStart(tokens, 0), limit);
  // "“…,” Lee sings before asking her, …": the subject follows an opening quotation
  if (tokens[i]?.kind === 'quote' && i + 1 < limit) i = clauseStart(tokens, i + 1);
  const first = tokens[i];
  const comma = firstWithin(tokens, i + 1, Math.min(limit, i + 7), (t) => isMark(t, ','));
  if (first && comma >= 0 && comma - i <= 6 && (INTRODUCTORY.has(first.lower) || /^\p{Ll}/u.test(first.text))) {
    i = clauseStart(tokens, comma + 1);
    // "In 2011, during a round of talks over new rules, the council …": a second opening phrase, however long
    for (let n = 0; n < 2 && INTRODUCTORY.has(tokens[i]?.lower ?? ''); n++) {
      const next = firstWithin(tokens, i + 1, Math.min(limit, i + MAX_INTRODUCTION), (t) => isMark(t, ',') || t.kind === 'quote' || FINITE.has(t.lower));
      if (next < 0 || !isMark(tokens[next], ',')) break;
      i = clauseStart(tokens, next + 1);
    }
  } else if (first && INTRODUCTORY.has(first.lower)) {
    // "On September 27 they published …": an opening phrase without its comma ends at the subject pronoun
    const pronoun = firstWithin(tokens, i + 1, Math.min(limit, i + 7), (t) => PRONOUNS.has(t.lower));
    if (pronoun > 0) return span(tokens, pronoun, pronoun + 1);
  }
  let k = i;
  while (k < limit && k - i < 6 && (isWord(tokens[k]) || (k > i && isMark(tokens[k], '.'))) && !BOUNDARY.has(tokens[k]!.lower) && !VERBISH.has(tokens[k]!.lower)) {
    const prev = tokens[k - 1];
    // a lower-case word right after a name is its verb ("Putin thanked"), unless it is a title ("Former mayor Jo Vale")
    if (k > i && /^\p{Ll}/u.test(tokens[k]!.text) && prev && /^\p{Lu}/u.test(prev.text) && !DETERMINERS.has(prev.lower) && !isRoleTitle(tokens[k]!.text)) {
      // "Kesh’s central bank cut …": after a possessor, the phrase runs to its head noun of a body or a role
      const head = POSSESSIVE.test(prev.text) ? possessedHead(tokens, k, limit) : -1;
      if (head >= 0) k = head + 1;
      break;
    }
    k++;
  }
  return span(tokens, i, k);
}

/** "Kesh’s [central bank]", "Acme’s [chief executive]": index of the body or role noun within three words from k, else -1. */
function possessedHead(tokens: readonly Token[], k: number, limit: number): number {
  for (let n = k; n < Math.min(limit, k + 3) && isWord(tokens[n]) && /^\p{Ll}/u.test(tokens[n]!.text); n++) {
    if (isOrgSuffix(tokens[n]!.lower) || describesOrganisation(tokens[n]!.lower) || isRoleTitle(tokens[n]!.text)) return n;
  }
  return -1;
}

/** A dateline's place in capitals ("KESHTOWN, May 3 (Wire) —"): a few tokens closed by a dash before the story. */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.-]{2,}$/u;
const MAX_DATELINE = 12;

/** "KESHTOWN, May 3 (Wire) - The bank cut …": the subject opens after the dateline, not on its place. */
function pastDateline(tokens: readonly Token[], i: number, limit: number): number {
  if (!DATELINE_PLACE.test(tokens[i]?.text ?? '') || !isMark(tokens[i + 1], ',')) return i;
  const dash = firstWithin(tokens, i + 2, Math.min(limit, i + MAX_DATELINE), (t) => t.text === '—' || t.text === '–' || t.text === '-');
  return dash < 0 || (tokens[dash]!.text === '-' && !isSpacedDash(tokens, dash)) ? i : dash + 1;
}

/** Index of the first token in [from, to) that fits, else -1: a bounded look instead of a search of the sentence. */
function firstWithin(tokens: readonly Token[], from: number, to: number, fits: (t: Token) => boolean): number {
  for (let k = from; k < to; k++) if (fits(tokens[k]!)) return k;
  return -1;
}

/** "“…” ― Jane Doe": a name after a dash that closes the sentence. */
export function dashSpeaker(tokens: readonly Token[]): Span | null {
  let end = tokens.length;
  while (end > 0 && isMark(tokens[end - 1], '.')) end--;
  let k = end;
  while (k > 0 && end - k < 6 && (isWord(tokens[k - 1]) || isMark(tokens[k - 1], '.'))) k--;
  // "“…” — Jo Vale, Kesh Ministry of Trade": the name before the affiliation
  if (isMark(tokens[k - 1], ',') && k - 1 > 0) {
    end = k - 1;
    k = end;
    while (k > 0 && end - k < 6 && (isWord(tokens[k - 1]) || isMark(tokens[k - 1], '.'))) k--;
  }
  const dash = tokens[k - 1];
  if (!isMark(dash, '―—–-') || tokens[k - 2]?.kind !== 'quote' || !/^\p{Lu}/u.test(tokens[k]?.text ?? '')) return null;
  return validPhrase(tokens, k, end) ? span(tokens, k, end) : null;
}

/** Words an opening phrase of time or circumstance may run to before its comma. */
const MAX_INTRODUCTION = 14;
const INTRODUCTORY = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'earlier', 'later', 'last', 'this', 'since', 'when', 'while', 'as', 'for', 'with', 'by', 'from', 'over', 'under', 'within', 'without', 'despite', 'meanwhile', 'however']);

/** The first token of the clause: past leading conjunctions and marks. */
function clauseStart(tokens: readonly Token[], i: number): number {
  while (i < tokens.length && ((isWord(tokens[i]) && CONJUNCTIONS.has(tokens[i]!.lower)) || tokens[i]!.kind === 'punct')) i++;
  return i;
}

/** Index of "that" within n tokens from i, before any comma, colon or quotation; -1 when absent. */
function thatWithin(tokens: readonly Token[], i: number, n: number): number {
  for (let k = i; k < tokens.length && k < i + n; k++) {
    const t = tokens[k]!;
    // "said on Monday, however, that": an adverb set off by commas does not end the look
    if (isMark(t, ',') && BETWEEN.has(tokens[k + 1]?.lower ?? '') && isMark(tokens[k + 2], ',')) {
      k += 2;
      continue;
    }
    if (t.kind === 'quote' || isMark(t, ',:;')) return -1;
    if (t.lower === 'that') return k;
  }
  return -1;
}

/** Words that open an adjunct between a cue and its "that" ("said on Monday that", "said in a statement that"). */
const ADJUNCT_OPENERS = new Set([...PREPOSITIONS, ...BETWEEN, 'last', 'this', 'tonight', ...WEEKDAYS]);

/**
 * The "that" opening a cue's content: right after the cue, after a listener ("told reporters that") or after an
 * adjunct ("said in a statement that"), but not inside the content ("said the admission that …").
 */
function complementizer(tokens: readonly Token[], m: CueMatch): number {
  const that = thatWithin(tokens, m.to, 8);
  // "said that had nothing to do with it": a "that" before a finite verb is the subject, not the complementizer
  if (that >= 0 && FINITE.has(tokens[that + 1]?.lower ?? '')) return -1;
  if (that <= m.to || m.form.role === 'tell') return that;
  // "said two days ago that": a span of time back is an adjunct too
  return ADJUNCT_OPENERS.has(tokens[m.to]!.lower) || tokens[that - 1]!.lower === 'ago' ? that : -1;
}

/** What follows a cue: past a listener ("told CNN"), a short adjunct and "that", to the sentence end. */
function contentAfter(tokens: readonly Token[], m: CueMatch): Span | null {
  let i = m.to;
  const that = complementizer(tokens, m);
  if (that >= 0) i = that + 1;
  else if (m.form.role === 'tell') i = skipListener(tokens, i);
  else if (NON_SPEECH_OBJECTS[m.form.form]?.includes(tokens[i]?.lower ?? '') && !opensClause(tokens, i)) return null;
  else i = pastWhen(tokens, i);
  if (isMark(tokens[i], ',:')) i++;
  // "responded in a statement: “…”": an adjunct and a colon introduce the quotation, which is what was said
  if (colonIntroducesQuote(tokens, i)) return null;
  // a quotation right after the cue is the quote itself, unless a short one opens a longer clause ("“2,521 incidents” in the city")
  if (tokens[i]?.kind === 'quote' && !(isWord(tokens[i + 1]) && tokens[i]!.text.split(/\s+/).length < MIN_QUOTE_WORDS)) return null;
  // "…,” Trump said, looking out on the crowd": a participle clause is narration, not content
  if (isMark(tokens[i - 1], ',') && /ing$/.test(tokens[i]?.lower ?? '')) return null;
  // "“…?” Jo Vale asks as he parks the van": an "as" clause with a person as its subject is narration, not content
  if (tokens[i]?.lower === 'as' && PERSONAL_SUBJECTS.has(tokens[i + 1]?.lower ?? '')) return null;
  return trimContent(tokens, i, tokens.length);
}

/** Cues whose content is a clause even when no verb shows near its start ("said much of the money pledged … had gone"). */
const CLAUSE_CUES = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling']);

/** Is there a finite verb in [from, to) before a comma or quotation ("much of the money pledged by the bank had …")? */
function finiteWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    if (tokens[k]!.kind === 'quote' || isMark(tokens[k], ',;:')) return false;
    if (FINITE.has(tokens[k]!.lower) || BE_FORMS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Auxiliaries kept with a speech act's verb ("has apologised to …"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would']);

/**
 * The whole reported act when a cue's content is no clause: "criticised the plan as reckless", "called for calm",
 * "telling Jo Vale to wait" say nothing without their verb, so the claim runs from the verb (and an auxiliary right
 * before it). Content opened by "that", a clause ("said prices would rise") or content before the cue stays as it is.
 */
export function withItsVerb(tokens: readonly Token[], a: Attribution): Span | null {
  const content = a.content;
  if (!content || content.start < a.cueSpan.end || a.cue.role === 'source' || isAgentNoun(tokens, a)) return content;
  const at = firstStartingAt(tokens, content.start);
  const between = tokens.slice(a.cueTo, at);
  if (between.length > 4 || between.some((t) => !isWord(t) || t.lower === 'that')) return content;
  const first = tokens[at];
  // "referring to …", "told Jo Vale to wait until …": the act and its infinitive whatever clause follows
  const infinitive = a.cue.form.endsWith(' to') || (a.cue.role === 'tell' && first?.lower === 'to');
  // "expressed regret for the deaths": a verb that only stands for "said" keeps its noun object with it
  if (!infinitive && (CLAUSE_CUES.has(a.cue.form) || !isWord(first) || PRONOUNS.has(first.lower) || opensClause(tokens, at) || finiteWithin(tokens, at, at + 10))) return content;
  const from = AUXILIARIES.has(tokens[a.cueFrom - 1]?.lower ?? '') ? a.cueFrom - 1 : a.cueFrom;
  return { start: tokens[from]!.start, end: content.end };
}

/** Subject pronouns of people, opening an "as" clause of time ("asks as he parks"). */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Words that end a time adjunct after a cue ("on Monday", "last week"). */
const WHEN_HEADS = new Set([...WEEKDAYS, 'week', 'night', 'morning', 'afternoon', 'evening', 'tonight', 'today', 'yesterday', 'weekend']);

/** "said on Monday it would …": past a time adjunct that opens the content without a "that". */
function pastWhen(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 4 && isWord(tokens[k]) && WHEN_WORDS.has(tokens[k]!.lower)) k++;
  return k > i && WHEN_HEADS.has(tokens[k - 1]!.lower) && isWord(tokens[k]) ? k : i;
}

/** A few words, a colon, then a quotation: the words are the cue's adjunct ("in a statement:"), not its content. */
function colonIntroducesQuote(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 6; k++) {
    if (isMark(tokens[k], ':')) return tokens[k + 1]?.kind === 'quote';
    // "said the plan had one aim: “…”": a finite verb makes the words a clause of their own, as does a subject
    // pronoun opening them ("said he backed the drivers: “…”")
    if (!isWord(tokens[k]) || FINITE.has(tokens[k]!.lower) || (k === from && PERSONAL_SUBJECTS.has(tokens[k]!.lower))) return false;
  }
  return false;
}

/** Past the listener after "told": "CNN", "reporters", "the press", "Radio Kesh's Morning programme". */
function skipListener(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isWord(t)) return i;
  const named = (k: number) => isWord(tokens[k]) && /^[\p{Lu}\p{N}]/u.test(tokens[k]!.text);
  let k = DETERMINERS.has(t.lower) && named(i + 1) ? i + 1 : i;
  if (named(k)) {
    while (named(k)) k++;
    // a possessive names the listener's programme or paper: "the network's Morning Call programme"
    if (/['’]s$/.test(tokens[k - 1]!.text)) while (named(k)) k++;
    return LISTENER_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  }
  // "told local television", "told a news conference", "told state media": a short run ending on a listener noun
  for (let n = i; n < i + 4 && isWord(tokens[n]) && /^\p{Ll}/u.test(tokens[n]!.text); n++) {
    if (n > i && (LISTENER_NOUNS.has(tokens[n]!.lower) || LISTENERS.has(tokens[n]!.lower)) && !DETERMINERS.has(tokens[n]!.lower)) return n + 1;
  }
  if (!LISTENERS.has(t.lower)) return i;
  return DETERMINERS.has(t.lower) && isWord(tokens[i + 1]) ? i + 2 : i + 1;
}

/** The content between two token indices, without edge marks or leading conjunctions; null when under 3 words. */
function trimContent(tokens: readonly Token[], from: number, to: number): Span | null {
  from = clauseStart(tokens, from);
  // "an increase to 1.26%" keeps its sign
  while (to > from && tokens[to - 1]!.kind === 'punct' && tokens[to - 1]!.text !== '%') to--;
  // three words are enough to know: counting them all per cue would be quadratic in a long sentence
  let words = 0;
  for (let k = from; k < to && words < 3; k++) if (tokens[k]!.kind !== 'punct') words++;
  return words >= 3 ? span(tokens, from, to) : null;
}
