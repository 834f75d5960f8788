import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureVault } from '../helpers/engine';
import { buildViewPage, CHROMIUM, launchChromium } from './page/build-page.mjs';
import { measureContrast, measureLayout } from './page/measure';

const DEMO = readFixtureVault('examples/demo-vault');
const ARTIFACTS = 'test-artifacts';
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
/** The sidebar at its narrowest. */
const WIDTH = 320;
const missing = !existsSync(CHROMIUM);

if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install it (.ci/run runs apt-get install -y chromium).`);

describe.skipIf(missing)(`the hours and the pause suggestion in headless Chromium${missing ? ` (skipped: ${CHROMIUM} not found)` : ''}`, () => {
  let browser: Browser;
  const pages: Record<Theme, string> = { light: '', dark: '' };
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

  async function open(theme: Theme): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(pages[theme]);
    // In April, March (no supervision in the demo vault) has ended below the minimum.
    await page.evaluate((files) => window.parallelProcessPage.start({ files, today: '2026-04-10' }), DEMO);
    return page;
  }

  /** Acknowledges five flags one after another, as someone working through the list does. */
  async function acknowledgeFive(page: Page): Promise<void> {
    for (let i = 0; i < 5; i++) {
      const first = page.locator('.pp-flag').first();
      await first.locator('.pp-flag-self').click();
      await first.getByRole('button', { name: 'Acknowledge' }).click();
    }
  }

  it('opens the hours from the keyboard: the month below the minimum marked in words and an icon, the report a button away', async () => {
    const page = await open('light');
    const row = page.locator('.pp-hours > [data-pp-focus="hours"]');
    expect(await row.textContent()).toBe('Hours1 month below');
    await row.focus();
    await page.keyboard.press('Enter');
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('table').getByRole('columnheader').allTextContents()).toEqual(['Apr so far', '2026']);
    const march = page.locator('.pp-hours-month.is-below');
    expect(await march.textContent()).toBe('Mar0 hbelow the minimum');
    // It stands out without colour: the words, an icon, and a heavier weight than the months that met it.
    expect(await march.locator('svg').count()).toBe(1);
    const weight = (selector: string): Promise<number> => page.locator(selector).first().evaluate((el) => Number(getComputedStyle(el).fontWeight));
    expect(await weight('.pp-hours-month.is-below')).toBeGreaterThan(await weight('.pp-hours-month:not(.is-below)'));
    await page.getByRole('button', { name: 'Open the full hours report' }).click();
    expect(await page.evaluate(() => window.parallelProcessPage.host()!.ran)).toEqual(['hours-report']);
    await page.close();
  });

  it('suggests a pause after five quick acknowledgements, announced politely, and lets it go for the session', async () => {
    const page = await open('dark');
    const region = page.getByRole('status').filter({ has: page.locator('.pp-pause') });
    expect(await page.locator('.pp-pause').count()).toBe(0);
    await acknowledgeFive(page);
    expect(await region.count()).toBe(1);
    expect(await page.locator('.pp-pause-region').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.pp-pause').textContent()).toContain('You have acknowledged several flags within the last hour.');
    await page.getByRole('button', { name: 'Prepare for supervision' }).click();
    expect(await page.evaluate(() => window.parallelProcessPage.host()!.ran)).toEqual(['prepare-supervision']);
    await page.getByRole('button', { name: /^Not now/ }).click();
    expect(await page.locator('.pp-pause').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('What is parallel process?');
    await page.close();
  });

  it('passes axe-core and keeps text at 4.5:1 and marks at 3:1 with the pause, the hours and the explanation open, light and dark, at 320 px', async () => {
    for (const theme of THEMES) {
      const page = await open(theme);
      await acknowledgeFive(page);
      await page.locator('.pp-hours > [data-pp-focus="hours"]').click();
      await page.getByRole('button', { name: 'What is parallel process?' }).click();
      expect(await page.locator('.pp-explainer').isVisible()).toBe(true);
      const results = await new AxeBuilder({ page }).include('.view-content').analyze();
      const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);

      const { problems, overflow } = await page.evaluate(measureLayout);
      expect(problems, theme).toEqual([]);
      expect(overflow, `${theme}: wider than the sidebar`).toBeLessThanOrEqual(0);
      for (const r of await page.evaluate(measureContrast)) {
        expect(r.min, `${theme}: ${r.category}, worst ${r.worst}`).toBeGreaterThanOrEqual(r.category.startsWith('text') ? 4.5 : 3);
      }
      expect((await page.evaluate(measureContrast)).map((r) => r.category)).toContain('below-minimum icon');
      await page.screenshot({ path: `${ARTIFACTS}/practice-parts-${WIDTH}-${theme}.png`, fullPage: true });
      await page.close();
    }
  }, 120_000);
});
