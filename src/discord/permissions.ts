import { PermissionFlagsBits, type Interaction } from 'discord.js';
import { CitebotError } from '../errors.js';

/**
 * Moderator commands hide from others through `default_member_permissions`, but server admins
 * can re-scope who sees a command, so each handler checks Manage Server again itself.
 */
export function requireManageGuild(interaction: Interaction): void {
  if (!interaction.inGuild() || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new CitebotError('FORBIDDEN', 'Only members who can manage this server may do that.');
  }
}
