import { articleName, articleUrl, refOf, where } from '../answer/cite';
import type { Answer, Citation } from '../answer/types';

/** Longest cited sentence shown in full on a terminal; longer ones are cut at a word boundary. */
const MAX_QUOTE = 400;
/** Answers whose text rests on a few sentences shown under it; lists carry their citations per item instead. */
const QUOTES_CITATIONS = new Set(['ask', 'actor']);

/**
 * An Answer as terminal text: the same content a Discord user reads (title, answer, cited sentences, lists,
 * warnings), as plain lines. Cited text is shown verbatim, only ever cut short with an ellipsis.
 */
export function renderText(answer: Answer): string {
  const cited = [...new Map([...answer.citations, ...answer.sections.flatMap((s) => s.items.flatMap((i) => (i.citation ? [i.citation] : [])))].map((c) => [c.article, c])).values()];
  const many = cited.length > 1;
  const lines: string[] = [answer.title, '', answer.text];
  if (answer.citations.length && QUOTES_CITATIONS.has(answer.kind)) {
    lines.push('');
    for (const c of answer.citations.slice(0, 5)) lines.push(`  ${where(c, many)}  ${quoted(cut(c.text, MAX_QUOTE))}`);
  } else if (answer.citations.length && answer.kind === 'brief') {
    lines.push('', `Sources: ${answer.citations.map((c) => where(c, many)).join(', ')}`);
  }
  for (const section of answer.sections) {
    lines.push('', `${section.heading}:`);
    for (const item of section.items) {
      const c = item.citation;
      if (answer.kind === 'source' && c) lines.push(`  ${item.text}: ${c.text}`);
      // a list to pick an article from shows the id to pass as `article:` (the console and CLI have no autocomplete)
      else lines.push(`  • ${item.text}${c ? `  [${where(c, many)}]` : ''}${item.article ? `  (article: ${item.article})` : ''}`);
    }
  }
  if (cited.length === 1) lines.push('', `Source: ${sourceLine(cited[0]!)}`);
  if (answer.suggestions.length) lines.push('', `Did you mean: ${answer.suggestions.join(', ')}?`);
  // a warning once per reply, as its last line
  const notes = [...new Set(answer.notes)];
  if (notes.length) lines.push('', ...notes.map((note) => `⚠ ${note}`));
  return lines.join('\n');
}

/** Sentence marks only where the sentence does not open with its own quotation mark. */
function quoted(text: string): string {
  return /^["“‘'«]/.test(text) ? text : `“${text}”`;
}

/** The article an answer rests on, named (never by its id), with its link when it has one. */
function sourceLine(c: Citation): string {
  const ref = refOf(c);
  const url = articleUrl(ref);
  return url ? `${articleName(ref)} <${url}>` : articleName(ref);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}
