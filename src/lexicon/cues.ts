/**
 * Attribution cues: the verbs and phrases news English uses to say who said what, with the forms a
 * thesaurus-based article spinner swaps in for them ("said" → "stated", "told" → "advised",
 * "according to" → "in response to"). Each spun form maps back to the plain cue it replaced, so a claim
 * can show the cue as written and its plain form.
 */

/**
 * How a cue links a speaker to what was said.
 * - `say`: speaker before the cue ("X said …") or after it when inverted ("…, said X").
 * - `tell`: like `say`, with a listener after the cue ("X told CNN (that) …").
 * - `source`: the speaker follows the phrase ("according to X").
 */
export type CueRole = 'say' | 'tell' | 'source';

export interface CueForm {
  /** As written, lower case; may be several words ("pointed out"). */
  form: string;
  /** The plain cue it stands for ("stated" → "said"). */
  lemma: string;
  role: CueRole;
  /** True when a spinner's substitute rather than the word a reporter would write. */
  spun: boolean;
  /** Cues that attribute only a direct quotation ("asked", "joked"): they rarely introduce reported speech. */
  quoteOnly: boolean;
}

interface CueGroup {
  role: CueRole;
  quoteOnly?: boolean;
  /** Plain forms; each is its own lemma. */
  plain: readonly string[];
  /** Spinner substitutes, each with the plain form it replaced. */
  spun?: Readonly<Record<string, string>>;
}

