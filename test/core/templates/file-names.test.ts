import { describe, expect, it } from 'vitest';
import { nextFreePath, notePath } from '../../../src/core/templates/file-names';

describe('the path a file-name pattern gives', () => {
  it('makes values safe for file names and links, and adds .md', () => {
    expect(notePath('Sessions/{{client}}/{{date}} {{client}}', { client: 'Jo "JJ": #2', date: '2026-03-02' }).path).toBe('Sessions/Jo -JJ-- -2/2026-03-02 Jo -JJ-- -2.md');
  });

  it('holds no name Windows cannot: no trailing dot or space, no device name', () => {
    expect(notePath('Sessions/{{client}}/{{date}} {{client}}', { client: 'J.S.', date: '2026-03-02' }).path).toBe('Sessions/J.S/2026-03-02 J.S.md');
    expect(notePath('Clients/{{client}}', { client: 'Con', date: '2026-03-02' }).path).toBe('Clients/Con_.md');
    expect(notePath('Clients/{{client}}', { client: 'aux', date: '2026-03-02' }).path).toBe('Clients/aux_.md');
    expect(notePath('Clients/{{client}}', { client: 'Connor', date: '2026-03-02' }).path).toBe('Clients/Connor.md');
    expect(notePath('Clients/{{client}}', { client: '...', date: '2026-03-02' }).path).toBe('Clients/_.md');
  });

  it('takes the next free name when the path is taken', () => {
    const taken = new Set(['Clients/Jo.md', 'Clients/Jo 2.md']);
    expect(nextFreePath('Clients/Jo.md', (p) => taken.has(p))).toBe('Clients/Jo 3.md');
  });
});
