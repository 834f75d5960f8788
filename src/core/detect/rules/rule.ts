import type { Flag } from '../../model/flag';
import type { RuleContext, SessionRef } from '../rule-context';

/**
 * What a rule's flags belong to: a supervision, a reflection, a practitioner and a dynamic. Each
 * rule makes its own anchors; `key` tells two anchors of one rule apart.
 */
export interface Anchor {
  readonly rule: string;
  readonly key: string;
}

/**
 * One kind of rule (SPEC section 3): which anchors it has, which of them a change can affect, and
 * the flags of one anchor. A rule may memoize what it computed; the `anchorsOf…` calls are where it
 * learns what changed, so it drops what they make stale.
 */
export interface FlagRule<A extends Anchor = Anchor> {
  readonly id: string;
  /** Every anchor, for a full build. */
  anchors(context: RuleContext): Iterable<A>;
  /** The anchors a change to this note affects as a note (its own anchor, if it is one). */
  anchorsOfNote(path: string, context: RuleContext): Iterable<A>;
  /** The anchors a change to these dynamics of one session affects. */
  anchorsOfSession(session: SessionRef, dynamics: ReadonlySet<string>, context: RuleContext): Iterable<A>;
  /** The flags of one anchor. */
  flags(anchor: A, context: RuleContext): Flag[];
  /** Forgets every memo, before a full build. */
  reset(): void;
}

/** An anchor that is one note (a supervision, a reflection): its key is the note's path. */
export interface NoteAnchor<R extends string> extends Anchor {
  readonly rule: R;
}

export function noteAnchor<R extends string>(rule: R, path: string): NoteAnchor<R> {
  return { rule, key: path };
}
