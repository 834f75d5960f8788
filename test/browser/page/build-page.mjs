// Builds the page the browser tests and the render benchmark load: the panel bundled for the
// browser, the plugin's real styles.css, and Obsidian-like theme variables. No network involved.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { yamlData } from '../../../scripts/yaml-data-plugin.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (or at nothing, to see the tests skip). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The page as one HTML string, for `page.setContent`; `theme` is 'light' or 'dark'. */
export async function buildViewPage(theme) {
  if (!existsSync('dist/styles.css')) throw new Error('dist/styles.css is missing: run `node esbuild.config.mjs` first (npm test does).');
  const bundle = await build({ entryPoints: [here('./entry.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'chrome120', plugins: [yamlData], logLevel: 'warning' });
  const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parallel Process view</title>',
    `<style>${readFileSync(here('./obsidian-theme.css'), 'utf8')}</style>`,
    `<style>${readFileSync('dist/styles.css', 'utf8')}</style>`,
    `</head><body class="theme-${theme}"><div class="workspace-leaf-content" data-type="parallel-process-view"><div class="view-content parallel-process-view"></div></div>`,
    `<script>${script}</script></body></html>`,
  ].join('\n');
}

/** Launches Debian's Chromium headless, or says why it cannot. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) return { reason: `${CHROMIUM} not found (apt-get install -y chromium)` };
  const { chromium } = await import('playwright-core');
  return { browser: await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }) };
}
