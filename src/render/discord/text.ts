const ELLIPSIS = '…';
/** U+200B: invisible, and enough to stop Discord reading `@everyone` or `<@id>` as a mention. */
const ZERO_WIDTH_SPACE = '\u200B';

/** A lone surrogate (half an emoji, or garbage from a client) becomes U+FFFD, so the text is valid UTF-8 JSON. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Cut to at most `max` characters at a word boundary, marking the cut with an ellipsis; never splits an emoji. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return wellFormed(text);
  if (max <= 1) return ELLIPSIS.slice(0, max);
  let head = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const space = head.search(/\s\S*$/);
  // A single very long word is cut mid-word rather than dropping most of the text.
  const kept = space > max / 2 ? head.slice(0, space) : head;
  return `${wellFormed(kept).trimEnd()}${ELLIPSIS}`;
}

/**
 * Mentions shown as text: `@everyone`, `@here`, `<@id>`, `<@&role>`, `<#channel>`, `</command:id>`, custom
 * emoji and timestamps get a zero-width space, so they neither ping (allowed_mentions already forbids that)
 * nor render as a mention pill.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(?=[@#/:]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}`);
}

/** Direction overrides and isolates (U+202A–202E, U+2066–2069) would flip the display of the rest of a line. */
export function withoutDirectionControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/**
 * Every Markdown construct Discord renders in messages and embeds: a backslash before each special character
 * (it renders invisibly), and before line-start markup (headings, subtext, lists, quotes). discord.js's
 * escapeMarkdown is not used: its look-behinds make it quadratic on long words (a 4,000-character message
 * without spaces took a blocking ~0.4 s), and it misses indented markup and all masked links after the first.
 */
function escapeAll(text: string): string {
  return neutraliseMentions(
    text
      .replace(/[\\*_~`|[\]]/g, '\\$&')
      .replace(/^(\s*)([-+>#])/gm, '$1\\$2')
      .replace(/^(\s*\d+)\./gm, '$1\\.'),
  );
}

/**
 * Markdown-escape text so Discord shows it verbatim (escapes render invisibly), then fit it into `max`
 * characters counting the escapes.
 */
export function fitEscaped(text: string, max: number): string {
  if (max <= 0) return '';
  let budget = max;
  for (;;) {
    const escaped = escapeAll(cutAtWord(text, budget));
    if (escaped.length <= max) return escaped;
    // Shrink in proportion to the escapes' overhead: text that is all escapes still keeps half its room.
    budget = Math.min(budget - 1, Math.floor((budget * max) / escaped.length));
  }
}

/** Text that may echo what a user typed (titles, headings, lists): escaped, and its direction controls dropped. */
export function fitUserText(text: string, max: number): string {
  return fitEscaped(withoutDirectionControls(text), max);
}

/** The sentence as a Markdown block quote within `max` characters. */
export function blockQuote(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const quoted = fitEscaped(text, budget)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    if (quoted.length <= max || budget <= 0) return quoted.slice(0, max);
    budget -= quoted.length - max;
  }
}
