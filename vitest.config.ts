import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        // The core and the command line: plain Node.
        test: { name: 'core', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'], environment: 'node' },
      },
      {
        // The view's bundle in headless Chromium (Debian's), driven by playwright-core.
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // The plugin against obsidian-test-mocks, in a DOM.
        resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
        test: {
          name: 'plugin',
          include: ['test/obsidian/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['obsidian-test-mocks/vitest-setup'],
        },
      },
    ],
  },
});
