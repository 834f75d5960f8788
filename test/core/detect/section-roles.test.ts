import { describe, expect, it } from 'vitest';
import { sectionRole } from '../../../src/core/detect/section-roles';
import { engineWith } from '../../helpers/engine';

describe('whose a labelled part of a session note is', () => {
  it('gives the client what they say, what is seen of them, their behaviour and response; the practitioner the intervention', () => {
    expect(sectionRole('**O:** Slouched, hood up, went quiet when school came up.')).toBe('client');
    expect(sectionRole('S: Reports sleeping badly since the move.')).toBe('client');
    expect(sectionRole('Behaviour: Withdrew from the group exercise.')).toBe('client');
    expect(sectionRole('- Response: Tearful, then changed the subject.')).toBe('client');
    expect(sectionRole('Presentation: flat, avoided eye contact.')).toBe('client');
    expect(sectionRole('**I:** Glossed over the safety plan to get to the housing form.')).toBe('practitioner');
    expect(sectionRole('Intervention: Explored the pull to fix things.')).toBe('practitioner');
  });

  it('leaves mixed parts and unlabelled sentences alone', () => {
    expect(sectionRole('A: Possible avoidance on both sides.')).toBeUndefined();
    expect(sectionRole('Data: Session ran over by ten minutes.')).toBeUndefined();
    expect(sectionRole('Plan: revisit the letter next week.')).toBeUndefined();
    expect(sectionRole('Went quiet when school came up.')).toBeUndefined();
    expect(sectionRole('Observed: nothing of note.')).toBeUndefined();
  });
});

describe('evidence from a labelled part with no subject of its own', () => {
  const vault = (body: string): Record<string, string> => ({
    'Clients/C-031.md': '---\ntype: client\naliases: [Rhys]\n---\n',
    'Sessions/2026-03-03 C-031.md': `---\ntype: session\nclient: "[[C-031]]"\ndate: 2026-03-03\n---\n${body}\n`,
  });

  it('is the client\'s under O and the practitioner\'s under I', () => {
    const engine = engineWith(vault('**O:** Went quiet when his brother came up.\n\n**I:** Glossed over the safety plan to get to the housing form.'));
    const roles = engine.evidenceOf('Sessions/2026-03-03 C-031.md').map((e) => [e.dynamic, e.role]);
    expect(roles).toContainEqual(['avoidance-withdrawal', 'client']);
    expect(roles).toContainEqual(['avoidance-withdrawal', 'practitioner']);
  });

  it('keeps the subject a sentence names over its label', () => {
    const engine = engineWith(vault('**O:** I went quiet when his brother came up.'));
    expect(engine.evidenceOf('Sessions/2026-03-03 C-031.md').map((e) => [e.dynamic, e.role])).toEqual([['avoidance-withdrawal', 'practitioner']]);
  });
});
