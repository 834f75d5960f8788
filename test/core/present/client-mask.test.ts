import { describe, expect, it } from 'vitest';
import { ClientMask, clientNames } from '../../../src/core/present/client-mask';
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
});
