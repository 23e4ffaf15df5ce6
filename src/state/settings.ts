import type { StateDb } from './db.js';

/** What a server changed with `/settings`; `null` means "as configured". */
export interface GuildSettings {
  /** Channels where mentions are answered; empty: everywhere (the default). */
  answerChannels: string[];
  /** A text channel or forum whose every new post is answered without a mention. */
  helpChannel: string | null;
  /** Seconds between two questions of one member; null: COOLDOWN_SECONDS. */
  cooldownSeconds: number | null;
}

export const DEFAULT_SETTINGS: Readonly<GuildSettings> = Object.freeze({ answerChannels: [], helpChannel: null, cooldownSeconds: null });

interface Row {
  answer_channels: string;
  help_channel: string | null;
  cooldown_seconds: number | null;
}

/** Per-guild settings, read on every request (a primary-key lookup), so a change applies at once. */
export class SettingsStore {
  constructor(private readonly db: StateDb) {}

  get(guildId: string): GuildSettings {
    const row = this.db
      .prepare('SELECT answer_channels, help_channel, cooldown_seconds FROM guild_settings WHERE guild_id = ?')
      .get(guildId) as Row | undefined;
    if (!row) return { ...DEFAULT_SETTINGS, answerChannels: [] };
    return {
      answerChannels: JSON.parse(row.answer_channels) as string[],
      helpChannel: row.help_channel,
      cooldownSeconds: row.cooldown_seconds,
    };
  }

  /** Applies `change` to the guild's settings in one transaction and returns the result. */
  update(guildId: string, change: (current: GuildSettings) => GuildSettings): GuildSettings {
    return this.db.transaction(() => {
      const next = change(this.get(guildId));
      this.db
        .prepare(
          `INSERT INTO guild_settings (guild_id, answer_channels, help_channel, cooldown_seconds) VALUES (?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET answer_channels = excluded.answer_channels,
             help_channel = excluded.help_channel, cooldown_seconds = excluded.cooldown_seconds`,
        )
        .run(guildId, JSON.stringify([...new Set(next.answerChannels)]), next.helpChannel, next.cooldownSeconds);
      return this.get(guildId);
    })();
  }

  /** Records that a member was told where the bot answers; false if they had been told already. */
  markTold(guildId: string, channelId: string, userHash: string): boolean {
    const result = this.db
      .prepare('INSERT OR IGNORE INTO told_where (guild_id, channel_id, user_hash) VALUES (?, ?, ?)')
      .run(guildId, channelId, userHash);
    return result.changes > 0;
  }
}
