import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientMask, clientNames } from '../../../src/core/present/client-mask';
import { displayNames } from '../../../src/core/present/display-names';
import { engineWith } from '../../helpers/engine';

const files = {
  'Clients/C-014.md': '---\ntype: client\ncode: C-014\naliases: [Sam]\n---\n# C-014\n',
  'Clients/Jamie Rivers.md': '---\ntype: client\naliases: [Jamie, JR]\n---\n# Jamie\n',
  'Sessions/2026-02-03 Kim.md': '---\ntype: session\nclient: "[[Kim Osei]]"\ndate: 2026-02-03\n---\nKim arrived late.\n',
};

describe('client mask', () => {
  const graph = engineWith(files).graph;
  const clients = clientNames(graph);

  it('uses the code property, else numbers clients in path order; names without a note count too', () => {
    expect(clients).toEqual([
      { id: 'Clients/C-014.md', code: 'C-014', names: ['Sam'] },
      { id: 'Clients/Jamie Rivers.md', code: 'Client 1', names: ['Jamie Rivers', 'Jamie', 'JR'] },
      { id: 'kim osei', code: 'Client 2', names: ['Kim Osei'] },
    ]);
  });

  it('counts no template as a client: the word "client" stays a word', () => {
    // The demo vault's Templates/Client.md (code "{{client}}") made every "client" its masked code.
    const withTemplates = engineWith({
      ...files,
      'Templates/Client.md': '---\ntype: client\ncode: "{{client}}"\n---\n# {{client}}\n',
      'Templates/Session.md': '---\ntype: session\nclient: "[[{{client}}]]"\n---\n',
    }).graph;
    expect(clientNames(withTemplates)).toEqual(clients);
    expect(new ClientMask(clientNames(withTemplates)).mask("Keep the client's needs first.")).toBe("Keep the client's needs first.");
  });

  it('hides a name in a dynamic of the user\'s own, and in a reason they typed, as in any other text', () => {
    const engine = engineWith(files);
    const names = displayNames({ graph: engine.graph, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: () => 'Sam withdrawal' }, true);
    expect(names.dynamic('sam-withdrawal')).toBe('C-014 withdrawal');
    expect(names.text('Sam reminds me of my sister')).toBe('C-014 reminds me of my sister');
  });

  it('replaces whole names and aliases, longest first, in any case', () => {
    const mask = new ClientMask(clients);
    expect(mask.mask("Jamie Rivers told me Sam's news; SAM was upset.")).toBe("Client 1 told me C-014's news; C-014 was upset.");
    expect(mask.mask('Jamie and JR')).toBe('Client 1 and Client 1');
    expect(mask.mask('Samantha said the same; Jamieson too.')).toBe('Samantha said the same; Jamieson too.');
    expect(mask.mask('Kim Osei')).toBe('Client 2');
    expect(mask.code('Clients/C-014.md')).toBe('C-014');
  });

  it('treats names as text, not as patterns', () => {
    const mask = new ClientMask([{ id: 'x', code: 'C-1', names: ['A.B (c)'] }]);
    expect(mask.mask('Met A.B (c) today; AxB (c) is someone else.')).toBe('Met C-1 today; AxB (c) is someone else.');
  });

  it('without clients, text is unchanged', () => {
    expect(new ClientMask([]).mask('Sam')).toBe('Sam');
  });

  it('masks exactly what the lookbehind pattern it replaced masked', () => {
    // The old pattern, kept here only (Node parses lookbehinds; Safari before iOS 16.4 does not).
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const byLookbehind = (names: string[], text: string): string => {
      const byName = new Map<string, string>();
      names.forEach((n, i) => { if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), `C${i}`); });
      const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
      return text.replace(pattern, (m) => byName.get(m.toLowerCase()) ?? m);
    };
    // Few characters, so names start inside words, inside other names and after punctuation; an astral letter and a surrogate.
    const char = fc.constantFrom('a', 'b', 'S', 's', ' ', '.', '(', '_', '1', 'é', '\u{1D4D0}', '\u0345', "'");
    const word = fc.array(char, { minLength: 2, maxLength: 4 }).map((cs) => cs.join('')).filter((n) => n.trim().length > 1);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 4 }), fc.array(char, { maxLength: 30 }), (names, chars) => {
        const text = chars.join('') + ' ' + names.join('.') + 'b' + names.join(' ');
        const mask = new ClientMask([{ id: 'x', code: 'unused', names: [] }, ...names.map((n, i) => ({ id: `c${i}`, code: `C${i}`, names: [n] }))]);
        expect(mask.mask(text)).toBe(byLookbehind(names, text));
      }),
      { numRuns: 500 },
    );
  });
});
