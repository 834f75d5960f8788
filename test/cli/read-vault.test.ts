import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteStream } from 'node:tty';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadVault, reportLeftOut } from '../../src/cli/load-vault';
import { listVault, readNoteFile, type ReadDir } from '../../src/cli/read-vault';
import { runCli } from './run-cli';

let vault: string;

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'pp-unreadable-'));
  const write = (path: string, text: string): void => {
    mkdirSync(join(vault, path, '..'), { recursive: true });
    writeFileSync(join(vault, path), text);
  };
  write('Clients/C-014.md', '---\ntype: client\ncode: C-014\n---\n');
  write('Sessions/2026-02-10 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-10\n---\nI jumped in.\n');
  write('Private/Locked/2026-02-11 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\n---\nI jumped in.\n');
  write('Archive/Old.md', 'An old note.\n');
});
afterEach(() => {
  chmodSync(join(vault, 'Private', 'Locked'), 0o755);
  rmSync(vault, { recursive: true, force: true });
});

/** The real folder reader, except that these folders fail as the file system would fail them. */
function failing(failures: Record<string, string>): ReadDir {
  return (path) => {
    for (const [folder, code] of Object.entries(failures)) {
      if (path === join(vault, folder)) throw Object.assign(new Error(`${code}: operation failed, scandir '${path}'`), { code });
    }
    return readdirSync(path, { withFileTypes: true });
  };
}

