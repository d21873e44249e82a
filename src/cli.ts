import { parseArgs, UsageError, type CliArgs } from './cli/args';
import { aboutCommand, actorCommand, askCommand, briefCommand, claimsCommand, sourceCommand, timelineCommand } from './cli/answers';
import { consoleCommand } from './cli/console';
import { extractCommand } from './cli/extract';
import { ingestCommand } from './cli/ingest-command';
import { libraryCommand } from './cli/library';
import { print, writeErr, type CliCommand } from './cli/output';

const COMMANDS: readonly CliCommand[] = [
  extractCommand,
  askCommand,
  actorCommand,
  claimsCommand,
  timelineCommand,
  sourceCommand,
  briefCommand,
  aboutCommand,
  ingestCommand,
  libraryCommand,
  consoleCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Dossier — sourced answers about the actors, dates and claims in news articles.',
    '',
    'Usage: npm run --silent cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --json        print one JSON object on stdout and nothing else',
    '  --data DIR    read articles from DIR (default: $DATA_DIR or data/articles)',
    '  --article ID  answer from the article with exactly this id (ask, actor, claims, timeline, source, brief; `about` lists ids)',
    "  --guild ID    use that Discord server's library (SQLite, $LIBRARY_DB or DIR/.dossier-library.sqlite);",
    '                answers fall back to the folder while the server has no articles of its own',
    '  --help        show this help',
    '',
    'Exit status: 0 success (a "not found" answer included), 2 usage error, 1 failure.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    return fail(err);
  }
  if (args.help || args.command === null || args.command === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return args.command === null && !args.help ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === args.command);
  if (!command) return fail(new UsageError(`unknown command "${args.command}" (see --help)`));
  try {
    print(args, await command.run(args));
    return 0;
  } catch (err) {
    return fail(err);
  }
}

/** One line on stderr; usage errors exit 2, everything else 1. */
function fail(err: unknown): number {
  const message = err instanceof Error ? err.message : String(err);
  writeErr(`dossier: ${message.split('\n')[0]}\n`);
  return err instanceof UsageError ? 2 : 1;
}

// `dossier ask … | head -3`: a reader that stops early closes the pipe; that is the end of the output, not a failure
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
