import { STRENGTH_PIPS, strengthLabel, strengthPips } from '../../core/present/flag-labels';

/** The strength as a word with five pips, empty ones drawn as rings so that four of five never reads as five. */
export function renderStrength(parent: HTMLElement, score: number): HTMLElement {
  const label = strengthLabel(score);
  const filled = strengthPips(score);
  const meter = parent.createSpan({ cls: 'pp-strength', attr: { role: 'img', 'aria-label': `Strength: ${label}, ${filled} of ${STRENGTH_PIPS} (score ${score.toFixed(2)})` } });
  const pips = meter.createSpan({ cls: 'pp-pips' });
  for (let i = 0; i < STRENGTH_PIPS; i++) pips.createSpan({ cls: i < filled ? 'pp-pip is-filled' : 'pp-pip' });
  meter.createSpan({ cls: 'pp-strength-word', text: label });
  return meter;
}
