import { describe, expect, it } from 'vitest';
import { openingPerson } from '../../../src/core/detect/opening-person';
import type { Mention } from '../../../src/core/detect/mentions';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const words = (text: string) => text.toLowerCase().split(' ');
const opening = (text: string, at: number, end: number, value: Mention['value']) => {
  const w = words(text);
  const mentions = new Array<Mention | undefined>(w.length);
  mentions[at] = { end, value };
  return openingPerson(w, w.map((_, i) => i === 0), mentions);
};

describe('the one of the supervision\'s people who opens a sentence', () => {
  it('is the one named first, as the subject of the sentence\'s first clause', () => {
    expect(opening('my supervisor insisted i end the work with dale and when i explained she', 0, 2, 'supervisor')).toBe('supervisor');
    expect(opening('dale asked to end early and when i explained she', 0, 1, 'client')).toBe('client');
  });

  it('is no one when the sentence opens otherwise: with a clause of time, with the writer, or with someone outside', () => {
    expect(opening('when my supervisor asked the school nurse she', 1, 3, 'supervisor')).toBeUndefined();
    expect(opening('i told my supervisor about dale and she', 2, 4, 'supervisor')).toBeUndefined();
    expect(opening('her manager rang and she', 0, 2, 'other')).toBeUndefined();
  });

  it("gives a she further on to the supervisor the sentence opens with, where it names a client too", () => {
    const engine = engineWith({
      'People/Robin Hart.md': noteText('type: person\nrole: practitioner', ''),
      'People/Ann Lee.md': noteText('type: person\nrole: supervisor\naliases: [Ann]', ''),
      'Clients/C-031.md': noteText('type: client\ncode: C-031\naliases: [Dale]', ''),
      'Supervision/2026-03-04.md': noteText(
        'type: supervision\ndate: 2026-03-04\nsupervisor: "[[Ann Lee]]"\nsupervisee: "[[Robin Hart]]"\ncases: ["[[C-031]]"]',
        'My supervisor insisted I end the work with Dale before the audit, and when I explained my reasons she repeated the instruction more sharply, twice, until I agreed.',
      ),
    });
    const found = engine.evidenceOf('Supervision/2026-03-04.md').filter((e) => e.dynamic === 'power-struggle');
    expect(found.map((e) => e.role)).toEqual(['supervisor']);
  });
});
