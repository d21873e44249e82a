import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { articleName, articleUrl, refOf, uniqueCitations } from '../../answer/cite';
import type { Answer, AnswerSection, Citation } from '../../answer/types';
import { encodeButton, type AnswerRequest } from './custom-id';
import { embedLength, LIMITS } from './limits';
import { blockQuote, cutAtWord, fitUserText, neutraliseMentions, withoutDirectionControls } from './text';

/** Fewer fields than Discord allows, so a page stays readable on a phone. */
const FIELDS_PER_PAGE = 10;
const FOOTER_MAX = 300;
/** The footer's share for warnings: a short line (the full text is in /about). */
const FOOTER_NOTE_MAX = 120;
/** Room under the 6000-character total once the footer has its share; each page's title is counted as well. */
const PAGE_BUDGET = LIMITS.embedsTotal - FOOTER_MAX;
const CONTINUED = ' (continued)';
const COLOR_ANSWERED = 0x5865f2;
const COLOR_UNANSWERED = 0x99aab5;
/** Discord rejects longer embed URLs. */
const URL_MAX = 2048;

export interface RenderOptions {
  /** 0-based page of the answer's citations and lists. */
  page?: number;
  /** How to ask again; enables the "More" button when the answer spans pages. */
  request?: AnswerRequest;
  /** Offer "Share" (for ephemeral replies). */
  shareable?: boolean;
}

export interface RenderedAnswer {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  page: number;
  pageCount: number;
}

interface PageField {
  field: APIEmbedField;
  citation?: Citation;
}

/** How much of an article's name a list line carries when an answer cites several articles. */
const LINE_LABEL_MAX = 60;

function citationField(c: Citation): PageField {
  return {
    field: {
      name: `¶${c.paragraph} · ${fitUserText(articleName(refOf(c)), LIMITS.fieldName - 20)}`,
      value: blockQuote(c.text, LIMITS.fieldValue),
    },
    citation: c,
  };
}

/** A section's items as bullet lines, packed into as few fields as fit; each names its article when several are cited. */
function sectionFields(section: AnswerSection, manyArticles: boolean): PageField[] {
  const heading = fitUserText(section.heading.trim(), LIMITS.fieldName - 10).trim() || 'More';
  const out: PageField[] = [];
  let lines: string[] = [];
  let first: Citation | undefined;
  const flush = (): void => {
    if (lines.length === 0) return;
    const name = out.length === 0 ? heading : `${heading} (cont.)`;
    out.push({ field: { name, value: lines.join('\n') }, ...(first && { citation: first }) });
    lines = [];
    first = undefined;
  };
  for (const item of section.items) {
    const c = item.citation;
    const ref = c ? ` (${manyArticles ? `${fitUserText(articleName(refOf(c)), LINE_LABEL_MAX)} ` : ''}¶${c.paragraph})` : '';
    const line = `• ${fitUserText(item.text, LIMITS.fieldValue - ref.length - 2)}${ref}`;
    if ([...lines, line].join('\n').length > LIMITS.fieldValue) flush();
    lines.push(line);
    first ??= item.citation;
  }
  flush();
  return out;
}

function description(answer: Answer): string {
  const parts = [fitUserText(answer.text.trim() || (answer.answered ? '' : 'The articles do not say.'), 3000)];
  if (answer.suggestions.length > 0) parts.push(`Try: ${answer.suggestions.slice(0, 10).map((s) => escapeInline(s)).join(', ')}`);
  return cutAtWord(parts.filter(Boolean).join('\n\n'), LIMITS.embedDescription);
}

function escapeInline(s: string): string {
  return fitUserText(s, 100);
}

/** Greedy packing: fields fill a page until the count or the character budget (title included) is reached. */
function paginate(fields: PageField[], firstPageOverhead: number, laterPageOverhead: number): PageField[][] {
  const pages: PageField[][] = [[]];
  let size = firstPageOverhead;
  for (const f of fields) {
    const len = f.field.name.length + f.field.value.length;
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && (current.length >= FIELDS_PER_PAGE || size + len > PAGE_BUDGET)) {
      pages.push([f]);
      size = laterPageOverhead + len;
    } else {
      current.push(f);
      size += len;
    }
  }
  return pages;
}