const GROUPS: readonly CueGroup[] = [
  {
    role: 'say',
    plain: ['said', 'says', 'say', 'saying'],
    spun: {
      stated: 'said', states: 'says', stating: 'saying',
      mentioned: 'said', mentions: 'says', mentioning: 'saying',
      'talked about': 'said', 'talks about': 'says',
      expressed: 'said', expresses: 'says',
      acknowledged: 'said', acknowledges: 'says',
    },
  },
  {
    role: 'tell',
    plain: ['told', 'tells', 'tell', 'telling'],
    spun: {
      advised: 'told', advises: 'tells', advising: 'telling',
      informed: 'told', informs: 'tells', informing: 'telling',
      instructed: 'told', instructs: 'tells',
      knowledgeable: 'told',
    },
  },
  {
    role: 'say',
    plain: ['added', 'adds', 'adding'],
    spun: { introduced: 'added', introduces: 'adds', introducing: 'adding' },
  },
  { role: 'say', plain: ['explained', 'explains', 'explaining'], spun: { defined: 'explained', defines: 'explains' } },
  { role: 'say', plain: ['warned', 'warns', 'warning'], spun: { cautioned: 'warned', cautions: 'warns', cautioning: 'warning' } },
  { role: 'say', plain: ['argued', 'argues', 'arguing'], spun: { contended: 'argued', contends: 'argues' } },
  { role: 'say', plain: ['claimed', 'claims', 'claiming'], spun: { asserted: 'claimed', asserts: 'claims', alleged: 'claimed' } },
  { role: 'say', plain: ['insisted', 'insists', 'insisting'], spun: { maintained: 'insisted', maintains: 'insists' } },
  { role: 'say', plain: ['noted', 'notes', 'noting'], spun: { remarked: 'noted', remarks: 'notes', observed: 'noted' } },
  { role: 'say', plain: ['accused', 'accuses', 'accusing'] },
  { role: 'say', plain: ['alleges', 'alleging'] },
  { role: 'say', plain: ['announced', 'announces', 'announcing'], spun: { declared: 'announced', declares: 'announces' } },
  { role: 'say', plain: ['stressed', 'stresses', 'stressing', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising', 'underlined'] },
  { role: 'say', plain: ['pointed out', 'points out'] },
  { role: 'say', plain: ['admitted', 'admits', 'admitting', 'conceded', 'concedes', 'conceding', 'confirmed', 'confirms', 'confirming', 'denied', 'denies', 'denying'] },
  { role: 'say', plain: ['suggested', 'suggests', 'suggesting', 'predicted', 'predicts', 'predicting', 'estimated', 'estimates', 'indicated', 'indicates', 'indicating', 'signalled', 'signaled', 'signals', 'hinted', 'hints', 'hinting'] },
  { role: 'say', plain: ['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'vowing', 'pledging'] },
  { role: 'say', plain: ['urged', 'urges', 'urging', 'demanded', 'demands', 'called for', 'calls for'] },
  { role: 'say', plain: ['complained', 'complains', 'complaining', 'countered', 'counters'] },
  { role: 'say', plain: ['reported', 'reports', 'revealed', 'reveals', 'disclosed', 'wrote', 'writes', 'tweeted', 'tweets', 'posted'] },
  { role: 'say', plain: ['agreed', 'agrees', 'recalled', 'recalls', 'recalling', 'responded', 'responds', 'replied', 'replies'] },
  // further verbs of saying and stating (reviewed from WordNet's troponyms of "say", "state" and "inform")
  { role: 'say', plain: ['reiterated', 'reiterates', 'reiterating', 'testified', 'testifies', 'speculated', 'speculates', 'acknowledging', 'affirmed', 'affirms', 'reaffirmed', 'reaffirms', 'contending', 'asserting'] },
  // speech acts whose content is what they are about ("apologised to the families for …")
  { role: 'say', plain: ['apologised', 'apologized', 'apologises', 'apologizes', 'apologising', 'apologizing'] },
  // beliefs a source states ("experts believe the hull may be found"); "is believed to" stays passive, no claim
  { role: 'say', plain: ['believe', 'believes', 'believed', 'thinks', 'hopes', 'fears'] },
  { role: 'tell', plain: ['assured', 'assures', 'assuring', 'reassured', 'reassures', 'reminded', 'reminds', 'reminding', 'notified', 'notifies'] },
  { role: 'say', plain: ['put it', 'puts it'] },
  // findings of a report or an inquiry, only with their "that" clause ("found the body" reports nothing)
  { role: 'say', plain: ['found that', 'finds that'] },
  // speech acts that report a stance rather than words ("criticized the law as …"): PolNeAR-style attributions
  {
    role: 'say',
    plain: [
      'criticized', 'criticised', 'criticizes', 'criticising', 'criticizing', 'blasted', 'blasts', 'slammed', 'slams',
      'attacked', 'attacks', 'mocked', 'mocks', 'dismissed', 'dismisses', 'praised', 'praises', 'questioned', 'questioning',
      'demanding', 'proposed', 'proposes', 'grilled', 'encouraging', 'denounced', 'condemned', 'condemns', 'rejected',
      'defended', 'defends', 'described', 'describes', 'labeled', 'labelled', 'branded', 'called', 'calls', 'called on',
      'calls on', 'calling for', 'calling on', 'promising', 'referencing', 'citing', 'referring to', 'pointing to',
      'lamented', 'hailed', 'touted', 'welcomed', 'expressing',
    ],
    spun: { slated: 'criticized', lambasted: 'criticized', derided: 'mocked', lauded: 'praised' },
  },
  {
    role: 'say',
    quoteOnly: true,
    plain: ['asked', 'asks', 'asking', 'continued', 'continues', 'boasted', 'boasts', 'joked', 'jokes', 'quipped', 'laughed', 'shouted', 'yelled', 'exclaimed', 'wondered', 'mused', 'concluded', 'chanted', 'sang', 'sings', 'singing', 'pleaded', 'pleads', 'begged', 'sighed', 'cried'],
    spun: { requested: 'asked', questioned: 'asked', proceeded: 'continued', bragged: 'boasted' },
  },
  {
    role: 'source',
    plain: ['according to'],
    spun: {
      'in response to': 'according to',
      'in accordance with': 'according to',
      'in keeping with': 'according to',
      'consistent with': 'according to',
      'in line with': 'according to',
      'in step with': 'according to',
    },
  },
];

function expand(groups: readonly CueGroup[]): CueForm[] {
  const seen = new Map<string, CueForm>();
  for (const g of groups) {
    const quoteOnly = g.quoteOnly === true;
    for (const form of g.plain) if (!seen.has(form)) seen.set(form, { form, lemma: form, role: g.role, spun: false, quoteOnly });
    for (const [form, lemma] of Object.entries(g.spun ?? {})) {
      if (!seen.has(form)) seen.set(form, { form, lemma, role: g.role, spun: true, quoteOnly });
    }
  }
  return [...seen.values()];
}

/** Every cue form, plain and spun. A form listed twice keeps its first (plain) reading. */
export const CUE_FORMS: readonly CueForm[] = expand(GROUPS);

/**
 * Nouns of saying that attribute their "that" clause to a possessor ("the ministry’s claim that …", "Lee’s
 * warning that …"), each with the verb cue it stands for.
 */
export const NOUN_CUES: Readonly<Record<string, string>> = {
  claim: 'claimed', claims: 'claimed', statement: 'said', assertion: 'claimed', argument: 'argued',
  insistence: 'insisted', suggestion: 'suggested', contention: 'argued', allegation: 'claimed', allegations: 'claimed',
  warning: 'warned', warnings: 'warned', promise: 'promised', pledge: 'pledged', announcement: 'announced',
  admission: 'admitted', denial: 'denied', charge: 'claimed', charges: 'claimed', accusation: 'accused', prediction: 'predicted',
  boast: 'boasted', declaration: 'announced', comments: 'said', remarks: 'said', view: 'said', belief: 'said',
  report: 'reported', reports: 'reported', accounts: 'said',
};

/**
 * Nouns that name a source of information: after a spun "according to" ("in response to officials") they
 * show that the phrase attributes rather than answers.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives',
  'source', 'sources', 'report', 'reports', 'statement', 'statements', 'data', 'figures', 'estimates', 'survey', 'poll',
  'polls', 'study', 'research', 'researchers', 'analysts', 'experts', 'witnesses', 'residents', 'police', 'authorities',
  'ministry', 'intelligence', 'documents', 'records', 'media', 'agency', 'officers', 'prosecutors', 'court',
  'filings', 'election', 'aides', 'people', 'person', 'observers', 'monitors', 'press', 'release', 'tally', 'count',
  'testimony', 'evidence', 'forum', 'union', 'association', 'federation', 'council', 'commission', 'committee',
  'company', 'department', 'government', 'spokesmen', 'spokeswomen', 'minutes', 'transcripts', 'transcript',
]);

/** Listeners that follow "told" and are not part of the reported content ("told reporters that …"). */
export const LISTENERS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'supporters', 'lawmakers', 'the', 'a', 'an', 'his',
  'their', 'its', 'our', 'my', 'crowd', 'audience', 'viewers', 'listeners', 'members', 'voters', 'students', 'staff',
  'analysts', 'investors', 'shareholders', 'employees', 'workers', 'jurors', 'senators', 'legislators', 'delegates',
  'parliament', 'congress', 'residents', 'parents', 'fans', 'colleagues', 'officials', 'diplomats', 'police', 'investigators',
]);

/** Nouns that end a named listener ("told Radio Kesh's Morning programme", "told the Senate committee"). */
export const LISTENER_NOUNS: ReadonlySet<string> = new Set([
  'programme', 'program', 'show', 'newspaper', 'paper', 'radio', 'television', 'channel', 'station', 'website',
  'magazine', 'podcast', 'broadcast', 'audience', 'conference', 'committee', 'panel', 'hearing', 'inquiry',
  'reporters', 'journalists', 'correspondent', 'interviewer', 'host', 'readers', 'viewers', 'listeners',
  'media', 'briefing', 'broadcaster', 'network', 'outlet', 'agency', 'tv',
]);

/** Objects that make a cue verb an ordinary verb ("claimed victory", "admitted patients"): no reported speech follows. */
export const NON_SPEECH_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  claimed: ['victory', 'responsibility', 'credit', 'lives', 'ownership', 'asylum', 'the', 'a', 'an', 'his', 'her', 'their', 'its'],
  claims: ['victory', 'responsibility', 'credit', 'lives', 'ownership', 'asylum'],
  admitted: ['patients', 'to'],
  confirmed: ['cases', 'deaths'],
  reported: ['cases', 'deaths', 'profits', 'losses', 'revenue', 'earnings', 'a', 'an', 'its', 'their', 'record', 'net'],
  posted: ['profits', 'losses', 'gains', 'bail'],
  promised: ['to'],
  vowed: ['to'],
  pledged: ['to'],
  introduced: ['a', 'an', 'the', 'legislation', 'bills'],
  slammed: ['into', 'shut'],
  blasted: ['off', 'into', 'through'],
};

/** Cues of belief: a source's own stance, but inside another's reported words only part of what was said. */
export const BELIEF_CUES: ReadonlySet<string> = new Set(['believe', 'believes', 'believed', 'thinks', 'hopes', 'fears']);

/** Cues that attribute only in an "as" clause ("…, as the Times put it"): elsewhere they are ordinary verbs. */
export const AS_CLAUSE_CUES: ReadonlySet<string> = new Set(['put it', 'puts it']);

/**
 * Cues that introduce a quotation but report a question when an indirect question follows ("asked whether the
 * plant would close"), and the words that open such a question.
 */
export const QUESTION_CUES: ReadonlySet<string> = new Set(['asked', 'asks', 'asking', 'wondered']);
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how']);

/** Participles that report a promise as an infinitive (", promising to lift regulations"). */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set(['promising', 'vowing', 'pledging']);

/**
 * Cues that are also everyday verbs with a common-noun subject ("a group called …", "a man described as …"):
 * they attribute only when the subject is a name or a pronoun.
 */
export const NAMED_SUBJECT_CUES: ReadonlySet<string> = new Set([
  'called', 'calls', 'described', 'describes', 'labeled', 'labelled', 'branded', 'attacked', 'attacks', 'dismissed',
  'dismisses', 'proposed', 'proposes', 'welcomed', 'rejected', 'defended', 'defends', 'questioned', 'reported', 'reports',
]);

/**
 * Naming cues: the words that give someone an epithet ("often called Europe's last dictator", "known as the
 * Iron Lady"). Lower case; several words where the phrase needs them. Opinions ("seen as weak") are no names.
 */
export const NAMING_CUES: readonly string[] = [
  'called', 'known as', 'dubbed', 'nicknamed', 'labelled', 'labeled', 'branded', 'referred to as', 'described as',
  'hailed as', 'styled', 'termed',
];
