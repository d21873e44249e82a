import { terminalJson, terminalSafe } from '../render/terminal';
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
  if (args.json) process.stdout.write(`${terminalJson(result.json)}\n`);
  else writeOut(`${result.text}\n`);
}

/** Text on stdout with every terminal control character removed: article text never drives the terminal. */
export function writeOut(text: string): void {
  process.stdout.write(terminalSafe(text));
}

/** A line on stderr, as inert as writeOut's. */
export function writeErr(text: string): void {
  process.stderr.write(terminalSafe(text));
}
