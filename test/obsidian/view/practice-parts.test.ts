import { describe, expect, it, vi } from 'vitest';
import { reviewOf } from '../../../src/core/review/flag-review';
import { DEFAULT_PRACTICE, practiceData, type PracticeMemo } from '../../../src/obsidian/view/practice-data';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';
import { button, card, cards, choose, control, mountPanel, press, showFilters } from '../helpers/panel';

const DEMO = readFixtureVault('examples/demo-vault');
const PRACTICE = readFixtureVault('test/fixtures/vaults/practice');
const SUPERVISOR = readFixtureVault('test/fixtures/vaults/supervisor-vault');
const text = (el: Element | null | undefined): string => el?.textContent ?? '';
/** The hours section's row, which opens and closes it. */
const hoursRow = (root: HTMLElement): HTMLElement => root.querySelector<HTMLElement>('.pp-hours > [data-pp-focus="hours"]')!;

/** Twelve clients, each with a session and the supervision that took it up: twelve mirrors, and a pattern. */
function busyPractice(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) {
    const code = `K-${String(i).padStart(2, '0')}`;
    files[`Sessions/2026-02-${String(i + 1).padStart(2, '0')} ${code}.md`] = noteText(`type: session\nclient: "[[${code}]]"\ndate: 2026-02-${String(i + 1).padStart(2, '0')}\npractitioner_dynamics: [rescuing]`, '');
    files[`Supervision/2026-02-${String(i + 14).padStart(2, '0')} ${code}.md`] = noteText(`type: supervision\ndate: 2026-02-${String(i + 14).padStart(2, '0')}\ncases: ["[[${code}]]"]\nsupervisor_dynamics: [rescuing]`, '');
  }
  return files;
}

describe('a few flags per supervision', () => {
  it('shows the strongest three of a supervision, then the rest from a button after them, with focus on the first of those', () => {
    const engine = engineWith(DEMO);
    const { root } = mountPanel(engine);
    const of = (path: string) => [...engine.flags()].filter((f) => f.supervision === path).sort((a, b) => b.score - a.score);
    const february = of('Supervision/2026-02-24 Supervision.md');
    expect(february).toHaveLength(4);
    expect(card(root, february[3].id)).toBeUndefined();
    const more = button(root, 'Show 1 more from 2026-02-24 Supervision');
    expect(more.getAttribute('aria-label')).toBe('Show 1 more flag from 2026-02-24 Supervision');
    // The button comes right after the supervision's last flag shown, in the same list.
    expect(more.closest('[role="listitem"]')?.previousElementSibling).toBe(card(root, february[2].id));
    more.click();
    expect(card(root, february[3].id)).toBeDefined();
    expect(document.activeElement).toBe(card(root, february[3].id)!.querySelector('.pp-flag-self'));
    // Collapse all goes back to the few.
    control(root, 'Collapse all').click();
    expect(card(root, february[3].id)).toBeUndefined();
  });

  it('shows every flag that matches while filtering, and every flag when the setting is 0', () => {
    const engine = engineWith(DEMO);
    const { root } = mountPanel(engine);
    showFilters(root);
    choose(root, 'Client', 'Clients/C-014.md');
    const c014 = engine.flags().filter((f) => f.client === 'Clients/C-014.md');
    expect(cards(root)).toHaveLength(c014.length);
    expect(root.querySelector('.pp-more-of')).toBeNull();
    const all = mountPanel(engine, (h) => (h.practice = { ...DEFAULT_PRACTICE, flagsPerSupervision: 0 })).root;
    expect(cards(all)).toHaveLength(engine.flags().length);
  });
});

