import { resolve } from 'node:path';

/**
 * Where a set's article lives: sets name articles by path relative to ../shared (read there, never copied), except
 * the invented articles our own writers made (eval/synth/), which live in the repo.
 */
export const articlePath = (shared: string, file: string): string => (file.startsWith('eval/') ? resolve(file) : resolve(shared, file));
