import { describe, expect, it } from 'vitest';
import type { VaultFinding } from '../../../src/core/privacy/vault-check';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { mountPanel, press } from '../helpers/panel';

const DEMO = readFixtureVault('examples/demo-vault');
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
const REFLECTION = 'Reflections/2026-02-20 Reflection.md';
const text = (el: Element | null | undefined): string => el?.textContent ?? '';
const finding = (path: string, line: number, kind: VaultFinding['kind'], isPrivate = false): VaultFinding => ({ path, line, kind, text: 'Jane Whitfield', private: isPrivate });

const FINDINGS = [finding(REFLECTION, 7, 'person-name', true), finding(SESSION, 12, 'phone'), finding(SESSION, 12, 'phone'), finding(SESSION, 14, 'person-name')];

describe('notes to check: the privacy check’s findings', () => {
  it('shows its progress while it reads, even with nothing found yet', () => {
    const { root } = mountPanel(engineWith(DEMO), (h) => (h.privacy = { state: { status: 'checking', done: 250, total: 1000 }, findings: [] }));
    const section = root.querySelector('.pp-diagnostics')!;
    expect(text(section.querySelector('.pp-checking'))).toBe('Checking for identifying details: 250 of 1000 notes read.');
    expect(text(section.querySelector('.tree-item-flair'))).toBe('0');
  });

  it('groups findings by note, one row per line and kind, in plain words without the detail; each row opens its line', () => {
    const { root, host } = mountPanel(engineWith(DEMO), (h) => (h.privacy = { state: { status: 'done', checked: 9 }, findings: FINDINGS }));
    const closed = root.querySelector<HTMLElement>('.pp-diagnostics')!;
    expect(text(closed.querySelector('.tree-item-flair'))).toBe('4');
    expect(closed.querySelector('.pp-finding-row')).toBeNull();
    press(closed.querySelector('.pp-section-self')!);
    // The panel draws itself anew.
    const section = root.querySelector<HTMLElement>('.pp-diagnostics')!;
    expect(text(section.querySelector('.pp-subheading'))).toBe('Possible identifying details (4)');
    const notes = [...section.querySelectorAll<HTMLElement>('.pp-finding-note')];
    expect(notes.map((n) => text(n.querySelector('.pp-note-name')))).toEqual(['2026-02-20 Reflection', '2026-02-03 C-014']);
    expect(notes[1].querySelector('.search-result-file-title')!.getAttribute('aria-label')).toBe('Open 2026-02-03 C-014 (3 possible identifying details)');
    const rows = [...notes[1].querySelectorAll<HTMLElement>('.pp-finding-row')];
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Open 2026-02-03 C-014 at line 12: phone number (2)', 'Open 2026-02-03 C-014 at line 14: full name of a person']);
    expect(section.textContent).not.toContain('Whitfield');
    press(rows[1]);
    notes[0].querySelector<HTMLElement>('.search-result-file-title')!.click();
    expect(host.opened).toEqual([
      [SESSION, 14],
      [REFLECTION, 7],
    ]);
  });

  it('keeps focus on a row when the findings change under it', () => {
    const { root, host, panel } = mountPanel(engineWith(DEMO), (h) => (h.privacy = { state: { status: 'done', checked: 9 }, findings: FINDINGS }));
    press(root.querySelector('.pp-diagnostics .pp-section-self')!);
    const row = root.querySelector<HTMLElement>(`[data-pp-focus="finding:${SESSION}:14:person-name"]`)!;
    row.focus();
    host.privacy = { state: { status: 'done', checked: 9 }, findings: FINDINGS.slice(1) };
    panel.render();
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe(`finding:${SESSION}:14:person-name`);
  });

  it('hides private reflections’ findings while names are masked, and says how many', () => {
    const { root } = mountPanel(engineWith(DEMO), (h) => {
      h.masked = true;
      h.privacy = { state: { status: 'done', checked: 9 }, findings: FINDINGS };
    });
    press(root.querySelector('.pp-diagnostics .pp-section-self')!);
    expect(root.querySelector(`[data-pp-focus="finding-note:${REFLECTION}"]`)).toBeNull();
    expect(root.textContent).toContain('1 in private reflections is hidden while names are masked.');
  });

  it('lists notes not read as written below the findings, under their own heading', () => {
    const engine = engineWith({ ...DEMO, 'Sessions/C-014/2026-03-10 C-014.md': '---\ntype: session\nclient: "[[C-014]]"\ntitle: "unclosed\n---\nText.\n' });
    const { root } = mountPanel(engine, (h) => (h.privacy = { state: { status: 'done', checked: 9 }, findings: FINDINGS }));
    press(root.querySelector('.pp-diagnostics .pp-section-self')!);
    expect([...root.querySelectorAll('.pp-diagnostics .pp-subheading')].map(text)).toEqual(['Possible identifying details (4)', 'Notes not read as written']);
    expect(root.querySelector('.pp-finding-list ~ .pp-diagnostic-list .pp-diagnostic.is-error')).not.toBeNull();
  });
});
