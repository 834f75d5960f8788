import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../src/core/parse/link-syntax';

const refs = (text: string) => findLinks(text).map((m) => m.ref);

describe('findLinks', () => {
  it('reads wikilinks with alias, heading, block reference and folder', () => {
    expect(refs('See [[C-014|Sam]], [[2026-02-03 Supervision#Process]], [[Notes/Plan#^abc123]].')).toEqual([
      { target: 'C-014', subpath: undefined, alias: 'Sam', syntax: 'wiki' },
      { target: '2026-02-03 Supervision', subpath: 'Process', alias: undefined, syntax: 'wiki' },
      { target: 'Notes/Plan', subpath: '^abc123', alias: undefined, syntax: 'wiki' },
    ]);
  });

  it('reads embeds', () => {
    expect(refs('![[Genogram.png]] and ![[C-014#Risk]]')).toMatchObject([
      { target: 'Genogram.png', syntax: 'embed' },
      { target: 'C-014', subpath: 'Risk', syntax: 'embed' },
    ]);
  });

  it('reads markdown links to notes, decoding %20, and ignores web links', () => {
    expect(refs('[grief](../Reading/Grief%20models.md#Stages) and [site](https://example.org/a.md) and [x](<My Note.md>)')).toEqual([
      { target: '../Reading/Grief models.md', subpath: 'Stages', syntax: 'markdown' },
      { target: 'My Note.md', subpath: undefined, syntax: 'markdown' },
    ]);
  });

  it('gives the label position so prose keeps the alias', () => {
    const [m] = findLinks('I saw [[C-014|the client]] today');
    expect('I saw [[C-014|the client]] today'.slice(m.labelIndex, m.labelIndex + m.labelLength)).toBe('the client');
  });

  it('ignores an empty link, an unclosed one and one split across lines', () => {
    expect(refs('[[]] and [[no close, [[split\nacross]]')).toEqual([]);
  });
});
