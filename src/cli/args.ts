/** Parsed command line: a command, its positional words and its flags. */
export interface CliArgs {
  command: string | null;
  positional: string[];
  json: boolean;
  help: boolean;
  data: string | null;
  /** --article ID: restrict the answer to the article with exactly this id. */
  article: string | null;
  /** A Discord server id: read from (and ingest into) that server's library instead of the folder. */
  guild: string | null;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_FLAGS = { '--data': 'data', '--article': 'article', '--guild': 'guild' } as const;
type ValueFlag = keyof typeof VALUE_FLAGS;
const isValueFlag = (a: string): a is ValueFlag => Object.hasOwn(VALUE_FLAGS, a);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, positional: [], json: false, help: false, data: null, article: null, guild: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (isValueFlag(flag)) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      args[VALUE_FLAGS[flag]] = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.command === null) args.command = a;
    else args.positional.push(a);
  }
  return args;
}
