import { describe, expect, it } from 'vitest';
import { passiveAgent } from '../../../src/core/detect/passive-agent';
import type { Mention, Who } from '../../../src/core/detect/mentions';

/** Who each word after "by" starts a mention of, as the subject reader reads them: the client Jo, the supervisor Ann, anyone else's mum. */
const mentions = (words: readonly string[]): (Mention | undefined)[] =>
  words.map((word, i) => (word === 'jo' ? { end: i + 1, value: 'client' } : word === 'ann' ? { end: i + 1, value: 'supervisor' } : word === 'mum' ? { end: i + 1, value: 'other' } : undefined));

/** The cue read from `sentence`: the words before `cue`'s first word, that word, and the sentence as its text. */
function agentIn(sentence: string, cue: string): Who | undefined {
  const words = sentence.toLowerCase().replace(/[.,]/g, '').split(' ');
  return passiveAgent({ first: cue, words: words.slice(0, words.indexOf(cue)), text: sentence }, mentions);
}

describe('who acts in a passive', () => {
  it('is the one after "by", whoever stands before the verb', () => {
    expect(agentIn('Jo was rescued by her mum again.', 'rescued')).toBe('other');
    expect(agentIn('I felt criticised by Ann in front of the group.', 'criticised')).toBe('supervisor');
    expect(agentIn('Her mum got told off by Jo.', 'told')).toBe('client');
    expect(agentIn('I was rescued by her.', 'rescued')).toBe('third-person');
    expect(agentIn('Jo was rescued by me.', 'rescued')).toBe('me');
  });

  it('reads no passive with no "by", no passive word before, or no participle', () => {
    expect(agentIn('Jo was rescued again.', 'rescued')).toBeUndefined();
    expect(agentIn('Her mum rescued Jo by phoning the bank.', 'rescued')).toBeUndefined();
    expect(agentIn('Jo was rescuing her mum by phoning the bank.', 'rescuing')).toBeUndefined();
    // "By" too far after the participle belongs to something else.
    expect(agentIn('Jo was rescued from the flat she shared with her ex by the end of May.', 'rescued')).toBeUndefined();
    // Nor is what follows "by" read past its start, nor a way or a time for someone.
    expect(agentIn('Jo was rescued by the time I arrived.', 'rescued')).toBeUndefined();
    expect(agentIn('Jo was rescued by phoning the bank herself.', 'rescued')).toBeUndefined();
    expect(agentIn('Jo was criticised by email.', 'criticised')).toBeUndefined();
  });

  it('reads a group, someone\'s someone and "my" anyone as someone else', () => {
    expect(agentIn('Jo was criticised by the group.', 'criticised')).toBe('other');
    expect(agentIn('Jo was blamed by everyone at work.', 'blamed')).toBe('other');
    expect(agentIn("I was blamed by Jo's husband.", 'blamed')).toBe('other');
  });
});
