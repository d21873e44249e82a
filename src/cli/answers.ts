import { Dossier } from '../answer/dossier';
import { articleName, refOf } from '../answer/cite';
import type { Answer, Citation } from '../answer/types';
import { renderText } from '../render/text';
import { UsageError, type CliArgs } from './args';
import { guildDossier } from './library-file';
import { parseOptions } from './options';
import { writeErr, type CliCommand, type CommandResult } from './output';

export const DEFAULT_DATA_DIR = 'data/articles';

/** The article folder of a command: --data, else $DATA_DIR, else data/articles. */
export function dataDir(args: Pick<CliArgs, 'data'>): string {
  return args.data ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
}

/**
 * Loads the store: with --guild, that server's library when it has articles of its own, else the folder. Files
 * that could not be read are named on stderr (stdout stays one JSON object).
 */
export async function loadDossier(args: Pick<CliArgs, 'data' | 'guild'>): Promise<Dossier> {
  const own = args.guild !== null ? await guildDossier(args, dataDir(args)) : null;
  if (own) return own;
  const { dossier, skipped } = await Dossier.load(dataDir(args));
  for (const reason of skipped) writeErr(`dossier: skipped ${reason}\n`);
  return dossier;
}

/** The JSON every answer command prints: its command data first, then the answer's text and citations. */
export function answerJson(answer: Answer): Record<string, unknown> {
  const data = typeof answer.data === 'object' && answer.data !== null ? (answer.data as Record<string, unknown>) : {};
  return {
    ...data,
    answered: answer.answered,
    title: answer.title,
    text: answer.text,
    citations: answer.citations.map(citationJson),
    sections: answer.sections.map((s) => ({
      heading: s.heading,
      items: s.items.map((i) => ({ text: i.text, citation: i.citation ? citationJson(i.citation) : null, ...(i.article && { article: i.article }) })),
    })),
    suggestions: answer.suggestions,
    notes: answer.notes,
  };
}

/** A citation for machines: the article's id, and the fields that name it to people. */
function citationJson(c: Citation): Record<string, unknown> {
  const ref = refOf(c);
  return { article: c.article, paragraph: c.paragraph, text: c.text, articleName: articleName(ref), title: ref.title, outlet: ref.outlet, published: ref.published, url: ref.url };
}

/** The --article option as the answer layer takes it. */
function scope(args: CliArgs): { article?: string } {
  return args.article ? { article: args.article } : {};
}

function result(answer: Answer, json: Record<string, unknown> = answerJson(answer)): CommandResult {
  return { json, text: renderText(answer) };
}

function words(args: CliArgs): string {
  return args.positional.join(' ').trim();
}

export const askCommand: CliCommand = {
  name: 'ask',
  usage: 'ask "QUESTION" [--article ID] [--json]',
  summary: 'answer a question with the sentence it rests on  (--json: {question, answered, answer, citations:[{article, articleName, title, outlet, published, url, paragraph, text}], expect, focus})',
  async run(args) {
    const question = words(args);
    if (!question) throw new UsageError('ask needs a QUESTION');
    const answer = (await loadDossier(args)).ask(question, scope(args));
    const json = answerJson(answer);
    return result(answer, { ...json, question, answered: answer.answered, answer: answer.text });
  },
};

export const actorCommand: CliCommand = {
  name: 'actor',
  usage: 'actor "NAME" [--article ID] [--json]',
  summary: 'who an actor is (name, misspelling or role)  (--json: {found, actor: {id, name, type, aliases, description, mentions, claims} | null, suggestions})',
  async run(args) {
    const name = words(args);
    if (!name) throw new UsageError('actor needs a NAME');
    return result((await loadDossier(args)).actor(name, scope(args)));
  },
};

export const claimsCommand: CliCommand = {
  name: 'claims',
  usage: 'claims [ACTOR] [topic: WORDS] [--article ID] [--json]',
  summary: 'attributed claims, quotes first  (--json: {actor, topic, claims:[{id, article, paragraph, speaker, kind, cue, text}]})',
  async run(args) {
    const opts = parseOptions(words(args), ['actor', 'topic']);
    return result((await loadDossier(args)).claims({ actor: opts.actor, topic: opts.topic, ...scope(args) }));
  },
};

export const timelineCommand: CliCommand = {
  name: 'timeline',
  usage: 'timeline [--article ID] [--json]',
  summary: 'dated events in order, relative dates marked  (--json: {entries:[{article, paragraph, text, value, relative, sentence}]})',
  async run(args) {
    return result((await loadDossier(args)).timeline(scope(args)));
  },
};

export const sourceCommand: CliCommand = {
  name: 'source',
  usage: 'source PARAGRAPH [--article ID] [--json]',
  summary: 'a paragraph with its neighbours; with several articles loaded, say which (ids: about --json)  (--json: {article, paragraph, paragraphs:[{paragraph, text}]})',
  async run(args) {
    const [n, positional] = args.positional;
    const article = args.article ?? positional;
    const paragraph = Number(n?.replace(/^¶/, ''));
    if (!n || !Number.isInteger(paragraph)) throw new UsageError('source needs a PARAGRAPH number');
    return result((await loadDossier(args)).source({ paragraph, article }));
  },
};

export const briefCommand: CliCommand = {
  name: 'brief',
  usage: 'brief [--article ID] [--json]',
  summary: 'a briefing: summary, key actors, timeline, strongest quotes  (--json: {articles, summary:[{paragraph, text}], actors, quotes, citations})',
  async run(args) {
    const article = args.article ?? args.positional[0];
    return result((await loadDossier(args)).brief(article ? { article } : {}));
  },
};

export const aboutCommand: CliCommand = {
  name: 'about',
  usage: 'about [--json]',
  summary: 'articles loaded, counts, spin warning  (--json: {articles:[{id, name, title, outlet, published, url, opening, paragraphs, actors, claims, dates, spin}], actors, claims, dates})',
  async run(args) {
    return result((await loadDossier(args)).about());
  },
};
