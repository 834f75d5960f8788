import { describe, expect, it } from 'vitest';
import { distinctEvidence, kindLabel } from '../../../src/core/present/flag-labels';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { button, card, cards, choose, expand, mountPanel, type } from '../helpers/panel';

const DEMO = readFixtureVault('examples/demo-vault');
const demoEngine = () => engineWith(DEMO);
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
const byScore = (engine: ReturnType<typeof demoEngine>) => [...engine.flags()].sort((a, b) => b.score - a.score);

describe('the pattern panel', () => {
  it('lists the flags strongest first, each with kind, dynamic, client, question, strength and dates', () => {
    const engine = demoEngine();
    const { root } = mountPanel(engine);
    const flags = byScore(engine);
    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(flags.map((f) => f.id));
    const first = cards(root)[0];
    expect(first.querySelector('.pp-card-kind')?.textContent).toBe(kindLabel(flags[0].kind));
    expect(first.querySelector('.pp-card-title')?.textContent).toBe('rescuing · C-021 (Jordan)');
    expect(first.querySelector('.pp-card-question')?.textContent).toBe(flags[0].question);
    expect(first.querySelector('.pp-strength')?.getAttribute('aria-label')).toBe(`Strong evidence (score ${flags[0].score.toFixed(2)})`);
    expect(first.querySelectorAll('.pp-pip.is-filled')).toHaveLength(5);
    expect(first.querySelector('.pp-card-dates')?.textContent).toBe('2026-02-12 to 2026-02-24 (2 dates)');
    expect(root.querySelector('.pp-status')?.textContent).toBe(`${flags.length} possible parallel dynamics. Each is a question, not a finding.`);
  });

  it('expands a card to its evidence and prompt; evidence opens its note at the line', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[0];
    const header = card(root, flag.id)!.querySelector<HTMLButtonElement>('.pp-card-header')!;
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(card(root, flag.id)!.querySelector<HTMLElement>('.pp-card-body')!.hidden).toBe(true);
    header.click();
    const open = card(root, flag.id)!;
    expect(open.querySelector('.pp-card-header')?.getAttribute('aria-expanded')).toBe('true');
    const rows = open.querySelectorAll('.pp-evidence-item');
    // Two cues on one line are one row.
    expect(rows).toHaveLength(distinctEvidence(flag).length);
    expect(rows[0].querySelector('.pp-evidence-note')?.textContent).toBe('2026-02-12 C-021');
    expect(rows[0].querySelector('.pp-evidence-details')?.textContent).toBe(`2026-02-12 · ${flag.evidence[0].role} · ${flag.evidence[0].source}`);
    expect(rows[0].querySelector('.pp-snippet')?.textContent).toBe(flag.evidence[0].text);
    expect(open.querySelector('.pp-card-prompt')?.textContent).toBe(`Reflect: ${flag.prompt}`);
    rows[1].querySelector<HTMLButtonElement>('.pp-evidence-link')!.click();
    expect(host.opened).toEqual([[flag.evidence[1].path, flag.evidence[1].line]]);
  });

  it('filters by kind, client, time range and text, and clears them', () => {
    const engine = demoEngine();
    const { root } = mountPanel(engine);
    const all = cards(root).length;
    choose(root, 'Kind of flag', 'mirror-downward');
    expect(cards(root).map((c) => c.querySelector('.pp-card-title')?.textContent)).toEqual(['persecuting · C-033 (Alex)']);
    choose(root, 'Kind of flag', '');
    choose(root, 'Client', 'Clients/C-021.md');
    expect(cards(root).map((c) => c.querySelector('.pp-card-title')?.textContent)).toEqual(['rescuing · C-021 (Jordan)', 'contracting difficulty · C-021 (Jordan)']);
    choose(root, 'Client', '');
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'one-to-one');
    const citing = byScore(engine).filter((f) => f.evidence.some((e) => e.text.includes('one-to-one')));
    expect(citing.length).toBeGreaterThan(1);
    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(citing.map((f) => f.id));
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'no such words anywhere');
    expect(cards(root)).toHaveLength(0);
    expect(root.textContent).toContain('No flags match these filters.');
    button(root, 'Clear filters').click();
    expect(cards(root)).toHaveLength(all);
    expect(root.querySelector<HTMLInputElement>('.pp-search')!.value).toBe('');
  });

  it('filters by time range relative to today', () => {
    const { root, host, panel } = mountPanel(demoEngine(), (h) => (h.today = '2026-03-30'));
    choose(root, 'Time range', '30');
    // Only evidence on or after 2026-02-28 counts: the C-014 session of 2026-03-03 is cited by no flag.
    expect(cards(root)).toHaveLength(0);
    // A new day is new data: the host renders again.
    host.today = '2026-03-20';
    panel.render();
    choose(root, 'Time range', '90');
    expect(cards(root).length).toBeGreaterThan(0);
  });

  it('dismisses with a reason, hides the flag, shows it on request, and undoes', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[1];
    expand(root, flag.id);
    type(card(root, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!, 'Talked it through with Ann');
    button(card(root, flag.id)!, 'Dismiss').click();

    expect(host.reviews[flag.id]).toMatchObject({ status: 'dismissed', reason: 'Talked it through with Ann', at: '2026-03-10T10:00:00.000Z' });
    expect(card(root, flag.id)).toBeUndefined();
    expect(root.querySelector('.pp-undo')?.textContent).toBe('Flag dismissed.Undo');
    expect(root.textContent).toContain('1 dismissed hidden');
    // Focus moves to the next card rather than being lost with the removed one.
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe(`${byScore(engine)[2].id}:toggle`);

    const toggle = [...root.querySelectorAll<HTMLInputElement>('.pp-toggle input')][1];
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    const shown = card(root, flag.id)!;
    expect(shown.classList.contains('is-reviewed')).toBe(true);
    expect(shown.querySelector('.pp-badge')?.textContent).toBe('Dismissed');
    shown.querySelector<HTMLButtonElement>('.pp-card-header')!.click();
    expect(card(root, flag.id)!.querySelector('.pp-review-note')?.textContent).toBe('Dismissed on 2026-03-10: Talked it through with Ann');

    button(root.querySelector<HTMLElement>('.pp-undo')!, 'Undo').click();
    expect(host.reviews[flag.id]).toBeUndefined();
    expect(card(root, flag.id)?.classList.contains('is-reviewed')).toBe(false);
  });

  it('acknowledges, and restores an acknowledged flag', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[0];
    expand(root, flag.id);
    button(card(root, flag.id)!, 'Acknowledge').click();
    expect(host.reviews[flag.id]).toMatchObject({ status: 'acknowledged' });
    expect(host.reviews[flag.id]).not.toHaveProperty('reason');
    expect(card(root, flag.id)).toBeUndefined();
    const toggle = root.querySelector<HTMLInputElement>('.pp-toggle input')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    expand(root, flag.id);
    button(card(root, flag.id)!, 'Restore').click();
    expect(host.reviews).toEqual({});
  });

  it('brings a reviewed flag back as new when its evidence changes', () => {
    const engine = demoEngine();
    const { root, host, panel } = mountPanel(engine);
    const flag = engine.flags().find((f) => f.kind === 'mirror-downward')!;
    expand(root, flag.id);
    button(card(root, flag.id)!, 'Dismiss').click();
    expect(card(root, flag.id)).toBeUndefined();

    const path = 'Sessions/C-033/2026-02-23 C-033.md';
    engine.upsert({ path, data: `${DEMO[path]}\nI was critical of Alex again about the missed homework.\n` });
    panel.render();
    const back = card(root, flag.id)!;
    expect(back).toBeDefined();
    expect(back.querySelector('.pp-badge')?.textContent).toBe('New evidence since your review');
    expect(host.reviews[flag.id].status).toBe('dismissed');
  });

  it('puts the open note first, under a diagram of its neighbourhood whose nodes open notes', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    const labels = [...root.querySelectorAll('.pp-list-region .pp-section-label')].map((l) => l.textContent);
    expect(labels).toEqual(['About this note', 'Other flags']);
    const firstGroup = root.querySelectorAll('.pp-cards')[0];
    expect([...firstGroup.querySelectorAll<HTMLElement>('.pp-card')].every((c) => c.classList.contains('is-in-context'))).toBe(true);
    expect(firstGroup.querySelectorAll('.pp-card')).toHaveLength(5);
    expect(root.querySelector('.pp-context .pp-section-label')?.textContent).toBe('Around 2026-02-03 C-014');

    const svg = root.querySelector('svg.pp-diagram')!;
    const nodes = [...svg.querySelectorAll<SVGGElement>('.pp-node')];
    expect(nodes.map((n) => n.querySelector('title')?.textContent)).toContain('C-014 (Sam) (client)');
    expect(svg.querySelector('.pp-node.is-current title')?.textContent).toBe('2026-02-03 (session)');
    const supervisor = nodes.find((n) => n.classList.contains('is-supervisor'))!;
    supervisor.dispatchEvent(new MouseEvent('click'));
    supervisor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(host.opened).toEqual([
      ['People/Ann Lee.md', undefined],
      ['People/Ann Lee.md', undefined],
    ]);
    expect(supervisor.getAttribute('tabindex')).toBe('0');
    expect(svg.querySelectorAll('line.pp-edge').length).toBeGreaterThan(3);
  });

  it('masks client names and aliases everywhere, and hides what rests on private reflections', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    const resonance = engine.flags().filter((f) => f.kind === 'personal-resonance');
    expect(resonance.length).toBeGreaterThan(0);
    for (const c of cards(root)) c.querySelector<HTMLButtonElement>('.pp-card-header')!.click();
    expect(root.textContent).toContain('Jordan');

    button(root, 'Mask client names').click();
    expect(host.masked).toBe(true);
    for (const c of cards(root)) if (c.querySelector('.pp-card-body')!.hasAttribute('hidden')) c.querySelector<HTMLButtonElement>('.pp-card-header')!.click();
    const text = root.textContent;
    for (const name of ['Jordan', 'Sam', 'Alex']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    expect(cards(root).some((c) => c.querySelector('.pp-card-title')?.textContent === 'rescuing · C-021')).toBe(true);
    for (const r of resonance) expect(card(root, r.id)).toBeUndefined();
    expect(text).toContain(`${resonance.length} flags resting on private reflections are hidden while names are masked.`);
    const pressed = root.querySelector('.pp-mask-toggle')!;
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps expanded cards, filters, scroll and focus when the index changes', () => {
    const engine = demoEngine();
    const { root, panel } = mountPanel(engine);
    const flag = byScore(engine).find((f) => f.client === 'Clients/C-014.md')!;
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'C-014');
    expand(root, flag.id);
    const focused = card(root, flag.id)!.querySelector<HTMLButtonElement>('.pp-evidence-link')!;
    focused.focus();
    root.scrollTop = 120;
    const before = cards(root).map((c) => c.dataset.flagId);

    engine.upsert({ path: 'Sessions/C-021/2026-03-05 C-021.md', data: '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-05\n---\nShort check-in.\n' });
    panel.render();

    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(before);
    expect(root.querySelector<HTMLInputElement>('.pp-search')!.value).toBe('C-014');
    expect(card(root, flag.id)!.querySelector('.pp-card-header')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.scrollTop).toBe(120);
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe(`${flag.id}:evidence:0`);
    expect(document.activeElement).not.toBe(focused);
  });

  it('shows note text as text, never as HTML', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const engine = engineWith({
      'Clients/K-1.md': `---\ntype: client\ncode: K-1\naliases: ["${payload}"]\n---\n`,
      'Sessions/2026-02-02 K-1.md': `---\ntype: session\nclient: "[[K-1]]"\ndate: 2026-02-02\ndynamics: [rescuing]\n---\nThe client wanted me to take over. ${payload}\n`,
      'Supervision/2026-02-10 Supervision.md': `---\ntype: supervision\ndate: 2026-02-10\ncases: ["[[K-1]]"]\ndynamics: [rescuing]\n---\nMy supervisor rescued me again. ${payload}\n`,
      [`Broken ${payload}.md`]: `---\ntype: session\ndate: [unclosed\n---\n`,
    });
    const { root } = mountPanel(engine);
    expect(cards(root).length).toBeGreaterThan(0);
    for (const c of cards(root)) c.querySelector<HTMLButtonElement>('.pp-card-header')!.click();
    root.querySelector<HTMLDetailsElement>('details')!.open = true;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(payload);
    expect(root.querySelector('.pp-card-title')?.textContent).toBe(`rescuing · K-1 (${payload})`);
  });

  it('lists broken notes in a collapsed section whose entries open the note at the line', () => {
    const engine = engineWith({ ...DEMO, 'Sessions/C-014/2026-03-10 C-014.md': '---\ntype: session\nclient: "[[C-014]]"\ndynamics: [rescuing\n---\nText.\n' });
    const { root, host } = mountPanel(engine);
    const details = root.querySelector<HTMLDetailsElement>('details.pp-diagnostics')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(`Notes to check (${engine.diagnostics().length})`);
    const entry = [...details.querySelectorAll<HTMLButtonElement>('.pp-diagnostic-link')].find((b) => b.textContent.startsWith('Sessions/C-014/2026-03-10 C-014.md:4'))!;
    entry.click();
    expect(host.opened).toEqual([['Sessions/C-014/2026-03-10 C-014.md', 4]]);
  });

  it('shows progress while the index builds, and a guide when there is nothing to show', () => {
    const { root, host, panel } = mountPanel(undefined, (h) => (h.state = { status: 'building', done: 250, total: 1000 }));
    expect(root.querySelector('.pp-status')?.textContent).toBe('Reading your notes: 250 of 1000.');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('250');
    expect(root.querySelector('.pp-filters-region')?.classList.contains('is-hidden')).toBe(true);
    host.engine = engineWith({ 'Clients/C-1.md': '---\ntype: client\ncode: C-1\n---\n' });
    host.state = { status: 'ready', notes: 1, flags: 0, ms: 3 };
    panel.render();
    expect(root.querySelector('progress')).toBeNull();
    expect(root.querySelector('.pp-guide')?.textContent).toContain('New session note');
    expect(cards(root)).toHaveLength(0);
  });

  it('renders a page of cards at a time', () => {
    const engine = demoEngine();
    const template = engine.flags()[0];
    const { root } = mountPanel(engine, (h) => (h.flags = Array.from({ length: 1000 }, (_, i) => ({ ...template, id: `f${i}`, score: 1 - i / 1000 }))));
    expect(cards(root)).toHaveLength(50);
    button(root, 'Show 50 more (950 not shown)').click();
    expect(cards(root)).toHaveLength(100);
    expect(cards(root)[99].dataset.flagId).toBe('f99');
  });

  it('makes every control a button, input, select, summary or a focusable link', () => {
    const { root } = mountPanel(demoEngine(), (h) => (h.activePath = SESSION));
    for (const c of cards(root)) c.querySelector<HTMLButtonElement>('.pp-card-header')!.click();
    const clickable = root.querySelectorAll('button, input, select, summary, [role="link"]');
    expect(clickable.length).toBeGreaterThan(20);
    for (const el of root.querySelectorAll('[role="link"]')) expect(el.getAttribute('tabindex')).toBe('0');
    for (const el of root.querySelectorAll('button')) expect(el.getAttribute('type')).toBe('button');
    for (const el of root.querySelectorAll('input, select')) expect(el.getAttribute('aria-label') ?? el.closest('label')?.textContent).toBeTruthy();
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
  });
});
