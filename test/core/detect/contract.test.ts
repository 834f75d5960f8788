import { describe, expect, it } from 'vitest';
import { statesContract } from '../../../src/core/parse/body-contract';
import type { TextBlock } from '../../../src/core/model/note';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const ROOT = 'test/fixtures/vaults/coaching-contract';
const paragraph = (text: string, section?: string): TextBlock => ({ kind: 'paragraph', startLine: 1, text, section });

describe('the empty contract (SPEC section 3)', () => {
  const engine = engineWith(readFixtureVault(ROOT));
  const contractEvidence = (path: string) => engine.evidenceOf(path).filter((e) => e.source === 'contract');

  it('is no evidence when a note from the coaching template states its contract in the body', () => {
    expect(contractEvidence('Sessions/2026-05-12 K-07.md')).toEqual([]); // "We agreed the focus would be…"
    expect(contractEvidence('Sessions/2026-05-19 K-07.md')).toEqual([]); // a filled Contract section
  });

  it('counts, read from the flat properties, when the body states none either', () => {
    expect(contractEvidence('Sessions/2026-05-26 K-07.md').map((e) => [e.line, e.role])).toEqual([[10, 'process']]);
    // "before we agreed a focus" is an agreement that had not happened.
    expect(contractEvidence('Supervision/2026-05-28 Supervision.md')).toHaveLength(1);
    const flag = engine.flags().find((f) => f.kind === 'contracting');
    expect(flag?.client).toBe('Clients/K-07.md');
    expect(flag?.evidence.filter((e) => e.noteType === 'session').map((e) => e.path)).toEqual(['Sessions/2026-05-26 K-07.md']);
  });

  it('still reads the older nested contract map, and a filled focus is a contract', () => {
    const nested = (focus: string) => noteText(`type: session\nclient: "[[C-1]]"\ndate: 2026-02-10\ncontract:\n  focus: ${focus}\n  outcomes: []`, 'Talked about work.');
    const evidence = (focus: string) => engineWith({ 'Clients/C-1.md': noteText('type: client', ''), 'Sessions/s.md': nested(focus) }).evidenceOf('Sessions/s.md');
    expect(evidence('""').map((e) => e.source)).toEqual(['contract']);
    expect(evidence('the rota')).toEqual([]);
  });

  it('reads a stated contract from the body, and not one said not to have been agreed', () => {
    expect(statesContract([paragraph('We agreed the focus would be the rota.')])).toBe(true);
    expect(statesContract([paragraph('Agreed outcome: a plan for Monday.')])).toBe(true);
    expect(statesContract([paragraph('Focus: delegating the rota.', 'Contract')])).toBe(true);
    expect(statesContract([paragraph('Focus:\n- Outcomes: ', 'Contract')])).toBe(false);
    expect(statesContract([paragraph('We never agreed an outcome; she launched into the story.', 'Contract')])).toBe(false);
    expect(statesContract([paragraph('Again no clear goal for the session.', 'Contract')])).toBe(false);
    expect(statesContract([paragraph('I launched into the story before we agreed a focus.')])).toBe(false);
    expect(statesContract([paragraph("We didn't agree the focus until the end.")])).toBe(false);
    // In the writer's own words, and as structured sessions record their agenda.
    expect(statesContract([paragraph('We agreed to work on her sleep first.')])).toBe(true);
    expect(statesContract([paragraph("She chose to focus on the rota, and we agreed we'd review it in May.")])).toBe(true);
    expect(statesContract([paragraph('Agenda agreed: sleep diary, thought record.')])).toBe(true);
    expect(statesContract([paragraph('- Agenda: review homework; panic cycle')])).toBe(true);
    expect(statesContract([paragraph('We set the agenda together.')])).toBe(true);
    expect(statesContract([paragraph('No agenda set; she talked about the week.')])).toBe(false);
    expect(statesContract([paragraph('She arrived with her own draft of the review agenda.')])).toBe(false);
    expect(statesContract([paragraph("We never agreed to work on anything in particular.")])).toBe(false);
    expect(statesContract([paragraph('Mei and I agreed to focus today on the worry-postponement experiment.')])).toBe(true);
    expect(statesContract([paragraph('Declan and I agreed to spend today on the burden thought.')])).toBe(true);
    expect(statesContract([paragraph('We agreed at the start that most of the hour would go on her exposure plan.')])).toBe(true);
    expect(statesContract([paragraph('She agreed that the weather would be better tomorrow.')])).toBe(false);
    expect(statesContract([paragraph('Sophie and I agreed at the start that today is about the flexible working request.')])).toBe(true);
    expect(statesContract([paragraph('She agreed that the film was about her mother.')])).toBe(false);
    // An amount is no purpose.
    expect(statesContract([paragraph('We agreed that the session was about an hour too long.')])).toBe(false);
    expect(statesContract([paragraph('We agreed that the hour was about right for her.')])).toBe(false);
    // When it was agreed, and what the time was to go to.
    expect(statesContract([paragraph("- Darren and I agreed at the top to focus on the weekend of Ava's christening, with the outcome of a written plan.")])).toBe(true);
    expect(statesContract([paragraph('Fergal and I agreed at the top to give most of the hour to the urinalysis and the letter.')])).toBe(true);
    expect(statesContract([paragraph('**D:** Bernadette and I agreed at the start to give today to the street tablets.')])).toBe(true);
    expect(statesContract([paragraph('She decided to give up on the course after the first week.')])).toBe(false);
    expect(statesContract([paragraph('We agreed at the start to keep it light, and never came back to what she wanted.')])).toBe(false);
    // An outcome named with what was agreed, or the order of business agreed.
    expect(statesContract([paragraph('Renee and I agreed at the top to take the closing plans for Brian and Darnell first, with the outcome of a referral plan for each, and then Greg and Jenna.')])).toBe(true);
    expect(statesContract([paragraph('We agreed to take the sleep log first.')])).toBe(true);
    expect(statesContract([paragraph('She decided to take the bus first, with the outcome of being late.')])).toBe(false);
    expect(statesContract([paragraph("We never agreed to take anything first; she talked about the week.")])).toBe(false);
    expect(statesContract([paragraph('She agreed to take her tablets.')])).toBe(false);
  });
});
