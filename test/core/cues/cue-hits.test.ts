import { describe, expect, it } from 'vitest';
import { createCueReader, readCueHits } from '../../../src/core/cues/cue-hits';
import { SKIPPED_WORDS, type TextBlock } from '../../../src/core/model/note';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { SNIPPET } from '../../../src/core/text/snippet';
import { SHIPPED_SENTENCE_MODEL } from '../../../src/core/cues/learnt/shipped-model';
import { tokenize } from '../../../src/core/text/tokens';
import { cueDynamics as dynamics } from '../../helpers/cue-dynamics';
import { heard } from '../../helpers/heard';

const reader = createCueReader(defaultDefinitions());
const paragraph = (text: string, startLine = 10): TextBlock => ({ kind: 'paragraph', startLine, text });

describe('readCueHits on long text', () => {
  it('reads a dictated paragraph with no full stop: every cue, on its own line, with a short text of its own', () => {
    // Numbered in square brackets: "(2004)" would read as a year, and a year in brackets places what follows it in the past.
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? `and then I jumped in again [${i}]` : `while she looked away and went quiet [${i}]`));
    const hits = readCueHits([paragraph(lines.join('\n'))], reader).filter((h) => h.dynamic === 'rescuing');
    expect(hits).toHaveLength(1500);
    hits.forEach((hit, k) => {
      expect(hit.line).toBe(10 + 2 * k);
      expect(hit.text.length).toBeLessThanOrEqual(SNIPPET + 2);
      expect(hit.text).toContain(`jumped in again [${2 * k}]`);
      // The reach, the sentence's opening words (three, or up to five to finish a noun phrase), and the mark for the words left out between.
      expect(hit.words.length).toBeLessThanOrEqual(12 + 5 + 1);
    });
  });

  it('gives one text per dynamic to a sentence longer than one text, as people write them', () => {
    const sentence =
      "Mele told me I'm the first worker who has ever properly listened to her, that her last two social workers were a joke, and that from now on she'll talk to me and me alone.";
    expect(sentence.length).toBeGreaterThan(SNIPPET);
    const hits = readCueHits([paragraph(sentence)], reader).filter((h) => h.dynamic === 'idealisation-devaluation');
    expect(hits.length).toBeGreaterThan(1);
    expect(new Set(hits.map((h) => h.text)).size).toBe(1);
    expect(hits[0].text.startsWith('Mele told me')).toBe(true);
  });

  it('keeps quoted speech as the speaker\'s all through a long sentence', () => {
    const text = Array.from({ length: 400 }, () => 'she said "I jumped in" and I jumped in').join(' and ');
    const hits = readCueHits([paragraph(text)], reader).filter((h) => h.dynamic === 'rescuing');
    expect(hits).toHaveLength(800);
    // Inside the quote the cue has no subject of its own, and its words stop before the quote.
    expect(hits.filter((_, k) => k % 2 === 0).every((h) => h.first === '' && h.words.at(-1) === 'said')).toBe(true);
    expect(hits.filter((_, k) => k % 2 === 1).every((h) => h.first === 'jumped' && h.words.at(-1) === 'i')).toBe(true);
  });

  it('gives cues in many sentences and blocks their lines, and leaves out a cue cut by a sentence end', () => {
    const blocks = [
      paragraph('I jumped in.\nNothing else.\n\nI rescued her. Then', 3),
      paragraph('We paused; I jumped\nin again.', 20),
      paragraph('I jumped. In the end we stopped.', 30),
    ];
    expect(readCueHits(blocks, reader).map((h) => [h.dynamic, h.line])).toEqual([
      ['rescuing', 3],
      ['rescuing', 6],
      ['rescuing', 20],
    ]);
  });

  it("keeps the sentence's opening subject for a clause joined far from it", () => {
    const text = 'My partner is in a running battle with her boss over the rota at work and is determined to win.';
    const hits = readCueHits([paragraph(text)], reader).filter((h) => h.dynamic === 'power-struggle');
    expect(hits.length).toBeGreaterThan(0);
    // The cue is more than twelve words in: the sentence's first words are still candidates.
    expect(hits.every((h) => h.words.slice(0, 2).join(' ') === 'my partner')).toBe(true);
    // The words left out between are marked, so nothing reads across the gap as adjacent.
    expect(hits.at(-1)!.words[3]).toBe(SKIPPED_WORDS);
  });

  it('reads the subject after a phrase set before it with a comma, however far the cue is', () => {
    const wordsOf = (text: string): readonly string[] => readCueHits([paragraph(text)], reader).at(-1)!.words;
    // "Twenty minutes in," says when; "I" is the subject: the opening is read from past the comma.
    expect(wordsOf('Twenty minutes in, I caught myself pressing Dan to have the whole housing plan for the flat settled by Monday and jumped in again.').slice(0, 7)).toEqual(['twenty', 'minutes', 'in', 'i', 'caught', 'myself', SKIPPED_WORDS]);
    // A comma past the first six words closes no phrase before the subject: the opening is as without one.
    expect(wordsOf('I had the letter on my knee already, and before he had said a word about the tribunal I jumped in again.').slice(0, 5)).toEqual(['i', 'had', 'the', 'letter', SKIPPED_WORDS]);
  });

  it('reads the subject after a clause of time set before it with a comma, longer than a phrase', () => {
    const hit = readCueHits([paragraph('P: When Marnie mentioned his car outside the school gates, I started three referrals at once, talking fast.')], reader).at(-1)!;
    // The participle after the comma goes on with the main clause's subject, past the clause of time.
    expect(hit.dynamic).toBe('anxiety-urgency');
    const subject = hit.words.indexOf('i');
    expect(subject).toBeGreaterThan(0);
    expect(hit.starts[subject]).toBe(true);
  });

  it('gives a clause that starts with its cue after a semicolon the subject of the clause before', () => {
    const wordsOf = (text: string): readonly string[] => readCueHits([paragraph(text)], reader).at(-1)!.words;
    // Shorthand leaves the subject out after a semicolon: "withdrew" is the client's.
    expect(wordsOf('Cl. tearful and low; withdrew from the group again.')).toEqual(['cl', 'tearful', 'and']);
    // A clause with words of its own before the cue keeps them, nearest the cue, after the opening of
    // the clause before and a mark that words were left out (shorthand-clause.ts).
    expect(wordsOf('Cl. tearful and low; her sister withdrew from the group again.')).toEqual(['cl', 'tearful', 'and', SKIPPED_WORDS, 'her', 'sister']);
    expect(heard('Jo tearful and low; her sister withdrew from the group again.')).toEqual([]);
    // After a full stop, no subject goes on.
    expect(wordsOf('Cl. tearful and low. Withdrew from the group again.')).toEqual([]);
  });

  it('gives a he or she opening a clause after a semicolon the clause before to stand for', () => {
    const hitOf = (text: string) => readCueHits([paragraph(text)], reader).at(-1)!;
    // The pronoun comes after the opening it may stand for, and opens a clause of its own.
    const hit = hitOf("Her neighbour turned down the home help again; she's done for herself since she was fifteen.");
    expect(hit.words).toEqual(['her', 'neighbour', 'turned', "she's"]);
    expect(hit.starts).toEqual([true, false, false, true]);
    // After a full stop, the pronoun is all there is.
    expect(hitOf("Her neighbour turned down the home help again. She's done for herself since she was fifteen.").words).toEqual(["she's"]);
  });

  it("keeps an opening's noun phrase whole: a possessive or article takes the noun it introduces", () => {
    const wordsOf = (text: string): readonly string[] => readCueHits([paragraph(text)], reader).at(-1)!.words;
    // "Seun said his" would leave out whose the tutor is: the opening takes up to three words after
    // it, room for a title of three ("her own team lead"), and stops at a verb or a preposition.
    expect(wordsOf('Seun said his tutor returned his essay covered in red pen and set the whole thing again as a penalty.').slice(0, 5)).toEqual(['seun', 'said', 'his', 'tutor', SKIPPED_WORDS]);
    expect(wordsOf('Ulrike says her own team lead runs every one of the weekly one-to-ones on the rota as a chat that goes from targets to holidays to the office dog and back again without settling on anything.').slice(0, 7)).toEqual(['ulrike', 'says', 'her', 'own', 'team', 'lead', SKIPPED_WORDS]);
    expect(wordsOf('Remy said their youth worker sat with them in the kitchen for an hour or so and then jumped in again.').slice(0, 6)).toEqual(['remy', 'said', 'their', 'youth', 'worker', SKIPPED_WORDS]);
    expect(wordsOf("Only yesterday Dan's wife sat with him in the kitchen for an hour or so and then she jumped in again.").slice(0, 5)).toEqual(['only', 'yesterday', "dan's", 'wife', SKIPPED_WORDS]);
    // A possessive one word before the opening's last still takes its noun: shorthand's "Cl.'s" is two words.
    expect(wordsOf("Cl.'s housing officer talked fast about the eviction notice, suggested four options in two minutes and wanted it all sorted today.").slice(0, 5)).toEqual(['cl', 's', 'housing', 'officer', SKIPPED_WORDS]);
    // A phrase of place or time with no comma stands before the subject: the opening reaches past it.
    expect(wordsOf('In group supervision a peer brought a boy from his class at the academy for what she said was the fourth month running, with the same three options again.').slice(0, 7)).toEqual(['in', 'group', 'supervision', 'a', 'peer', 'brought', SKIPPED_WORDS]);
    // "Her" as an object, and a pronoun's contraction, take no further words: a pronoun after them starts its own clause.
    expect(wordsOf('I told her she ought to stop texting the whole family group every single evening, then jumped in again and rescued it.').slice(0, 4)).toEqual(['i', 'told', 'her', SKIPPED_WORDS]);
    expect(wordsOf("Honestly though she's always the one who phones me every single evening about the whole family group, and I jumped in again.").slice(0, 4)).toEqual(['honestly', 'though', "she's", SKIPPED_WORDS]);
    // A noun phrase the opening starts is taken whole, up to a verb: "a new support worker", not "a new support".
    expect(wordsOf('A new support worker sat in her car outside the refuge for twenty minutes tonight, saying whatever she does makes zero difference.').slice(0, 5)).toEqual(['a', 'new', 'support', 'worker', 'sat']);
    // A word of time before the subject is passed over: the noun phrase after it is kept whole.
    expect(wordsOf('Tonight the new data clerk rewrote the whole of the tracing list for the district three times over and phoned me after nine, heart racing about the audit.').slice(0, 6)).toEqual(['tonight', 'the', 'new', 'data', 'clerk', 'rewrote']);
    // An opening that ends on a noun stays three words.
    expect(wordsOf('My partner is in a running battle with her boss over the rota at work and is determined to win.').slice(0, 4)).toEqual(['my', 'partner', 'is', SKIPPED_WORDS]);
  });

  it('reads a name inside a sentence as a person in patterns, not a day, an acronym or a named thing', () => {
    expect(dynamics('After the session I rang round three solicitors for Maria.')).toContain('rescuing');
    expect(dynamics('After the session I rang round three solicitors for Monday.')).not.toContain('rescuing');
    // A month or day written short is a date, not a person: "booked for Apr 22" is no one's task done for them.
    expect(dynamics('IOP assessment booked for Apr 22.')).not.toContain('rescuing');
    expect(dynamics('She has booked a weekend away for Sat 21 and Sun 22.')).not.toContain('rescuing');
    // A family word written with a capital is who it is to the writer, not anyone: "since Dad passed" is a death.
    expect(dynamics('Saturday was a year since Dad passed.')).toContain('loss-abandonment-rejection');
    expect(dynamics('She mentioned dinner with her husband in passing.')).not.toContain('loss-abandonment-rejection');
    // Let go by an employer is a loss; letting a client go home is not.
    expect(dynamics('The bank let her go after nineteen years.')).toContain('loss-abandonment-rejection');
    expect(dynamics('I let her go home with the question unasked.')).not.toContain('loss-abandonment-rejection');
    expect(dynamics('After the session I rang round three solicitors for the Council.')).not.toContain('rescuing');
    // A client's code is a person as a name is; a code of other shape, or a number, is not.
    expect(dynamics('My supervisor wrote out the whole exposure hierarchy for HI-503 while I copied it down.')).toContain('rescuing');
    expect(dynamics('After the session I rang round three solicitors for C-014.')).toContain('rescuing');
    expect(dynamics('After the session I rang round three solicitors for COVID-19 cover.')).not.toContain('rescuing');
    expect(dynamics('After the session I rang round three clinics for PHQ-9 norms.')).not.toContain('rescuing');
    expect(dynamics('I wrote out the whole hierarchy for 2026-03 in the team file.')).not.toContain('rescuing');
  });

  it('reads a year after in, around or during, in brackets, or between commas, as the past', () => {
    const rescuing = (text: string): number => readCueHits([paragraph(text)], reader).filter((h) => h.dynamic === 'rescuing').length;
    expect(rescuing('In 2012 I jumped in for every client.')).toBe(0);
    expect(rescuing('On my old team, 2015, I jumped in for every client.')).toBe(0);
    expect(rescuing('On my old team ,2015,  I jumped in for every client.')).toBe(0);
    // A number after a comma only, as a list or a score has, is no year set off.
    expect(rescuing('Scores were 12, 2015 and 9 when I jumped in again.')).toBe(1);
    expect(rescuing('When first qualified (2005) I jumped in for every client.')).toBe(0);
    // "In 2012" after the cue reaches as far as a phrase of the historical list does, from its "in".
    expect(rescuing('I jumped in for all of my clients in 2012.')).toBe(0);
    expect(rescuing('I jumped in for all of my clients in 2012.'.replace(' in 2012', ' 2012'))).toBe(1);
    expect(rescuing('Recently (2013-16) I jumped in for every client.')).toBe(0);
    expect(rescuing('Recently 2013-16 I jumped in for every client.')).toBe(1);
    // A month is no span of years, and a span opening a line may head a list.
    expect(rescuing('I jumped in again (2026-02).')).toBe(1);
    expect(rescuing('2026-02 review: I jumped in again.')).toBe(1);
    expect(rescuing('I jumped in again today.')).toBe(1);
    // A date names a day, not the past: a session note's link text opens many a line.
    expect(rescuing('2026-02-03 C-014: I jumped in again.')).toBe(1);
    // The future has not happened: "will" and its contractions are hypothetical.
    expect(rescuing("Next time I'll jump in for him, I expect.")).toBe(0);
    // A number that is no year, or a year read as a score, leaves the cue as it is.
    expect(rescuing('Score 2012 on the scale; I jumped in again today.')).toBe(1);
  });

  it('reads an age opening a clause, or a school year, as the past; a time of day stays the present', () => {
    const rescuing = (text: string): number => readCueHits([paragraph(text)], reader).filter((h) => h.dynamic === 'rescuing').length;
    expect(rescuing('Sam says that at twelve she jumped in for her little brother every time.')).toBe(0);
    expect(rescuing('At 16, with her first boyfriend, Sam jumped in for him every time.')).toBe(0);
    expect(rescuing('R: Sam says at 8 she jumped in for her mum every time.')).toBe(0);
    expect(rescuing('Sam said in Year 9 she jumped in for her friends every time.')).toBe(0);
    // A time of day, in words or digits, places nothing in the past.
    expect(rescuing('At ten to the hour I jumped in for her again.')).toBe(1);
    expect(rescuing('At 9:30 I jumped in for her again.')).toBe(1);
    expect(rescuing('At 9 am I jumped in for her again.')).toBe(1);
    expect(rescuing('At 9 a.m. I jumped in for her again.')).toBe(1);
    expect(rescuing('At 9 this morning I jumped in for her again.')).toBe(1);
    expect(rescuing('At 3 on Mondays I jumped in for her again.')).toBe(1);
    expect(rescuing('Then at 10 I jumped in for her again.')).toBe(1);
    // Someone's age given now ("a mum in her forties") is no time of their past; "in her forties" alone is.
    expect(rescuing('Sam, a mum in her forties, says I jumped in for her again.')).toBe(1);
    expect(rescuing('In her forties Sam says I jumped in for her again.')).toBe(0);
    // The historical list's "at fifteen" is an age; fifteen minutes is a time.
    expect(rescuing('At fifteen minutes past the hour I jumped in for her again.')).toBe(1);
    expect(rescuing('She left home at fifteen and I jumped in for her every time.')).toBe(0);
    expect(rescuing('Sam arrived, at eleven in the morning, and I jumped in for her again.')).toBe(1);
    // An age marks what follows it only, and an hour's number after the cue is no age.
    expect(rescuing('I jumped in for her again, at 10 and again at 11.')).toBe(1);
    // An age past twelve, after a verb of saying, needs no comma or subject after it.
    expect(rescuing('Sam says at 19 a friend and she jumped in for her sister every time.')).toBe(0);
    // A school year the client is in now is the present.
    expect(rescuing('Sam is in Year 9 and I jumped in for her again.')).toBe(1);
    // After a verb, "at" and a number is a time or a place in a list, not an age opening a clause.
    expect(rescuing('We met at 10 and I jumped in for her again.')).toBe(1);
    // An age past youth is no sure past: "at 40" may be now.
    expect(rescuing('At 40 she says I jumped in for her again.')).toBe(1);
    expect(rescuing('At 26, she says, I jumped in for her again.')).toBe(1);
  });

  it('reads an age after "was", a season\'s year, a year before a colon, a first marriage and the years of a decade of life as the past', () => {
    expect(dynamics('I was fourteen when my dad passed away at home, long before I trained.')).not.toContain('loss-abandonment-rejection');
    expect(dynamics('In the winter of 1998 I jumped in for her every time.')).not.toContain('rescuing');
    expect(dynamics('My first year at the centre, 2013: I jumped in for every client.')).not.toContain('rescuing');
    expect(dynamics('They described their first year of marriage, when each jumped in for the other.')).not.toContain('rescuing');
    expect(dynamics('Marcus says he spent years of his thirties jumping in for his brother.')).not.toContain('rescuing');
    // An amount is no age, and "since" runs on to now.
    expect(dynamics('Sam was 20 minutes late again and I jumped in for her.')).toContain('rescuing');
    expect(dynamics('Sam has handled everything alone since she was twelve, and I jumped in for her again.')).toContain('rescuing');
  });

  it('reads no age in a score, a count of sessions or an hour, and no past in school life told in the present or a first marriage still going on', () => {
    expect(dynamics('Her PHQ-9 is up: she was 19 today and I jumped in for her again.')).toContain('rescuing');
    expect(dynamics('We were 6 sessions in when I jumped in for her again.')).toContain('rescuing');
    expect(dynamics('She was 8/10 anxious and I jumped in for her again.')).toContain('rescuing');
    expect(dynamics('It was 11 by the time I jumped in for her.')).toContain('rescuing');
    expect(dynamics('Sam says at school she is bullied and keeps jumping in for her friends.')).toContain('rescuing');
    expect(dynamics("Sam says at uni she'd rather jump in for her flatmates than say no.")).toContain('rescuing');
    expect(dynamics('Her first husband still has the kids at weekends and she jumps in for him with every bill.')).toContain('rescuing');
    expect(dynamics('This is her first marriage and she jumps in for him with every bill.')).toContain('rescuing');
    // Told in the past, they still place it there; so does a contraction that is "has", or a "now" of another clause.
    expect(dynamics('Sam says at school she jumped in for her friends every time.')).not.toContain('rescuing');
    expect(dynamics("Growing up, she's always been the peacemaker, rescuing her mum from every row.")).not.toContain('rescuing');
    expect(dynamics("In the past he's jumped in to rescue his sister every time she called.")).not.toContain('rescuing');
    expect(dynamics('What is clear is that as a child she rescued her mum every weekend.')).not.toContain('rescuing');
    expect(dynamics("She was 15 by then and rescued her mum from her dad's moods every weekend.")).not.toContain('rescuing');
    expect(dynamics('Her first husband left in the spring and she jumped in for him with every bill.')).not.toContain('rescuing');
  });

  it('ends a past at a clause that comes back to now ("..., and now I ...")', () => {
    expect(dynamics('I jumped in for my sister in 2015, and now I jump in for Jo.')).toContain('rescuing');
    expect(dynamics('As a teenager she rescued her brother, but these days she rescues her flatmate.')).toContain('rescuing');
    // Without a clause back to now, the past goes on.
    expect(dynamics('I jumped in for my sister in 2015, and I jumped in for her brother too.')).not.toContain('rescuing');
    expect(dynamics('As a teenager she rescued her brother and now and then her cousin.')).not.toContain('rescuing');
  });

  it('reads a clause as the past when a year or an age later in it places it there, and not across a clause opener or in the present', () => {
    expect(dynamics('Our father shouted and I jumped in for my younger brother in the winter of 1998.')).not.toContain('rescuing');
    expect(dynamics('Jo says she jumped in for her sister with every bill back in 2003.')).not.toContain('rescuing');
    // The date is the other clause's: the cue before it is now.
    expect(dynamics('Today I jumped in for Sam exactly as my old supervisor did for me in 2015.')).toContain('rescuing');
    expect(dynamics('I jumped in for Sam again, much like the time in 2015.')).toContain('rescuing');
    // What is said, or a subject of its own after "and", is a clause of its own.
    expect(dynamics('I rang the council for her and she said her dad left in 2015.')).toContain('rescuing');
    // Told in the present, the clause goes on now.
    expect(dynamics('Jo still jumps in for her brother with every single bill, as she has done from 2015.')).toContain('rescuing');
    expect(dynamics('Jo is jumping in for her brother with every single bill from 2015 onwards.')).toContain('rescuing');
  });

  it('reads school or university after a verb of saying, told in the past, as the past; told in the present, as now', () => {
    expect(dynamics('Sam says at school she jumped in for her friends every time.')).not.toContain('rescuing');
    expect(dynamics('R: Sam said that at uni, in Leeds, she jumped in for her flatmates every time.')).not.toContain('rescuing');
    // A young client's school now: the present tense keeps the cue.
    expect(dynamics('Sam says at school she keeps jumping in for her friends.')).toContain('rescuing');
    // Not after a verb of saying: a place, not a time ("I rang her at school").
    expect(dynamics('I jumped in for her at school pick-up again.')).toContain('rescuing');
  });
});


