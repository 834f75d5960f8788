import { describe, expect, it } from 'vitest';
import { knownNames } from '../../../src/core/privacy/known-names';
import { checkableLines } from '../../../src/core/privacy/note-lines';

const known = knownNames(['Ann Lee'], ['People/Ann Lee.md', 'Clients/C-014.md', 'Sessions/2026-02-03 C-014.md']);

describe('checkableLines', () => {
  const note = [
    '---',
    'type: session',
    'client: "[[C-014]]"',
    'cases: ["[[C-014]]", "[[2026-02-03 C-014]]"]',
    'date_of_birth: 1979-03-14',
    '---',
    'Discussed with [[Ann Lee]] and [[Jane Smith|Jane]].',
    '```',
    'email: someone@example.com',
    '```',
    'After the code block.',
  ].join('\n');
  const lines = checkableLines(note, known);

  it('leaves out structural properties, property lines holding only links to vault notes, and fenced code', () => {
    expect(lines.map((l) => l.line)).toEqual([5, 7, 11]);
  });

  it('writes property keys with spaces, keeping every column', () => {
    expect(lines[0]).toEqual({ line: 5, text: 'date of birth: 1979-03-14', property: true });
  });

  it('blanks links to vault notes and keeps the words of other links', () => {
    expect(lines[1].text).toBe(`Discussed with ${' '.repeat('[[Ann Lee]]'.length)} and   Jane Smith Jane  .`);
    expect(lines[1].text.length).toBe('Discussed with [[Ann Lee]] and [[Jane Smith|Jane]].'.length);
  });

  it('skips a structural property with its list, and reads free-text and people properties', () => {
    const text = ['---', 'Client Dynamics:', '  - avoidance', 'contract_focus: meeting Jane Smith', 'supervisor: Ann Lee', 'date: 2026-02-03', '---', ''].join('\n');
    expect(checkableLines(text, known).map((l) => l.line)).toEqual([4, 5]);
  });

  it('reads a note without frontmatter, and an unclosed fence to the end', () => {
    expect(checkableLines('one\n~~~\ntwo\n', known).map((l) => l.text)).toEqual(['one']);
  });
});

describe('knownNames', () => {
  it('matches names whatever their title, possessive, case or spacing', () => {
    const names = knownNames(['Ann Lee', 'C-014']);
    expect(['Dr Ann Lee', "Ann Lee's", 'ann  lee', 'Mrs. Ann Lee', 'c-014'].map((n) => names.has(n))).toEqual([true, true, true, true, true]);
    expect(names.has('Ann Leeds')).toBe(false);
  });

  it('knows notes by path and by file name, with or without .md', () => {
    const notes = knownNames([], ['People/Ann Lee.md']);
    expect(['Ann Lee', 'People/Ann Lee', 'people/ann lee.md', 'Lee'].map((t) => notes.isNote(t))).toEqual([true, true, true, false]);
  });
});
