import { join } from 'node:path';
import { REST, Routes } from 'discord.js';
import type { Command } from './command';
import type { Config } from './config';
import { BUILD_DIR, PACKAGE_ROOT, RUNNING_BUILD } from '../paths';

/** The command modules: commands/ at the repository root, or their built copies when the build is running. */
export const COMMANDS_DIR = join(RUNNING_BUILD ? BUILD_DIR : PACKAGE_ROOT, 'commands');

export interface Registered {
  count: number;
  scope: string;
}

/** Replaces the application's commands: in one guild when configured (instant), else globally. */
export async function registerCommands(config: Config, commands: readonly Command[]): Promise<Registered> {
  if (!config.clientId) throw new Error('DISCORD_CLIENT_ID is not set');
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const saved = (await rest.put(route, { body: commands.map((c) => c.data) })) as unknown[];
  return { count: saved.length, scope: config.guildId ? `guild ${config.guildId}` : 'globally (may take up to an hour to appear)' };
}
