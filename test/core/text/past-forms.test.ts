import { describe, expect, it } from 'vitest';
import { isPastForm } from '../../../src/core/text/past-forms';

describe('isPastForm', () => {
  it('reads -ed forms past four letters and common irregular ones as the past', () => {
    expect(['returned', 'picked', 'sat', 'wrote', 'rang', 'met'].every(isPastForm)).toBe(true);
  });

  it('reads short -ed words, present forms and nouns as no past', () => {
    expect(['need', 'bed', 'put', 'set', 'writes', 'worker', 'lead'].some(isPastForm)).toBe(false);
  });
});