/**
 * Names the cited articles; marks the page, or says how much is cut when there is no "More" button; ends with
 * the answer's warnings, each once, on a line of its own (the full explanation is in /about).
 */
function footer(fields: PageField[], page: number, pages: PageField[][], pageable: boolean, notes: string[]): string | null {
  const labels = [...new Set(fields.flatMap((f) => (f.citation ? [articleName(refOf(f.citation))] : [])))];
  const parts: string[] = [];
  // Footers show no Markdown, so labels need no escapes; direction controls would still flip the line, and
  // mention syntax is neutralised everywhere so no client or log reader mistakes it for a mention.
  if (labels.length > 0) parts.push(`Source: ${neutraliseMentions(withoutDirectionControls(labels.join('; ')))}`);
  if (pages.length > 1 && pageable) parts.push(`page ${page + 1}/${pages.length}`);
  const hidden = pages.slice(page + 1).reduce((n, p) => n + p.length, 0);
  if (hidden > 0 && !pageable) parts.push(`${hidden} more not shown`);
  const warning = [...new Set(notes)].map((n) => `⚠ ${neutraliseMentions(withoutDirectionControls(n.trim()))}`).join(' ');
  const warn = warning ? cutAtWord(warning, FOOTER_NOTE_MAX) : '';
  const line = parts.length > 0 ? cutAtWord(parts.join(' · '), FOOTER_MAX - (warn ? warn.length + 1 : 0)) : '';
  const text = [line, warn].filter(Boolean).join('\n');
  return text || null;
}

/** The citations of an answer, one per article. */
function citedArticles(answer: Answer): Citation[] {
  const all = [...answer.citations, ...answer.sections.flatMap((s) => s.items.flatMap((i) => (i.citation ? [i.citation] : [])))];
  return [...new Map(all.map((c) => [c.article, c])).values()];
}

type ButtonColour = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success;

function button(label: string, customId: string | null, style: ButtonColour): APIButtonComponent[] {
  return customId ? [{ type: ComponentType.Button, style, label: cutAtWord(label, LIMITS.buttonLabel), custom_id: customId }] : [];
}

/** One page of an answer as a Discord message: an embed within every limit and its buttons. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): RenderedAnswer {
  const title = fitUserText(answer.title.trim(), LIMITS.embedTitle - 12).trim() || 'Dossier';
  const desc = description(answer);
  const cited = citedArticles(answer);
  const fields = [...uniqueCitations(answer.citations).map(citationField), ...answer.sections.flatMap((s) => sectionFields(s, cited.length > 1))];
  const pages = paginate(fields, title.length + desc.length, title.length + CONTINUED.length);
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
  const onPage = pages[page] ?? [];

  const embed: APIEmbed = {
    title: page === 0 ? title : `${title}${CONTINUED}`,
    color: answer.answered ? COLOR_ANSWERED : COLOR_UNANSWERED,
  };
  // an answer from one article links its title to it, when the article gives a link
  const url = cited.length === 1 ? articleUrl(refOf(cited[0]!)) : null;
  if (url && url.length <= URL_MAX) embed.url = url;
  if (page === 0 && desc) embed.description = desc;
  if (onPage.length > 0) embed.fields = onPage.map((f) => f.field);
  const foot = footer(onPage, page, pages, options.request !== undefined, answer.notes);
  if (foot) embed.footer = { text: foot };
  if (embedLength(embed) > LIMITS.embedsTotal) throw new Error('rendered embed over the 6000-character limit');

  const first = onPage.find((f) => f.citation)?.citation;
  const buttons: APIButtonComponent[] = [];
  if (first && answer.kind !== 'source') {
    const id = encodeButton({ action: 'source', article: first.article, paragraph: first.paragraph });
    buttons.push(...button(`Show source (¶${first.paragraph})`, id, ButtonStyle.Secondary));
  }
  if (page + 1 < pageCount && options.request) {
    const id = encodeButton({ action: 'more', page: page + 1, request: options.request });
    buttons.push(...button(`More (${page + 2}/${pageCount})`, id, ButtonStyle.Primary));
  }
  if (options.shareable) buttons.push(...button('Share', encodeButton({ action: 'share' }), ButtonStyle.Success));
  const components = buttons.length > 0 ? [{ type: ComponentType.ActionRow as const, components: buttons }] : [];
  return { embeds: [embed], components, page, pageCount };
}
