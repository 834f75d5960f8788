import { strengthLabel } from '../../core/present/flag-labels';

const PIPS = 5;

/** Five pips filled by score: readable at a glance, and labelled for screen readers. */
export function renderStrength(parent: HTMLElement, score: number): HTMLElement {
  const label = strengthLabel(score);
  const meter = parent.createSpan({ cls: 'pp-strength', attr: { role: 'img', 'aria-label': `${label} (score ${score.toFixed(2)})`, title: `${label}, score ${score.toFixed(2)}` } });
  const filled = Math.max(1, Math.round(score * PIPS));
  for (let i = 0; i < PIPS; i++) meter.createSpan({ cls: i < filled ? 'pp-pip is-filled' : 'pp-pip' });
  return meter;
}
