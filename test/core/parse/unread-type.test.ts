import { describe, expect, it } from 'vitest';
import { parseNoteContent } from '../../../src/core/parse/parse-note';
import { saysReflection } from '../../../src/core/parse/unread-type';
import { engineWith } from '../../helpers/engine';

const BROKEN = '---\ntype: reflection\ndate: 2026-02-16\nthemes: [loss\n---\nI thought about Secret Person all evening.\n';

describe('a reflection whose properties cannot be read', () => {
  it('is read as a reflection, and so kept private, when they say "type: reflection"', () => {
    expect(parseNoteContent(BROKEN).kind).toBe('reflection');
    // Not closed: the note's first lines are its properties.
    expect(parseNoteContent('---\ntype: "reflection"\nprivate: true\nI thought about it all evening.\n').kind).toBe('reflection');
    // Another type, or a line of the body that says it, is not.
    expect(parseNoteContent('---\ntype: session\nthemes: [loss\n---\ntype: reflection\n').kind).not.toBe('reflection');
    expect(saysReflection(undefined, 'type: reflection\nA note with no properties.', false)).toBe(false);
  });

  it('is read as a reflection however its type line is written: indented, as a list, as a link, in capitals', () => {
    const broken = (typeLines: string): string => `---\n${typeLines}\ndate: 2026-02-10\ntitle: "unterminated\n---\nMy brother died. See [[Secret Note]].\n`;
    for (const typeLines of ['type:\n  - reflection', '\ttype: reflection', '  type: Reflection', 'type: [reflection]', 'type: "[[reflection]]"', "'type': reflection # mine", 'Type: "[[Reflection|reflection]]"']) {
      expect(parseNoteContent(broken(typeLines)).kind, typeLines).toBe('reflection');
    }
    // Properties that are read: a type written as a link or a one-item list is still the type, with a warning.
    for (const value of ['"[[reflection]]"', '[reflection]', '\n  - reflection']) {
      const content = parseNoteContent(`---\ntype: ${value}\ndate: 2026-02-10\n---\nMy brother died.\n`);
      expect(content.kind, value).toBe('reflection');
      expect(content.diagnostics.map((d) => d.code), value).toEqual(['property-shape']);
    }
    expect(parseNoteContent('---\ntype: Session\ndate: 2026-02-10\n---\nText.\n').diagnostics).toEqual([]);
    expect(parseNoteContent('---\ntype:\n  - reflection notes\ntitle: "open\n---\nText.\n').kind).not.toBe('reflection');
  });

  it('stays out of the graph, the diagnostics and the flags unless private notes are asked for', () => {
    const engine = engineWith({ 'Reflections/2026-02-16 Secret.md': BROKEN });
    const paths = (nodes: { id: string }[]) => nodes.map((n) => n.id);
    expect(paths(engine.graphDocument({ includePrivate: false }).nodes)).not.toContain('Reflections/2026-02-16 Secret.md');
    expect(engine.diagnostics({ includePrivate: false }).map((d) => d.path)).not.toContain('Reflections/2026-02-16 Secret.md');
    expect(engine.diagnostics({ includePrivate: true }).map((d) => d.path)).toContain('Reflections/2026-02-16 Secret.md');
  });
});

describe('a reflection skipped as binary', () => {
  const utf16 = (text: string, bom: number[]): Uint8Array => Buffer.concat([Buffer.from(bom), Buffer.from(text, 'utf16le')]);
  const TEXT = '---\r\ntype: reflection\r\ndate: 2026-02-14\r\n---\r\nI thought about Secret Person all evening.\r\n';

  it('is read as a reflection when its first lines say so: saved as UTF-16, with or without its mark, or with a zero byte', () => {
    expect(parseNoteContent(utf16(TEXT, [0xff, 0xfe]))).toMatchObject({ kind: 'reflection', textRead: false });
    expect(parseNoteContent(utf16(TEXT, []))).toMatchObject({ kind: 'reflection' });
    // As Obsidian hands it over: the bytes read as UTF-8 text.
    expect(parseNoteContent(new TextDecoder().decode(utf16(TEXT, [0xff, 0xfe])))).toMatchObject({ kind: 'reflection', textRead: false });
    const be = Buffer.from(utf16(TEXT, []));
    be.swap16();
    expect(parseNoteContent(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ kind: 'reflection' });
    expect(parseNoteContent(Buffer.from('---\ntype: reflection\n---\nA zero \u0000 byte.\n'))).toMatchObject({ kind: 'reflection' });
    expect(parseNoteContent(utf16(TEXT.replace('reflection', 'session'), [0xff, 0xfe])).kind).toBe('other');
    expect(parseNoteContent(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])).kind).toBe('other');
  });

  it('is named in no diagnostic unless private notes are asked for', () => {
    const engine = engineWith({ 'Reflections/2026-02-14 Secret.md': utf16(TEXT, [0xff, 0xfe]) });
    expect(engine.diagnostics({ includePrivate: false })).toEqual([]);
    expect(engine.diagnostics({ includePrivate: true }).map((d) => [d.path, d.code])).toEqual([['Reflections/2026-02-14 Secret.md', 'binary-file']]);
  });
});

describe('a session or supervision whose properties cannot be read', () => {
  it('says it is left out, at the line of its type, where other notes say nothing more than the YAML error', () => {
    const session = parseNoteContent('---\nclient: "[[C-1]]"\ntype: session\nduration: 50\nthemes: [loss\n---\nShe talked about the move.\n');
    expect(session.kind).toBe('other');
    expect(session.diagnostics.filter((d) => d.code === 'unread-properties')).toMatchObject([{ line: 3, severity: 'warning', message: expect.stringContaining('say this is a session note') as string }]);
    // Not closed: the note's first lines are its properties.
    expect(parseNoteContent('---\ntype: supervision\ndate: 2026-03-03\nWe talked about C-1.\n').diagnostics.map((d) => d.code)).toContain('unread-properties');
    // A client note, a note with no type, and a session whose properties are read say nothing of it.
    for (const text of ['---\ntype: client\naliases: [Sam\n---\n', '---\ntitle: "open\n---\nText.\n', '---\ntype: session\ndate: 2026-03-03\n---\nText.\n']) {
      expect(parseNoteContent(text).diagnostics.map((d) => d.code), text).not.toContain('unread-properties');
    }
  });

  it('is not said of a template, whose placeholders may break its properties', () => {
    const broken = '---\ntype: session\ndate: {{date}}\nthemes: [{{theme}}\n---\n';
    const engine = engineWith({ 'Templates/Session.md': broken, 'Sessions/2026-03-03 C-1.md': broken }, { templatesFolder: 'Templates' });
    expect(engine.diagnostics().filter((d) => d.code === 'unread-properties').map((d) => d.path)).toEqual(['Sessions/2026-03-03 C-1.md']);
  });
});
