/** Where a fact comes from: exact character offsets into an article's body text. */
export interface Source {
  article: string;
  /** 1-based paragraph number (¶). */
  paragraph: number;
  /** 0-based index of the sentence within the whole article. */
  sentence: number;
  /** Offsets into Article.text; text.slice(start, end) is the cited sentence. */
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based ¶ number. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  /** 0-based, across the article. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ArticleMeta {
  title: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the article gives one; relative dates resolve against it. */
  published: string | null;
}

export interface Article extends ArticleMeta {
  /** File name without extension. */
  id: string;
  /** The body after front matter, line endings normalised to \n. All offsets point into it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
