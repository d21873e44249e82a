/** Parsed command line: a command, its positional words and its flags. */
export interface CliArgs {
  command: string | null;
  positional: string[];
  json: boolean;
  help: boolean;
  data: string | null;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUE_FLAGS = new Set(['--data']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, positional: [], json: false, help: false, data: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (VALUE_FLAGS.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      args.data = v;
    } else if (a.startsWith('--data=')) args.data = a.slice('--data='.length);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.command === null) args.command = a;
    else args.positional.push(a);
  }
  return args;
}
