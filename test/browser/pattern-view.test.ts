import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureVault } from '../helpers/engine';
import { buildViewPage, CHROMIUM, launchChromium } from './page/build-page.mjs';
import { measureContrast, measureLayout, type ContrastResult } from './page/measure';

const DEMO = readFixtureVault('examples/demo-vault');
/** The demo vault with one session note whose properties have a mistake, as happens. */
const WITH_BROKEN_NOTE = {
  ...DEMO,
  'Sessions/C-021/2026-03-05 C-021.md': '---\ntype: session\nclient: "[[C-021]]\ndate: 2026-03-05\n---\nShort check-in; Jordan wants to look at the restructure again next time.\n',
};
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
/** A caller's name and number, as they get into session notes and reflections. */
const SISTER = 'Her sister Jane Whitfield rang from 07700 900 461 to cancel.\n';
const REFLECTION = 'Reflections/2026-02-15 Reflection.md';
/** The broken note's vault with identifying details in a session and the private reflection, for the privacy check. */
const WITH_DETAILS = { ...WITH_BROKEN_NOTE, [SESSION]: DEMO[SESSION] + SISTER, [REFLECTION]: DEMO[REFLECTION] + SISTER };
const ARTIFACTS = 'test-artifacts';
const WIDTHS = [320, 420] as const;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const missing = !existsSync(CHROMIUM);

if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install it (.ci/run runs apt-get install -y chromium).`);
if (missing) console.warn(`Browser tests skipped: ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);

/** The three states a practitioner meets most: a session note open, nothing open, names masked. */
const STATES = {
  /** A session note open, its strongest flag expanded with its timeline, and the neighbourhood shown. */
  session: async (page: Page) => {
    await start(page, DEMO, SESSION);
    await page.locator('.pp-context .pp-flag-self').first().click();
    await page.locator('.pp-relationships .tree-item-self').click();
  },
  /** No note open: the list as it first appears, and the notes to check opened: the privacy check's findings and a broken note. */
  'no-note': async (page: Page) => {
    await start(page, WITH_DETAILS, undefined, true);
    await page.locator('.pp-diagnostics .tree-item-self').click();
  },
  /** Screen-sharing: names masked, a session note open, its strongest flag expanded. */
  masked: async (page: Page) => {
    await start(page, DEMO, SESSION);
    await page.locator('[data-pp-focus="mask"]').click();
    await page.locator('.pp-context .pp-flag-self').first().click();
  },
};
type State = keyof typeof STATES;

async function start(page: Page, files: Record<string, string>, activePath?: string, checkPrivacy = false): Promise<void> {
  await page.evaluate((options) => window.parallelProcessPage.start(options), { files, today: '2026-03-10', activePath, checkPrivacy });
}

/** The page's height once it has stayed the same over several frames. */
async function settledHeight(page: Page): Promise<number> {
  let last = -1;
  for (let round = 0; round < 50; round++) {
    const height = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(document.documentElement.scrollHeight), 50)))),
    );
    if (height === last) return height;
    last = height;
  }
  return last;
}