describe('readCueHits with the learnt sentence reader', () => {
  // A client's act that no cue or pattern of the taxonomy finds: only the learnt reader hears it.
  const TORN_UP = 'He tore up the budget sheet I had printed, said he would do it when he chose, and sat with his arms crossed until I put it away.';
  const withoutModel = createCueReader(defaultDefinitions(), { ...SHIPPED_SENTENCE_MODEL, weights: '', wideWeights: '' });
  const withoutRulingOut = createCueReader(defaultDefinitions(), { ...SHIPPED_SENTENCE_MODEL, overrule: { below: 0, above: 1 } });
  const heard = (text: string, r = reader) => readCueHits([paragraph(text)], r).map((h) => h.dynamic);

  it('hears a sentence no cue or pattern finds, with the words before its anchor as subject candidates', () => {
    expect(heard(TORN_UP, withoutModel)).toEqual([]);
    const [hit, ...more] = readCueHits([paragraph(`We met at ten. ${TORN_UP}`)], reader);
    expect(more).toEqual([]);
    expect(hit.dynamic).toBe('power-struggle');
    expect(hit.text).toBe(TORN_UP);
    expect(hit.line).toBe(10);
    expect(hit.words[0]).toBe('he');
  });

  it('keeps what it hears to the same context as a pattern: not in a question or in quoted words', () => {
    // The model hears both; the context the patterns' hearings go through drops them.
    const question = 'Did he tear up the budget sheet I had printed, say he would do it when he chose, and sit with his arms crossed until I put it away?';
    const quoted = 'She wrote: "He tore up the budget sheet I had printed, said he would do it when he chose, and sat with his arms crossed."';
    for (const text of [question, quoted]) {
      const w = tokenize(text).map((t) => t.word);
      expect(reader.model?.hear(w, 0, w.length)?.dynamic).toBe('power-struggle');
      expect(heard(text)).toEqual([]);
    }
  });

  const marks = (text: string, r = reader) => readCueHits([paragraph(text)], r).map((h) => [h.dynamic, h.ruledOutBy]);

  it("marks a pattern's reading the learnt reader rules out with where the reading it hears stands, and never a cue phrase's", () => {
    // A pattern finds her asking for the worker (dependency); the sentence is the urgency.
    const urgent = 'Jo rang three times before eight to bring our session forward, then paced the room saying the housing form had to go in by noon or it would all fall apart.';
    expect(marks(urgent)).toEqual([['dependency', 1], ['anxiety-urgency', undefined]]);
    expect(marks(urgent, withoutRulingOut)).toEqual([['dependency', undefined], ['anxiety-urgency', undefined]]);
    expect(marks(urgent, createCueReader(defaultDefinitions(), null))).toEqual([['dependency', undefined], ['anxiety-urgency', undefined]]);
    // "I rescued her" names its dynamic: the reader cannot rule it out, though it would a pattern's.
    const named = 'Dana rang the office five times before nine asking for an earlier slot, talking fast, and I rescued her by giving up my lunch break.';
    const w = tokenize(named).map((t) => t.word);
    expect(reader.model?.ruledOut(new Set(['anxiety-urgency', 'rescuing']), w, 0, w.length)?.out).toEqual(['rescuing']);
    const read = new Map(marks(named) as [string, number | undefined][]);
    expect(read.get('rescuing')).toBeUndefined();
    expect(read.get('dependency')).toBe(1);
  });

  it("points each reading of a long sentence cut around a cue of its own to the sentence's first reading", () => {
    const long = 'Jo and I spent most of the hour swapping stories about his allotment and the marrow competition at the show, laughing a lot, and when the court date came up I changed the subject to the weather.';
    const short = 'Jo changed the subject when I asked about his father. We both laughed and moved on to the weather.';
    const hits = readCueHits([paragraph(`${long} ${short}`)], reader);
    const first = hits.findIndex((h) => h.text === hits[0].text && h.sentenceAt === undefined);
    const cut = hits.filter((h) => h.sentenceAt !== undefined);
    expect(cut.length).toBeGreaterThan(0);
    for (const h of cut) {
      expect(h.text).not.toBe(hits[0].text);
      expect(hits[hits.indexOf(h) + h.sentenceAt!]).toBe(hits[first]);
    }
    // A sentence that fits one text is its own key: its readings share that text and point nowhere.
    const whole = hits.filter((h) => h.text.startsWith('Jo changed') || h.text.startsWith('We both'));
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.every((h) => h.sentenceAt === undefined)).toBe(true);
  });

  it('chooses only among the readings that stand: one quoted or feared rules nothing out', () => {
    // The urgency is in his own quoted words, or only feared: the asking for the worker stands alone,
    // though the reader, weighing the words, would rule it out for the urgency.
    for (const text of [
      'Kofi rang three times before eight to bring our session forward, then paced the room saying "it had to be done today".',
      'Kofi rang three times before eight to bring our session forward, and I worry he might pace the room saying the form had to go in by noon or it would all fall apart.',
    ]) {
      const w = tokenize(text).map((t) => t.word);
      expect(reader.model?.ruledOut(new Set(['dependency', 'anxiety-urgency']), w, 0, w.length)?.out).toEqual(['dependency']);
      expect(marks(text)).toEqual([['dependency', undefined]]);
    }
  });

  it("hears beside a pattern's reading another it finds likely enough, and rules the pattern's out by none", () => {
    // A pattern finds the turning away; the whole sentence is also the two of them colluding.
    const steering = 'Sam and I chatted about his fishing trip and the football all hour, and each time his drinking came near we both laughed and moved on to the weather.';
    expect(marks(steering)).toEqual([['avoidance-withdrawal', undefined], ['collusion', undefined]]);
    const withoutBeside = createCueReader(defaultDefinitions(), { ...SHIPPED_SENTENCE_MODEL, beside: 2 });
    expect(marks(steering, withoutBeside)).toEqual([['avoidance-withdrawal', undefined]]);
    // Less likely than that, what the reader hears is not heard: rescuing in a practitioner's fault-finding.
    const faultFinding = 'I picked Ravi up on his lateness twice before he had even sat down, and then again on the drink diary he had left at home.';
    const w = tokenize(faultFinding).map((t) => t.word);
    expect(reader.model?.hear(w, 0, w.length)?.dynamic).toBe('rescuing');
    expect(marks(faultFinding)).toEqual([['persecuting', undefined]]);
  });

  it('does not read a sentence in which a cue or pattern is found: their reading is the more specific', () => {
    const text = `${TORN_UP.slice(0, -1)}, and I jumped in again to rescue the plan.`;
    expect(heard(text)).toEqual(heard(text, withoutModel));
    expect(heard(text)).not.toContain('power-struggle');
  });
});

