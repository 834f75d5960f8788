import { describe, expect, it } from 'vitest';
import { compactContent, decodeContent, encodeContent } from '../../../src/core/cache/content-codec';
import { CompactContent } from '../../../src/core/cache/compact-content';
import { propertyCodes } from '../../../src/core/cache/code-tables';
import type { CueHit, NoteContent } from '../../../src/core/model/note';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteContent, noteText } from '../../helpers/notes';

/** Every field of note content the engine reads, through its getters. */
function plain(c: NoteContent): Record<string, unknown> {
  return {
    kind: c.kind,
    textRead: c.textRead,
    properties: [...c.properties],
    propertyDate: c.propertyDate,
    aliases: c.aliases,
    links: c.links,
    tags: c.tags,
    forSupervision: c.forSupervision,
    contractStated: c.contractStated,
    cueHits: c.cueHits,
    bodyReader: c.bodyReader,
    diagnostics: c.diagnostics,
  };
}

const session = noteContent(
  noteText(
    'type: session\nClient: "[[C-1]]"\ndate: 2026-02-03\naliases: [Tuesday session]\nclient_dynamics:\n  - avoidance\n  - stuck\npractitioner_dynamics: [rescuing]\ncontract: {focus: "", outcomes: []}\nfor_supervision: true\nfelt_sense: heavy, sleepy\nempty:',
    '## Notes\nSam arrived late. I found myself rescuing her again, as I always do when she goes quiet. #dynamic/rescuing [[Notes/x#Part|alias]] [y](../y%20z.md)\n\n## For supervision\nWhy do I keep fixing?\n',
  ),
);