/** Width and height of a PNG, from its header. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(missing)(`the pattern view in headless Chromium${missing ? ` (skipped: ${CHROMIUM} not found; apt-get install -y chromium)` : ''}`, () => {
  let browser: Browser;
  const pages: Record<Theme, string> = { light: '', dark: '' };
  /** Every request any page makes, and every uncaught error: the view must have none. */
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const launched = await launchChromium();
    if (!launched.browser) throw new Error(launched.reason);
    browser = launched.browser;
    pages.light = await buildViewPage('light');
    pages.dark = await buildViewPage('dark');
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** A page in its own context (as axe-core asks), at the sidebar's width. */
  async function open(theme: Theme = 'light', width = 320): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(pages[theme]);
    return page;
  }

  const opened = (page: Page): Promise<[string, number | undefined][]> => page.evaluate(() => window.parallelProcessPage.host()!.opened);

  it('captures the whole view at 320 and 420 px, light and dark, in three states; nothing clips, overlaps or breaks inside a code', async () => {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        for (const state of Object.keys(STATES) as State[]) {
          const page = await open(theme, width);
          await STATES[state](page);
          const where = `${state} at ${width} px, ${theme}`;
          const { problems, fontSizes, overflow } = await page.evaluate(measureLayout);
          expect(problems, where).toEqual([]);
          expect(overflow, `${where}: wider than the sidebar`).toBeLessThanOrEqual(0);
          if (state !== 'no-note') expect(Math.min(...fontSizes), where).toBeGreaterThanOrEqual(11);
          // The header is one row of icon buttons, whatever the width.
          expect(await page.locator('.nav-buttons-container').evaluate((el) => el.getBoundingClientRect().height), where).toBeLessThan(40);
          expect(await page.locator('[style]').count()).toBe(0);
          const path = `${ARTIFACTS}/pattern-view-${state}-${width}-${theme}.png`;
          // From the top, with the pointer off the view, as the sidebar looks when opened.
          await page.mouse.move(width - 1, 799);
          await page.evaluate(() => window.scrollTo(0, 0));
          // The view draws again when what it reads arrives (the privacy check's findings, the hours):
          // on a loaded machine that can come after the state's own drawing, so wait for the height to hold.
          const height = await settledHeight(page);
          await page.screenshot({ path, fullPage: true });
          // The whole view, not the viewport: the screenshot is as tall as the page.
          expect(pngSize(path), where).toEqual({ width, height });
          if (state !== 'no-note') expect(height, where).toBeGreaterThan(800);
          await page.close();
        }
      }
    }
  }, 300_000);

  it('lays its figures out again when the sidebar is resized, text staying at 11 px', async () => {
    const page = await open('light', 420);
    await STATES.session(page);
    const widths = (): Promise<number[]> => page.locator('svg.pp-diagram, svg.pp-timeline-svg').evaluateAll((svgs) => svgs.map((s) => Number(s.getAttribute('width'))));
    const wide = await widths();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.evaluate(() => window.parallelProcessPage.host()!.panel.resize());
    const narrow = await widths();
    expect(narrow).toHaveLength(2);
    for (let i = 0; i < 2; i++) expect(narrow[i]).toBe(wide[i] - 100);
    const { problems, fontSizes, overflow } = await page.evaluate(measureLayout);
    expect(problems).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(Math.min(...fontSizes)).toBe(11);
    await page.close();
  });

  it('passes axe-core in every state, light and dark, with no serious or critical violation', async () => {
    const found: Record<string, string[]> = {};
    for (const theme of THEMES) {
      for (const state of Object.keys(STATES) as State[]) {
        const page = await open(theme, 320);
        await STATES[state](page);
        const results = await new AxeBuilder({ page }).include('.view-content').analyze();
        const where = `${state}, ${theme}`;
        found[where] = results.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length})`);
        const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          where,
        ).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
        await page.close();
      }
    }
    writeFileSync(`${ARTIFACTS}/axe.json`, JSON.stringify(found, null, 2));
  }, 300_000);

  it('keeps text at 4.5:1 and every other mark at 3:1 against what is behind it, in both themes', async () => {
    const report: Record<string, ContrastResult[]> = {};
    for (const theme of THEMES) {
      const results: ContrastResult[] = [];
      for (const state of ['session', 'masked'] as const) {
        const page = await open(theme, 420);
        await STATES[state](page);
        // Every flag shown and open, so that marks of every role are drawn.
        const more = page.locator('.pp-more-of button');
        while ((await more.count()) > 0) await more.first().click();
        const collapsed = page.locator('.pp-flag.is-collapsed > .pp-flag-self');
        while ((await collapsed.count()) > 0) await collapsed.first().click();
        expect(await page.locator('.pp-shape.is-client').count()).toBeGreaterThan(0);
        expect(await page.locator('.pp-shape.is-other').count()).toBeGreaterThan(0);
        results.push(...(await page.evaluate(measureContrast)));
        await page.close();
      }
      const merged = new Map<string, ContrastResult>();
      for (const r of results) {
        const m = merged.get(r.category);
        if (!m || r.min < m.min) merged.set(r.category, { ...r, count: r.count + (m?.count ?? 0) });
        else m.count += r.count;
      }
      report[theme] = [...merged.values()];
      for (const r of merged.values()) {
        const needed = r.category.startsWith('text') ? 4.5 : 3;
        expect(r.min, `${theme}: ${r.category}, worst ${r.worst}`).toBeGreaterThanOrEqual(needed);
      }
      expect([...merged.keys()].sort(), `${theme}: ${[...merged.keys()].sort().join(', ')}`).toEqual([
        'collapse caret',
        'diagram box border',
        'diagram edge',
        'header icon',
        'strength pip, empty ring',
        'strength pip, filled',
        'text',
        'text in figures',
        'timeline axis and window edges',
        'timeline mark',
        'timeline ring',
      ]);
    }
    writeFileSync(`${ARTIFACTS}/contrast.json`, JSON.stringify(report, null, 2));
  }, 120_000);

  it('opens a note at its line from a timeline mark, by mouse and by keyboard', async () => {
    const page = await open('light', 320);
    await STATES.session(page);
    const marks = page.locator('.pp-context .pp-flag').first().locator('.pp-tl-mark');
    expect(await marks.count()).toBe(3);
    // The supervisor's mark in the supervision note: a real click on the drawn diamond.
    const supervisor = marks.and(page.locator('.is-supervisor'));
    await supervisor.click();
    const [[path, line]] = await opened(page);
    expect(path).toBe('Supervision/2026-02-24 Supervision.md');
    expect(DEMO[path].split('\n')[line! - 1]).toBe('supervisor_dynamics: [rescuing]');
    // From the keyboard: Tab from the flag's title to its first mark, whose ring shows; Enter opens the session at its line.
    await page.locator('.pp-context .pp-flag-self').first().focus();
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('pp-tl-mark'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Open 2026-02-03 C-014 at line 10: rescuing, you (open now)');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.pp-focus-ring')!).stroke)).not.toBe('none');
    await page.keyboard.press('Enter');
    const [, [sessionPath, sessionLine]] = await opened(page);
    expect(sessionPath).toBe(SESSION);
    expect(DEMO[SESSION].split('\n')[sessionLine! - 1]).toBe('practitioner_dynamics: [rescuing]');
    await page.close();
  });

  it('works from the keyboard alone, with a visible focus ring, through the header, a flag, its timeline and its evidence', async () => {
    const page = await open('light', 320);
    await start(page, DEMO, SESSION);
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement!;
        return el.getAttribute('data-pp-focus') ?? el.getAttribute('aria-label') ?? el.textContent ?? el.tagName;
      });
    const seen: string[] = [];
    for (let i = 0; i < 20 && !seen.some((s) => s.endsWith(':toggle')); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toEqual(['filters', 'mask', 'rescan', 'collapse-all', 'help', expect.stringMatching(/:toggle$/)]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    const toggle = page.locator(`[data-pp-focus="${seen[seen.length - 1]}"]`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe(seen[seen.length - 1]);
    const stops: string[] = [];
    for (let i = 0; i < 30 && !stops.some((s) => /:evidence:0$/.test(s)); i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops.some((s) => s.includes(':mark:'))).toBe(true);
    expect(stops.at(-1)).toMatch(/:evidence:0$/);
    // An evidence row is a link: Enter opens it; Space scrolls the sidebar, as it does on a link.
    await page.keyboard.press('Space');
    expect(await opened(page)).toHaveLength(0);
    await page.keyboard.press('Enter');
    expect(await opened(page)).toHaveLength(1);

    // The filter button opens the filters with the cursor in the search box.
    await page.locator('[data-pp-focus="filters"]').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('search');
    await page.close();
  });

  it('lists the privacy check’s findings under Notes to check, each line reached and opened from the keyboard, without the details', async () => {
    const page = await open('light', 320);
    await start(page, WITH_DETAILS, undefined, true);
    const toggle = page.locator('[data-pp-focus="diagnostics"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pp-finding-row').count()).toBeGreaterThan(0);
    const section = page.locator('.pp-diagnostics');
    expect(await section.textContent()).not.toContain('Whitfield');
    expect(await section.textContent()).not.toContain('07700');
    // Both notes, the private reflection too: the practitioner's own view.
    expect(await page.locator('.pp-finding-note .pp-note-name').allTextContents()).toEqual(['2026-02-15 Reflection', '2026-02-03 C-014']);
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-pp-focus') ?? null);
    const stops: (string | null)[] = [];
    for (let i = 0; i < 12 && !(stops.at(-1) ?? '').startsWith(`finding:${SESSION}:`); i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops).toContain(`finding-note:${REFLECTION}`);
    expect(stops).toContain(`finding-note:${SESSION}`);
    const row = stops.at(-1)!;
    expect(row).toMatch(new RegExp(`^finding:${SESSION}:\\d+:person-name$`));
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toMatch(/^Open 2026-02-03 C-014 at line \d+: full name of a person$/);
    await page.keyboard.press('Enter');
    const [[path, line]] = await opened(page);
    expect(path).toBe(SESSION);
    expect(WITH_DETAILS[SESSION].split('\n')[line! - 1]).toBe(SISTER.trimEnd());
    await page.close();
  });

  it('dismisses with a normal button, not a red one, sees the flag leave, and undoes', async () => {
    const page = await open('dark', 320);
    await start(page, DEMO);
    const before = await page.locator('.pp-flag').count();
    const second = page.locator('.pp-flag').nth(1);
    const id = await second.getAttribute('data-flag-id');
    await second.locator('.pp-flag-self').click();
    const look = (name: string) => second.getByRole('button', { name }).evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(await look('Dismiss')).toEqual(await look('Acknowledge'));
    await second.locator('.pp-reason').fill('Already explored with Ann');
    await second.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.pp-flag').count()).toBe(before - 1);
    expect(await page.locator(`.pp-flag[data-flag-id="${id}"]`).count()).toBe(0);
    expect(await page.locator('.pp-undo').textContent()).toBe('Flag dismissed.Undo');
    expect(await page.evaluate((flagId) => window.parallelProcessPage.host()!.reviews[flagId!]?.reason, id)).toBe('Already explored with Ann');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.pp-flag').count()).toBe(before);
    await page.close();
  });

  it('follows the theme through Obsidian’s variables', async () => {
    const backgrounds: string[] = [];
    for (const theme of THEMES) {
      const page = await open(theme, 320);
      await STATES.session(page);
      backgrounds.push(await page.locator('.search-result-file-matches').first().evaluate((el) => getComputedStyle(el).backgroundColor));
      await page.close();
    }
    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(30, 30, 30)']);
  });

  it('shows hostile note text as text, without running it', async () => {
    const payload = '<img src=x onerror="window.hacked=1">';
    let dialogs = 0;
    const page = await open('dark', 320);
    await start(page, {
      'Clients/K-1.md': `---\ntype: client\ncode: K-1\naliases: ['${payload}']\n---\n`,
      'Sessions/2026-02-02 K-1.md': `---\ntype: session\nclient: "[[K-1]]"\ndate: 2026-02-02\ndynamics: [rescuing]\n---\nThe client wanted me to take over. ${payload}\n`,
      'Supervision/2026-02-10 Supervision.md': `---\ntype: supervision\ndate: 2026-02-10\ncases: ["[[K-1]]"]\ndynamics: [rescuing]\n---\nMy supervisor rescued me again. ${payload}\n`,
    });
    page.on('dialog', () => dialogs++);
    await page.locator('.pp-flag-self').first().click();
    expect(await page.locator('.view-content img').count()).toBe(0);
    expect(await page.locator('.pp-flag-title').first().textContent()).toContain(payload);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.close();
  });
});
