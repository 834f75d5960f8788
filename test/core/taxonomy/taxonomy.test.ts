import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { loadTaxonomy } from '../../../src/core/taxonomy/load-taxonomy';
import { shortLabel } from '../../../src/core/taxonomy/taxonomy';
import { SNIPPET } from '../../../src/core/text/snippet';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

describe('default taxonomy', () => {
  it('ships dynamics.yaml unchanged: same ids, kinds, labels and cues', () => {
    const seed = parse(readFileSync('src/core/taxonomy/dynamics.yaml', 'utf8')) as { id: string; kind: string; label: string; cues: string[] }[];
    expect(defaultDefinitions().map((d) => [d.id, d.kind, d.label, d.cues])).toEqual(seed.map((d) => [d.id, d.kind, d.label, d.cues.map(String)]));
    expect(seed.map((d) => d.id)).toContain('contracting-unclear');
  });

  it('writes every phrase of its patterns and other senses in lower case, as notes are matched', () => {
    // A phrase edited through a YAML 1.1 tool comes back as "False" or "True" (off, no, on, yes): never matched.
    const shipped = parse(readFileSync('src/core/taxonomy/dynamics.yaml', 'utf8')) as { id: string; other_senses?: string[]; patterns?: { match: string[][]; unless_after?: string[]; unless_before?: string[]; breaks?: string[] }[] }[];
    const phrases = shipped.flatMap((d) => [...(d.other_senses ?? []), ...(d.patterns ?? []).flatMap((p) => [...p.match.flat(), ...(p.unless_after ?? []), ...(p.unless_before ?? []), ...(p.breaks ?? [])])]);
    expect(phrases.length).toBeGreaterThan(5000);
    expect(phrases.filter((p) => typeof p !== 'string' || p !== p.toLowerCase())).toEqual([]);
  });

  it('names every dynamic in a question so that the sentence reads: a phrase where the label would not', () => {
    const named = (id: string): string => shortLabel(loadTaxonomy().taxonomy.get(id), id);
    expect(named('rescuing')).toBe('rescuing');
    expect(named('victim-helplessness')).toBe('helplessness');
    expect(named('boundary-issues')).toBe('strain on boundaries');
    // Four attachment styles are four dynamics, not one "attachment".
    expect(new Set(['attachment-secure', 'attachment-anxious', 'attachment-avoidant', 'attachment-disorganised'].map(named)).size).toBe(4);
    // No question says "the victim", "the persecuting" or a plural after "Is the".
    for (const d of defaultDefinitions()) expect(named(d.id), d.id).not.toMatch(/^(victim|persecuting|boundary issues|attachment)$/);
  });

  it('maps property values by id, label, cue phrase or slug', () => {
    const { taxonomy } = loadTaxonomy();
    expect(taxonomy.lookup('rescuing')).toBe('rescuing');
    expect(taxonomy.lookup('Rescuing / over-responsibility')).toBe('rescuing');
    expect(taxonomy.lookup('Avoidance')).toBe('avoidance-withdrawal');
    expect(taxonomy.lookup('changed the subject')).toBe('avoidance-withdrawal');
    expect(taxonomy.lookup('avoidance withdrawal')).toBe('avoidance-withdrawal');
    expect(taxonomy.lookup('bereavement')).toBe('loss-abandonment-rejection');
    expect(taxonomy.lookup('people pleasing')).toBeUndefined();
  });
});

