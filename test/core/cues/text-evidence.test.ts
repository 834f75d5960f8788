import { describe, expect, it } from 'vitest';
import { ContextReader } from '../../../src/core/cues/context';
import { outsiderWords } from '../../../src/core/detect/outsiders';
import { CueMatcher } from '../../../src/core/cues/cue-matcher';
import { createCueReader, readCueHits } from '../../../src/core/cues/cue-hits';
import { SubjectReader, type PeopleNames } from '../../../src/core/detect/subjects';
import type { TextBlock } from '../../../src/core/model/note';
import type { NoteKind } from '../../../src/core/model/note-types';
import { contextCues, defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';

const cues = new CueMatcher(defaultDefinitions());
const context = new ContextReader(contextCues());
const reader = createCueReader(defaultDefinitions());
const names: PeopleNames = { client: ['C-014', 'Sam'], supervisor: ['Ann Lee', 'Ann'], supervisee: ['Robin Hart', 'Robin'], author: 'supervisee' };

/** Cue hits of the text with their roles, as the detector gives them; null-role hits are dropped. */
function evidenceOf(blocks: TextBlock[], kind: NoteKind = 'session', people = names): { dynamic: string; role: string; line: number; text: string }[] {
  const subjects = new SubjectReader(kind, people, outsiderWords());
  return readCueHits(blocks, { ...reader, cues, context }).flatMap((hit) => {
    const role = subjects.role(hit);
    return role === null ? [] : [{ dynamic: hit.dynamic, role, line: hit.line, text: hit.text }];
  });
}

function read(text: string, kind: NoteKind = 'session', people = names): [string, string][] {
  return evidenceOf([{ kind: 'paragraph', startLine: 1, text }], kind, people).map((e) => [e.dynamic, e.role]);
}

describe('cue matching', () => {
  it.each([
    ['I rescued her with the forms.', 'rescuing'],
    ['I keep rescuing him.', 'rescuing'],
    ['I rescue too quickly.', 'rescuing'],
    ['I was criticised by Sam.', 'persecuting'],
    ['I criticized the plan.', 'persecuting'],
    ['I jump in when she stalls.', 'rescuing'],
    ['She launched straight into the story.', 'contracting-unclear'],
    ['I was problem-solving for her all hour.', 'rescuing'],
    ['She kept pushing my boundaries.', 'boundary-issues'],
  ])('%s', (text, dynamic) => {
    expect(read(text).map(([d]) => d)).toContain(dynamic);
  });

  it('allows one extra word inside a phrase, not two', () => {
    // Cue phrases alone: the descriptive patterns would hear "launched ... into the story" anyway.
    const cuesOnly = new CueMatcher(defaultDefinitions().map((d) => ({ ...d, patterns: [] })));
    const dynamics = (text: string): string[] => readCueHits([{ kind: 'paragraph', startLine: 1, text }], { ...reader, cues: cuesOnly, context }).map((h) => h.dynamic);
    expect(dynamics('She launched straight into the story.')).toContain('contracting-unclear');
    expect(dynamics('She launched very quickly into the story.')).not.toContain('contracting-unclear');
  });

  it('matches whole words only', () => {
    expect(read('The rescuer archetype; a stuckness-free week.').map(([d]) => d)).toEqual([]);
  });
});

describe('context', () => {
  it.each([
    ['No sense of rescuing today.', 'negated'],
    ['I did not rescue her this time.', 'negated'],
    ["I didn't jump in.", 'negated'],
    ['Rescuing was ruled out as a pattern.', 'post-negated'],
    ['If this continues I might start rescuing.', 'hypothetical'],
    ['Watch for rescuing next week.', 'hypothetical'],
    ['I used to rescue clients like her.', 'historical'],
    ['She has a history of avoidance.', 'historical'],
  ])('%s is no evidence (%s)', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps a cue after a pseudo-negation', () => {
    expect(read('No change in how much I jump in.')).toEqual([['rescuing', 'practitioner']]);
  });

  it('ends a negation at a termination term', () => {
    expect(read('I did not plan it, but I jumped in again.')).toEqual([['rescuing', 'practitioner']]);
  });

  it('goes on past a "however" that concedes a degree, but not past one of contrast', () => {
    expect(read('In my training I used to jump in for every client, however small, and take over.', 'reflection')).toEqual([]);
    expect(read('In my training I used to hold back; however, today I jumped in and took over.', 'reflection')).toContainEqual(['rescuing', 'self']);
  });

  it('ignores a negation word that is part of the cue', () => {
    expect(read('There was no contract again.').map(([d]) => d)).toEqual(['contracting-unclear']);
  });
});

