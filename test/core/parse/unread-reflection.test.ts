import { describe, expect, it } from 'vitest';
import { parseNoteContent } from '../../../src/core/parse/parse-note';
import { saysReflection } from '../../../src/core/parse/unread-reflection';
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

  it('stays out of the graph, the diagnostics and the flags unless private notes are asked for', () => {
    const engine = engineWith({ 'Reflections/2026-02-16 Secret.md': BROKEN });
    const paths = (nodes: { id: string }[]) => nodes.map((n) => n.id);
    expect(paths(engine.graphDocument({ includePrivate: false }).nodes)).not.toContain('Reflections/2026-02-16 Secret.md');
    expect(engine.diagnostics({ includePrivate: false }).map((d) => d.path)).not.toContain('Reflections/2026-02-16 Secret.md');
    expect(engine.diagnostics({ includePrivate: true }).map((d) => d.path)).toContain('Reflections/2026-02-16 Secret.md');
  });
});
