/**
 * The schema, as an append-only list: migration i brings a database from `user_version` i to
 * i + 1. Never edit a migration that has shipped; add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- Per-key secrets of this database, such as the salt that user ids are hashed with.
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  -- One row per guild that changed a setting; missing rows and NULLs mean "as configured".
  CREATE TABLE guild_settings (
    guild_id TEXT PRIMARY KEY,
    answer_channels TEXT NOT NULL DEFAULT '[]',
    help_channel TEXT,
    cooldown_seconds REAL
  );

  -- Every answer that carries vote buttons: the buttons name the row, so they outlive restarts.
  CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    passage_ids TEXT NOT NULL,
    answerable INTEGER NOT NULL,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );

  -- One vote per member (salted hash, never the raw id) per answer; voting again changes it.
  CREATE TABLE votes (
    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    user_hash TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value IN (-1, 1)),
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_hash)
  );

  -- Questions the bot declined, normalised; pruned after the retention period.
  CREATE TABLE declined (
    id INTEGER PRIMARY KEY,
    guild_id TEXT,
    question TEXT NOT NULL,
    asked_at INTEGER NOT NULL
  );
  CREATE INDEX declined_by_guild_time ON declined (guild_id, asked_at);

  -- Members already told (once) where the bot answers mentions.
  CREATE TABLE told_where (guild_id TEXT NOT NULL, channel_id TEXT NOT NULL, user_hash TEXT NOT NULL,
    PRIMARY KEY (guild_id, channel_id, user_hash));

  -- Articles uploaded with /corpus add, waiting for a moderator to confirm or cancel.
  CREATE TABLE pending_articles (
    id TEXT PRIMARY KEY,
    guild_id TEXT,
    user_hash TEXT NOT NULL,
    file_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
  `
  -- The names each declined question asked about that the corpus never mentions (a JSON list):
  -- what /gaps tells moderators to add articles about.
  ALTER TABLE declined ADD COLUMN missing TEXT NOT NULL DEFAULT '[]';
  `,
];
