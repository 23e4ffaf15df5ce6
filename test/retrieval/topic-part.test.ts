import { describe, expect, it } from 'vitest';
import { questionStart } from '../../src/retrieval/topic-part.js';

describe('questionStart', () => {
  it('finds where the question proper begins after the words naming the story', () => {
    expect(questionStart('the dad suing walmart over the cd with swears - how much are they after per customer')).toBe(9);
    expect(questionStart('xbox cable fire thing - did anyone get burnt?')).toBe(4);
    expect(questionStart('tory after school sports plan, who is paying for it')).toBe(5);
    expect(questionStart('skype x broadreach free calls deal, how many hotspots')).toBe(6);
    expect(questionStart('chinese dam firm ignored the order.. what fine are they facing')).toBe(6);
  });

  it('counts chat filler before the story as before the question', () => {
    expect(questionStart('so the bond film thing: who got cast')).toBe(5);
  });

  it('finds no story part in a question that opens with what it asks', () => {
    expect(questionStart('how much did the shares jump, and who is buying')).toBe(0);
    expect(questionStart('is charvis playing versus scotland? what is wrong with him')).toBe(0);
    expect(questionStart('what did blair say about iraq')).toBe(0);
  });

  it('needs a question word after the break, and two words before it', () => {
    expect(questionStart('safin won the open then lost in dubai? to who')).toBe(0);
    expect(questionStart('so, who won')).toBe(0);
    expect(questionStart('ok - what happened')).toBe(0);
  });
});
