// npm run fuzz [-- --inputs N --seed S]: bundle the fuzzer (test/fuzz/main.ts) and run it in Node.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { yamlData } from './yaml-data-plugin.mjs';

await build({ entryPoints: ['test/fuzz/main.ts'], outfile: '.fuzz/fuzz.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [yamlData], logLevel: 'warning' });
const run = spawnSync(process.execPath, ['.fuzz/fuzz.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
