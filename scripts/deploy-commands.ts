import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { loadBotConfig, type BotConfig } from '../src/config.js';
import { commandDefinitions } from '../src/discord/commands/index.js';
import { runCli } from '../src/cli/run.js';

/**
 * Registers the slash commands (`npm run deploy-commands`): to DISCORD_GUILD_ID when set
 * (instant, for a test server), otherwise globally. The bot itself never registers commands,
 * so restarting it costs no API calls. PUT replaces the whole set, so removed commands vanish.
 */
export async function deployCommands(config: BotConfig): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const { appId, guildId, apiUrl, token } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body: commandDefinitions() })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

async function main(): Promise<void> {
  const config = loadBotConfig();
  const { scope, names } = await deployCommands(config);
  const where = scope === 'guild' ? `server ${config.discord.guildId}` : 'all servers (global; may take up to an hour to appear)';
  console.log(`Registered ${names.length} commands (${names.map((n) => `/${n}`).join(', ')}) for ${where}.`);
}

// Run only when invoked as a script, so tests can import deployCommands.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(main);
