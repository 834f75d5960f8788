import contextCuesData from './context-cues.yaml?data';
import dynamicsData from './dynamics.yaml?data';
import { readTaxonomyData, toDefinitions } from './read-taxonomy';
import type { DynamicDefinition } from './taxonomy';
import { hashOf } from '../text/hash';

let defaults: DynamicDefinition[] | undefined;

/** The shipped taxonomy (dynamics.yaml, bundled as data). */
export function defaultDefinitions(): DynamicDefinition[] {
  defaults ??= toDefinitions(readTaxonomyData(dynamicsData));
  return defaults;
}

let fingerprint: string | undefined;

/**
 * What the shipped taxonomy and context cues read in a note, as one hash: cached cue hits are good
 * only for the cues, patterns and context they were read with, whatever the host's version says.
 */
export function defaultTaxonomyFingerprint(): string {
  fingerprint ??= hashOf(JSON.stringify([dynamicsData, contextCuesData]));
  return fingerprint;
}

export interface ContextCues {
  pre_negation: string[];
  post_negation: string[];
  /** Objects that are no one or nothing: they negate only right after a cue or between a pattern's parts (cues/context.ts). */
  object_negation: string[];
  pseudo_negation: string[];
  termination: string[];
  hypothetical: string[];
  historical: string[];
  /** Verbs reporting speech: a future modal right after one is in the words reported (context.ts). */
  reported_speech: string[];
  /** Words asking or wanting an act done, before its "to": the act is not done (cues/not-done.ts, askedFor). */
  asked_for: string[];
  /** Words of obligation just before an act: the act is due, not done (cues/not-done.ts, dueAt). */
  obligation: string[];
  /** Words of a near miss right before what a cue or pattern reads: it did not happen (cues/not-done.ts, nearMissAt). */
  near_miss: string[];
  /** Offers and invitations, and the writer's words turning one down (cues/declined-offers.ts). */
  offered: string[];
  refused: string[];
  experiencer_other: string[];
}

let cues: ContextCues | undefined;

/** Negation and context phrases (context-cues.yaml); a trailing `*` marks therapy phrasing and is dropped. */
export function contextCues(): ContextCues {
  if (!cues) {
    const raw = contextCuesData as Record<keyof ContextCues, string[]>;
    const clean = (list: string[]): string[] => list.map((p) => p.replace(/\*$/, ''));
    cues = {
      pre_negation: clean(raw.pre_negation),
      post_negation: clean(raw.post_negation),
      object_negation: clean(raw.object_negation),
      pseudo_negation: clean(raw.pseudo_negation),
      termination: clean(raw.termination),
      hypothetical: clean(raw.hypothetical),
      historical: clean(raw.historical),
      reported_speech: clean(raw.reported_speech),
      asked_for: clean(raw.asked_for),
      obligation: clean(raw.obligation),
      near_miss: clean(raw.near_miss),
      offered: clean(raw.offered),
      refused: clean(raw.refused),
      experiencer_other: clean(raw.experiencer_other),
    };
  }
  return cues;
}
