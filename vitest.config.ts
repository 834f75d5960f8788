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
