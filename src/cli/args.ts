/** Parsed command line: a command, its positional words and its flags. */
export interface CliArgs {
  command: string | null;
  positional: string[];
  json: boolean;
  help: boolean;
  data: string | null;
  /** --article ID: restrict the answer to the article with exactly this id. */
  article: string | null;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Flags that take a value, and the field it goes to. */
const VALUE_FLAGS: Record<string, 'data' | 'article'> = { '--data': 'data', '--article': 'article' };

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, positional: [], json: false, help: false, data: null, article: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^(--[a-z]+)=(.*)$/s.exec(a);
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (Object.hasOwn(VALUE_FLAGS, a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      args[VALUE_FLAGS[a]!] = v;
    } else if (eq && Object.hasOwn(VALUE_FLAGS, eq[1]!)) args[VALUE_FLAGS[eq[1]!]!] = eq[2]!;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.command === null) args.command = a;
    else args.positional.push(a);
  }
  return args;
}
