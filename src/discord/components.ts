import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';

/**
 * Buttons the bot puts under its messages. A custom id carries everything its handler needs
 * (the kind, the action and a database row id), so a button still works after a restart.
 */
export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** What a clicked button asks for, parsed from its custom id. */
export type ButtonAction = { kind: 'vote'; value: 1 | -1; answerId: number } | { kind: 'corpus'; confirm: boolean; pendingId: string };

type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

const button = (customId: string, label: string, style: Style): APIButtonComponent => ({
  type: ComponentType.Button,
  custom_id: customId,
  label,
  style,
});

/** 👍 / 👎 under an answer recorded as `answerId`. */
export function voteRow(answerId: number): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      button(`vote:up:${answerId}`, '👍 Helpful', ButtonStyle.Secondary),
      button(`vote:down:${answerId}`, '👎 Not helpful', ButtonStyle.Secondary),
    ],
  };
}

/** Confirm / cancel under the preview of an uploaded article. */
export function confirmRow(pendingId: string): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      button(`corpus:add:${pendingId}`, 'Add to the corpus', ButtonStyle.Success),
      button(`corpus:cancel:${pendingId}`, 'Cancel', ButtonStyle.Secondary),
    ],
  };
}

/** The action of a custom id this bot made, or undefined for anything else. */
export function parseButton(customId: string): ButtonAction | undefined {
  const vote = /^vote:(up|down):(\d{1,15})$/.exec(customId);
  if (vote) return { kind: 'vote', value: vote[1] === 'up' ? 1 : -1, answerId: Number(vote[2]) };
  const corpus = /^corpus:(add|cancel):([\w-]{1,32})$/.exec(customId);
  if (corpus) return { kind: 'corpus', confirm: corpus[1] === 'add', pendingId: corpus[2]! };
  return undefined;
}