describe('roles from the subject', () => {
  it('in a session note: I is the practitioner; the client, their code, alias and pronouns are the client', () => {
    expect(read('I jumped in.')).toEqual([['rescuing', 'practitioner']]);
    expect(read('Sam avoided the topic.')).toEqual([['avoidance-withdrawal', 'client']]);
    expect(read('C-014 avoided the topic.')).toEqual([['avoidance-withdrawal', 'client']]);
    expect(read('The client avoided the topic.')).toEqual([['avoidance-withdrawal', 'client']]);
    expect(read('She talked about her manager and avoided the topic.')).toEqual([['avoidance-withdrawal', 'client']]);
  });

  it('gives no evidence when the subject is someone outside the relationship', () => {
    expect(read('Her mother rescues her.')).toEqual([]);
    expect(read('Her sister rescues her with money.')).toEqual([]);
    expect(read('His manager was critical of him.')).toEqual([]);
    // Caribbean English reports with "say" for "says": the one reported on acts, not the reporter.
    expect(read('Sam say the church sister give her a personal number to call any hour and drive her home after service.')).toEqual([]);
  });

  it('reads quoted speech as the speaker\'s', () => {
    expect(read('Sam said: "I avoid it every time."')).toEqual([['avoidance-withdrawal', 'client']]);
  });

  it('in a supervision note: I is the author, the supervisor by name, alias or "my supervisor"', () => {
    expect(read('I avoided the recording.', 'supervision')).toEqual([['avoidance-withdrawal', 'supervisee']]);
    expect(read('Ann came up with solutions.', 'supervision')).toEqual([['rescuing', 'supervisor']]);
    expect(read('My supervisor came up with solutions.', 'supervision')).toEqual([['rescuing', 'supervisor']]);
    expect(read('I came up with solutions for Robin.', 'supervision', { ...names, author: 'supervisor' })).toEqual([['rescuing', 'supervisor']]);
  });

  it('leaves the role unknown without a subject', () => {
    expect(read('Lots of tangents today.')).toEqual([['contracting-unclear', 'unknown']]);
  });

  it('in a reflection note every cue is the writer\'s own', () => {
    expect(read('His grief stirred my own.', 'reflection')).toEqual([['loss-abandonment-rejection', 'self']]);
  });
});

describe('text blocks', () => {
  it('skips block quotes and headings, and gives each cue its line', () => {
    const found = evidenceOf([
      { kind: 'heading', startLine: 1, text: 'Rescuing' },
      { kind: 'quote', startLine: 2, text: 'I rescue everyone, she wrote.' },
      { kind: 'paragraph', startLine: 4, text: 'A calm start.\nThen I jumped in.' },
    ]);
    expect(found).toEqual([{ dynamic: 'rescuing', role: 'practitioner', line: 5, text: 'Then I jumped in.' }]);
  });
});

