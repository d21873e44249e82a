import type { CliArgs } from './args';

/** What a CLI command hands back: the JSON object for --json, the text otherwise. */
export interface CommandResult {
  json: unknown;
  text: string;
}

export interface CliCommand {
  name: string;
  /** One line for --help: arguments and what it prints. */
  usage: string;
  summary: string;
  run(args: CliArgs): Promise<CommandResult> | CommandResult;
}

export function print(args: CliArgs, result: CommandResult): void {
  process.stdout.write(args.json ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.text}\n`);
}
