import { LIMITS } from './limits';
import { wellFormed } from './text';

/**
 * Buttons carry all their state in custom_id, so they keep working after a restart.
 * Layout: `dz1|action|field|field…`, fields URI-encoded so '|' inside user text cannot split them.
 * Bumping the version makes old buttons "expired" instead of misread.
 */
const PREFIX = 'dz1';

/** A Dossier question that can be asked again from a button (everything but digest and check). */
export type AnswerRequest =
  | { kind: 'ask'; question: string; article?: string }
  | { kind: 'actor'; name: string; article?: string }
  | { kind: 'claims'; actor?: string; topic?: string; article?: string }
  | { kind: 'timeline'; article?: string }
  | { kind: 'source'; paragraph: number; article?: string }
  | { kind: 'brief'; article?: string }
  | { kind: 'about' }
  | { kind: 'help' };

export type ButtonAction =
  | { action: 'source'; article: string; paragraph: number }
  | { action: 'more'; page: number; request: AnswerRequest }
  | { action: 'share' };

export type DecodedButton = { ok: true; button: ButtonAction } | { ok: false; reason: 'expired' | 'unknown' };

/** The article field goes last and only when set, so ids without one stay as short as before. */
function requestFields(r: AnswerRequest): string[] {
  const article = 'article' in r && r.article ? [r.article] : [];
  switch (r.kind) {
    case 'ask':
      return [r.kind, r.question, ...article];
    case 'actor':
      return [r.kind, r.name, ...article];
    case 'claims':
      return [r.kind, r.actor ?? '', r.topic ?? '', ...article];
    case 'timeline':
      return [r.kind, ...article];
    case 'source':
      return [r.kind, String(r.paragraph), r.article ?? ''];
    case 'brief':
      return [r.kind, r.article ?? ''];
    default:
      return [r.kind];
  }
}

function parseRequest(f: string[]): AnswerRequest | null {
  const [kind, a = '', b = '', c = ''] = f;
  switch (kind) {
    case 'ask':
      return a ? { kind, question: a, ...(b && { article: b }) } : null;
    case 'actor':
      return a ? { kind, name: a, ...(b && { article: b }) } : null;
    case 'claims':
      return { kind, ...(a && { actor: a }), ...(b && { topic: b }), ...(c && { article: c }) };
    case 'source': {
      const paragraph = positiveInt(a);
      return paragraph === null ? null : { kind, paragraph, ...(b && { article: b }) };
    }
    case 'brief':
      return { kind, ...(a && { article: a }) };
    case 'timeline':
      return { kind, ...(a && { article: a }) };
    case 'about':
    case 'help':
      return { kind };
    default:
      return null;
  }
}

function positiveInt(s: string): number | null {
  return /^[1-9]\d{0,5}$/.test(s) ? Number(s) : null;
}

function join(fields: string[]): string {
  // encodeURIComponent throws on a lone surrogate, which a client can send in any text option.
  return [PREFIX, ...fields.map((f) => encodeURIComponent(wellFormed(f)))].join('|');
}

/** The custom_id for a button, or null when its state does not fit in Discord's 100 characters or would not read back. */
export function encodeButton(button: ButtonAction): string | null {
  let fields: string[];
  switch (button.action) {
    case 'source':
      fields = ['src', button.article, String(button.paragraph)];
      break;
    case 'more':
      fields = ['more', String(button.page), ...requestFields(button.request)];
      break;
    case 'share':
      fields = ['share'];
      break;
  }
  const id = join(fields);
  return id.length <= LIMITS.customId && decodeButton(id).ok ? id : null;
}

export function decodeButton(customId: string): DecodedButton {
  const parts = customId.split('|');
  if (parts[0] !== PREFIX) return { ok: false, reason: parts[0]?.startsWith('dz') ? 'expired' : 'unknown' };
  let fields: string[];
  try {
    fields = parts.slice(1).map((p) => decodeURIComponent(p));
  } catch {
    return { ok: false, reason: 'unknown' };
  }
  const [action, ...rest] = fields;
  if (action === 'share' && rest.length === 0) return { ok: true, button: { action: 'share' } };
  if (action === 'src') {
    const [article = '', p = ''] = rest;
    const paragraph = positiveInt(p);
    if (article && paragraph !== null) return { ok: true, button: { action: 'source', article, paragraph } };
  }
  if (action === 'more') {
    const page = /^\d{1,4}$/.test(rest[0] ?? '') ? Number(rest[0]) : null;
    const request = parseRequest(rest.slice(1));
    if (page !== null && request) return { ok: true, button: { action: 'more', page, request } };
  }
  return { ok: false, reason: 'unknown' };
}
