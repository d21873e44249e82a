/**
 * Answers are plain data: the same object is rendered for Discord, the console and --json.
 * Nothing here knows about discord.js.
 */

/**
 * What names an article to a reader (see cite.ts `articleName`): title · outlet · date, never the file id, which
 * stays for machines (JSON, option values, buttons).
 */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) when the article gives one. */
  published: string | null;
  url: string | null;
  /** Only when there is no title: the opening words of ¶1, verbatim, which then name the article. */
  opening: string | null;
}

/** A verbatim sentence of an article that an answer rests on. */
export interface Citation {
  /** The article's id, for machines; people are shown `articleRef`. */
  article: string;
  /** The article's title when it has one, for footers. */
  articleTitle: string | null;
  /** Set on every citation citeSpan makes; absent only on hand-built ones (stand-ins), named then by title or id. */
  articleRef?: ArticleRef;
  paragraph: number;
  /** Exact article text (a substring of the article body). */
  text: string;
  start: number;
  end: number;
}

/** One entry of a list section: a line of text with the citation it rests on. */
export interface AnswerItem {
  text: string;
  citation?: Citation;
  /** The id of the article this item names, when the reader may pick it (the value of an `article` option). */
  article?: string;
}

export interface AnswerSection {
  heading: string;
  items: AnswerItem[];
}

export type AnswerKind = 'ask' | 'actor' | 'claims' | 'timeline' | 'source' | 'brief' | 'digest' | 'check' | 'about' | 'help';

export interface Answer {
  kind: AnswerKind;
  /** False when the articles do not support an answer (the answer then says so and what they do cover). */
  answered: boolean;
  /** A short heading ("Jack Straw", "Timeline"). */
  title: string;
  /** The answer in plain text, no markup. */
  text: string;
  /** The sentences the answer rests on, strongest first. */
  citations: Citation[];
  /** Structured lists (claims, dates, actors) for renderers that show more than the text. */
  sections: AnswerSection[];
  /** Names to try when a lookup found nothing. */
  suggestions: string[];
  /** Warnings to show with the answer (e.g. machine-paraphrased text). */
  notes: string[];
  /** Command-specific structured data for --json (the actor profile, the timeline entries, …). */
  data?: unknown;
}
