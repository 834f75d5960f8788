import { describe, expect, it } from 'vitest';
import { parseNoteContent } from '../../../src/core/parse/parse-note';
import { noteText, parsedNote } from '../../helpers/notes';

const session = noteText(
  `type: Session
Client: "[[C-014]]"
date: 2026-02-10
session: 7
practitioner: "[[Robin Hart]]"
contract:
  focus: grief
  outcomes: []
client-dynamics: [avoidance]
practitioner_dynamics:
  - rescuing
  - "[[Rescuing]]"`,
  '## Assessment\nI noticed I jumped in. See [[2026-02-03 Supervision#Process|last supervision]].\n',
);

describe('parseNoteContent', () => {
  it('reads a session note: type, properties, date, links from properties and body', () => {
    const content = parseNoteContent(session);
    expect(content.kind).toBe('session');
    expect(content.propertyDate).toBe('2026-02-10');
    expect(content.properties.get('client_dynamics')?.value).toEqual(['avoidance']);
    expect(content.properties.get('contract')?.value).toEqual({ focus: 'grief', outcomes: [] });
    expect(content.links.map((l) => [l.target, l.line, l.property])).toEqual([
      ['C-014', 3, 'client'],
      ['Robin Hart', 6, 'practitioner'],
      ['Rescuing', 13, 'practitioner_dynamics'],
      ['2026-02-03 Supervision', 16, undefined],
    ]);
    expect(content.blocks.map((b) => b.startLine)).toEqual([15, 16]);
    expect(content.diagnostics).toEqual([]);
  });

  it('reads a plain value in a link property as a link', () => {
    const content = parseNoteContent(noteText('type: session\nclient: C-014\ndate: 2026-02-10', ''));
    expect(content.links).toEqual([{ target: 'C-014', syntax: 'property', line: 3, property: 'client' }]);
  });

  it('reads an unquoted [[link]] property as the link and says to quote it', () => {
    const content = parseNoteContent(noteText('type: session\nclient: [[C-014]]\ncases:\n  - [[C-021]]', ''));
    expect(content.links.map((l) => l.target)).toEqual(['C-014', 'C-021']);
    expect(content.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['unquoted-link', 3],
      ['unquoted-link', 4],
    ]);
  });

  it('reports properties of the wrong shape with their line', () => {
    const content = parseNoteContent(noteText('type: session\nsession: three\ncontract: just talk\nauthor: me\ndate: 2026-02-31', ''));
    expect(content.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['property-shape', 3],
      ['property-shape', 4],
      ['property-shape', 5],
      ['date-invalid', 6],
    ]);
  });

  it('reads cases written as one text with commas as several, and says to write a list; an empty list is no shape to correct', () => {
    const content = parseNoteContent(noteText('type: supervision\ncases: "C-014, C-021; Sam"\npractitioner: []', ''));
    expect(content.links.filter((l) => l.property === 'cases').map((l) => l.target)).toEqual(['C-014', 'C-021', 'Sam']);
    expect(content.diagnostics.map((d) => [d.code, d.line])).toEqual([['property-shape', 3]]);
    expect(content.diagnostics[0].message).toContain('read as 3 clients');
    expect(parseNoteContent(noteText('type: supervision\ncases: "[[C-014]]"', '')).diagnostics).toEqual([]);
  });

  it('suggests the type a typo was meant to be', () => {
    const content = parseNoteContent(noteText('type: sesion', ''));
    expect(content.kind).toBe('other');
    expect(content.diagnostics[0]).toMatchObject({ code: 'unknown-type', line: 2 });
    expect(content.diagnostics[0].message).toContain('"session"');
  });

  it('keeps a note with malformed YAML, without properties, with an error at the line', () => {
    const content = parseNoteContent('---\ntype: session\nclient: "[[C-014]]\n---\nBody with [[Link]].\n');
    expect(content.kind).toBe('other');
    expect(content.links.map((l) => l.target)).toEqual(['Link']);
    // The YAML error, and that the session it says it is is left out until it is fixed.
    expect(content.diagnostics.map((d) => [d.line, d.code, d.severity])).toEqual([
      [2, 'unread-properties', 'warning'],
      [3, 'frontmatter-yaml', 'error'],
    ]);
  });

  it('reports an unclosed frontmatter fence', () => {
    expect(parseNoteContent('---\ntype: session\nno closing fence\n').diagnostics[0].code).toBe('frontmatter-unclosed');
  });

  it('reports an empty note', () => {
    const content = parseNoteContent('');
    expect(content.diagnostics).toMatchObject([{ code: 'empty-note', severity: 'info' }]);
  });

  it('skips a binary file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const content = parseNoteContent(bytes);
    expect(content.diagnostics).toMatchObject([{ code: 'binary-file', severity: 'error', line: 1 }]);
    expect(content.links).toEqual([]);
  });

  it('tells a note saved as UTF-16 from a binary file, read as bytes or as the text Obsidian makes of it', () => {
    const note = '---\ntype: session\n---\nI jumped in.\n';
    const utf16le = new Uint8Array([0xff, 0xfe, ...[...note].flatMap((c) => [c.charCodeAt(0), 0])]);
    const asObsidianReadsIt = new TextDecoder('utf-8').decode(utf16le);
    for (const data of [utf16le, asObsidianReadsIt]) {
      const content = parseNoteContent(data);
      expect(content.diagnostics).toEqual([{ line: 1, severity: 'error', code: 'binary-file', message: 'This note is saved as UTF-16 text, which Obsidian does not read; it was skipped. Save it again as UTF-8.' }]);
      expect(content.kind).toBe('other');
    }
  });

  it('skips a file with a zero byte in its first 8 KB only, as a Buffer or a plain array of bytes alike', () => {
    const withZeroAt = (at: number): Uint8Array => {
      const bytes = new TextEncoder().encode(`---\ntype: session\n---\n${'I jumped in. '.repeat(700)}`);
      bytes[at] = 0;
      return bytes;
    };
    const binary = (bytes: Uint8Array): boolean => parseNoteContent(bytes).diagnostics.some((d) => d.code === 'binary-file');
    expect(binary(withZeroAt(8191))).toBe(true);
    expect(binary(Buffer.from(withZeroAt(8191)))).toBe(true);
    // Past 8 KB, a zero byte is read as text's damage, not a binary file's mark.
    expect(binary(withZeroAt(8192))).toBe(false);
    expect(binary(Buffer.from(withZeroAt(8192)))).toBe(false);
  });

  it('reads a body with lone carriage returns as lines', () => {
    const content = parseNoteContent('---\ntype: session\n---\nA calm start.\rI jumped in.\rThen we stopped.\n');
    expect(content.blocks.map((b) => b.text)).toEqual(expect.arrayContaining([expect.stringContaining('I jumped in.')]));
    expect(content.blocks.every((b) => !b.text.includes('\r'))).toBe(true);
  });

  it('reads a note that is not UTF-8, reporting the first bad line', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\ntype: client\n---\nCaf'), 0xe9, 0x0a]);
    const content = parseNoteContent(latin1);
    expect(content.kind).toBe('client');
    expect(content.diagnostics).toMatchObject([{ code: 'encoding', line: 4, severity: 'warning' }]);
  });

  it('strips a byte-order mark before the frontmatter', () => {
    expect(parseNoteContent('\uFEFF---\ntype: client\n---\n').kind).toBe('client');
  });

  it('keeps properties and links of a 5 MB note but does not read its text', () => {
    const big = noteText('type: session\nclient: "[[C-014]]"\ndate: 2026-02-10', 'I jumped in. [[Plan]]\n' + 'word '.repeat(1_000_000));
    const content = parseNoteContent(big);
    expect(content.kind).toBe('session');
    expect(content.links.map((l) => l.target)).toEqual(['C-014', 'Plan']);
    expect(content.blocks).toEqual([]);
    expect(content.diagnostics.map((d) => d.code)).toEqual(['note-too-large']);
  });
});

