import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureVault } from '../helpers/engine';
import { buildViewPage, CHROMIUM, launchChromium } from './page/build-page.mjs';

const DEMO = readFixtureVault('examples/demo-vault');
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
const ARTIFACTS = 'test-artifacts';
const missing = !existsSync(CHROMIUM);

if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install it (.ci/run runs apt-get install -y chromium).`);
if (missing) console.warn(`Browser tests skipped: ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);

describe.skipIf(missing)(`the pattern view in headless Chromium${missing ? ` (skipped: ${CHROMIUM} not found; apt-get install -y chromium)` : ''}`, () => {
  let browser: Browser;
  const pages: Record<'light' | 'dark', string> = { light: '', dark: '' };
  /** Every request any page makes, and every uncaught error: the view must have none. */
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const launched = await launchChromium();
    if (!launched.browser) throw new Error(launched.reason);
    browser = launched.browser;
    pages.light = await buildViewPage('light');
    pages.dark = await buildViewPage('dark');
  });

  afterAll(async () => {
    await browser?.close();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  async function open(theme: 'light' | 'dark' = 'light', files = DEMO, activePath?: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(pages[theme]);
    await page.evaluate((options) => window.parallelProcessPage.start(options), { files, today: '2026-03-10', activePath });
    return page;
  }

  const opened = (page: Page): Promise<[string, number | undefined][]> => page.evaluate(() => window.parallelProcessPage.host()!.opened);

  it('expands a card and opens a piece of evidence at its line', async () => {
    const page = await open();
    const first = page.locator('.pp-card').first();
    await expect.poll(() => first.locator('.pp-evidence-link').count()).toBe(0);
    await first.locator('.pp-card-header').click();
    expect(await first.locator('.pp-card-header').getAttribute('aria-expanded')).toBe('true');
    const link = first.locator('.pp-evidence-link').nth(1);
    expect(await link.isVisible()).toBe(true);
    const label = (await link.getAttribute('aria-label'))!;
    await link.click();
    const [[path, line]] = await opened(page);
    expect(label).toBe(`Open ${path.replace(/^.*\//, '').replace(/\.md$/, '')} at line ${line}`);
    expect(DEMO[path].split('\n').length).toBeGreaterThanOrEqual(line!);
    await page.close();
  });

  it('dismisses a flag, sees it leave, and undoes', async () => {
    const page = await open();
    const before = await page.locator('.pp-card').count();
    const second = page.locator('.pp-card').nth(1);
    const id = await second.getAttribute('data-flag-id');
    await second.locator('.pp-card-header').click();
    await second.locator('.pp-reason').fill('Already explored with Ann');
    await second.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.pp-card').count()).toBe(before - 1);
    expect(await page.locator(`.pp-card[data-flag-id="${id}"]`).count()).toBe(0);
    expect(await page.locator('.pp-undo').textContent()).toBe('Flag dismissed.Undo');
    expect(await page.evaluate((flagId) => window.parallelProcessPage.host()!.reviews[flagId!]?.reason, id)).toBe('Already explored with Ann');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.pp-card').count()).toBe(before);
    await page.close();
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    const page = await open('light', DEMO, SESSION);
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement!;
        return el.getAttribute('data-pp-focus') ?? el.getAttribute('aria-label') ?? el.textContent ?? el.tagName;
      });
    const seen: string[] = [];
    for (let i = 0; i < 40 && !seen.some((s) => s.endsWith(':toggle')); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    for (const control of ['mask', 'Search flags', 'Kind of flag', 'Client', 'Time range', 'node:People/Ann Lee.md', `node:${SESSION}`]) expect(seen).toContain(control);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    const header = page.locator(`[data-pp-focus="${seen[seen.length - 1]}"]`);
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe(seen[seen.length - 1]);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/:evidence:0$/);
    await page.keyboard.press('Space');
    expect(await opened(page)).toHaveLength(1);

    // Back to a diagram node: Enter opens its note.
    await page.locator(`[data-pp-focus="node:People/Ann Lee.md"]`).focus();
    await page.keyboard.press('Enter');
    expect((await opened(page))[1]?.[0]).toBe('People/Ann Lee.md');
    await page.close();
  });

  it('follows the theme through Obsidian’s variables, in light and dark (screenshots saved)', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(theme, DEMO, SESSION);
      await page.locator('.pp-card-header').first().click();
      backgrounds.push(await page.locator('.pp-card').first().evaluate((el) => getComputedStyle(el).backgroundColor));
      expect(await page.locator('[style]').count()).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}/pattern-view-${theme}.png`, fullPage: true });
      await page.close();
    }
    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(30, 30, 30)']);
    for (const theme of ['light', 'dark']) expect(existsSync(`${ARTIFACTS}/pattern-view-${theme}.png`)).toBe(true);
  });

  it('shows hostile note text as text, without running it', async () => {
    const payload = '<img src=x onerror="window.hacked=1">';
    let dialogs = 0;
    const page = await open('dark', {
      'Clients/K-1.md': `---\ntype: client\ncode: K-1\naliases: ['${payload}']\n---\n`,
      'Sessions/2026-02-02 K-1.md': `---\ntype: session\nclient: "[[K-1]]"\ndate: 2026-02-02\ndynamics: [rescuing]\n---\nThe client wanted me to take over. ${payload}\n`,
      'Supervision/2026-02-10 Supervision.md': `---\ntype: supervision\ndate: 2026-02-10\ncases: ["[[K-1]]"]\ndynamics: [rescuing]\n---\nMy supervisor rescued me again. ${payload}\n`,
    });
    page.on('dialog', () => dialogs++);
    await page.locator('.pp-card-header').first().click();
    expect(await page.locator('.view-content img').count()).toBe(0);
    expect(await page.locator('.pp-card-title').first().textContent()).toContain(payload);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.close();
  });
});