describe('the words before a participle set after a comma', () => {
  it("are the sentence's opening words, marked as before punctuation: the cue follows the comma", () => {
    const hit = readCueHits([paragraph('I watched her, holding back my own tears.')], reader).find((h) => h.dynamic === 'passivity-hesitancy');
    expect(hit?.words).toEqual(['i', 'watched', 'her']);
    expect(hit?.starts).toEqual([true, false, false, true]);
  });
});

describe('the words before a cue in a sentence opened by a section label', () => {
  it('leave the label out: "I:" is BIRP\'s intervention, not the writer', () => {
    const hit = readCueHits([paragraph('I: As usual Jo changed the subject when I asked about her dad.')], reader).find((h) => h.dynamic === 'avoidance-withdrawal');
    expect(hit?.words).toEqual(['as', 'usual', 'jo']);
    expect(hit?.starts.slice(0, 3)).toEqual([true, false, false]);
  });

  it('keep a label that says who ("Client response:", "My response:") and an "I:" the cue follows right away', () => {
    const wordsOf = (text: string): readonly string[] | undefined => readCueHits([paragraph(text)], reader).find((h) => h.dynamic === 'avoidance-withdrawal')?.words;
    expect(wordsOf('Client response: withdrew and went quiet.')).toEqual(['client', 'response']);
    expect(wordsOf('I: Went quiet when Ann challenged me.')).toEqual(['i']);
    expect(wordsOf('Session summary: As usual Jo went quiet.')).toEqual(['as', 'usual', 'jo']);
  });
});