describe('placeNote', () => {
  it('takes the date from the file name when the property is missing', () => {
    const note = parsedNote('Sessions/2026-02-03 C-014.md', noteText('type: session', ''));
    expect(note.date).toBe('2026-02-03');
    expect(note.dateSource).toBe('file-name');
  });

  it('prefers a readable date property over the file name', () => {
    const note = parsedNote('Sessions/2026-02-03 C-014.md', noteText('type: session\ndate: 2026-02-04T10:00', ''));
    expect([note.date, note.dateSource]).toEqual(['2026-02-04', 'property']);
  });

  it.each([
    ['2026-02-10T99:99', 'has a time that does not exist'],
    ['2026-02-10T24:00', 'has a time that does not exist'],
    ['2026-02-10T10:00+25:00', 'has a time that does not exist'],
    ['2026-02-30', 'is not a day of the calendar'],
    ['2026-13-01', 'is not a day of the calendar'],
    ['10/02/2026', 'is not a date in the form 2026-02-03'],
    // A typo for 2026: a real day, in no year a note is written in.
    ['0206-02-03', 'is not in a year a note is written in (1900 to 2199)'],
    ['0026-02-03', 'is not in a year a note is written in (1900 to 2199)'],
    ['2206-02-03', 'is not in a year a note is written in (1900 to 2199)'],
  ])('does not place a note on an impossible date %s: a date-invalid warning at its line', (value, reason) => {
    const note = parsedNote('Sessions/C-014.md', noteText(`type: session\nclient: "[[C-014]]"\ndate: ${value}`, 'I jumped in.\n'));
    expect(note.date).toBeUndefined();
    const invalid = note.diagnostics.find((d) => d.code === 'date-invalid');
    expect(invalid?.line).toBe(4);
    expect(invalid?.message).toContain(reason);
    expect(note.diagnostics.map((d) => d.code)).toContain('date-missing');
  });

  it('reads real times, a leap second and offsets, and falls back to the file name after an impossible date', () => {
    for (const value of ['2026-02-10T23:59', '2026-02-10 10:00:60', '2026-02-10T10:00:00.5+05:30', '2026-02-10T00:00Z']) {
      expect(parsedNote('Sessions/C-014.md', noteText(`type: session\ndate: ${value}`, '')).date).toBe('2026-02-10');
    }
    const note = parsedNote('Sessions/2026-02-03 C-014.md', noteText('type: session\ndate: 2026-02-10T99:99', ''));
    expect([note.date, note.dateSource]).toEqual(['2026-02-03', 'file-name']);
    // Nor is a note placed on a file name's typo of a year.
    expect(parsedNote('Sessions/0206-02-03 C-014.md', noteText('type: session', '')).date).toBeUndefined();
    expect(parsedNote('Sessions/1999-12-31 C-014.md', noteText('type: session', '')).date).toBe('1999-12-31');
  });

  it('reads a note with old Mac line endings (lone CR) as Obsidian does: properties, type, date and lines', () => {
    const text = '---\rtype: session\rclient: "[[C-014]]"\rdate: 2026-02-10\r---\r## Session\rA calm start.\rI jumped in. [[Plan]]\r';
    for (const variant of [text, text.replace(/\r/g, '\r\n'), text.replace(/\r/g, '\n')]) {
      const note = parsedNote('Sessions/C-014.md', variant);
      expect([note.content.kind, note.date]).toEqual(['session', '2026-02-10']);
      expect(note.content.links.map((l) => [l.target, l.line])).toEqual([['C-014', 3], ['Plan', 8]]);
      expect(note.content.blocks.map((b) => [b.kind, b.startLine])).toEqual([['heading', 6], ['paragraph', 7]]);
    }
  });

  it('says when a dated note type has no date', () => {
    const note = parsedNote('Sessions/C-014 latest.md', noteText('type: session', ''));
    expect(note.date).toBeUndefined();
    expect(note.diagnostics.map((d) => d.code)).toEqual(['date-missing']);
  });

  it('marks notes in the templates folder and keeps only diagnostics that break notes made from them', () => {
    const note = parsedNote('Templates/Session.md', noteText('type: session\ndate: "{{date}}"\nsession: "{{session}}"', ''));
    expect(note.isTemplate).toBe(true);
    expect(note.diagnostics).toEqual([]);
  });
});
