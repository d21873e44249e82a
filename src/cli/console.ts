import { createInterface } from 'node:readline';
import type { ChatMessage, Dossier } from '../answer/dossier';
import type { Answer } from '../answer/types';
import { renderText } from '../render/text';
import { loadDossier } from './answers';
import { parseOptions } from './options';
import { writeOut, type CliCommand } from './output';

type Handler = (dossier: Dossier, rest: string, history: ChatMessage[]) => Answer;

/** The slash commands a Discord user has, with the option names Discord shows ("/ask question: …"). */
const SLASH: Record<string, Handler> = {
  ask: (d, rest) => {
    const o = parseOptions(rest, ['question', 'article']);
    return d.ask(o.question ?? '', { article: o.article });
  },
  actor: (d, rest) => {
    const o = parseOptions(rest, ['name', 'article']);
    return d.actor(o.name ?? '', { article: o.article });
  },
  claims: (d, rest) => {
    const o = parseOptions(rest, ['actor', 'topic', 'article']);
    return d.claims({ actor: o.actor, topic: o.topic, article: o.article });
  },
  timeline: (d, rest) => d.timeline({ article: parseOptions(rest, ['article']).article }),
  source: (d, rest) => {
    const o = parseOptions(rest, ['paragraph', 'article']);
    return d.source({ paragraph: Number((o.paragraph ?? '').replace(/^¶/, '')), article: o.article });
  },
  brief: (d, rest) => d.brief({ article: parseOptions(rest, ['article']).article }),
  digest: (d, _rest, history) => d.digest(history),
  check: (d, rest) => {
    const o = parseOptions(rest, ['text', 'article']);
    return d.check(o.text ?? '', { article: o.article });
  },
  about: (d) => d.about(),
  help: (d) => d.help(),
};

/** One console line → the rendered answer, or null for a line that needs none. */
export function consoleReply(dossier: Dossier, line: string, history: ChatMessage[]): string | null {
  const text = line.trim();
  if (!text) return null;
  const slash = /^\/(\w+)\s*(.*)$/s.exec(text);
  if (!slash) {
    history.push({ author: 'you', content: text });
    return renderText(dossier.ask(text));
  }
  const handler = SLASH[slash[1]!.toLowerCase()];
  if (!handler) return `Unknown command /${slash[1]}. Commands: ${Object.keys(SLASH).map((c) => `/${c}`).join(' ')} /quit`;
  const rest = slash[2]!.trim();
  if (/^(ask|actor|check)$/i.test(slash[1]!) && !rest) return `/${slash[1]} needs ${slash[1] === 'ask' ? 'a question' : slash[1] === 'actor' ? 'a name' : 'a text'}.`;
  return renderText(handler(dossier, rest, history));
}

const BANNER = [
  'Dossier console — the answers a Discord user would read, without Discord.',
  'Type a question, or /ask question: …, /actor name: …, /claims actor: … topic: …, /timeline, /source paragraph: N,',
  '/brief, /check text: …, /digest (of what you typed), /about, /help; /quit to leave. Add article: ID to any of',
  'them for one article (/about lists each article with its id).',
].join('\n');

export const consoleCommand: CliCommand = {
  name: 'console',
  usage: 'console ["QUESTION"]',
  summary: 'interactive prompt: type questions or /ask, /actor, /claims … and read the rendered answers; with a QUESTION, answer it and exit',
  async run(args) {
    const dossier = await loadDossier(args);
    const history: ChatMessage[] = [];
    const oneShot = args.positional.join(' ').trim();
    if (oneShot) {
      const reply = consoleReply(dossier, oneShot, history) ?? '';
      return { json: { reply }, text: reply };
    }
    const interactive = process.stdin.isTTY === true;
    if (interactive) process.stdout.write(`${BANNER}\n\n`);
    const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, prompt: 'dossier> ' });
    if (interactive) rl.prompt();
    for await (const line of rl) {
      if (/^\/(quit|exit)\b/i.test(line.trim())) break;
      const reply = consoleReply(dossier, line, history);
      if (reply) writeOut(`${reply}\n\n`);
      if (interactive) rl.prompt();
    }
    rl.close();
    return { json: { messages: history.length }, text: interactive ? 'Bye.' : '' };
  },
};
