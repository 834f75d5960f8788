import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneLine, terminalText } from '../../src/core/text/control-characters';
import { runCli } from './run-cli';

const ESC = '\u001b';
/** The C1 form of an escape sequence's start, which JSON.stringify leaves as it is. */
const CSI = '\u009b';

describe('terminal text', () => {
  it('escapes every control character, keeping line breaks and tabs only where the output lays itself out', () => {
    expect(terminalText(`a${ESC}]0;title\u0007b\n\tc\rd\u009be\u2028`)).toBe('a\\u001b]0;title\\u0007b\n\tc\\u000dd\\u009be\\u2028');
    expect(oneLine(`a\nb\tc${ESC}`)).toBe('a\\nb\\tc\\u001b');
    expect(terminalText('Ann Lee, café, 2026-02-24: “plain” text')).toBe('Ann Lee, café, 2026-02-24: “plain” text');
    // A direction override shows text in another order than it is written ("C-014\u202egpj.md" reads as "C-014dm.jpg").
    expect(oneLine('C-014\u202egpj.md')).toBe('C-014\\u202egpj.md');
    expect(terminalText('a\u2066b\u2069')).toBe('a\\u2066b\\u2069');
  });

  it("keeps a file name holding a line break on the report's own line, in scan and privacy-check", () => {
    const vault = mkdtempSync(join(tmpdir(), 'pp-names-'));
    try {
      writeFileSync(join(vault, '2026-02-05 C-014\nFAKE LINE.md'), '---\ntype: session\nthemes: [loss\n---\nHer sister rang from 07700 900461.\n');
      for (const command of ['scan', 'privacy-check']) {
        const result = runCli([command, vault]);
        expect(result.status, command).toBe(0);
        expect(result.stdout, command).toContain('2026-02-05 C-014\\nFAKE LINE.md');
        expect(result.stdout.split('\n').some((line) => line.startsWith('FAKE LINE')), command).toBe(false);
      }
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });
});

describe('what a note holds reaches a terminal escaped', () => {
  let vault: string;
  beforeAll(() => {
    vault = mkdtempSync(join(tmpdir(), 'pp-escapes-'));
    cpSync('examples/demo-vault', vault, { recursive: true });
    const edit = (path: string, from: string, to: string): void => {
      const text = readFileSync(join(vault, path), 'utf8');
      expect(text).toContain(from);
      writeFileSync(join(vault, path), text.replace(from, to));
    };
    // Escape sequences that would clear the screen, retitle the window and colour the text.
    edit('Sessions/C-014/2026-02-03 C-014.md', 'I was working harder than the client.', `I was working ${ESC}[2J${ESC}]0;owned\u0007harder${ESC}[0m${CSI}2J than the client.`);
    edit('Sessions/C-014/2026-02-03 C-014.md', 'session: 11\n', 'session: 11\nduration: "50\\e[2J"\n');
    edit('Clients/C-014.md', 'code: C-014', 'code: "C-014\\e[31m"');
    edit('Supervision/2026-02-24 Supervision.md', 'changed the subject to logistics.', `changed the subject to logistics${CSI}0m.`);
    writeFileSync(join(vault, 'Sessions', `C-021 ${ESC}[2J${CSI}.md`), `---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-12\n---\nShe wrote from sam.smith@example.com after the session${CSI}2J\u007f.\n`);
  });
  afterAll(() => rmSync(vault, { recursive: true, force: true }));

  it('in an error naming what the vault holds (the supervisors it knows)', () => {
    writeFileSync(join(vault, 'People', `Evil${ESC}[31mRED.md`), '---\ntype: person\nrole: supervisor\n---\n');
    const result = runCli(['prep', vault, '--supervisor', 'Nobody']);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).toContain('Evil\\u001b[31mRED');
  });

  for (const command of [['scan'], ['graph'], ['graph', '--mermaid'], ['hours'], ['privacy-check'], ['prep', '--supervisor', 'Ann Lee', '--date', '2026-02-24']]) {
    it(`in ${command.join(' ')}`, () => {
      const result = runCli([command[0], vault, ...command.slice(1)]);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain(ESC);
      expect(result.stderr).not.toContain(ESC);
      expect(result.stdout).toContain('\\u001b');
      expect(result.stdout).not.toContain(CSI);
    });
  }

  // JSON.stringify escapes C0 controls but writes DEL and the C1 ones (U+009B starts an escape
  // sequence in terminals that read C1 codes) as they are.
  for (const [command, holds] of [[['scan', '--json'], `to logistics${CSI}0m.`], [['graph', '--json'], `${ESC}[2J${CSI}.md`], [['hours', '--json'], undefined], [['privacy-check', '--json'], `${ESC}[2J${CSI}.md`]] as const) {
    it(`in ${command.join(' ')}, as JSON escapes that read back as the note's own characters`, () => {
      const result = runCli([command[0], vault, ...command.slice(1)]);
      expect(result.status).toBe(0);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      if (holds === undefined) return;
      expect(result.stdout).toContain('\\u009b');
      // Read back, the text holds the note's own characters (written here as JSON.stringify writes them).
      expect(JSON.stringify(JSON.parse(result.stdout))).toContain(JSON.stringify(holds).slice(1, -1));
    });
  }
});
