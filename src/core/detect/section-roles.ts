import type { Role } from '../model/role';

/**
 * Whose a part of a structured session note is, by the label its sentence opens with: what the
 * client says (S, Subjective), what is seen of them (O, Objective, Observation, Presentation), their
 * behaviour and their response (B, Behaviour, R, Response) are the client's; the intervention (I) is
 * the practitioner's. A sentence there with no subject of its own ("**O:** Slouched, hood up",
 * "I: Went through the safety plan line by line") is theirs. Data, assessment and plan mix both, and
 * are not read this way.
 */
const LABELLED = /^[\s>*_-]*(subjective|objective|observations?|presentation|behaviou?r|response|intervention|[sobri])[\s*_]*:/i;

export function sectionRole(sentence: string): Role | undefined {
  const m = LABELLED.exec(sentence);
  if (!m) return undefined;
  const label = m[1].toLowerCase();
  return label === 'i' || label === 'intervention' ? 'practitioner' : 'client';
}