describe('the suggestion to pause', () => {
  it('appears, in plain words, when many flags are open at once, and offers to prepare supervision', () => {
    const engine = engineWith(busyPractice());
    // A mirror per supervision, and the same stance with many clients as a pattern.
    expect(engine.flags()).toHaveLength(13);
    const { root, host } = mountPanel(engine);
    const notice = root.querySelector('.pp-pause-region')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    expect(text(notice)).toContain('Quite a few questions are open at once.');
    expect(text(notice)).toContain('choose one to take to your next supervision');
    button(root, 'Prepare for supervision').click();
    expect(host.ran).toEqual(['prepare-supervision']);
  });

  it('is not there for a few open flags, nor while filters narrow nothing', () => {
    const { root } = mountPanel(engineWith(DEMO));
    expect(text(root.querySelector('.pp-pause-region'))).toBe('');
  });

  it('appears after five flags are acknowledged within the hour, through the panel', () => {
    const engine = engineWith(busyPractice());
    const { root, host } = mountPanel(engine, (h) => {
      // Seven already settled long ago: five left open, so "many open" does not apply.
      for (const flag of engine.flags().slice(0, 7)) h.reviews[flag.id] = reviewOf(flag, 'dismissed', '', new Date('2026-01-01T10:00:00Z'));
    });
    expect(text(root.querySelector('.pp-pause-region'))).toBe('');
    for (let i = 0; i < 5; i++) {
      const first = cards(root)[0];
      first.querySelector<HTMLElement>('.pp-flag-self')!.click();
      button(cards(root)[0], 'Acknowledge').click();
    }
    expect(Object.values(host.reviews).filter((r) => r.status === 'acknowledged')).toHaveLength(5);
    expect(text(root.querySelector('.pp-pause-region'))).toContain('You have acknowledged several flags within the last hour.');
  });

  it('is dismissed for the session: it stays away after a redraw and in a new panel on the same host', () => {
    const engine = engineWith(busyPractice());
    const { root, host, panel } = mountPanel(engine);
    const notNow = button(root, 'Not now');
    expect(notNow.getAttribute('aria-label')).toBe('Not now: hide this suggestion until Obsidian is closed');
    notNow.click();
    expect(text(root.querySelector('.pp-pause-region'))).toBe('');
    expect(host.session.pauseDismissed).toBe(true);
    panel.render();
    expect(root.querySelector('.pp-pause')).toBeNull();
    // Focus does not fall out of the view: it goes to the header's help button.
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe('help');
  });

  it("speaks to a supervisor in a supervisor's vault", () => {
    const files = Object.fromEntries(Object.entries(busyPractice()).map(([p, t]) => [p, t.replace('type: supervision', 'type: supervision\nauthor: supervisor')]));
    const { root } = mountPanel(engineWith(files));
    expect(text(root.querySelector('.pp-pause-region'))).toContain('choose one to explore, with the supervisee or in your own supervision');
  });
});

