/**
 * Answers are plain data: the same object is rendered for Discord, the console and --json.
 * Nothing here knows about discord.js.
 */

/** A verbatim sentence of an article that an answer rests on. */
export interface Citation {
  article: string;
  /** The article's title when it has one, for footers. */
  articleTitle: string | null;
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