describe('user taxonomy', () => {
  const yaml = `- id: people-pleasing
  kind: dynamic
  label: People pleasing
  cues: [keep everyone happy, people-pleasing]
- id: rescuing
  cues: [fixing it for them]
- id: felt-sense
  disabled: true
`;

  it('adds dynamics, adds cues to known ones and disables others', () => {
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 'taxonomy.yaml', text: yaml });
    expect(diagnostics).toEqual([]);
    expect(taxonomy.lookup('keep everyone happy')).toBe('people-pleasing');
    expect(taxonomy.lookup('fixing it for them')).toBe('rescuing');
    expect(taxonomy.lookup('rescue')).toBe('rescuing');
    expect(taxonomy.get('felt-sense')).toBeUndefined();
  });

  it('names a dynamic by the phrase a user gives, and by their own label when they give no phrase', () => {
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 'taxonomy.yaml', text: '- id: victim-helplessness\n  label: Hopelessness / giving up\n- id: boundary-issues\n  phrase: the frame stretched\n- id: people-pleasing\n  label: People pleasing\n  phrase: pleasing\n' });
    expect(diagnostics).toEqual([]);
    expect(shortLabel(taxonomy.get('victim-helplessness'), 'victim-helplessness')).toBe('hopelessness');
    expect(shortLabel(taxonomy.get('boundary-issues'), 'boundary-issues')).toBe('the frame stretched');
    expect(shortLabel(taxonomy.get('people-pleasing'), 'people-pleasing')).toBe('pleasing');
  });

  it('takes an id written like its label as the known dynamic: it extends it or turns it off, adding none', () => {
    const count = loadTaxonomy().taxonomy.definitions.length;
    const { taxonomy } = loadTaxonomy({ path: 'taxonomy.yaml', text: '- id: Rescuing\n  cues: [fixing it for them]\n- id: Felt-Sense\n  disabled: true\n' });
    expect(taxonomy.lookup('fixing it for them')).toBe('rescuing');
    expect(taxonomy.get('felt-sense')).toBeUndefined();
    expect(taxonomy.definitions.length).toBe(count - 1);
  });

  it('leaves a YAML warning in the user\'s file (a tag it does not know) to the file, not the console', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const console = vi.spyOn(globalThis.console, 'warn').mockImplementation(() => undefined);
    try {
      const { taxonomy } = loadTaxonomy({ path: 'taxonomy.yaml', text: '- id: rescuing\n  cues: !mine [fixing it for them]\n' });
      expect(taxonomy.lookup('fixing it for them')).toBe('rescuing');
      expect(warn).not.toHaveBeenCalled();
      expect(console).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      console.mockRestore();
    }
  });

  it('reads a Markdown note holding the YAML in a code block', () => {
    const note = `# My taxonomy\n\nExtra cues for my practice.\n\n\`\`\`yaml\n${yaml}\`\`\`\n`;
    expect(loadTaxonomy({ path: 'Settings/Taxonomy.md', text: note }).taxonomy.lookup('keep everyone happy')).toBe('people-pleasing');
  });

  it('falls back to the default with a diagnostic when broken', () => {
    const broken = loadTaxonomy({ path: 'Settings/Taxonomy.md', text: '# T\n\n```yaml\n- id: x\n  cues: [a, b\n```\n' });
    expect(broken.taxonomy.lookup('rescuing')).toBe('rescuing');
    expect(broken.diagnostics).toMatchObject([{ path: 'Settings/Taxonomy.md', severity: 'error', code: 'taxonomy' }]);
    // The line a user must fix: the one whose list was left open, counted in the note.
    expect(broken.diagnostics[0].line).toBe(5);
    const unclosed = loadTaxonomy({ path: 't.yaml', text: '- id: people-pleasing\n  cues: [keep everyone happy]\n- id: over-sharing\n  label: "Over-sharing\n  cues: [told her about my own divorce]\n' });
    expect(unclosed.diagnostics).toMatchObject([{ path: 't.yaml', line: 4, severity: 'error', message: expect.stringContaining('Missing closing "quote') as string }]);
    const shapeless = loadTaxonomy({ path: 't.yaml', text: 'just: a map' });
    expect(shapeless.diagnostics[0].message).toContain('expected a list of dynamics');
  });

  it('names the line of the entry at fault, and warns of keys it does not read, reading the rest', () => {
    const note = '# My taxonomy\n\n```yaml\n- id: people-pleasing\n  cue: [keep everyone happy]\n  cues: [smooth it over]\n- id: rescuing\n  kind: dinamic\n```\n';
    const broken = loadTaxonomy({ path: 'Taxonomy.md', text: note });
    expect(broken.diagnostics).toEqual([{ path: 'Taxonomy.md', line: 7, severity: 'error', code: 'taxonomy', message: expect.stringContaining('entry 2 (rescuing): kind must be one of') as string }]);
    const misspelt = loadTaxonomy({ path: 'Taxonomy.md', text: note.replace('  kind: dinamic\n', '') });
    expect(misspelt.taxonomy.lookup('smooth it over')).toBe('people-pleasing');
    expect(misspelt.taxonomy.lookup('keep everyone happy')).not.toBe('people-pleasing');
    expect(misspelt.diagnostics).toEqual([{ path: 'Taxonomy.md', line: 4, severity: 'warning', code: 'taxonomy', message: expect.stringContaining('entry 1 (people-pleasing): "cue" is not read') as string }]);
  });

  it('reads patterns, adds a user\'s patterns to a known dynamic, and says what is wrong with a broken one', () => {
    const own = `- id: rescuing
  patterns:
    - about: paying the other's bills
      match: [[pay, settle], [his bills, her bills, their bills]]
      within: 3
- id: people-pleasing
  patterns:
    - match: [agree to everything]
`;
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 't.yaml', text: own });
    expect(diagnostics).toEqual([]);
    const rescuing = taxonomy.get('rescuing')!;
    expect(rescuing.patterns.length).toBe(defaultDefinitions().find((d) => d.id === 'rescuing')!.patterns.length + 1);
    expect(rescuing.patterns.at(-1)).toEqual({ about: "paying the other's bills", match: [['pay', 'settle'], ['his bills', 'her bills', 'their bills']], within: 3 });
    expect(taxonomy.get('people-pleasing')!.patterns).toEqual([{ about: '', match: [['agree to everything']], within: 6 }]);
    // The slot whose subject is the agent, numbered from 1 as written, from 0 as read.
    const glancing = loadTaxonomy({ path: 't.yaml', text: '- id: avoidance-withdrawal\n  patterns:\n    - match: [[each time], [mentioned], [glanced at her phone]]\n      agent_slot: 3' });
    expect(glancing.diagnostics).toEqual([]);
    expect(glancing.taxonomy.get('avoidance-withdrawal')!.patterns.at(-1)).toEqual({ about: '', match: [['each time'], ['mentioned'], ['glanced at her phone']], within: 6, agentSlot: 2 });

    for (const [text, message] of [
      ['- id: x\n  patterns: {match: [a]}', 'patterns must be a list'],
      ['- id: x\n  patterns:\n    - about: no match', 'needs "match"'],
      ['- id: x\n  patterns:\n    - match: [[a], []]', 'every slot of "match" must be a list of phrases'],
      ['- id: x\n  patterns:\n    - match: [a]\n      within: 50', 'within must be a whole number of words from 0 to 20'],
      [`- id: x\n  patterns:\n    - match: [${Array.from({ length: 17 }, (_, i) => `w${i}`).join(', ')}]`, '"match" may have at most 16 slots'],
      ['- id: x\n  patterns:\n    - match: [a, b]\n      breaks: [what it]', 'breaks must be a list of single words'],
      ['- id: x\n  patterns:\n    - match: [a, b]\n      breaks: what', 'breaks must be a list of single words'],
      ['- id: x\n  patterns:\n    - match: [a, b]\n      within: 3\n      apart: 4', 'apart must be a whole number of words from 0 to within (3)'],
      ['- id: x\n  patterns:\n    - match: [a, b]\n      agent_slot: 3', "agent_slot must be a slot's number, from 1 to 2"],
      ['- id: x\n  patterns:\n    - match: [a, b]\n      agent_slot: 0', "agent_slot must be a slot's number, from 1 to 2"],
      ['- id: x\n  patterns:\n    - match: [a]\n      unless_after: [the memo]', 'unless_after must be a list of single words'],
      ['- id: x\n  patterns:\n    - match: [a]\n      unless_before: angry', 'unless_before must be a list of single words'],
      ['- id: x\n  judgement: yes please', 'judgement must be true or false'],
      ['- id: x\n  act: yes please', 'act must be true or false'],
      ['- id: x\n  mutual: both', 'mutual must be true or false'],
      ['- id: x\n  declinable: maybe', 'declinable must be true or false'],
    ]) {
      const broken = loadTaxonomy({ path: 't.yaml', text });
      expect(broken.diagnostics[0].message).toContain(message);
      expect(broken.taxonomy.get('rescuing')).toBeDefined();
    }
  });

  it('marks an act done for the other from the shipped taxonomy and from a user\'s', () => {
    expect(defaultDefinitions().filter((d) => d.act).map((d) => d.id)).toEqual(['rescuing']);
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 't.yaml', text: '- id: fixing-up\n  act: true\n  cues: [set her up with]\n- id: persecuting\n  act: true\n' });
    expect(diagnostics).toEqual([]);
    expect(taxonomy.get('fixing-up')?.act).toBe(true);
    expect(taxonomy.get('persecuting')?.act).toBe(true);
    expect(taxonomy.get('dependency')?.act).toBeUndefined();
  });

  it('marks a dynamic two people make together from the shipped taxonomy and from a user\'s', () => {
    expect(defaultDefinitions().filter((d) => d.mutual).map((d) => d.id)).toEqual(['contracting-unclear', 'power-struggle', 'collusion']);
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 't.yaml', text: '- id: folie-a-deux\n  mutual: true\n  cues: [shared delusion]\n- id: enactment\n  mutual: true\n' });
    expect(diagnostics).toEqual([]);
    expect(taxonomy.get('folie-a-deux')?.mutual).toBe(true);
    expect(taxonomy.get('enactment')?.mutual).toBe(true);
    expect(taxonomy.get('rescuing')?.mutual).toBeUndefined();
  });

  it('marks a judgement of another from the shipped taxonomy and from a user\'s', () => {
    expect(defaultDefinitions().filter((d) => d.judgement).map((d) => d.id)).toEqual(['idealisation-devaluation']);
    const { taxonomy, diagnostics } = loadTaxonomy({ path: 't.yaml', text: '- id: mind-reading\n  judgement: true\n  cues: [knows what I think]\n- id: rescuing\n  judgement: false\n' });
    expect(diagnostics).toEqual([]);
    expect(taxonomy.get('mind-reading')!.judgement).toBe(true);
    expect(taxonomy.get('rescuing')!.judgement).toBeUndefined();
  });

  it('lets a user pattern produce evidence in a practitioner\'s own words', () => {
    const own = '- id: rescuing\n  patterns:\n    - match: [[pay, settle], [his bills, her bills]]\n';
    const files = {
      'Clients/C-1.md': noteText('type: client\ncode: C-1', ''),
      'Sessions/2026-02-10.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', 'Once again I settled her bills out of the hardship fund before she asked.'),
    };
    const evidence = engineWith(files, {}, { path: 't.yaml', text: own }).evidenceOf('Sessions/2026-02-10.md');
    expect(evidence.map((e) => `${e.dynamic} ${e.role} ${e.source}`)).toEqual(['rescuing practitioner text']);
    expect(engineWith(files).evidenceOf('Sessions/2026-02-10.md').filter((e) => e.source === 'text' && e.dynamic === 'rescuing')).toEqual([]);
  });

  it('hears no cue inside one of its dynamic\'s other senses, shipped or a user\'s', () => {
    const files = (sentence: string) => ({
      'Clients/C-1.md': noteText('type: client\ncode: C-1', ''),
      'Sessions/2026-02-10.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', sentence),
    });
    const heard = (sentence: string, own?: string) =>
      engineWith(files(sentence), {}, own === undefined ? undefined : { path: 't.yaml', text: own })
        .evidenceOf('Sessions/2026-02-10.md')
        .filter((e) => e.source === 'text')
        .map((e) => e.dynamic);
    // Shipped: a symptom, a loss for words, a flat battery are no bereavement; the helplessness of "at a loss" stays.
    expect(heard('She reports weight loss of 3 kg and a poor appetite.')).toEqual([]);
    expect(heard('She said she was at a loss about the forms.')).toEqual(['victim-helplessness']);
    expect(heard('Her phone died halfway through the call.')).toEqual([]);
    expect(heard('Her dad died in March, and she misses him most in the evenings.')).toEqual(['loss-abandonment-rejection']);
    // A user's other sense is added to the shipped ones, inflected as cues are.
    expect(heard('She says the new rota is a rescue for the team.')).toEqual(['rescuing']);
    expect(heard('She says the new rota is a rescue for the team.', '- id: rescuing\n  other_senses: [a rescue for the team]\n')).toEqual([]);
    expect(heard('She reports weight loss since May.', '- id: rescuing\n  other_senses: [a rescue for the team]\n')).toEqual([]);
    expect(loadTaxonomy({ path: 't.yaml', text: '- id: x\n  other_senses: {a: b}' }).diagnostics[0].message).toContain('other_senses must be a list of phrases');
  });

  it('drops the reading a dynamic covers where the same sentence is heard as it: collusion takes in avoidance', () => {
    const read = (sentence: string) =>
      engineWith({
        'Clients/C-1.md': noteText('type: client\ncode: C-1\naliases: [Jo]', ''),
        'Sessions/2026-02-10.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', sentence),
      })
        .evidenceOf('Sessions/2026-02-10.md')
        .map((e) => e.dynamic);
    const together = read('Jo and I chatted about his fishing trip all hour, and each time his drinking came near we both laughed and moved on to the weather.');
    expect(together).toContain('collusion');
    expect(together).not.toContain('avoidance-withdrawal');
    // In a sentence longer than one evidence text, each reading's text is cut around its own cue: the covering holds all the same.
    const long = 'Jo and I spent most of the hour swapping stories about his allotment and the marrow competition at the show, laughing a lot, and when the court date came up I changed the subject to the weather.';
    expect(long.length).toBeGreaterThan(SNIPPET);
    expect(read(long)).toEqual(['collusion']);
    // Alone, the turning away stands.
    expect(read('Jo changed the subject whenever his father came up.')).toEqual(['avoidance-withdrawal']);
    // A collusion reading the learnt reader ruled out (it heard the same person's avoidance) takes nothing in.
    expect(read('I kept the session on coping strategies and left the text from his ex on his phone unread.')).toEqual(['avoidance-withdrawal']);
    // A turning away acted out is the enactment; drifting off the aim, the unclear contract; distance
    // from need, the avoidant attachment: none is also that sentence's avoidance.
    expect(read('Jo went quiet and looked away when I asked about his brother, just as he says he does with his wife.')).toEqual(['enactment']);
    expect(read('Forty minutes in and still no focus: each time I raised what Jo wanted to work on he drifted back to stories about the office.')).toEqual(['contracting-unclear']);
    expect(read('Jo has always been fiercely self-sufficient and he looked out of the window whenever I asked about his dad.')).toEqual(['attachment-avoidant']);
    // Ringing again and again for something done now is the urgency, not also leaning on the helper;
    // alone, the leaning stands.
    expect(read('Jo rang the office four times before nine wanting me to stop the bailiffs coming today, and was pacing the car park when I arrived.')).toEqual(['anxiety-urgency']);
    expect(read('Jo rang me three times between sessions to ask what he should say to his landlord.')).toEqual(['dependency']);
    expect(loadTaxonomy().taxonomy.get('collusion')?.covers).toEqual(['avoidance-withdrawal']);
    // A user's covers add to the shipped ones; a value that is no list is refused with its line.
    expect(loadTaxonomy({ path: 't.yaml', text: '- id: collusion\n  covers: [stuckness]\n' }).taxonomy.get('collusion')?.covers).toEqual(['avoidance-withdrawal', 'stuckness']);
    expect(loadTaxonomy({ path: 't.yaml', text: '- id: x\n  covers: {a: b}' }).diagnostics[0].message).toContain('covers must be a list of phrases');
  });

  it('ships other senses for the words clinical notes use in another sense', () => {
    const heard = (sentence: string): string[] =>
      engineWith({
        'Clients/C-1.md': noteText('type: client\ncode: C-1', ''),
        'Sessions/2026-02-10.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', sentence),
      })
        .evidenceOf('Sessions/2026-02-10.md')
        .filter((e) => e.source === 'text')
        .map((e) => e.dynamic);
    for (const sentence of [
      'We debriefed after the critical incident on the ward.',
      'Mood low with severe depression since May.',
      'I gave her the crisis line number and the crisis team details.',
      'She got stuck in traffic and arrived late.',
      'The screen froze twice during the video session.',
      'Her PIP claim was refused in March.',
      'She adopted a rescue dog last month.',
      'Protective factors: her daughter, her faith and her job.',
      'She has been alcohol dependent since 2019 and attends the dependency service.',
      'I advised her to avoid caffeine after 2pm.',
      'She was rushed to hospital on Friday.',
      'She described a punishing schedule of night shifts.',
      'He narrowly avoided a custodial sentence at court on Monday.',
      'She jumped in a taxi straight after the appointment.',
      'He got stuck in a lift at work for an hour.',
    ]) {
      expect(heard(sentence), sentence).toEqual([]);
    }
    // The same words in the sense the taxonomy means are still heard.
    expect(heard('She was critical of my summary and said I never listen.')).toContain('persecuting');
    expect(heard('She refused to fill in the form.')).toContain('power-struggle');
    expect(heard('She avoided the topic of her mother again.')).toContain('avoidance-withdrawal');
    expect(heard('She has become dependent on my texts between sessions.')).toContain('dependency');
  });

  it('lets user cues produce flags', () => {
    const files = {
      'Clients/C-1.md': noteText('type: client', ''),
      'Sessions/2026-02-10.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10', 'I noticed I was keeping everyone happy.'),
      'Supervision/2026-02-20.md': noteText('type: supervision\ndate: 2026-02-20\ncases: ["[[C-1]]"]\nsupervisor_dynamics: [people pleasing]', ''),
    };
    expect(engineWith(files, {}, { path: 't.yaml', text: yaml }).flags().map((f) => `${f.kind} ${f.dynamic}`)).toEqual(['mirror-upward people-pleasing']);
    const withoutUser = engineWith(files);
    expect(withoutUser.flags()).toEqual([]);
    expect(withoutUser.diagnostics().map((d) => d.code)).toEqual(['unknown-dynamic']);
  });
});
