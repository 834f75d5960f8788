import { normalizeKey } from '../parse/keys';

export type DynamicKind = 'dynamic' | 'theme' | 'attachment' | 'marker';

/**
 * Behaviour described in general terms (SPEC section 1, "What a sentence describes"): the sentence
 * holds a phrase of each slot, in order, each within `within` words of the one before. Slots are
 * classes: an action (write, phone, fill in), an object or beneficiary (for her, on his behalf), a
 * relation in time (before ... finished). Words match their inflections, as cues do.
 */
/** The most slots a pattern may have: a phrase's place is kept as one number (cues/pattern-matcher.ts). */
export const MAX_PATTERN_SLOTS = 16;

export interface DescribedPattern {
  /** What the pattern describes, in words: shown nowhere yet, it documents the data. */
  about: string;
  match: string[][];
  within: number;
  /**
   * Words that may not stand between one slot and the next: "asked what it had been like to tell
   * her" asks no one to tell her anything, where "asked me to tell her" does.
   */
  breaks?: string[];
  /**
   * The fewest words between one slot and the next (0 when left out): "whenever I raised it, they
   * talked about the office move" turns away; in "when he talked about engines" the talking is
   * the subject itself, a word from "when".
   */
  apart?: number;
  /**
   * The slot whose subject does what the pattern describes, where it is not the first (nor, after
   * an opening clause of time, the second): in "each time I mentioned the letter, Jo glanced at her
   * phone" the raising is the writer's, the glance Jo's.
   */
  agentSlot?: number;
  /**
   * Words that, standing within UNLESS_AFTER_REACH words after the pattern, show it means something
   * else: "passed on" is a death, but "passed on the memo" hands a document on.
   */
  unlessAfter?: string[];
  /**
   * Words that, standing within UNLESS_BEFORE_REACH words before the pattern, show it means
   * something else: "I rang the council on her behalf" does her task, "indignant on her behalf" is
   * a feeling.
   */
  unlessBefore?: string[];
}

/** How many words after a pattern its `unlessAfter` words are looked for. */
export const UNLESS_AFTER_REACH = 4;
/** How many words before a pattern its `unlessBefore` words are looked for. */
export const UNLESS_BEFORE_REACH = 3;

export interface DynamicDefinition {
  id: string;
  kind: DynamicKind;
  label: string;
  /**
   * How a question names the dynamic mid-sentence ("Is the helplessness in your sessions..."), where
   * the label's first part would not read ("the victim", "the boundary issues"). Without it, shortLabel.
   */
  phrase?: string;
  description: string;
  cues: string[];
  /** Descriptions in practitioners' own words, beside the cue phrases. */
  patterns: DescribedPattern[];
  /**
   * Phrases in which a cue or a pattern of the dynamic means something else: "weight loss", "at a
   * loss" and "her phone died" are no bereavement. A hit of the dynamic that overlaps one is not
   * heard (cues/cue-matcher.ts). Cues stay whole for property values and tags, where they name.
   */
  otherSenses?: string[];
  /**
   * Dynamics this one takes in: where a sentence is heard as this dynamic for someone, its reading as
   * one of these is dropped. Collusion is both people keeping off a subject together; the same
   * sentence read as one person's avoidance as well is the one thing twice (detect/note-evidence.ts).
   */
  covers?: readonly string[];
  roles: string[];
  /**
   * A judgement of another (all good, all bad): its author is whoever makes it, not whoever it is
   * about. "She told me I'm the first therapist who gets her" is her idealising (detect/subjects.ts).
   */
  judgement?: true;
  /**
   * An act done for or to the other: asked, wanted or pushed for ("she is leaning on me to make the
   * call for her"), it is not done, and no evidence of the dynamic (cues/cue-hits.ts).
   */
  act?: true;
  /**
   * A dynamic two people make together (collusion, a power struggle): a sentence that names them both
   * ("an unspoken pact between the two of us"), or whose subject is "we", is both people's
   * (detect/note-evidence.ts).
   */
  mutual?: true;
  /**
   * A dynamic whose evidence may be an offer or invitation taken up (a boundary's): one the writer
   * turns down in the same sentence or the next ("Marcus offered me work at his firm; I declined")
   * is the frame held, and no evidence (cues/declined-offers.ts).
   */
  declinable?: true;
}

/** The dynamics the detector knows, and how property values and tags map to them. */
export class Taxonomy {
  private readonly byId = new Map<string, DynamicDefinition>();
  private readonly byName = new Map<string, string>();

  constructor(definitions: readonly DynamicDefinition[]) {
    for (const d of definitions) this.byId.set(d.id, d);
    // Ids first, then labels, then cues: an id always wins over another dynamic's cue.
    for (const d of definitions) this.name(d.id, d.id);
    for (const d of definitions) {
      this.name(d.label, d.id);
      this.name(d.label.split(' / ')[0], d.id);
    }
    for (const d of definitions) for (const cue of d.cues) this.name(cue, d.id);
  }

  get definitions(): DynamicDefinition[] {
    return [...this.byId.values()];
  }

  get(id: string): DynamicDefinition | undefined {
    return this.byId.get(id);
  }

  private readonly looked = new Map<string, string | undefined>();

  /** The id a property value, tag or linked note name stands for: by id, label or cue phrase. */
  lookup(value: string): string | undefined {
    // Notes repeat the same few values thousands of times: remember each answer.
    if (this.looked.has(value)) return this.looked.get(value);
    const id = this.byName.get(nameKey(value));
    if (this.looked.size < 10_000) this.looked.set(value, id);
    return id;
  }

  private name(name: string, id: string): void {
    const key = nameKey(name);
    if (key !== '' && !this.byName.has(key)) this.byName.set(key, id);
  }
}

/** How names compare: case, spaces, `-`, `_` and `/` do not matter. */
export function nameKey(value: string): string {
  return normalizeKey(value).replace(/[/\s]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
}

/** An unknown value kept as its own dynamic: its slug. */
export function slug(value: string): string {
  return nameKey(value).replace(/_/g, '-');
}

const shortLabels = new WeakMap<DynamicDefinition, string>();

/** `Rescuing / over-responsibility` reads as `rescuing` in a sentence; a definition's `phrase` as it is written. */
export function shortLabel(definition: DynamicDefinition | undefined, id: string): string {
  if (!definition) return id.replace(/-/g, ' ');
  if (definition.phrase !== undefined) return definition.phrase;
  let label = shortLabels.get(definition);
  if (label === undefined) {
    const first = definition.label.split(' / ')[0].split(' - ')[0];
    label = first.charAt(0).toLowerCase() + first.slice(1);
    shortLabels.set(definition, label);
  }
  return label;
}
