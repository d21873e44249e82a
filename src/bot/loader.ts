import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Command } from './command';
import type { Logger } from './logger';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

/** The shape a command module's default export must have; modules that fail it are skipped, not run. */
export const commandPredicate = z.object({
  data: z.object({
    name: z.string().min(1).max(32),
    type: z.number().int().optional(),
  }),
  execute: fn,
  autocomplete: fn.optional(),
});

/** Imports every module of a folder and keeps the default exports that are valid, uniquely named commands. */
export async function loadCommands(dir: string, logger: Logger): Promise<Command[]> {
  const files = (await readdir(dir)).filter((f) => /\.[cm]?[jt]s$/.test(f) && !/\.(d|test)\.[cm]?[jt]s$/.test(f)).sort();
  const commands: Command[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(join(dir, file)).href);
    const candidate = (mod as { default?: unknown }).default;
    const parsed = commandPredicate.safeParse(candidate);
    if (!parsed.success) {
      logger.warn({ file, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'skipping invalid command module');
      continue;
    }
    const key = `${parsed.data.data.type ?? 1}:${parsed.data.data.name}`;
    if (names.has(key)) {
      logger.warn({ file, name: parsed.data.data.name }, 'skipping duplicate command name');
      continue;
    }
    names.add(key);
    commands.push(candidate as Command);
  }
  return commands;
}
