import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine';
import { noteText } from '../../helpers/notes';

// A small practice that random edits keep reshaping: clients change aliases and practitioners,
// sessions move between clients and dates, supervisions change what they discuss.
const CLIENTS = ['C-1', 'C-2', 'C-3'];
const PEOPLE = ['Robin', 'Ann', 'Kim'];
const DAYS = ['2026-02-01', '2026-02-10', '2026-02-20', '2026-03-01', '2026-03-20'];
const DYNAMICS = ['rescuing', 'avoidance', 'stuck', 'loss', 'contracting-unclear'];
const SENTENCES = ['I jumped in.', 'Sam kept rescuing her brother and Ann kept rescuing Sam.', 'Sam avoided it.', 'No sense of rescuing.', 'She feels stuck.', 'Ann came up with solutions.', 'I launched into the story.', 'Her mother rescues her.'];

const list = fc.array(fc.constantFrom(...DYNAMICS), { maxLength: 2 }).map((d) => `[${d.join(', ')}]`);
const body = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 3 }).map((s) => s.join(' '));

const clientNote = fc.record({ practitioner: fc.constantFrom(...PEOPLE), alias: fc.constantFrom('Sam', 'Jo', 'Alex') }).map(
  (c) => noteText(`type: client\naliases: [${c.alias}]\npractitioner: "[[${c.practitioner}]]"`, ''),
);
const sessionNote = fc
  .record({ client: fc.constantFrom(...CLIENTS), date: fc.constantFrom(...DAYS), c: list, p: list, empty: fc.boolean(), body })
  .map((s) => noteText(`type: session\nclient: "[[${s.client}]]"\ndate: ${s.date}\nclient_dynamics: ${s.c}\npractitioner_dynamics: ${s.p}${s.empty ? '\ncontract: {focus: "", outcomes: []}' : ''}`, s.body));
const supervisionNote = fc
  .record({ date: fc.constantFrom(...DAYS), cases: fc.subarray(CLIENTS), e: list, r: list, supervisor: fc.constantFrom(...PEOPLE), body })
  .map((s) => noteText(`type: supervision\nsupervisor: "[[${s.supervisor}]]"\ndate: ${s.date}\ncases: [${s.cases.map((c) => `"[[${c}]]"`).join(', ')}]\nsupervisee_dynamics: ${s.e}\nsupervisor_dynamics: ${s.r}`, s.body));
const reflectionNote = fc.record({ date: fc.constantFrom(...DAYS), themes: list }).map((r) => noteText(`type: reflection\ndate: ${r.date}\nthemes: ${r.themes}`, ''));

const edit = fc.oneof(
  fc.record({ path: fc.constantFrom(...CLIENTS.map((c) => `Clients/${c}.md`)), data: clientNote }),
  fc.record({ path: fc.constantFrom('S/a.md', 'S/b.md', 'S/c.md', 'S/d.md', 'S/e.md'), data: sessionNote }),
  fc.record({ path: fc.constantFrom('V/x.md', 'V/y.md'), data: supervisionNote }),
  fc.record({ path: fc.constant('R/r.md'), data: reflectionNote }),
  fc.record({ path: fc.constantFrom('S/a.md', 'S/b.md', 'V/x.md', 'Clients/C-1.md', 'People/Ann.md'), data: fc.constant(null) }),
  fc.record({ path: fc.constantFrom(...PEOPLE.map((p) => `People/${p}.md`)), data: fc.constantFrom(noteText('type: person\naliases: [Ann]', ''), noteText('type: person', '')) }),
);

describe('incremental flags', () => {
  it('equal a full recomputation after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 20 }), (edits) => {
        const live = new Engine({ patternClients: 2 });
        live.load([]);
        const files = new Map<string, string>();
        for (const { path, data } of edits) {
          if (data === null) {
            files.delete(path);
            live.remove(path);
          } else {
            files.set(path, data);
            live.upsert({ path, data });
          }
        }
        const fresh = new Engine({ patternClients: 2 });
        fresh.load([...files].map(([path, data]) => ({ path, data })));
        expect(live.flags()).toEqual(fresh.flags());
        expect(live.diagnostics()).toEqual(fresh.diagnostics());
      }),
      { numRuns: 250 },
    );
  });
});
