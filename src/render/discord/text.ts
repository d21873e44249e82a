import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';

/** Cut to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  // A single very long word is cut mid-word rather than dropping most of the text.
  const kept = space > max / 2 ? head.slice(0, space) : head;
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Markdown-escape article text so Discord shows it verbatim (escapes render invisibly), then fit it
 * into `max` characters counting the escapes.
 */
export function fitEscaped(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const escaped = escapeMarkdown(cutAtWord(text, budget));
    if (escaped.length <= max) return escaped;
    budget -= Math.max(1, escaped.length - max);
  }
}

/** The sentence as a Markdown block quote within `max` characters. */
export function blockQuote(text: string, max: number): string {
  const lines = text.split('\n');
  const overhead = lines.length * 2;
  return fitEscaped(text, max - overhead)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
