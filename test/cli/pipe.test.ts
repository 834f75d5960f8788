import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the command line piped into a reader that stops early', () => {
  it('stops quietly when the reader closes the pipe (`| head`), with no stack trace', () => {
    const vault = mkdtempSync(join(tmpdir(), 'pp-pipe-'));
    try {
      // Enough notes that the graph's JSON outgrows a pipe's buffer, so writing goes on after the reader has gone.
      mkdirSync(join(vault, 'Sessions'));
      for (let i = 0; i < 1500; i++) writeFileSync(join(vault, 'Sessions', `2026-01-01 S${i}.md`), `---\ntype: session\nclient: "[[C-${i}]]"\ndate: 2026-01-01\n---\nWe talked about the week.\n`);
      const errors = join(vault, 'stderr.txt');
      const cli = resolve('dist-cli/parallel-process.cjs');
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" graph --json "${vault}" 2>"${errors}" | head -c 20`], { encoding: 'utf8' });
      expect(run.stdout).toHaveLength(20);
      expect(readFileSync(errors, 'utf8')).not.toMatch(/EPIPE|Unhandled|at /);
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });

  it('says in one line, with no stack trace, when the output cannot be written (a full disk)', () => {
    const cli = resolve('dist-cli/parallel-process.cjs');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" scan examples/demo-vault > /dev/full`], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('parallel-process: cannot write the output: ENOSPC\n');
    // Nor can an error be said when stderr is what is full: exit 2, as for any error, not 1.
    const usage = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" scan 2> /dev/full`], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
