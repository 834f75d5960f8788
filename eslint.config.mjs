import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'dist-cli/', 'main.js', 'examples/', 'test-artifacts/', '.bench/', '.fuzz/', '.lexicon/', '.learn/']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bench/*.mjs', 'test/browser/page/*.mjs'],
          // The build, release, fuzz and bench scripts are a dozen small files outside tsconfig: fine to lint one by one.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The command line, build scripts, benchmarks and tests run on Node, never inside Obsidian.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', '*.config.*'],
    languageOptions: { globals: globals.node },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      // Outside Obsidian there is no Vault#configDir to ask; `.obsidian` is the default name.
      'obsidianmd/hardcoded-config-path': 'off',
    },
  },
  {
    // Core code is shared with the command line: no Obsidian API and no Node module.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['obsidian', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is host-agnostic: no Obsidian or Node imports.' }] }],
    },
  },
]);
