import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let folder: string;
let vault: string;

/** Words that only the private reflection holds: none may reach an output unless asked for. */
const SECRETS = ['Grief about Mum', 'SECRET-THEME', 'mums funeral notes', 'Reflections/2026-02-20', 'Zyxwv'];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'pp-private-'));
  vault = join(folder, 'vault');
  cpSync('examples/demo-vault', vault, { recursive: true });
  writeFileSync(
    join(vault, 'Reflections', '2026-02-20 Grief about Mum.md'),
    [
      '---',
      'type: reflection',
      'date: 2026-02-20',
      'private: "false"',
      'themes: [SECRET-THEME grief about my mother, loss]',
      '---',
      'Sorting [[Mums funeral notes]] again. Seeing [[C-014]] this week stirred it all up.',
      '',
    ].join('\n'),
  );
  // Properties broken by one line, the type written as a list: still a private reflection.
  writeFileSync(join(vault, 'Reflections', '2026-02-21 Zyxwv.md'), '---\ntype:\n  - reflection\ndate: 2026-02-21\ntitle: "unterminated\n---\nMy brother Peter Zyxwv. See [[C-014]] and [[Zyxwv Secret Note]].\n');
  writeFileSync(join(vault, 'Reflections', '2026-02-22 Zyxwv.md'), '---\ntype: "[[reflection]]"\ndate: 2026-02-22\n---\nZyxwv again, [[Zyxwv Other Note]].\n');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]): string {
  const result = runCli(args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout + result.stderr;
}

describe('private reflections', () => {
  it.each([
    ['graph'],
    ['graph', '--json'],
    ['graph', '--mermaid'],
    ['graph', '--client', 'C-014'],
    ['scan'],
    ['scan', '--json'],
  ])('never reach %s %s: not their name, path, links or property values', (command, ...options) => {
    const out = run(command, vault, ...options);
    for (const secret of SECRETS) expect(out).not.toContain(secret);
  });

  it('reach graph and scan when asked for, with what they link to and the diagnostic saying they stay private', () => {
    const graph = run('graph', vault, '--json', '--include-private');
    expect(graph).toContain('Reflections/2026-02-20 Grief about Mum.md');
    expect(graph).toContain('mums funeral notes');
    const scan = run('scan', vault, '--json', '--include-private');
    expect(scan).toContain('SECRET-THEME');
    expect(scan).toContain('the note is kept private');
  });
});