describe('"What is parallel process?"', () => {
  it('opens from the header as a section under it, with focus on its title, and closes again', () => {
    const { root } = mountPanel(engineWith(DEMO));
    const help = control(root, 'What is parallel process?');
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(help.getAttribute('title')).toBe('What is parallel process?');
    press(help);
    const section = root.querySelector<HTMLElement>('.pp-explainer')!;
    expect(section.getAttribute('role')).toBe('region');
    expect(control(root, 'What is parallel process?').getAttribute('aria-expanded')).toBe('true');
    expect(control(root, 'What is parallel process?').getAttribute('aria-controls')).toBe(section.id);
    expect(document.activeElement?.textContent).toBe('What is parallel process?');
    expect(section.textContent).toContain('from your sessions into supervision (upward)');
    expect(section.textContent).toContain('You do not need to answer every flag.');
    // It sits between the header and the flags.
    expect(root.querySelector('.pp-header')!.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(section.compareDocumentPosition(cards(root)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    button(root, 'Close').click();
    expect(root.querySelector('.pp-explainer')).toBeNull();
    expect(document.activeElement?.getAttribute('data-pp-focus')).toBe('help');
  });

  it('opens from the empty state, for someone just starting', () => {
    const { root } = mountPanel(engineWith({ 'Clients/C-1.md': '---\ntype: client\ncode: C-1\n---\n' }));
    expect(cards(root)).toHaveLength(0);
    button(root.querySelector('.pp-guide')!, 'What is parallel process?').click();
    expect(root.querySelector('.pp-explainer')).not.toBeNull();
  });
});

describe('the hours', () => {
  it('are a collapsed section that says on its row when a month ended below the minimum', () => {
    const { root } = mountPanel(engineWith(PRACTICE), (h) => (h.today = '2026-04-02'));
    const row = hoursRow(root);
    expect(row.getAttribute('aria-expanded')).toBe('false');
    expect(text(row.querySelector('.pp-below'))).toBe('1 month below');
    expect(row.querySelector('.pp-below-icon svg.lucide-alert-triangle')).not.toBeNull();
    expect(root.querySelector('.pp-hours-table')).toBeNull();
  });

  it('say how many session notes are not counted because their properties could not be read', () => {
    const broken = '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-20\nthemes: [loss\n---\nText.\n';
    const { root } = mountPanel(engineWith({ ...PRACTICE, 'Sessions/C-021/2026-03-20 C-021.md': broken }), (h) => (h.today = '2026-04-02'));
    press(hoursRow(root));
    expect(text(root.querySelector('.pp-hours-body'))).toContain('1 session or supervision note not counted: its properties could not be read. The full report lists it.');
  });

  it("show this month's and the year's hours, the sessions counted at the default, and each month's supervision, the one below marked in words", () => {
    const { root, host } = mountPanel(engineWith(PRACTICE), (h) => (h.today = '2026-04-02'));
    press(hoursRow(root));
    const table = root.querySelector('.pp-hours-table')!;
    const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['', 'Apr so far', '2026'],
      ['Client contact hours', '0', '9.17'],
      ['Sessions', '0', '9'],
      ['Supervision hours', '0', '4'],
    ]);
    expect(text(root.querySelector('.pp-hours-body'))).toContain('2 sessions this year counted at 50 minutes, the default length: no duration in the note, or one that could not be read.');
    expect(text(root.querySelector('.pp-hours-body'))).toContain('1 duration could not be read; the full report lists it.');
    const months = [...root.querySelectorAll('.pp-hours-month')].map((li) => li.textContent);
    expect(months).toEqual(['Jan2.5 h', 'Feb1.5 h', 'Mar0 hbelow the minimum', 'Apr so far0 h']);
    const march = root.querySelectorAll('.pp-hours-month')[2];
    expect(march.classList.contains('is-below')).toBe(true);
    expect(march.querySelector('svg.lucide-alert-triangle')).not.toBeNull();
    button(root, 'Open the full hours report').click();
    expect(host.ran).toEqual(['hours-report']);
  });

  it('use the default length and the minimum of the settings', () => {
    const { root } = mountPanel(engineWith(PRACTICE), (h) => {
      h.today = '2026-04-02';
      h.practice = { ...DEFAULT_PRACTICE, defaultSessionMinutes: 60, minimumSupervisionHours: 2 };
    });
    expect(text(hoursRow(root).querySelector('.pp-below'))).toBe('2 months below');
    press(hoursRow(root));
    expect(text(root.querySelector('.pp-hours-body'))).toContain('counted at 60 minutes');
    expect(text(root.querySelector('.pp-hours-body .pp-subheading'))).toBe('Supervision each month (minimum 2 h)');
  });

  it("in a supervisor's vault, show their own supervision and the supervision they gave apart", () => {
    const { root } = mountPanel(engineWith(SUPERVISOR), (h) => (h.today = '2026-06-30'));
    press(hoursRow(root));
    const rows = [...root.querySelectorAll('.pp-hours-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['Your own supervision hours', '1.5', '1.5']);
    expect(rows).toContainEqual(['Supervision given hours', '3', '3']);
    expect(rows).toContainEqual(['Sessions', '0', '0']);
  });
});

describe("a supervisor's vault", () => {
  it('groups the flags by supervisee, under their names, and says why', () => {
    const engine = engineWith(SUPERVISOR);
    const { root } = mountPanel(engine, (h) => (h.today = '2026-06-30'));
    const titles = [...root.querySelectorAll('.pp-group-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Ben Ortiz · 1 flag', 'Clare Wu · 1 flag', 'Dev Patel · 1 flag']);
    for (const title of root.querySelectorAll('.pp-group-title')) {
      expect(title.getAttribute('role')).toBe('heading');
      const list = title.nextElementSibling!;
      expect(list.getAttribute('role')).toBe('list');
      expect(list.getAttribute('aria-label')).toBe(`Flags: ${title.firstChild!.textContent}`);
    }
    expect(text(root.querySelector('.pp-group-why'))).toBe(
      'Grouped by supervisee: 3 of this vault\'s 4 supervision notes were written by you as supervisor. Change it under Whose notes these are in the settings.',
    );
    const clare = [...root.querySelectorAll('.pp-group-title')][1].nextElementSibling!;
    (clare.querySelector('.pp-flag-self') as HTMLElement).click();
    expect(text(root.querySelector('.pp-question'))).toBe('Is the rescuing Clare Wu described with C-01 showing up in how you met Clare Wu?');
    // Its evidence is named from the supervisor's chair: their own sentence is "you", Clare's session hers.
    const tagsOf = (start: string): string[] => {
      const row = [...root.querySelectorAll('.pp-evidence-row')].find((r) => text(r.querySelector('.pp-snippet')).startsWith(start))!;
      return [...row.querySelectorAll('.pp-tag:not(.pp-line)')].map((t) => t.textContent ?? '');
    };
    expect(tagsOf('She was stuck on the housing question')[0]).toBe('you');
    expect(tagsOf('Summary Clare shared')[0]).toBe('supervisee');
    // So does its timeline, in its legend and in the list a screen reader reads.
    expect([...root.querySelectorAll('.pp-legend-item')].map((i) => i.textContent)).toEqual(expect.arrayContaining(['you', 'supervisee']));
    expect(text(root.querySelector('.pp-timeline ol'))).toMatch(/supervision .*: shows in you \(line \d+\)/);
  });

  it('follows the setting either way, and says so', () => {
    const set = mountPanel(engineWith(PRACTICE), (h) => (h.practice = { ...DEFAULT_PRACTICE, vaultRole: 'supervisor' })).root;
    expect(text(set.querySelector('.pp-group-why'))).toBe("Grouped by supervisee: the settings say this is a supervisor's vault.");
    const off = mountPanel(engineWith(SUPERVISOR), (h) => (h.practice = { ...DEFAULT_PRACTICE, vaultRole: 'practitioner' })).root;
    expect(off.querySelector('.pp-group-title')).toBeNull();
    expect(cards(off)).toHaveLength(3);
  });
});

describe("the practice parts' data", () => {
  it('reads every note once for whose vault it is and the hours, until the host empties its memo or the day changes', () => {
    const engine = engineWith(PRACTICE);
    const notes = vi.spyOn(engine.graph, 'allNotes');
    const memo: PracticeMemo = {};
    const first = practiceData(engine, DEFAULT_PRACTICE, engine.flags(), '2026-04-02', memo);
    expect(first.hours().belowMinimum.map((m) => m.month)).toEqual(['2026-03']);
    const reads = notes.mock.calls.length;
    expect(reads).toBe(2);
    const again = practiceData(engine, DEFAULT_PRACTICE, engine.flags(), '2026-04-02', memo);
    expect(again.hours()).toBe(first.hours());
    expect(notes.mock.calls.length).toBe(reads);
    // The next day, the hours are counted again; whose vault it is, not.
    practiceData(engine, DEFAULT_PRACTICE, engine.flags(), '2026-04-03', memo).hours();
    expect(notes.mock.calls.length).toBe(reads + 1);
  });
});
