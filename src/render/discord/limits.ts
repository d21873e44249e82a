import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/** Discord's documented hard limits; a payload over any of them is rejected with a 400. */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedsTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  threadName: 100,
} as const;

/** Characters Discord counts towards the 6000 total: title, description, field names/values, footer, author. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export interface MessageShape {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Every limit a message breaks, as readable strings; empty when it is safe to send. */
export function limitViolations(message: MessageShape): string[] {
  const out: string[] = [];
  const over = (what: string, n: number, max: number): void => {
    if (n > max) out.push(`${what}: ${n} > ${max}`);
  };
  over('content', message.content?.length ?? 0, LIMITS.content);
  const embeds = message.embeds ?? [];
  over('embeds', embeds.length, LIMITS.embedsPerMessage);
  over('embeds total', embeds.reduce((n, e) => n + embedLength(e), 0), LIMITS.embedsTotal);
  embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, LIMITS.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, LIMITS.embedDescription);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, LIMITS.footerText);
    over(`embed ${i} fields`, e.fields?.length ?? 0, LIMITS.embedFields);
    e.fields?.forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, f.value.length, LIMITS.fieldValue);
      if (f.name.length === 0 || f.value.length === 0) out.push(`embed ${i} field ${j} is empty`);
    });
  });
  const rows = message.components ?? [];
  over('rows', rows.length, LIMITS.rowsPerMessage);
  rows.forEach((row, i) => {
    over(`row ${i} components`, row.components.length, LIMITS.buttonsPerRow);
    for (const c of row.components) {
      if ('custom_id' in c) over(`row ${i} custom_id`, c.custom_id.length, LIMITS.customId);
      if ('label' in c && typeof c.label === 'string') over(`row ${i} label`, c.label.length, LIMITS.buttonLabel);
    }
  });
  return out;
}
