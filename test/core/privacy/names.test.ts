import { describe, expect, it } from 'vitest';
import { lexiconNameModel } from '../../../src/core/privacy/lexicon-model';
import type { Span } from '../../../src/core/privacy/kinds';
import { knownNames } from '../../../src/core/privacy/known-names';
import { findNames } from '../../../src/core/privacy/names';
import { findIdentifiers } from '../../../src/core/privacy/find-identifiers';

const known = knownNames(['Robin Hart', 'Robin', 'Ann Lee', 'Ann', 'C-014', 'Sam']);
const model = lexiconNameModel();
const find = (line: string): string[] => findNames(line, { known, model }).map((s: Span) => `${s.kind}: ${line.slice(s.start, s.end)}`);

describe('names of people', () => {
  it('finds a full name by its first name, its title, or a word introducing a person', () => {
    expect(find('Her sister Jane Whitfield has stopped answering.')).toEqual(['person-name: Jane Whitfield']);
    expect(find('Referred by Dr Okafor last week.')).toEqual(['person-name: Dr Okafor']);
    expect(find('GP: Dr. Aisha Rahman')).toEqual(['person-name: Dr. Aisha Rahman']);
    expect(find('The new director, Priya Shah, wants cuts.')).toEqual(['person-name: Priya Shah']);
    expect(find("Her charge nurse, Kevin O'Donnell, rewrote the plan.")).toEqual(["person-name: Kevin O'Donnell"]);
    expect(find('Sam Whitfield is the name on the tenancy.')).toEqual(['person-name: Sam Whitfield']);
    expect(find('Her partner Élodie Ångström moved in.')).toEqual(['person-name: Élodie Ångström']);
  });

  it('finds a name with a Gaelic particle inside it, and leaves a measure named after its author alone', () => {
    expect(find('Her GP, Seán Ó Briain, rang.')).toEqual(['person-name: Seán Ó Briain']);
    expect(find('Referred by Máire Ní Bhriain at the clinic.')).toEqual(['person-name: Máire Ní Bhriain']);
    expect(find('We repeated the Beck Depression Inventory today; score 21.')).toEqual([]);
    expect(find('Scored 14 on the Hamilton Anxiety Rating Scale.')).toEqual([]);
    // A person is still found beside a measure.
    expect(find('Her sister Jane Whitfield filled in the Beck Anxiety Inventory.')).toEqual(['person-name: Jane Whitfield']);
  });

  it('finds a person whose surname is a measure\'s word: after a title or someone spoken of', () => {
    expect(find('Her mum, Karen Scales, came to the first session.')).toEqual(['person-name: Karen Scales']);
    expect(find('Her ex, Patrick Index, has the children this week.')).toEqual(['person-name: Patrick Index']);
    expect(find('Her partner Tom Hughes Test results are pending.').join()).toContain('person-name: Tom Hughes');
    expect(find('Referred by Dr Jane Smith Screening Interview booked.').join()).toContain('Jane Smith');
    expect(find('Her mum, Mary Anne Scales, came in.')).toEqual(['person-name: Mary Anne Scales']);
    // A measure named after its author stays no one's, though the author's surname is a first name too, or a person is spoken of before it.
    expect(find('We used the Barthel Index on the ward.')).toEqual([]);
    expect(find('Completed the Hamilton Scale at intake.')).toEqual([]);
    expect(find('She completed the Beck Inventory.')).toEqual([]);
    expect(find('Her psychologist Wechsler Adult Intelligence Scale results came back.')).toEqual([]);
  });

  it('leaves the vault’s own names, single names and capitalised sentence starts alone', () => {
    for (const line of [
      'Ann Lee asked what I wanted from today.',
      'Robin: ask Dr Ann Lee about the guidance.',
      'Today Sam talked about the flat.',
      'Then Ann wondered aloud.',
      'Later Alex described a meeting.',
      "Mother's Day is coming up.",
      'Good Friday is the next day off.',
      'Her old school friend Hannah emails her.',
      "Jordan's DOB is on the form.",
      // A sentence's first word let go, the connector after it goes too: the name is the vault's own.
      'Client of Robin Hart.',
      'Supervisee of Ann Lee since March.',
    ]) {
      expect(find(line)).toEqual([]);
    }
  });

  it('leaves capitalised concepts, places and streets without a number alone', () => {
    for (const line of [
      'The Window of Tolerance came up again.',
      'The Drama Triangle fits too well.',
      'We named the Inner Critic that sounds like her mother.',
      'We used the Empty Chair to speak to him.',
      'She moved from New York to North Yorkshire.',
      'The letting agent is on Otley Road.',
    ]) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('names of organisations', () => {
  it('finds an organisation by its last word, by "X of Y", or after a word naming an employer or school', () => {
    expect(find('Her manager at Leeds City Council started a process.')).toEqual(['organisation: Leeds City Council']);
    expect(find('Her son goes to St Anne’s Catholic High School.')).toEqual(['organisation: St Anne’s Catholic High School']);
    expect(find('Applying to the University of Leeds.')).toEqual(['organisation: University of Leeds']);
    expect(find('The letting agent is Grant & Hale Lettings.')).toEqual(['organisation: Grant & Hale Lettings']);
    expect(find("Alex's partner works at Barclays.")).toEqual(['organisation: Barclays']);
    expect(find('employer: Hollins Logistics UK Ltd')).toEqual(['organisation: Hollins Logistics UK Ltd']);
    expect(find('He works for IBM now.')).toEqual(['organisation: IBM']);
  });

  it('leaves national services, platforms and the practitioner’s own practice alone', () => {
    for (const line of ['She called the Samaritans.', 'Sessions on Zoom.', 'She works for the NHS.', 'Nothing goes back to HR.', 'Robin Hart Counselling Practice invoices monthly.']) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('names with particles', () => {
  it('joins two particles in a row, and lets every particle past the check that skips most lines', () => {
    expect(find('Her father Pieter van den Berg rang.')).toEqual(['person-name: Pieter van den Berg']);
    expect(find('Her sister Maria de la Cruz came.')).toEqual(['person-name: Maria de la Cruz']);
    // Through the whole check: "di", "du", "den" and "el" no longer make a line skip the name search.
    for (const [line, name] of [['Her sister Maria di Stefano came.', 'Maria di Stefano'], ['Her mum Maria du Plessis rang.', 'Maria du Plessis']]) {
      expect(findIdentifiers(line, known).map((f) => f.text)).toEqual([name]);
    }
  });
});
