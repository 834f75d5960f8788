import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/core/report/report';
import { runCli } from './run-cli';

let dir: string;
let vault: string;
let cache: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pp-cache-'));
  vault = join(dir, 'vault');
  cache = join(dir, 'parsed.json');
  cpSync('examples/demo-vault', vault, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function scan(...args: string[]): Omit<ReportDocument, 'stats'> & { stats: Partial<ReportDocument['stats']> } {
  const result = runCli(['scan', vault, '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout) as ReportDocument;
  // The one field that may differ between runs.
  return { ...report, stats: { ...report.stats, elapsedMs: undefined } };
}

describe('--cache FILE', () => {
  it('keeps the parsed vault between runs and reports exactly what a scan without it reports', () => {
    const plain = scan();
    expect(scan('--cache', cache)).toEqual(plain);
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache, 'utf8');
    // Taken up whole, and written again unchanged.
    expect(scan('--cache', cache)).toEqual(plain);
    expect(readFileSync(cache, 'utf8')).toBe(written);
  });

  it('reads a note again when it changed since, and follows it as a fresh scan does', () => {
    scan('--cache', cache);
    const session = join(vault, 'Sessions', 'C-014', '2026-02-03 C-014.md');
    appendFileSync(session, '\nI jumped in and took over the planning again.\n');
    // A later mtime, as an editor would leave, even when the test runs within the same millisecond.
    utimesSync(session, new Date(), new Date(Date.now() + 5_000));
    const cached = scan('--cache', cache);
    expect(cached).toEqual(scan());
    expect(cached.flags.some((f) => f.evidence.some((e) => e.text.includes('took over the planning again')))).toBe(true);
  });

  it('starts afresh from a damaged cache and replaces it', () => {
    scan('--cache', cache);
    appendFileSync(cache, 'not JSON');
    expect(scan('--cache', cache)).toEqual(scan());
    expect(() => JSON.parse(readFileSync(cache, 'utf8')) as unknown).not.toThrow();
  });

  it('serves graph as well as scan, with the same graph as without it', () => {
    scan('--cache', cache);
    const graph = runCli(['graph', vault, '--json', '--cache', cache]);
    expect(graph.status).toBe(0);
    expect(JSON.parse(graph.stdout)).toEqual(JSON.parse(runCli(['graph', vault, '--json']).stdout));
  });

  it('never replaces a file it did not write, such as a note, and says so before the scan', () => {
    const note = join(dir, 'C-014 copy.txt');
    const words = readFileSync(join(vault, 'Clients', 'C-014.md'), 'utf8');
    writeFileSync(note, words);
    const run = runCli(['scan', vault, '--cache', note]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`parallel-process: cannot write cache ${note}: it is a file this program did not write; it is left as it is\n`);
    expect(run.stdout).toBe('');
    expect(readFileSync(note, 'utf8')).toBe(words);
    // A folder in the cache's place is said before the scan too.
    const folder = runCli(['scan', vault, '--cache', dir]);
    expect([folder.status, folder.stderr]).toEqual([2, `parallel-process: cannot write cache ${dir}: it is a folder\n`]);
    // An empty file (made with mktemp, say) holds no one's words: it becomes the cache.
    writeFileSync(cache, '');
    expect(scan('--cache', cache)).toEqual(scan());
    expect(readFileSync(cache, 'utf8').startsWith('{"format":')).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('never writes a cache as a note, nor over a device or a pipe, and never waits on one', () => {
    const empty = join(dir, 'Untitled.md');
    writeFileSync(empty, '');
    const note = runCli(['scan', vault, '--cache', empty]);
    expect([note.status, note.stderr]).toEqual([2, `parallel-process: cannot write cache ${empty}: a cache is not a note; give it a name that does not end in .md\n`]);
    expect(readFileSync(empty, 'utf8')).toBe('');
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const piped = runCli(['scan', vault, '--cache', pipe]);
    expect([piped.status, piped.stderr]).toEqual([2, `parallel-process: cannot write cache ${pipe}: it is not a plain file; it is left as it is\n`]);
    expect(statSync(pipe).isFIFO()).toBe(true);
  });

  it('never writes a cache inside the vault, where sync and backups would copy it, and writes its own readable by its owner only', () => {
    const inside = join(vault, '.parallel-process', 'parsed.json');
    const run = runCli(['scan', vault, '--cache', inside]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`parallel-process: cannot write cache ${inside}: it is inside the vault, where sync and backups would copy the sentences of your notes it holds; put it outside the vault\n`);
    expect(existsSync(inside)).toBe(false);
    scan('--cache', cache);
    if (process.platform !== 'win32') expect(statSync(cache).mode & 0o777).toBe(0o600);
  });

  it('says before the scan, in one line, when the cache\'s folder is not there', () => {
    const missing = join(dir, 'no-such-folder', 'parsed.json');
    const run = runCli(['scan', vault, '--cache', missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`parallel-process: cannot write cache ${missing}: no such folder ${join(dir, 'no-such-folder')}\n`);
    expect(run.stdout).toBe('');
  });
});
