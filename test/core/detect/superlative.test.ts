import { describe, expect, it } from 'vitest';
import { superlativeVerb } from '../../../src/core/detect/superlative';
import { words } from '../../../src/core/text/tokens';

const verbOf = (text: string): string | undefined => {
  const w = words(text);
  const at = superlativeVerb(w);
  return at < 0 ? undefined : w[at];
};

describe('the verb whose subject judged a superlative', () => {
  it('finds the verb of saying or naming before the one judged', () => {
    expect(verbOf("Kai's tutor tells everyone Kai is the most insightful student she has")).toBe('tells');
    expect(verbOf('her chairman calls her the most brilliant leader he has')).toBe('calls');
    expect(verbOf("Jo told me I'm the best counsellor she's")).toBe('told');
    expect(verbOf("a peer calls our supervisor the wisest person she's")).toBe('calls');
  });
  it('finds none without a superlative, a pronoun with "have", or a verb near enough', () => {
    expect(verbOf('Kai is the most insightful student she has')).toBeUndefined();
    expect(verbOf("her tutor tells everyone about the interest she has")).toBeUndefined();
    expect(verbOf('her tutor tells everyone Kai is the most insightful student')).toBeUndefined();
    expect(verbOf('she tells everyone that in the spring of last year Kai was the best student she has')).toBeUndefined();
  });
});
