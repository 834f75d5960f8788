// One measurement in its own process, so that peak RSS belongs to it alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadVault } from '../src/cli/load-vault';
import { listNotePaths } from '../src/cli/read-vault';
import { reportDocument } from '../src/core/report/report';

const [mode, vault] = process.argv.slice(2);

/** The floor: read every file, split off its frontmatter and `yaml.parse` it. Nothing less can scan a vault. */
function floor(): Record<string, number> {
  let notes = 0;
  for (const path of listNotePaths(vault)) {
    const text = readFileSync(join(vault, path), 'utf8');
    if (text.startsWith('---\n')) {
      const end = text.indexOf('\n---', 4);
      if (end > 0) parse(text.slice(4, end));
    }
    notes++;
  }
  return { notes };
}

/** The full scan as the command line runs it, then one-note updates as the plugin makes them. */
function scan(): Record<string, number> {
  const started = performance.now();
  const { engine, timings } = loadVault(vault, {}, process.stderr);
  const report = reportDocument(vault, engine.index.stats(), performance.now() - started, engine.diagnostics(), engine.flags());
  const scanMs = performance.now() - started;

  // Update one session note at a time: append a sentence, hand it to the engine, read the flags.
  const sessions = listNotePaths(vault).filter((p) => p.startsWith('Sessions/'));
  const updates: number[] = [];
  for (let i = 0; i < 300; i++) {
    const path = sessions[(i * 7919) % sessions.length];
    const data = readFileSync(join(vault, path), 'utf8') + `\nI jumped in again (${i}).\n`;
    const t = performance.now();
    engine.upsert({ path, data });
    engine.flags();
    updates.push(performance.now() - t);
  }
  updates.sort((a, b) => a - b);
  return {
    notes: report.stats.notes,
    flags: report.flags.length,
    scanMs,
    indexMs: timings.indexMs,
    detectMs: timings.detectMs,
    updateP50Ms: updates[Math.floor(updates.length * 0.5)],
    updateP95Ms: updates[Math.floor(updates.length * 0.95)],
  };
}

const started = performance.now();
const result = mode === 'floor' ? floor() : scan();
const ms = result.scanMs ?? performance.now() - started;
process.stdout.write(JSON.stringify({ mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result }) + '\n');