describe('context and subjects in everyday words', () => {
  it('reads "Should…" opening a sentence as a condition, and "my plan is to" as not yet done', () => {
    expect(read('Should the council write again, I phone them for her and sort it out.')).toEqual([]);
    expect(read('The council wrote again, so I phoned them for her and sorted it out.')).toContainEqual(['rescuing', 'practitioner']);
    expect(read('My plan is to fill in the form for her on Monday.')).toEqual([]);
    expect(read('My plan was to fill in the form for her, and I did it on Monday.')).toContainEqual(['rescuing', 'practitioner']);
  });

  it('reads "far from", "nobody\'s" and an object of nobody after a preposition as negations', () => {
    expect(read('Far from rescuing her, I left the form with her.')).toEqual([]);
    expect(read("I let nobody's session run past the hour this week.")).toEqual([]);
    expect(read('I let his session run past the hour this week.')).toContainEqual(['boundary-issues', 'practitioner']);
    expect(read('I gave my mobile number to nobody this week.')).toEqual([]);
    expect(read('I gave my mobile number to him this week.')).toContainEqual(['boundary-issues', 'practitioner']);
  });

  it('ends a negation at a clause of time after ", and": what happens then is an act of its own', () => {
    expect(read('I have not told anyone at work, and when the nurse offered me a biscuit I went red and said I had eaten.')).toContainEqual(['shame-withholding', 'practitioner']);
    // Not at "and" alone: a list of acts after one negation stays negated.
    expect(read('I did not ring the council, and did not fill in the form for her.').filter(([d]) => d === 'rescuing')).toEqual([]);
  });

  it('reads "nothing was" as turning around what follows it, and "nothing" alone as no negation', () => {
    expect(read('I gave my supervisor a full account of the call; nothing was left out.').filter(([d]) => d === 'shame-withholding')).toEqual([]);
    expect(read('I gave my supervisor a tidy account of the call and left out the moment I snapped.')).toContainEqual(['shame-withholding', 'practitioner']);
    expect(read('I said nothing to my supervisor about the gift.')).toContainEqual(['shame-withholding', 'practitioner']);
  });

  it('reads "may as well" as no condition, and only a first supervisor of someone\'s as the past', () => {
    expect(read('Sam said he may as well stay home, because whatever he does the school will only see the boy who hit someone.')).toContainEqual(['victim-helplessness', 'client']);
    expect(read('Sam said he might feel that whatever he does the school will only see the boy who hit someone.')).toEqual([]);
    const dynamicsIn = (text: string): string[] => read(text, 'supervision').map(([dynamic]) => dynamic);
    expect(dynamicsIn("I told Ann she's the first supervisor who has ever properly understood my work.")).toContain('idealisation-devaluation');
    expect(dynamicsIn('I told Ann that my first supervisor was the first who had ever properly understood my work.')).toEqual([]);
  });

  it('gives a he or she reported with "saying", or of the other gender from the opening possessive, to the outsider named', () => {
    expect(read('Her mam rang the service saying she has given up on him.')).toEqual([]);
    expect(read('Her da said he has given up on her.')).toEqual([]);
    const report = (pronoun: string): string =>
      `S: His probation officer told him one more dirty screen and ${pronoun} be back in front of the judge, and made him read out the conditions of his order in front of everyone.`;
    expect(read(report("she'd"))).toEqual([]);
    // The same gender as the possessive: the client, as any he in a session note.
    expect(read(report("he'd"))).toContainEqual(['harsh-punitive', 'client']);
  });

  it('gives a he or she of the other gender from the possessive after the client\'s name to the outsider named between', () => {
    // "her brother": the client is a she, so the he right before the cue is the brother.
    expect(read('Sam talked about her brother and said he had given up on ever finding work.')).toEqual([]);
    expect(read('Sam rang her dad, and he changed the subject whenever she mentioned the diagnosis.')).toEqual([]);
    // The same gender: the client, as before.
    expect(read('Sam talked about his brother and said he had given up on ever finding work.')).toContainEqual(['victim-helplessness', 'client']);
    // The client's own she after her dad: hers.
    expect(read('Sam rang her dad, and she changed the subject whenever he mentioned the diagnosis.')).toContainEqual(['avoidance-withdrawal', 'client']);
    // Not more than one person ("her parents"), nor someone the client's possessive does not introduce
    // ("her" as an object, then "the boss"): he is the client, whose partner "her" may be.
    expect(read('Sam met her parents for the first time and he went quiet and refused to talk.')).toContainEqual(['avoidance-withdrawal', 'client']);
    expect(read('Sam texted her before the meeting with the boss and he went quiet and refused to talk.')).toContainEqual(['avoidance-withdrawal', 'client']);
    expect(read('Sam talked about her previous counsellor and said he had given up on her.')).toEqual([]);
  });

  it("reads a case's code in brackets after its name as an aside, not as a clause's subject", () => {
    expect(read('I had a question about whether to break confidentiality for Sam (C-014) written on my pad all session and left with it still unspoken.', 'supervision')).toEqual([['passivity-hesitancy', 'supervisee']]);
    expect(read('The consultant psychiatrist said plainly she did not know the answer about Sam (C-014), and suggested sounding out a colleague.', 'supervision')).toEqual([]);
    // Not a common noun in brackets, nor a code a "who" hangs on; and after an aside a name opens a clause.
    expect(read('Sam talked about Dave (manager) who keeps taking over her projects.')).toEqual([]);
    expect(read('I saw Sam (C-014) who went quiet and refused to talk.')).toEqual([['avoidance-withdrawal', 'client'], ['power-struggle', 'client']]);
    expect(read('Session 4 (C-014) Sam went quiet and refused to talk.')).toEqual([['avoidance-withdrawal', 'client'], ['power-struggle', 'client']]);
    expect(new Set(read('Re Sam (C-014) Ann told me off sharply for not escalating.', 'supervision').map(([d, r]) => `${d} ${r}`))).toEqual(new Set(['persecuting supervisor']));
  });

  it('reads the one told about right after "told me" as the subject of what is told', () => {
    expect(read('Ann told me Sam keeps asking her to decide everything for him.', 'supervision')).toContainEqual(['dependency', 'client']);
    expect(read('Sam told me her mother keeps filling in her forms for her.')).toEqual([]);
    // Not the writer's own possessive: "my notes" are no one told about.
    expect(read('Sam told me my notes were useless.')).toContainEqual(['idealisation-devaluation', 'client']);
    // Nor one who owns what is told ("her sister's diagnosis").
    expect(read("Sam told me her sister's diagnosis and then went quiet.")).toContainEqual(['avoidance-withdrawal', 'client']);
  });

  it("reads a long sentence's subject from the start of its clause when the words kept before the cue would begin inside it", () => {
    // Twelve words before "sort" start at "peer": read from ", a peer", the peer offered and sorted, not the one the clause of time named.
    const peer = (who: string, whose: string): string => `When ${who} said ${whose} caseload was completely full this month, a peer in the group offered to take two of ${whose} referrals and sort out all their paperwork.`;
    expect(read(peer('Ann', 'her'), 'supervision')).toEqual([]);
    expect(read(peer('I', 'my'), 'supervision')).toEqual([]);
    // The main clause's own subject named: hers, as before.
    expect(read('When I said my caseload was completely full this month, Ann offered to take two of my referrals and sort out all their paperwork for me.', 'supervision')).toContainEqual(['rescuing', 'supervisor']);
    // Not past a subject pronoun the kept words hold already ("she"), nor into the opening words,
    // which would then be cut short: the client's, where reaching back gave it to the writer alone.
    expect(read('When the ending was mentioned again towards the close of the session, I noticed that she tugged at her sleeves, glanced at the door and went quiet.')).toContainEqual(['avoidance-withdrawal', 'client']);
    expect(read('When I asked about the weekend, she, still in her coat and holding her bag tightly on her lap, changed the subject.')).toContainEqual(['avoidance-withdrawal', 'client']);
  });

  it('reads the main clause subject past a long clause of time that opens the sentence', () => {
    // The words kept before the cue start after "my supervisor": the opening kept is the main clause's, not "When I said".
    expect(read('When I said my caseload was completely full this month, my supervisor nodded, looked at the clock on the wall behind me and kept problem-solving for me until the hour was up.', 'supervision')).toEqual([['rescuing', 'supervisor']]);
    // A comma after no verb opens an aside, not the main clause: the brother is the one the sentence opens on.
    expect(read('Since the fireworks in November my brother, also ex-forces, has wanted his wife near and then snapped at her to leave him be, and twice come to on the sofa with an hour gone.', 'reflection')).toEqual([]);
    // What a verb of perceiving sees with "that" goes on past its comma: her acts, not the writer's.
    expect(read('When the ending was mentioned again towards the close of the session, I noticed that she tugged at her sleeves, glanced at the door and went quiet.')).toContainEqual(['avoidance-withdrawal', 'client']);
    // A clause of seventeen words, longer than a phrase by far, is still one the main clause follows.
    expect(read('When I said my caseload was full and two of my clients had just been admitted to hospital, my supervisor nodded, looked at the clock on the wall behind me and kept problem-solving for me until the hour was up.', 'supervision')).toEqual([['rescuing', 'supervisor']]);
  });
});

describe('quoted words', () => {
  it("gives words in single quotes to the one who said them, as words in double quotes", () => {
    expect(read("Sam said: 'I always end up rescuing everyone'.")).toEqual([['rescuing', 'client']]);
    expect(read('Sam said: "I always end up rescuing everyone".')).toEqual([['rescuing', 'client']]);
  });

  it('gives a text read out, shown or passed on to no one', () => {
    expect(read("Sam read me a line from a self-help book: 'I always end up rescuing everyone'.")).toEqual([]);
    expect(read('Sam showed me a card from the group: "stop rescuing everyone".')).toEqual([]);
    expect(read("The leaflet Sam brought, which says 'stop rescuing everyone', is on file.")).toEqual([]);
  });
});
