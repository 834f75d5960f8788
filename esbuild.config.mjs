import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { asciiOnly } from './scripts/ascii-only-plugin.mjs';
import { noLookbehind } from './scripts/no-lookbehind-plugin.mjs';
import { yamlData } from './scripts/yaml-data-plugin.mjs';

const production = process.argv.includes('--production');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// dist/ holds exactly what a release attaches (main.js, manifest.json, styles.css); the command line,
// which is no part of the plugin, is built into dist-cli/.
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

// The plugin bundle runs on desktop and mobile: CommonJS, obsidian external, and no Node built-in may
// sneak in (platform neutral makes esbuild fail on one instead of shimming it).
await build({
  entryPoints: ['src/obsidian/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  format: 'cjs',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['import', 'default'],
  target: 'es2020',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  plugins: [yamlData, noLookbehind, asciiOnly],
  logLevel: 'warning',
});

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/parallel-process.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  external: builtinModules.flatMap((m) => [m, `node:${m}`]),
  plugins: [yamlData, asciiOnly],
  logLevel: 'warning',
});

const css = readdirSync('styles').filter((f) => f.endsWith('.css')).sort().map((f) => readFileSync(`styles/${f}`, 'utf8'));
writeFileSync('dist/styles.css', css.join('\n'));
copyFileSync('manifest.json', 'dist/manifest.json');
