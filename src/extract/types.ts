import type { Article, Source } from '../article/types';

export type ActorType = 'person' | 'organization' | 'group' | 'place';

/** One place in the text where an actor is named (or referred to). */
export interface Mention {
  /** Offsets into Article.text of the name as written. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  sentence: number;
}

export interface Actor {
  /** Stable within an article: "<articleId>#a<N>". */
  id: string;
  /** The fullest name form the text uses ("Jack Straw"). */
  name: string;
  type: ActorType;
  /** Other forms the text uses for the same actor ("Straw", "Mr Straw"). */
  aliases: string[];
  /** Title/role/appositive from the text ("dissident and restaurateur"), or null. */
  description: string | null;
  /** The sentence the description was read from. */
  descriptionSource: Source | null;
  mentions: Mention[];
}

export type DateKind = 'date' | 'year' | 'month' | 'weekday' | 'relative' | 'duration' | 'time' | 'set';

export interface DateFact {
  id: string;
  /** Verbatim text of the expression ("earlier this week"). */
  text: string;
  kind: DateKind;
  /**
   * Normalised value: an ISO prefix ("2020", "2013-03", "2013-03-22", "2013-W12"), a duration ("P3Y"),
   * a TimeML token ("PRESENT_REF", "PAST_REF"), or null when the text leaves it open.
   */
  value: string | null;
  /** True when the value depends on the publication date ("Monday", "last month"). */
  relative: boolean;
  start: number;
  end: number;
  source: Source;
}

export type ClaimKind = 'quote' | 'reported';

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** Speaker's display name: an actor's name, or the noun phrase as written ("the Ukrainian navy"), or null. */
  speaker: string | null;
  speakerId: string | null;
  /** For quotes the words inside the marks; for reported speech the reported content. Verbatim article text. */
  text: string;
  /** Offsets of `text` in Article.text. */
  start: number;
  end: number;
  /** The attribution cue as written ("advised", "in response to"), or null when inherited. */
  cue: string | null;
  /** The plain form of the cue ("told", "according to") when the text was spun. */
  cueLemma: string | null;
  /** A date expression in the same sentence ("Monday"), as written, or null. */
  date: string | null;
  dateId: string | null;
  paragraph: number;
  source: Source;
}

export interface SpinSignal {
  /** The tortured phrase as written ("satellite tv for pc"). */
  text: string;
  /** The likely original ("satellite"). */
  original: string;
  start: number;
  end: number;
  paragraph: number;
}

export interface SpinReport {
  signals: SpinSignal[];
  /** Signals per 1,000 words outside quotation marks. */
  score: number;
  /** True when the score says the text was probably machine-paraphrased. */
  likely: boolean;
}

/** What the pipeline builds for one article. Stages fill it in order. */
export interface ArticleFacts {
  article: Article;
  actors: Actor[];
  dates: DateFact[];
  claims: Claim[];
  spin: SpinReport;
}

/** One pipeline component: reads the article and what earlier stages added, adds its own kind of fact. */
export interface Stage {
  name: string;
  run(facts: ArticleFacts): void;
}
