import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { LIMITS } from './limits';
import { cutAtWord, wellFormed, withoutDirectionControls } from './text';

/**
 * Autocomplete choices within Discord's limits: at most 25, names cut at a word boundary,
 * values kept exact (a cut value would look up something else), so over-long values are dropped.
 */
export function toChoices(options: readonly { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const o of options) {
    const value = wellFormed(o.value).trim();
    if (!value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: cutAtWord(o.name.trim() || value, LIMITS.choiceName), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}

/** A thread name from a heading: one line, cut at a word boundary. */
export function threadName(heading: string): string {
  return cutAtWord(withoutDirectionControls(heading).replace(/\s+/g, ' ').trim() || 'Briefing', LIMITS.threadName);
}
