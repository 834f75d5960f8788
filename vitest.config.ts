import { defineConfig } from 'vitest/config';
import { yamlDataVite } from './scripts/yaml-data-plugin.mjs';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        // The core, the command line and the release files: plain Node.
        plugins: [yamlDataVite],
        test: { name: 'core', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/release/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // The view's bundle in headless Chromium (Debian's), driven by playwright-core.
        plugins: [yamlDataVite],
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // The plugin against obsidian-test-mocks, in a DOM.
        plugins: [yamlDataVite],
        resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
        test: {
          name: 'plugin',
          include: ['test/obsidian/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['obsidian-test-mocks/vitest-setup', 'test/obsidian/helpers/indexeddb.ts'],
        },
      },
    ],
  },
});
