// Checks that a change to the core leaves what users see unchanged: the scan report (flags with
// their ids and evidence, diagnostics, stats) and the relationship graph of several vaults, as
// printed by a built command line.
//
//   node scripts/compare-reports.mjs save DIR [--cli dist-cli/parallel-process.cjs] [VAULT ...]
//   node scripts/compare-reports.mjs check DIR [--cli dist-cli/parallel-process.cjs] [VAULT ...]
//
// `save` writes each vault's documents into DIR; `check` compares the current ones with DIR and
// exits 1 on the first difference, naming the vault, the document and the first differing line.
// Without VAULTs: the demo vault, every fixture vault, and the 10,000-note bench vault when
// `npm run bench` has generated it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir, ...rest] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || !dir) {
  process.stderr.write('usage: node scripts/compare-reports.mjs save|check DIR [--cli FILE] [VAULT ...]\n');
  process.exit(2);
}
let cli = 'dist-cli/parallel-process.cjs';
const vaults = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--cli') cli = rest[++i];
  else vaults.push(rest[i]);
}
if (vaults.length === 0) {
  vaults.push('examples/demo-vault');
  for (const name of readdirSync('test/fixtures/vaults').sort()) vaults.push(join('test/fixtures/vaults', name));
  if (existsSync('.bench/vault-10000')) vaults.push('.bench/vault-10000');
}

/** The documents a vault is compared by; the elapsed time is the one field that may differ. */
function documents(vault) {
  const run = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const report = JSON.parse(run('scan', vault, '--json', '--include-private'));
  delete report.stats.elapsedMs;
  return {
    report: JSON.stringify(report, null, 1),
    graph: JSON.stringify(JSON.parse(run('graph', vault, '--json', '--include-private')), null, 1),
  };
}

mkdirSync(dir, { recursive: true });
let differences = 0;
for (const vault of vaults) {
  const name = vault.replace(/[^A-Za-z0-9]+/g, '_');
  for (const [kind, text] of Object.entries(documents(vault))) {
    const file = join(dir, `${name}.${kind}.json`);
    if (mode === 'save') {
      writeFileSync(file, text);
      continue;
    }
    if (!existsSync(file)) {
      process.stdout.write(`${vault} ${kind}: nothing saved to compare with (save again to include it)\n`);
      continue;
    }
    const saved = readFileSync(file, 'utf8');
    if (saved === text) continue;
    differences++;
    const a = saved.split('\n');
    const b = text.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    process.stdout.write(`${vault} ${kind}: first difference at line ${line + 1}\n  saved: ${a[line] ?? '(end)'}\n  now:   ${b[line] ?? '(end)'}\n`);
  }
  process.stdout.write(`${mode === 'save' ? 'saved' : 'checked'} ${vault}\n`);
}
if (differences > 0) {
  process.stdout.write(`${differences} document(s) differ\n`);
  process.exit(1);
}