describe('reading a vault with symbolic links', () => {
  it('follows links to folders and notes, as Obsidian does, and says which lead nowhere or back to a folder read', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'pp-linked-'));
    try {
      mkdirSync(join(elsewhere, 'C-021'));
      writeFileSync(join(elsewhere, 'C-021', '2026-02-11 C-021.md'), '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-11\n---\nWe agreed a focus.\n');
      writeFileSync(join(elsewhere, 'Ann Lee.md'), '---\ntype: person\nrole: supervisor\n---\n');
      symlinkSync(join(elsewhere, 'C-021'), join(vault, 'Sessions', 'C-021'));
      symlinkSync(join(elsewhere, 'Ann Lee.md'), join(vault, 'Ann Lee.md'));
      symlinkSync(join(vault, 'Sessions'), join(vault, 'Sessions', 'Again'));
      symlinkSync(join(elsewhere, 'Gone.md'), join(vault, 'Gone.md'));
      const listing = listVault(vault);
      expect(listing.paths).toEqual(['Ann Lee.md', 'Archive/Old.md', 'Clients/C-014.md', 'Private/Locked/2026-02-11 C-014.md', 'Sessions/2026-02-10 C-014.md', 'Sessions/C-021/2026-02-11 C-021.md']);
      expect(listing.unreadable.map((u) => [u.path, u.message])).toEqual([
        ['Gone.md', 'This link leads nowhere: what it pointed to is not there; it is not scanned.'],
        ['Sessions/Again', 'This link leads to a folder already read; its notes are scanned once, where they are.'],
      ]);
      const { engine, problems } = loadVault(vault, { settings: {}, version: '' }, process.stderr);
      expect(engine.stats().notes).toBe(6);
      expect(problems.map((p) => [p.path, p.line, p.code])).toEqual([
        ['Gone.md', 1, 'read-error'],
        ['Sessions/Again', 1, 'read-error'],
      ]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('a link to a folder that holds the vault', () => {
  it('is not walked, so no note is read twice under another path, and says so', () => {
    const outer = mkdtempSync(join(tmpdir(), 'pp-outer-'));
    try {
      const inner = join(outer, 'v');
      mkdirSync(join(inner, 'Sessions'), { recursive: true });
      writeFileSync(join(inner, 'Sessions', '2026-02-10 C-1.md'), '---\ntype: session\nclient: "[[C-1]]"\ndate: 2026-02-10\nduration: 50\n---\nWe agreed a focus.\n');
      symlinkSync('..', join(inner, 'backup'));
      const listing = listVault(inner);
      expect(listing.paths).toEqual(['Sessions/2026-02-10 C-1.md']);
      expect(listing.unreadable.map((u) => [u.path, u.message])).toEqual([['backup', 'This link leads to a folder that holds the vault itself; it is not scanned, so no note is read twice.']]);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});

describe('reading files that are no plain notes', () => {
  // A link to a device was read for ever (stat gives /dev/zero a size of 0, and reading it never ends).
  it.skipIf(process.platform === 'win32')('skips a link to a device and a named pipe without waiting, each with a reason', () => {
    symlinkSync('/dev/zero', join(vault, 'Sessions', 'zero.md'));
    execFileSync('mkfifo', [join(vault, 'Archive', 'pipe.md')]);
    symlinkSync(join(vault, 'Archive', 'pipe.md'), join(vault, 'Sessions', 'pipe.md'));
    for (const path of ['Sessions/zero.md', 'Sessions/pipe.md']) {
      expect(readNoteFile(vault, path)).toEqual({ path, data: '', readError: 'This is not a plain file (a device or a pipe, through a link); it was skipped.' });
    }
    // A pipe itself is not listed as a note but named as not read; one reached through a link is read as above.
    expect(listVault(vault).paths).not.toContain('Archive/pipe.md');
    expect(listVault(vault).unreadable).toContainEqual({ path: 'Archive/pipe.md', reason: 'not a plain file', message: 'This is not a plain file (a device, a pipe or a socket); it is not scanned.' });
    const result = runCli(['scan', vault, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { diagnostics: { path: string; code: string }[] };
    expect(report.diagnostics.map((d) => [d.path, d.code])).toEqual([
      ['Archive/pipe.md', 'read-error'],
      ['Sessions/pipe.md', 'read-error'],
      ['Sessions/zero.md', 'read-error'],
    ]);
  });

  it.skipIf(process.platform !== 'linux')('says that a file name not in UTF-8 is why a note could not be opened', () => {
    // Latin-1's é as one byte: Node lists the name with U+FFFD in its place, a name no file has.
    writeFileSync(Buffer.concat([Buffer.from(join(vault, 'Sessions', 'Caf')), Buffer.from([0xe9, 0x2e, 0x6d, 0x64])]), 'A note.\n');
    const path = listVault(vault).paths.find((p) => p.startsWith('Sessions/Caf'))!;
    expect(readNoteFile(vault, path).readError).toBe('This file could not be opened: its name is not UTF-8 text. Rename it; it was skipped.');
  });
});

describe('a taxonomy file that is no plain file', () => {
  it.skipIf(process.platform === 'win32')('is refused at once, with exit 2, not read for ever (a pipe, /dev/zero)', () => {
    const pipe = join(vault, 'Archive', 'taxonomy.yaml');
    execFileSync('mkfifo', [pipe]);
    for (const taxonomy of [pipe, '/dev/zero']) {
      const result = runCli(['scan', vault, '--taxonomy', taxonomy]);
      expect([result.status, result.stderr]).toEqual([2, `parallel-process: cannot read the taxonomy ${taxonomy}: it is not a plain file\n`]);
    }
  });
});

describe('a folder whose name is not UTF-8', () => {
  it.skipIf(process.platform !== 'linux')('is said to be why its notes were not read', () => {
    mkdirSync(Buffer.concat([Buffer.from(join(vault, 'Caf')), Buffer.from([0xe9])]));
    const folder = listVault(vault).unreadable.find((u) => u.path.startsWith('Caf'));
    expect(folder?.reason).toBe('its name is not UTF-8 text; rename it');
  });
});

describe('what every command but scan says on stderr it left out', () => {
  it('names each note it could not read and what was wrong with the taxonomy given, and still exits 0', () => {
    writeFileSync(join(vault, 'Sessions', 'Windows.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntype: session\n---\nHello.\n', 'utf16le')]));
    writeFileSync(join(vault, 'taxonomy.yaml'), 'dynamics: [\n');
    writeFileSync(join(vault, 'Ann Lee.md'), '---\ntype: person\nrole: supervisor\n---\n');
    for (const command of [['hours'], ['prep', '--supervisor', 'Ann Lee'], ['privacy-check'], ['graph']]) {
      const result = runCli([command[0], vault, ...command.slice(1), '--taxonomy', join(vault, 'taxonomy.yaml')]);
      expect(result.status, command[0]).toBe(0);
      const lines = result.stderr.split('\n');
      expect(lines, command[0]).toContain('parallel-process: Sessions/Windows.md: This note is saved as UTF-16 text, which Obsidian does not read; it was skipped. Save it again as UTF-8.');
      expect(lines.filter((l) => l.startsWith(`parallel-process: ${join(vault, 'taxonomy.yaml')}: The taxonomy could not be read, so the default is used`)), command[0]).toHaveLength(1);
    }
  });
});

describe('reading a vault with folders that cannot be read', () => {
  it('lists the rest of the vault and names each folder with the reason in words', () => {
    const listing = listVault(vault, failing({ 'Private/Locked': 'EACCES', Archive: 'ENOTDIR' }));
    expect(listing.paths).toEqual(['Clients/C-014.md', 'Sessions/2026-02-10 C-014.md']);
    expect(listing.unreadable).toEqual([
      { path: 'Archive', reason: 'not a folder' },
      { path: 'Private/Locked', reason: 'permission denied' },
    ]);
  });

  it('still fails when the vault folder itself cannot be read (the command line then exits 2)', () => {
    const rootFails: ReadDir = (path) => {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    };
    expect(() => listVault(vault, rootFails)).toThrow('EACCES');
    expect(() => loadVault(vault, { settings: {}, version: '' }, process.stderr, rootFails)).toThrow(`cannot read vault ${vault}: permission denied`);
  });

  it('gives each unreadable folder as a diagnostic at line 1 and scans the other notes', () => {
    const { engine, problems } = loadVault(vault, { settings: {}, version: '' }, process.stderr, failing({ 'Private/Locked': 'EPERM' }));
    expect(problems).toEqual([
      { path: 'Private/Locked', line: 1, severity: 'error', code: 'read-error', message: 'This folder could not be read (permission denied); the notes in it are not scanned.' },
    ]);
    expect(engine.stats().notes).toBe(3);
    expect(engine.diagnostics()).toEqual([]);
  });

  it('says in words why a file could not be read, without the absolute path', () => {
    const file = readNoteFile(vault, 'Sessions/gone.md');
    expect(file.readError).toBe('This file could not be read (it is no longer there); it was skipped.');
    expect(file.readError).not.toContain(vault);
  });

  // A root user reads a folder of mode 000, so this runs only for other users (as on CI runners).
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('reports a folder without read permission in the scan report and exits 0', () => {
    chmodSync(join(vault, 'Private', 'Locked'), 0o000);
    const result = runCli(['scan', vault, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { diagnostics: { path: string; line: number; message: string }[]; stats: { notes: number } };
    expect(report.diagnostics[0]).toMatchObject({ path: 'Private/Locked', line: 1 });
    expect(report.diagnostics[0].message).toContain('permission denied');
    expect(report.stats.notes).toBe(3);
    // The other commands, whose output has no place for it, say so on stderr.
    for (const command of ['hours', 'prep', 'privacy-check', 'graph']) {
      const other = runCli([command, vault]);
      expect(other.stderr).toContain('parallel-process: Private/Locked: This folder could not be read (permission denied)');
    }
  });

  it('names each folder that could not be read on stderr, as every command but scan reports it', () => {
    const written: string[] = [];
    const loaded = loadVault(vault, { settings: {}, version: '' }, process.stderr, failing({ 'Private/Locked': 'EACCES' }));
    reportLeftOut(loaded, { write: (text: string) => void written.push(text) } as unknown as WriteStream);
    expect(written).toEqual(['parallel-process: Private/Locked: This folder could not be read (permission denied); the notes in it are not scanned.\n']);
  });
});