describe('a note kept in its compact form once read', () => {
  it('keeps everything the graph, the detector and the view read, and no blocks or headings', () => {
    expect(session.cueHits.length).toBeGreaterThan(1);
    expect(session.blocks.length).toBeGreaterThan(0);
    const compact = compactContent(session, session.cueHits);
    expect(plain(compact)).toEqual(plain(session));
    expect(compact.blocks).toEqual([]);
    expect(compact.headings).toEqual([]);
  });

  it('reads the same after a trip through the cache', () => {
    const restored = decodeContent(JSON.parse(JSON.stringify(encodeContent(compactContent(session, session.cueHits)))))!;
    expect(plain(restored)).toEqual(plain(session));
    // Items that follow from the value on the property's own line are left out; a list on lines of its own keeps them.
    const [properties] = JSON.parse(encodeContent(compactContent(session, session.cueHits)).cold) as [unknown[][]];
    expect(properties.filter((p) => p.length === 5).map((p) => p[1] === 0 ? p[0] : p[1])).toEqual([propertyCodes().encode('client_dynamics')]);
    expect(properties.every((p) => p.length === 4 || p.length === 5)).toBe(true);
  });

  it("keeps a supervision note's case words, its topic's too, through the cache", () => {
    const supervision = noteContent(
      noteText('type: supervision\ndate: 2026-02-24\ncases: ["[[C-1]]", "[[C-2]]"]', '- Sam: the house clearance.\n\nAnn came up with solutions for the house clearance question. I rescued Jo again.\n'),
    );
    const cases = supervision.cueHits.map((h) => h.cases);
    expect(cases.some((c) => c?.topic === 'sam')).toBe(true);
    expect(cases.some((c) => c?.before !== undefined)).toBe(true);
    const restored = decodeContent(JSON.parse(JSON.stringify(encodeContent(compactContent(supervision, supervision.cueHits)))))!;
    expect(restored.cueHits.map((h) => h.cases)).toEqual(cases);
    // A paragraph's words are kept once, its later hits pointing to the hit before's.
    const topic = cases.find((c) => c?.topic !== undefined)!.topic!;
    expect(compactContent(supervision, supervision.cueHits).encoded.cold.split(JSON.stringify(topic)).length - 1).toBe(1);
  });

  it("keeps a cue hit's subject words as the place they are read from when its sentence gives them again", () => {
    const sentence = noteContent(noteText('type: session\nclient: "[[C-1]]"', 'Sam arrived late, and after a long pause I found myself rescuing her again.\n'));
    const hits = sentence.cueHits;
    expect(hits.map((h) => h.words.join(' '))).toContain('sam arrived late and after a long pause i found myself');
    const cold = JSON.parse(compactContent(sentence, sentence.cueHits).encoded.cold) as unknown[][][];
    // [dynamic, line, sentence, subjectAt]: no words (nor their starts, both left out), a number where the first word was.
    expect(cold[1].every((hit) => typeof hit[3] === 'number' && hit.length === 4)).toBe(true);
    expect(plain(compactContent(sentence, sentence.cueHits))).toEqual(plain(sentence));
    // A hit whose words its sentence does not give keeps them, and its subjectAt among its other fields.
    const odd: NoteContent = { ...sentence, cueHits: [{ ...hits[0], words: ['someone', 'else'], starts: [true, false] }] };
    const oddCold = JSON.parse(compactContent(odd, odd.cueHits).encoded.cold) as unknown[][][];
    expect(oddCold[1][0][4]).toBe('someone else');
    expect(compactContent(odd, odd.cueHits).cueHits).toEqual(odd.cueHits);
    // And the entry past the words, when the cue follows a comma (CueHit.starts).
    const afterComma: NoteContent = { ...sentence, cueHits: [{ ...hits[0], words: ['someone', 'else'], starts: [true, false, true] }] };
    expect(compactContent(afterComma, afterComma.cueHits).cueHits).toEqual(afterComma.cueHits);
    expect(decodeContent(JSON.parse(JSON.stringify(encodeContent(compactContent(afterComma, afterComma.cueHits)))))!.cueHits).toEqual(afterComma.cueHits);
  });

  it('keeps the words of a hit in a long sentence, cut around its cue, and reads hits of one sentence in any order', () => {
    const long = `Sam arrived late, ${'and talked about the weekend, the match, the weather, '.repeat(8)}and I found myself rescuing her again.`;
    const content = noteContent(noteText('type: session\nclient: "[[C-1]]"', `${long}\n\nI jumped in again. Sam went quiet.\n`));
    const compact = compactContent(content, content.cueHits);
    const cold = JSON.parse(compact.encoded.cold) as unknown[][][];
    // The long sentence's evidence text is cut around its cue: its words are kept as words.
    expect(cold[1].some((hit) => typeof hit[3] === 'string' && typeof hit[4] === 'string' && hit[4].startsWith('sam arrived late'))).toBe(true);
    expect(plain(compact)).toEqual(plain(content));
    // Hits whose sentences alternate read the same as in order.
    const alternating: NoteContent = { ...content, cueHits: [content.cueHits[1], content.cueHits[0], content.cueHits[1], content.cueHits[2], content.cueHits[0]] };
    expect(compactContent(alternating, alternating.cueHits).cueHits).toEqual(alternating.cueHits);
  });

  it('reads a hit whose place in its sentence a damaged cache cannot give as one with no subject words', () => {
    const sentence = noteContent(noteText('type: session\nclient: "[[C-1]]"', 'I found myself rescuing her again.\n'));
    const encoded = compactContent(sentence, sentence.cueHits).encoded;
    for (const place of [0.5, 99, -1]) {
      const cold = JSON.parse(encoded.cold) as unknown[][][];
      cold[1][0][3] = place;
      const damaged = decodeContent({ ...encoded, cold: JSON.stringify(cold) })!;
      expect(damaged.cueHits[0]).toMatchObject({ dynamic: sentence.cueHits[0].dynamic, first: '', words: [], starts: [] });
    }
  });

  it('keeps a field of a cue hit it does not know, and items that do not follow from the value', () => {
    const hit = { ...session.cueHits[0], pattern: { id: 'p-1', weight: 2 } } as CueHit;
    const odd: NoteContent = {
      ...session,
      cueHits: [hit],
      properties: new Map([['themes', { key: 'Themes', value: ['loss', 'anger'], line: 4, items: [{ value: 'loss', line: 5 }] }]]),
    };
    const restored = decodeContent(JSON.parse(JSON.stringify(encodeContent(compactContent(odd, odd.cueHits)))))!;
    expect(restored.cueHits).toEqual([hit]);
    expect([...restored.properties]).toEqual([...odd.properties]);
  });

  it('keeps property keys, dynamics and link properties outside its code tables as they are', () => {
    const own = { ...session.cueHits[0], dynamic: 'my-own-dynamic' };
    const odd: NoteContent = {
      ...session,
      cueHits: [own, session.cueHits[0]],
      properties: new Map([
        ['mood_today', { key: 'Mood today', value: 'flat', line: 2, items: [{ value: 'flat', line: 2 }] }],
        ['type', { key: 'type', value: 'session', line: 3, items: [{ value: 'session', line: 3 }] }],
      ]),
      links: [
        { target: 'Ann', syntax: 'property', line: 2, property: 'my_supervisor' },
        { target: 'C-1', syntax: 'wiki', line: 3, property: 'type' },
        { target: 'x', syntax: 'embed', line: 9 },
      ],
    };
    const encoded = encodeContent(compactContent(odd, odd.cueHits));
    const restored = decodeContent(JSON.parse(JSON.stringify(encoded)))!;
    expect(restored.cueHits).toEqual(odd.cueHits);
    expect([...restored.properties]).toEqual([...odd.properties]);
    expect(restored.links).toEqual(odd.links);
    // The shipped taxonomy's ids and the plugin's property keys are written as numbers.
    const [properties, hits] = JSON.parse(encoded.cold) as [unknown[][], unknown[][]];
    expect(hits.map((h) => typeof h[0])).toEqual(['string', 'number']);
    expect(properties.map((p) => typeof p[0])).toEqual(['string', 'number']);
    expect(encoded.links).not.toContain('type');
  });

  it('taken up from the cache, counts its links without making them, and makes them once when read', () => {
    const encoded = JSON.parse(JSON.stringify(encodeContent(compactContent(session, session.cueHits)))) as Parameters<typeof decodeContent>[0];
    const restored = decodeContent(encoded)!;
    expect(restored.linkCount).toBe(session.links.length);
    expect(restored.linkCount).toBeGreaterThan(1);
    // Written back unread, the packed links are the ones taken up.
    expect(encodeContent(restored).links).toBe((encoded as { links: unknown }).links);
    const links = restored.links;
    expect(links).toEqual(session.links);
    expect(restored.links).toBe(links);
    expect(restored.linkCount).toBe(links.length);
    expect(encodeContent(restored).links).toEqual((encoded as { links: unknown }).links);
  });

  it('makes the links of a damaged entry at once, leaving out a link it cannot read, and counts what it made', () => {
    const encoded = JSON.parse(JSON.stringify(encodeContent(compactContent(session, session.cueHits)))) as { links: (string | number)[] };
    expect(encoded.links.length).toBe(6 * session.links.length);
    encoded.links[1] = 99;
    const restored = decodeContent(encoded)!;
    expect(restored.links).toEqual(session.links.slice(1));
    expect(restored.linkCount).toBe(session.links.length - 1);
  });

  it('keeps the decoded properties and cue hits of the latest notes read only, and decodes the others again alike', () => {
    const first = compactContent(session, session.cueHits);
    const properties = first.properties;
    expect(first.properties).toBe(properties);
    for (let i = 0; i < 300; i++) void compactContent(session, session.cueHits).cueHits;
    expect(first.properties).not.toBe(properties);
    expect([...first.properties]).toEqual([...properties]);
  });

  it('is what the engine holds after a scan', () => {
    const engine = engineWith(readFixtureVault('examples/demo-vault'));
    const notes = [...engine.graph.allNotes()];
    expect(notes.some((n) => n.content.cueHits.length > 0)).toBe(true);
    for (const note of notes) expect(note.content, note.path).toBeInstanceOf(CompactContent);
  });
});
