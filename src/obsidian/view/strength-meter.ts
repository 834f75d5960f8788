import { STRENGTH_PIPS, strengthLabel, strengthPips } from '../../core/present/flag-labels';

/**
 * The strength as a word with five pips, empty ones drawn as rings so that four of five never reads
 * as five. The pips are two runs of glyphs, filled and empty: a long list stays a small DOM.
 */
export function renderStrength(parent: HTMLElement, score: number): HTMLElement {
  const label = strengthLabel(score);
  const filled = strengthPips(score);
  const meter = parent.createSpan({ cls: 'pp-strength', attr: { role: 'img', 'aria-label': `Strength: ${label}, ${filled} of ${STRENGTH_PIPS} (score ${score.toFixed(2)})` } });
  const pips = meter.createSpan({ cls: 'pp-pips' });
  pips.createSpan({ cls: 'pp-pip is-filled', text: '●'.repeat(filled) });
  if (filled < STRENGTH_PIPS) pips.createSpan({ cls: 'pp-pip', text: '○'.repeat(STRENGTH_PIPS - filled) });
  meter.createSpan({ cls: 'pp-strength-word', text: label });
  return meter;
}
