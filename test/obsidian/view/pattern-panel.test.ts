import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { groupEvidence } from '../../../src/core/present/evidence-groups';
import { kindLabel } from '../../../src/core/present/flag-labels';
import { selectFlags } from '../../../src/core/report/select-flags';
import { DEFAULT_PRACTICE } from '../../../src/obsidian/view/practice-data';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { button, card, cards, choose, control, expand, mountPanel, press, showFilters, type } from '../helpers/panel';
import { asInPopout } from '../helpers/popout';

const DEMO = readFixtureVault('examples/demo-vault');
const demoEngine = () => engineWith(DEMO);
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
const byScore = (engine: ReturnType<typeof demoEngine>) => [...engine.flags()].sort((a, b) => b.score - a.score);
const text = (el: Element | null | undefined): string => el?.textContent ?? '';
/** The flags a view shows by default: strongest first, at most three of each supervision. */
const fewPerSupervision = (flags: readonly Flag[]): Flag[] => {
  const seen = new Map<string, number>();
  return flags.filter((f) => {
    if (f.supervision === null) return true;
    const n = (seen.get(f.supervision) ?? 0) + 1;
    seen.set(f.supervision, n);
    return n <= 3;
  });
};

describe('the pattern panel', () => {
  it('lists the flags strongest first as tree items: title, kind in words, strength as a word with pips, dates', () => {
    const engine = demoEngine();
    const { root } = mountPanel(engine);
    const flags = byScore(engine);
    const shown = fewPerSupervision(flags);
    expect(shown.length).toBeLessThan(flags.length);
    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(shown.map((f) => f.id));
    const first = cards(root)[0];
    expect(first.classList.contains('tree-item')).toBe(true);
    expect(first.querySelector('.tree-item-self .tree-item-icon.collapse-icon.is-collapsed svg.right-triangle')).not.toBeNull();
    expect(text(first.querySelector('.pp-flag-title'))).toBe('Rescuing · C-014 (Sam)');
    // The code never breaks at its hyphen.
    expect(text(first.querySelector('.pp-flag-title .pp-nowrap'))).toBe('C-014');
    expect(text(first.querySelector('.pp-kind'))).toBe('from sessions into supervision');
    expect(kindLabel(flags[0].kind)).toBe('from sessions into supervision');
    expect(first.querySelector('.pp-strength')?.getAttribute('aria-label')).toBe(`Strength: strong, 5 of 5 (score ${flags[0].score.toFixed(2)})`);
    expect(text(first.querySelector('.pp-strength-word'))).toBe('strong');
    expect(text(first.querySelector('.pp-pip.is-filled'))).toBe('●●●●●');
    expect(first.querySelector('.pp-pip:not(.is-filled)')).toBeNull();
    expect(text(first.querySelector('.pp-dates'))).toBe('3 to 24 Feb 2026');
    // Four of five reads differently from five: four filled pips, then one ring.
    const fourOfFive = cards(root).find((c) => c.querySelector('.pp-pip.is-filled')?.textContent === '●●●●')!;
    expect(text(fourOfFive.querySelector('.pp-pip:not(.is-filled)'))).toBe('○');
    expect(root.textContent).not.toMatch(/Mirrored|Personal resonance|\(\d+ dates\)/);
  });

  it('counts flags as the command line does, and says how many rest on private reflections', () => {
    const engine = demoEngine();
    const { root } = mountPanel(engine);
    const cli = selectFlags(engine.flags(), engine.graph, { includePrivate: false });
    expect(cli.flags).toHaveLength(6);
    expect(cli.hiddenPrivate).toBe(2);
    expect(text(root.querySelector('.pp-status'))).toBe('5 possible parallel dynamics and 1 possible pattern of your own, and 2 resting on your private reflections. Each is a question, not a finding.');
    const tagged = cards(root).filter((c) => [...c.querySelectorAll('.pp-tag')].some((t) => t.textContent === 'private reflection'));
    expect(tagged.map((c) => c.dataset.flagId).sort()).toEqual(engine.flags().filter((f) => !cli.flags.includes(f)).map((f) => f.id).sort());
  });

  it('expands a flag to its question, timeline, evidence grouped by note, prompt and actions', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[0]; // rescuing with C-014
    expect(flag.client).toBe('Clients/C-014.md');
    const self = card(root, flag.id)!.querySelector<HTMLElement>('.pp-flag-self')!;
    expect(self.getAttribute('aria-expanded')).toBe('false');
    expect(card(root, flag.id)!.querySelector<HTMLElement>('.pp-flag-body')!.hidden).toBe(true);
    press(self);
    const open = card(root, flag.id)!;
    expect(open.querySelector('.pp-flag-self')?.getAttribute('aria-expanded')).toBe('true');
    expect(open.querySelector('.collapse-icon')?.classList.contains('is-collapsed')).toBe(false);
    expect(text(open.querySelector('.pp-question'))).toBe(flag.question);

    const notes = [...open.querySelectorAll('.pp-evidence-note')];
    const groups = groupEvidence(flag);
    expect(notes).toHaveLength(groups.length);
    expect(text(notes[0].querySelector('.search-result-file-title .pp-note-name'))).toBe('2026-02-03 C-014');
    expect(text(notes[0].querySelector('.pp-note-details'))).toBe('session');
    expect(text(notes[0].querySelector('.tree-item-flair'))).toBe(String(groups[0].rows.length));
    expect(text(notes[1].querySelector('.pp-note-name'))).toBe('2026-02-24 Supervision');
    // Properties in words, never as YAML; snippets with the matched words marked.
    const rows = [...open.querySelectorAll('.pp-evidence-row')];
    expect(text(rows[0].querySelector('.pp-snippet'))).toBe('Marked in properties: rescuing, by you');
    expect(open.textContent).not.toMatch(/_dynamics:/);
    const marked = [...open.querySelectorAll('.search-result-file-matched-text')].map((m) => m.textContent);
    expect(marked).toEqual(expect.arrayContaining(['jumped in', 'came up with solutions', 'working harder than the client']));
    const supervisionRow = rows.find((r) => r.getAttribute('aria-label') === 'Open 2026-02-24 Supervision at line 11')!;
    expect([...supervisionRow.querySelectorAll('.pp-tag')].map((t) => t.textContent)).toEqual(['you', 'supervisor', 'property', 'parallel process named', 'line 11']);
    expect(text(open.querySelector('.pp-prompt'))).toBe(`Reflect: ${flag.prompt}`);

    rows[1].dispatchEvent(new MouseEvent('click'));
    press(rows[2]);
    notes[1].querySelector<HTMLElement>('.search-result-file-title')!.click();
    expect(host.opened).toEqual([
      [SESSION, 21],
      [SESSION, 21],
      ['Supervision/2026-02-24 Supervision.md', 10],
    ]);
  });

  it('draws the flag’s timeline: lanes on one date axis, its window, a mark per note and role that opens the note at the line', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    const flag = engine.flags().find((f) => f.kind === 'mirror-upward' && f.client === 'Clients/C-014.md' && f.dynamic === 'rescuing')!;
    expand(root, flag.id);
    const figure = card(root, flag.id)!.querySelector('figure.pp-timeline')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('font-size')).toBe('11');
    expect(svg.getAttribute('width')).toBe('280');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['35 days before supervision', 'Sessions', 'Supervision', 'Reflections']));
    const marks = [...svg.querySelectorAll<SVGGElement>('.pp-tl-mark')];
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Open 2026-02-03 C-014 at line 10: rescuing, you (open now)',
      'Open 2026-02-24 Supervision at line 11: rescuing, you',
      'Open 2026-02-24 Supervision at line 10: rescuing, supervisor',
    ]);
    expect(marks.map((m) => m.querySelector('.pp-shape')!.tagName.toLowerCase())).toEqual(['rect', 'rect', 'polygon']);
    for (const m of marks) expect(m.getAttribute('tabindex')).toBe('0');
    // The client's other sessions and the reflection, without the dynamic: plain notes that open too.
    const plain = [...svg.querySelectorAll('.pp-tl-note')].map((n) => n.getAttribute('aria-label'));
    expect(plain).toEqual(expect.arrayContaining(['Open 2026-01-20 C-014, session on 20 Jan 2026', 'Open 2026-02-17 C-014, session on 17 Feb 2026', 'Open 2026-02-15 Reflection, reflection on 15 Feb 2026']));
    marks[2].dispatchEvent(new MouseEvent('click'));
    press(marks[0]);
    expect(host.opened).toEqual([
      ['Supervision/2026-02-24 Supervision.md', 10],
      [SESSION, 10],
    ]);
    // The same for screen readers, as a list in date order.
    const list = [...figure.querySelectorAll('ol.pp-visually-hidden li')].map((li) => li.textContent);
    expect(list[0]).toBe('Window: 35 days before supervision.');
    expect(list).toContain('3 Feb 2026, session 2026-02-03 C-014: shows in you (line 10).');
    expect(list).toContain('24 Feb 2026, supervision 2026-02-24 Supervision: shows in you (line 11), supervisor (line 10).');
    expect(list).toContain('20 Jan 2026, session 2026-01-20 C-014: not in this note.');
    expect([...figure.querySelectorAll('.pp-legend-item')].map((l) => l.textContent)).toEqual(['you', 'supervisor', 'note without it']);
  });

  it('shows the filters from the header’s filter button, and filters by kind, client, time range and text', () => {
    const engine = demoEngine();
    const { root } = mountPanel(engine);
    const region = root.querySelector('.pp-filters-region')!;
    expect(region.classList.contains('is-hidden')).toBe(true);
    const filter = control(root, 'Show filters');
    expect(filter.getAttribute('aria-expanded')).toBe('false');
    filter.click();
    expect(region.classList.contains('is-hidden')).toBe(false);
    expect(document.activeElement).toBe(root.querySelector('.pp-search'));
    expect(control(root, 'Hide filters').getAttribute('aria-expanded')).toBe('true');
    expect([...root.querySelectorAll<HTMLOptionElement>('select[aria-label="Kind of flag"] option')].map((o) => o.textContent)).toContain('From sessions into supervision');

    const all = engine.flags().length;
    const shown = cards(root).length;
    choose(root, 'Kind of flag', 'mirror-downward');
    expect(cards(root).map((c) => text(c.querySelector('.pp-flag-title')))).toEqual(['Criticism · C-033 (Alex)']);
    expect(text(root.querySelector('.pp-filter-summary span'))).toBe(`1 of ${all} flags match the filters.`);
    choose(root, 'Kind of flag', '');
    choose(root, 'Client', 'Clients/C-021.md');
    expect(cards(root).map((c) => text(c.querySelector('.pp-flag-title')))).toEqual(['Rescuing · C-021 (Jordan)', 'Unclear contracting · C-021 (Jordan)']);
    choose(root, 'Client', '');
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'one-to-one');
    const citing = byScore(engine).filter((f) => f.evidence.some((e) => e.text.includes('one-to-one')));
    expect(citing.length).toBeGreaterThan(1);
    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(citing.map((f) => f.id));
    // Closing the bar keeps the filter, and the button says a filter is on.
    control(root, 'Hide filters').click();
    expect(control(root, 'Show filters').classList.contains('is-active')).toBe(true);
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'no such words anywhere');
    expect(cards(root)).toHaveLength(0);
    expect(root.textContent).toContain('No flags match these filters.');
    button(root, 'Clear filters').click();
    expect(cards(root)).toHaveLength(shown);
    expect(root.querySelector<HTMLInputElement>('.pp-search')!.value).toBe('');
    expect(control(root, 'Show filters').classList.contains('is-active')).toBe(false);
  });

  it('filters by time range relative to today', () => {
    const { root, host, panel } = mountPanel(demoEngine(), (h) => (h.today = '2026-03-30'));
    showFilters(root);
    choose(root, 'Time range', '30');
    // Only evidence on or after 2026-02-28 counts: the C-014 session of 2026-03-03 is cited by no flag.
    expect(cards(root)).toHaveLength(0);
    host.today = '2026-03-20';
    panel.render();
    choose(root, 'Time range', '90');
    expect(cards(root).length).toBeGreaterThan(0);
  });

  it('dismisses with a reason in a normal button, hides the flag, shows it on request, and undoes', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[1];
    expand(root, flag.id);
    const dismiss = button(card(root, flag.id)!, 'Dismiss');
    expect(dismiss.className).toBe('');
    expect(button(card(root, flag.id)!, 'Acknowledge').className).toBe('');
    // That a reason travels with the settings is said where it is seen, not only to a screen reader.
    expect(card(root, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!.placeholder).toBe('Reason (optional, synced: no names)');
    type(card(root, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!, 'Talked it through with Ann');
    dismiss.click();

    expect(host.reviews[flag.id]).toMatchObject({ status: 'dismissed', reason: 'Talked it through with Ann', at: '2026-03-10T10:00:00.000Z' });
    expect(card(root, flag.id)).toBeUndefined();
    expect(text(root.querySelector('.pp-undo'))).toBe('Flag dismissed.Undo');
    expect(root.textContent).toContain('1 dismissed hidden');
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe(`${byScore(engine)[2].id}:toggle`);

    showFilters(root);
    const toggle = [...root.querySelectorAll<HTMLInputElement>('.pp-toggle input')][1];
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    const shown = card(root, flag.id)!;
    expect(shown.classList.contains('is-reviewed')).toBe(true);
    expect(text(shown.querySelector('.pp-status-tag'))).toBe('dismissed');
    expand(root, flag.id);
    expect(text(card(root, flag.id)!.querySelector('.pp-review-note'))).toBe('Dismissed on 10 Mar 2026: Talked it through with Ann');

    button(root.querySelector<HTMLElement>('.pp-undo')!, 'Undo').click();
    expect(host.reviews[flag.id]).toBeUndefined();
    expect(card(root, flag.id)?.classList.contains('is-reviewed')).toBe(false);
  });

  it('acknowledges without a reason, and restores an acknowledged flag', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[0];
    expand(root, flag.id);
    button(card(root, flag.id)!, 'Acknowledge').click();
    expect(host.reviews[flag.id]).toMatchObject({ status: 'acknowledged' });
    expect(host.reviews[flag.id]).not.toHaveProperty('reason');
    expect(card(root, flag.id)).toBeUndefined();
    showFilters(root);
    const toggle = root.querySelector<HTMLInputElement>('.pp-toggle input')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    expand(root, flag.id);
    button(card(root, flag.id)!, 'Restore').click();
    expect(host.reviews).toEqual({});
  });

  it('masks a client named in a reason given, as every other text', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine);
    const flag = byScore(engine)[0];
    expand(root, flag.id);
    type(root.querySelector<HTMLInputElement>(`[data-pp-focus="${flag.id}:reason"]`)!, 'Sam reminds me of my sister');
    button(card(root, flag.id)!, 'Acknowledge').click();
    showFilters(root);
    const toggle = root.querySelector<HTMLInputElement>('.pp-toggle input')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    control(root, 'Mask client names').click();
    expect(host.masked).toBe(true);
    expand(root, flag.id);
    expect(text(card(root, flag.id)!.querySelector('.pp-review-note'))).toMatch(/^Acknowledged on .*: C-014 reminds me of my sister$/);
  });


  it("dates a review by this device's calendar, not by UTC's", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      const engine = demoEngine();
      // 08:30 on 10 March in Auckland is 19:30 on 9 March in UTC.
      const now = new Date('2026-03-10T08:30:00+13:00');
      const { root } = mountPanel(engine, undefined, { now: () => now });
      const flag = byScore(engine)[0];
      expand(root, flag.id);
      button(card(root, flag.id)!, 'Acknowledge').click();
      showFilters(root);
      const toggle = root.querySelector<HTMLInputElement>('.pp-toggle input')!;
      toggle.checked = true;
      toggle.dispatchEvent(new Event('change'));
      expand(root, flag.id);
      expect(text(card(root, flag.id)!.querySelector('.pp-review-note'))).toBe('Acknowledged on 10 Mar 2026.');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('keeps a half-typed reason through redraws (a vault change, another flag expanded), and forgets it once given', () => {
    const engine = demoEngine();
    const { root, host, panel } = mountPanel(engine);
    const [first, second] = byScore(engine);
    const reasonOf = (id: string) => card(root, id)!.querySelector<HTMLInputElement>('.pp-reason')!;
    expand(root, first.id);
    type(reasonOf(first.id), 'Talked it through');
    // A note changes while the reason is typed: the panel is drawn anew from the host's data.
    const path = 'Sessions/C-033/2026-02-23 C-033.md';
    engine.upsert({ path, data: `${DEMO[path]}\nWe ran over by ten minutes.\n` });
    panel.render();
    expect(reasonOf(first.id).value).toBe('Talked it through');
    expand(root, second.id);
    expect(reasonOf(first.id).value).toBe('Talked it through');
    expect(reasonOf(second.id).value).toBe('');

    button(card(root, first.id)!, 'Acknowledge').click();
    expect(host.reviews[first.id]).toMatchObject({ status: 'acknowledged', reason: 'Talked it through' });
    button(root.querySelector<HTMLElement>('.pp-undo')!, 'Undo').click();
    expand(root, first.id);
    expect(reasonOf(first.id).value).toBe('');
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
    expect(text(back.querySelector('.pp-status-tag'))).toBe('new evidence since your review');
    expect(host.reviews[flag.id].status).toBe('dismissed');
  });

  it('puts the open note’s flags first, then its neighbourhood, collapsed until asked, whose nodes open notes', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    const context = root.querySelector<HTMLElement>('.pp-context')!;
    expect(text(context.querySelector('.pp-section-title'))).toBe('About 2026-02-03 C-014');
    expect(context.querySelectorAll('.pp-flag')).toHaveLength(5);
    expect([...context.querySelectorAll('.pp-flag')].every((c) => c.classList.contains('is-in-context'))).toBe(true);
    expect(text(root.querySelector('.pp-list-region .pp-section-title'))).toBe('Other flags');
    // The neighbourhood comes after the note's flags, collapsed.
    const relationships = context.querySelector<HTMLElement>('.pp-relationships')!;
    expect(relationships.previousElementSibling?.classList.contains('pp-flags')).toBe(true);
    expect(relationships.classList.contains('is-collapsed')).toBe(true);
    expect(root.querySelector('svg.pp-diagram')).toBeNull();
    press(relationships.querySelector('.tree-item-self')!);

    const svg = root.querySelector('svg.pp-diagram')!;
    expect(svg.getAttribute('font-size')).toBe('11');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    const nodes = [...svg.querySelectorAll<SVGGElement>('.pp-node')];
    expect(nodes.map((n) => n.getAttribute('aria-label'))).toContain('Open C-014 (Sam) (client)');
    expect(svg.querySelector('.pp-node.is-current')?.getAttribute('aria-label')).toBe('Open 2026-02-03 C-014 (session), open now');
    expect(text(svg.querySelector('.pp-node.is-current text'))).toBe('3 Feb');
    const supervisor = nodes.find((n) => n.classList.contains('is-supervisor'))!;
    supervisor.dispatchEvent(new MouseEvent('click'));
    press(supervisor);
    expect(host.opened).toEqual([
      ['People/Ann Lee.md', undefined],
      ['People/Ann Lee.md', undefined],
    ]);
    expect(supervisor.getAttribute('tabindex')).toBe('0');
    expect(svg.querySelectorAll('polyline.pp-edge').length).toBeGreaterThan(3);
  });

  it('masks client names and aliases everywhere from the header’s eye, and hides what rests on private reflections', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    const resonance = engine.flags().filter((f) => f.kind === 'personal-resonance');
    expect(resonance.length).toBe(2);
    for (const c of cards(root)) c.querySelector<HTMLElement>('.pp-flag-self')!.click();
    expect(root.textContent).toContain('Jordan');
    const eye = control(root, 'Mask client names');
    expect(eye.getAttribute('aria-pressed')).toBe('false');
    expect(eye.querySelector('svg')?.classList.contains('lucide-eye')).toBe(true);

    eye.click();
    expect(host.masked).toBe(true);
    for (const c of cards(root)) if (c.querySelector<HTMLElement>('.pp-flag-body')!.hidden) c.querySelector<HTMLElement>('.pp-flag-self')!.click();
    press(root.querySelector('.pp-relationships .tree-item-self')!);
    const all = root.textContent + [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
    for (const name of ['Jordan', 'Sam', 'Alex']) expect(all).not.toMatch(new RegExp(`\\b${name}\\b`));
    expect(cards(root).some((c) => text(c.querySelector('.pp-flag-title')) === 'Rescuing · C-021')).toBe(true);
    for (const r of resonance) expect(card(root, r.id)).toBeUndefined();
    expect(root.textContent).not.toContain('Reflection');
    // The demo's client template is no client: "the client's needs" keeps its word.
    expect(root.textContent).not.toContain('{{client}}');
    expect(text(root.querySelector('.pp-status'))).toBe('5 possible parallel dynamics and 1 possible pattern of your own. Each is a question, not a finding. 2 resting on private reflections are hidden while names are masked.');
    const pressed = control(root, 'Mask client names');
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(pressed.querySelector('svg')?.classList.contains('lucide-eye-off')).toBe(true);
  });

  it('names a chosen client whose flags have gone as the view names clients, masked when names are', () => {
    const engine = demoEngine();
    const { root, panel } = mountPanel(engine);
    showFilters(root);
    choose(root, 'Client', 'Clients/C-021.md');
    control(root, 'Mask client names').click();
    for (const day of ['2026-01-29', '2026-02-12', '2026-02-26']) engine.remove(`Sessions/C-021/${day} C-021.md`);
    panel.render();
    expect(engine.flags().some((f) => f.client === 'Clients/C-021.md')).toBe(false);
    const chosen = root.querySelector<HTMLSelectElement>('select[aria-label="Client"]')!.selectedOptions[0];
    expect(chosen.value).toBe('Clients/C-021.md');
    expect(text(chosen)).toBe('C-021');
  });

  it('keeps expanded flags, filters, scroll and focus when the index changes', () => {
    const engine = demoEngine();
    const { root, panel } = mountPanel(engine);
    const flag = byScore(engine).find((f) => f.client === 'Clients/C-014.md')!;
    showFilters(root);
    type(root.querySelector<HTMLInputElement>('.pp-search')!, 'C-014');
    expand(root, flag.id);
    const focused = card(root, flag.id)!.querySelector<HTMLElement>('.pp-evidence-row')!;
    focused.focus();
    root.scrollTop = 120;
    const before = cards(root).map((c) => c.dataset.flagId);

    engine.upsert({ path: 'Sessions/C-021/2026-03-05 C-021.md', data: '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-05\n---\nShort check-in.\n' });
    panel.render();

    expect(cards(root).map((c) => c.dataset.flagId)).toEqual(before);
    expect(root.querySelector<HTMLInputElement>('.pp-search')!.value).toBe('C-014');
    expect(card(root, flag.id)!.querySelector('.pp-flag-self')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.scrollTop).toBe(120);
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe(`${flag.id}:evidence:0`);
    expect(document.activeElement).not.toBe(focused);
  });

  it('keeps focus when the index changes in a popout window, whose elements are not this window\'s', () => {
    const engine = demoEngine();
    const { root, panel } = mountPanel(engine);
    const flag = byScore(engine)[0];
    expand(root, flag.id);
    card(root, flag.id)!.querySelector<HTMLElement>('.pp-evidence-row')!.focus();
    engine.upsert({ path: 'Sessions/C-021/2026-03-05 C-021.md', data: '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-05\n---\nShort check-in.\n' });
    asInPopout(() => panel.render());
    expect(root.ownerDocument.activeElement?.getAttribute('data-pp-focus')).toBe(`${flag.id}:evidence:0`);
  });

  it('collapses everything from the header, and rescans through the host', () => {
    const engine = demoEngine();
    const { root, host } = mountPanel(engine, (h) => (h.activePath = SESSION));
    for (const c of cards(root).slice(0, 3)) c.querySelector<HTMLElement>('.pp-flag-self')!.click();
    press(root.querySelector('.pp-relationships .tree-item-self')!);
    expect(root.querySelectorAll('.pp-flag:not(.is-collapsed)')).toHaveLength(3);
    control(root, 'Collapse all').click();
    expect(root.querySelectorAll('.pp-flag:not(.is-collapsed)')).toHaveLength(0);
    expect(root.querySelector('svg.pp-diagram')).toBeNull();
    press(control(root, 'Rescan the vault'));
    expect(host.rescans).toBe(1);
  });

  it('offers no rescan when the host cannot rescan', () => {
    const { root } = mountPanel(demoEngine(), (h) => ((h as { rescan?: unknown }).rescan = undefined));
    expect(root.querySelector('[aria-label="Rescan the vault"]')).toBeNull();
    expect([...root.querySelectorAll('.nav-buttons-container .clickable-icon')].map((b) => b.getAttribute('aria-label'))).toEqual(['Show filters', 'Mask client names', 'Collapse all', 'What is parallel process?']);
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
    for (const c of cards(root)) c.querySelector<HTMLElement>('.pp-flag-self')!.click();
    press(root.querySelector('.pp-diagnostics .tree-item-self')!);
    for (const d of root.querySelectorAll('details')) d.open = true;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(payload);
    expect(text(root.querySelector('.pp-flag-title'))).toBe(`Rescuing · K-1 (${payload})`);
  });

  it('lists notes to check, collapsed, in plain words with the line; the reader’s message on request', () => {
    const engine = engineWith({ ...DEMO, 'Sessions/C-014/2026-03-10 C-014.md': '---\ntype: session\nclient: "[[C-014]]"\ntitle: "unclosed\n---\nText.\n' });
    const { root, host } = mountPanel(engine);
    const section = root.querySelector<HTMLElement>('.pp-diagnostics')!;
    expect(section.classList.contains('is-collapsed')).toBe(true);
    expect(text(section.querySelector('.tree-item-inner'))).toBe('Notes to check');
    expect(text(section.querySelector('.tree-item-flair'))).toBe(String(engine.diagnostics().length));
    expect(section.querySelector('.pp-diagnostic')).toBeNull();
    section.querySelector<HTMLElement>('.tree-item-self')!.click();

    const entry = root.querySelector<HTMLElement>('.pp-diagnostic.is-error')!;
    expect(text(entry.querySelector('.pp-diagnostic-where'))).toBe('2026-03-10 C-014line 4needs fixing');
    expect(text(entry.querySelector('.pp-diagnostic-message'))).toBe('The properties at the top of this note have a mistake, so the note is read without them.');
    const detail = entry.querySelector('details')!;
    expect(detail.open).toBe(false);
    expect(text(detail.querySelector('summary'))).toBe('Technical message');
    expect(text(detail.querySelector('code')).length).toBeGreaterThan(0);
    entry.querySelector<HTMLElement>('.pp-diagnostic-link')!.click();
    expect(host.opened).toEqual([['Sessions/C-014/2026-03-10 C-014.md', 4]]);
  });

  it('shows progress while the index builds, and a guide when there is nothing to show', () => {
    const { root, host, panel } = mountPanel(undefined, (h) => (h.state = { status: 'building', done: 250, total: 1000 }));
    expect(text(root.querySelector('.pp-progress-status'))).toBe('Reading your notes: 250 of 1000.');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('250');
    expect(root.querySelector('.pp-filters-region')?.classList.contains('is-hidden')).toBe(true);
    host.engine = engineWith({ 'Clients/C-1.md': '---\ntype: client\ncode: C-1\n---\n' });
    host.state = { status: 'ready', notes: 1, flags: 0, ms: 3 };
    panel.render();
    expect(root.querySelector('progress')).toBeNull();
    expect(root.querySelector('.pp-guide')?.textContent).toContain('New session note');
    expect(cards(root)).toHaveLength(0);
  });

  it('marks the phrase of a one-slot pattern in evidence heard from a description', () => {
    const files = {
      'People/Ann Lee.md': '---\ntype: person\nrole: supervisor\n---\n',
      'Clients/C-7.md': '---\ntype: client\ncode: C-7\n---\n',
      'Sessions/2026-03-02 C-7.md': '---\ntype: session\nclient: "[[C-7]]"\ndate: 2026-03-02\n---\nI let the session run over by twenty minutes again.\n',
      'Supervision/2026-03-06.md': '---\ntype: supervision\ndate: 2026-03-06\nsupervisor: "[[Ann Lee]]"\ncases: ["[[C-7]]"]\n---\nMy supervisor ran over the hour again, talking about her house move.\n',
    };
    const engine = engineWith(files);
    const flag = engine.flags().find((f) => f.dynamic === 'boundary-issues')!;
    const { root } = mountPanel(engine);
    expand(root, flag.id);
    const marked = [...card(root, flag.id)!.querySelectorAll('.search-result-file-matched-text')].map((m) => m.textContent);
    expect(marked).toEqual(['run over', 'ran over']);
  });

  it('renders a page of flags at a time', () => {
    const engine = demoEngine();
    const template = engine.flags()[0];
    const copies = Array.from({ length: 1000 }, (_, i) => ({ ...template, id: `f${i}`, score: 1 - i / 1000 }));
    // One supervision's thousand flags: its strongest three, and the rest a click away.
    const few = mountPanel(engine, (h) => (h.flags = copies)).root;
    expect(cards(few)).toHaveLength(3);
    expect(few.querySelector('.pp-more-of button')?.textContent).toBe('Show 997 more from 2026-02-24 Supervision');
    const { root } = mountPanel(engine, (h) => {
      h.flags = copies;
      h.practice = { ...DEFAULT_PRACTICE, flagsPerSupervision: 0 };
    });
    expect(cards(root)).toHaveLength(50);
    button(root, 'Show 50 more (950 not shown)').click();
    expect(cards(root)).toHaveLength(100);
    expect(cards(root)[99].dataset.flagId).toBe('f99');
  });

  it('makes every control a labelled button, input, select, summary or focusable link, with icons and tooltips in the header', () => {
    const { root } = mountPanel(demoEngine(), (h) => (h.activePath = SESSION));
    for (const c of cards(root)) c.querySelector<HTMLElement>('.pp-flag-self')!.click();
    press(root.querySelector('.pp-relationships .tree-item-self')!);
    showFilters(root);
    const custom = root.querySelectorAll('[role="button"], [role="link"]');
    expect(custom.length).toBeGreaterThan(40);
    for (const el of custom) {
      expect(el.getAttribute('tabindex')).toBe('0');
      expect(el.getAttribute('aria-label') ?? el.textContent).toBeTruthy();
    }
    for (const el of root.querySelectorAll('button')) expect(el.getAttribute('type')).toBe('button');
    for (const el of root.querySelectorAll('input, select')) expect(el.getAttribute('aria-label') ?? el.closest('label')?.textContent).toBeTruthy();
    for (const icon of root.querySelectorAll('.nav-header .clickable-icon')) {
      expect(icon.querySelector('svg.svg-icon')).not.toBeNull();
      expect(icon.getAttribute('title')).toBe(icon.getAttribute('aria-label'));
    }
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    // Sentence case: no label written in capitals.
    expect(root.textContent).not.toMatch(/\b[A-Z]{4,}\b/);
  });
});
