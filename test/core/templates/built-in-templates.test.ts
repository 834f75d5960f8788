import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { clientNote, defaultProperties, reflectionNote, SESSION_FORMATS, sessionNote, supervisionNote } from '../../../src/core/templates/built-in-templates';
import { engineWith } from '../../helpers/engine';

const VALUES = { date: '2026-03-03', client: 'C-014', session: 12, practitioner: 'Robin Hart', supervisor: 'Ann Lee', cases: ['C-014'] };

function propertiesOf(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]) as Record<string, unknown>;
}

/** What the Properties view can show: text, number, checkbox, or a list of text. Never null, never a map. */
function expectFlat(properties: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(properties)) {
    const ok = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    expect(ok, `${key}: ${JSON.stringify(value)}`).toBe(true);
  }
}

const NOTES = {
  ...Object.fromEntries(SESSION_FORMATS.map((format) => [`Sessions/2026-03-03 C-014 ${format}.md`, sessionNote(VALUES, format)])),
  'Supervision/2026-03-03 Supervision.md': supervisionNote(VALUES, [{ session: '2026-03-03 C-014 soap', question: 'Why do I keep going quiet?' }]),
  'Clients/C-014.md': clientNote(VALUES),
  'Reflections/2026-03-03 Reflection.md': reflectionNote(VALUES),
};

describe('built-in templates', () => {
  it('give flat properties, typed as the Properties view types them', () => {
    for (const text of Object.values(NOTES)) expectFlat(propertiesOf(text));
    for (const type of ['session', 'supervision'] as const) expectFlat(defaultProperties(type, VALUES));
  });

  it('give a session its number and minutes as numbers, a coaching contract as three properties', () => {
    const soap = propertiesOf(sessionNote(VALUES, 'soap'));
    expect(soap).toMatchObject({ type: 'session', client: '[[C-014]]', date: '2026-03-03', session: 12, duration: 50, practitioner: '[[Robin Hart]]', format: 'soap' });
    expect(Object.keys(soap).some((k) => k.startsWith('contract'))).toBe(false);
    const coaching = propertiesOf(sessionNote(VALUES, 'coaching'));
    expect(coaching).toMatchObject({ modality: 'coaching', contract_focus: '', contract_outcomes: [], contract_approach: '' });
    expect(coaching.contract).toBeUndefined();
    // A number not known yet is left out rather than written as null.
    expect('session' in propertiesOf(sessionNote({ date: '2026-03-03' }, 'dap'))).toBe(false);
    expect('session' in defaultProperties('session', { date: '2026-03-03' })).toBe(false);
  });

  it('give a supervision its minutes and a flat contract', () => {
    const properties = propertiesOf(NOTES['Supervision/2026-03-03 Supervision.md']);
    expect(properties).toMatchObject({ type: 'supervision', duration: 60, cases: ['[[C-014]]'], contract_focus: '', contract_outcomes: [], contract_approach: '' });
    expect(properties.contract).toBeUndefined();
  });

  it('put a risk and safeguarding line in every session note, and prompts in a reflection', () => {
    for (const format of SESSION_FORMATS) expect(sessionNote(VALUES, format)).toContain('## Risk and safeguarding\n- ');
    const reflection = reflectionNote(VALUES);
    expect(reflection).toContain('## What happened\n\n## What I felt\n\n## What I take to supervision\n');
    expect(propertiesOf(reflection)).toMatchObject({ type: 'reflection', private: true, practitioner: '[[Robin Hart]]' });
    expect('practitioner' in propertiesOf(reflectionNote({ date: '2026-03-03' }))).toBe(false);
  });

  it('claim nothing: notes made from them are no evidence of any dynamic, and need no checking', () => {
    const engine = engineWith({ ...NOTES, 'People/Robin Hart.md': '---\ntype: person\nrole: practitioner\n---\n', 'People/Ann Lee.md': '---\ntype: person\nrole: supervisor\n---\n' });
    for (const path of Object.keys(NOTES)) expect(engine.evidenceOf(path).filter((e) => e.dynamic !== 'contracting-unclear'), path).toEqual([]);
    expect(engine.diagnostics()).toEqual([]);
    expect(engine.flags().filter((f) => f.dynamic !== 'contracting-unclear')).toEqual([]);
  });
});
