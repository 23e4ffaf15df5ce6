import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeError, explain } from '../../src/discord/errors.js';
import { CitebotError } from '../../src/errors.js';

describe('explain and describeError', () => {
  it('explains expected failures in their own words and bugs with a reference', () => {
    expect(explain(new CitebotError('QUESTION_EMPTY', 'The question is empty.', { hint: 'Ask something.' }), 'r')).toEqual({
      text: 'The question is empty.\nAsk something.',
      expected: true,
    });
    expect(explain(new Error('boom'), '42')).toMatchObject({ expected: false, text: expect.stringContaining('`42`') });
  });

  it('maps missing permissions to a plain message, and keeps interaction tokens out of logs', () => {
    const url = 'http://127.0.0.1/api/v10/webhooks/123456789012345678/secret-interaction-token/messages/@original';
    const error = new DiscordAPIError(
      { code: RESTJSONErrorCodes.MissingPermissions, message: 'Missing Permissions' },
      RESTJSONErrorCodes.MissingPermissions,
      403,
      'PATCH',
      url,
      { body: undefined, files: undefined },
    );
    expect(explain(error, 'r')).toMatchObject({ expected: true, text: expect.stringContaining("don't have permission") });
    const logged = JSON.stringify(describeError(error));
    expect(logged).not.toContain('secret-interaction-token');
    expect(logged).toContain('/webhooks/123456789012345678/[token]/messages/@original');
  });

  it('says the bot’s own sentences in the member’s language: cooldowns, missing permissions, bugs', () => {
    const cooldown = new CitebotError('COOLDOWN', 'Easy there, you can ask again in 7 seconds.', { details: { seconds: 7 } });
    expect(explain(cooldown, 'r', 'es').text).toBe('Con calma: podrás volver a preguntar en 7 segundos.');
    expect(explain(cooldown, 'r', 'pt').text).toBe('Calma: você poderá perguntar de novo em 7 segundos.');
    expect(explain(cooldown, 'r').text).toBe('Easy there, you can ask again in 7 seconds.');
    expect(explain(new Error('boom'), '42', 'pt').text).toMatch(/^Algo deu errado do meu lado.*`42`/);
  });
});
