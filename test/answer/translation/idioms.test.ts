import { describe, expect, it } from 'vitest';
import { mendIdioms } from '../../../src/answer/translation/idioms.js';

describe('mendIdioms', () => {
  it('reads the engine’s "what spent" as what happened, in every tense', () => {
    expect(mendIdioms('What spent in the meeting?')).toBe('What happened in the meeting?');
    expect(mendIdioms('What has spent with Guaido?')).toBe('What has happened with Guaido?');
    expect(mendIdioms('What is spending in Venezuela')).toBe('What is happening in Venezuela');
    expect(mendIdioms('What will spend with Guaido')).toBe('What will happen with Guaido');
  });

  it('reads "what became in" as what happened, and keeps English "what became of" and real spending', () => {
    expect(mendIdioms('What became in the meeting')).toBe('What happened in the meeting');
    expect(mendIdioms('What became of the plan')).toBe('What became of the plan');
    expect(mendIdioms('How much did Venezuela spend')).toBe('How much did Venezuela spend');
  });

  it('reads leaving said with a verb of going and "of" ("se va de", "sale de", "se retira de") as leaving', () => {
    expect(mendIdioms('Venezuela goes of the OAS?')).toBe('Venezuela leaves the OAS?');
    expect(mendIdioms('Venezuela went of the OAS?')).toBe('Venezuela left the OAS?');
    expect(mendIdioms('Venezuela exits of the OAS?')).toBe('Venezuela exits the OAS?');
    expect(mendIdioms('Venezuela removes of the OAS?')).toBe('Venezuela withdraws from the OAS?');
    expect(mendIdioms('What is going on at the OAS?')).toBe('What is going on at the OAS?');
    expect(mendIdioms('Did the club let go of Rooney?')).toBe('Did the club let go of Rooney?');
  });

  it('puts a verb of saying before its named subject back in English order: "what said X" is what X said', () => {
    expect(mendIdioms('What said Videgaray after the of Cancun?')).toBe('What did Videgaray say after the of Cancun?');
    expect(mendIdioms('What thinks Andrés Manuel López Obrador of Venezuela')).toBe(
      'What does Andrés Manuel López Obrador think of Venezuela',
    );
    expect(mendIdioms('What wants Peru')).toBe('What does Peru want');
    expect(mendIdioms('What said the minister')).toBe('What said the minister');
  });
});
