import { defineConfig } from 'vitest/config';
import { yamlDataVite } from './scripts/yaml-data-plugin.mjs';

/**
 * Timeouts catch a hang, not a slow machine: the suite must pass on a 2-core machine that other
 * work keeps busy, where a test can take three or four times as long as on an idle one. Projects do
 * not inherit the root's `test` options, so each names its own.
 */
const NODE_TIMEOUTS = { testTimeout: 60_000, hookTimeout: 60_000 };
const BROWSER_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      {
        // The core, the command line and the release files: plain Node.
        plugins: [yamlDataVite],
        test: { name: 'core', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/release/**/*.test.ts'], environment: 'node', setupFiles: ['test/helpers/evidence-equality.ts'], ...NODE_TIMEOUTS },
      },
      {
        // The view's bundle in headless Chromium (Debian's), driven by playwright-core.
        plugins: [yamlDataVite],
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', ...BROWSER_TIMEOUTS },
      },
      {
        // The plugin against obsidian-test-mocks, in a DOM.
        plugins: [yamlDataVite],
        resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
        test: {
          name: 'plugin',
          include: ['test/obsidian/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['obsidian-test-mocks/vitest-setup', 'test/obsidian/helpers/indexeddb.ts', 'test/helpers/evidence-equality.ts'],
          ...NODE_TIMEOUTS,
        },
      },
    ],
  },
});
