import { describe, expect, it } from 'vitest';
import { isParticipleAfterComma } from '../../../src/core/cues/participle';
import { tokenize } from '../../../src/core/text/tokens';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

describe('a participle set after a comma', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return isParticipleAfterComma(tokens, text, tokens.findIndex((t) => t.word === word));
  };

  it('is an -ing word after a comma, not a noun in -ing nor one with no comma before it', () => {
    expect(at('The coordinator emailed after I moved my slot, wondering whether I was unhappy.', 'wondering')).toBe(true);
    expect(at('The coordinator emailed after I moved my slot, something I regret.', 'something')).toBe(false);
    expect(at('The coordinator emailed after I moved my slot wondering whether I was unhappy.', 'wondering')).toBe(false);
    // An adverb of the participle may stand between: the cue then opens with it.
    expect(at("Sam's wife fires questions at him the moment he comes home, barely waiting for answers.", 'barely')).toBe(true);
    expect(at("Sam's wife fires questions at him the moment he comes home, barely a word of it kind.", 'barely')).toBe(false);
  });

  const session = (body: string) =>
    engineWith({
      'Clients/C-1.md': noteText('type: client\naliases: [Sam]', ''),
      'Sessions/2026-02-10 C-1.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', body),
    }).evidenceOf('Sessions/2026-02-10 C-1.md');

  it("goes on with the sentence's subject, not with the pronoun nearest it", () => {
    // The coordinator wonders: someone outside the relationship, so no evidence for anyone.
    expect(session('The placement coordinator emailed twice after I moved my slot, wondering whether I was unhappy with her.')).toEqual([]);
    const mine = session('I emailed her twice after she moved the slot, wondering whether I had done something wrong.');
    expect(mine.filter((e) => e.dynamic === 'attachment-anxious').map((e) => e.role)).toEqual(['practitioner']);
  });

  it('goes on with the one a clause with no "who" hangs on, not with the I of that clause', () => {
    // The mentored counsellor wants the word: someone outside, not the writer.
    const reflection = engineWith({
      'Reflections/2026-02-10.md': noteText('type: reflection\ndate: 2026-02-10', 'A counsellor I mentor messages me after nearly every hard session, wanting my word that she handled it well before she sleeps.'),
    }).evidenceOf('Reflections/2026-02-10.md');
    expect(reflection.filter((e) => e.role === 'self')).toEqual([]);
  });
});
