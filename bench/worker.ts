// One measurement in its own process, so that peak RSS belongs to it alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadVault } from '../src/cli/load-vault';
import { listNotePaths } from '../src/cli/read-vault';
import { reportDocument } from '../src/core/report/report';

const [mode, vault] = process.argv.slice(2);

/** The floor: read every file, split off its frontmatter and `yaml.parse` it. Nothing less can scan a vault. */
function floor(): number {
  let notes = 0;
  for (const path of listNotePaths(vault)) {
    const text = readFileSync(join(vault, path), 'utf8');
    if (text.startsWith('---\n')) {
      const end = text.indexOf('\n---', 4);
      if (end > 0) parse(text.slice(4, end));
    }
    notes++;
  }
  return notes;
}

function scan(): number {
  const started = performance.now();
  const engine = loadVault(vault, {}, process.stderr);
  const report = reportDocument(vault, engine.index.stats(), performance.now() - started, engine.diagnostics(), engine.flags());
  return report.stats.notes;
}

const started = performance.now();
const notes = mode === 'floor' ? floor() : scan();
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ mode, notes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, files: readdirSync(vault).length }) + '\n');
