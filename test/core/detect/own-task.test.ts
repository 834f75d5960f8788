import { describe, expect, it } from 'vitest';
import { ownTask } from '../../../src/core/detect/own-task';
import { heard } from '../../helpers/heard';

describe('a client doing a task of their own', () => {
  it('is no rescuing: the act is done by their own hand, for no one else', () => {
    expect(heard('R: She rang the council from the refuge office herself.')).not.toContain('rescuing client');
    expect(heard('Jo rang the council herself.')).not.toContain('rescuing client');
  });

  it('is no rescuing when the task done is named as their own ("completed his own application")', () => {
    expect(heard('P: Craig completed his own housing application online during the session; I checked the spelling at his request.')).not.toContain('rescuing client');
    expect(ownTask('Jo filled in her own form.')).toBe(true);
    // "Her own" beside another's task is not the task's owner: she typed up her roommates' reports.
    expect(ownTask('Jo cooks for her roommates and typed up two of their lab reports, skipping her own lunch.')).toBe(false);
  });

  it('keeps an act done for someone whose task it names', () => {
    expect(heard("Jo rang the council about her mum's flat herself.")).toContain('rescuing client');
    expect(heard('Jo rang the council on her mum\'s behalf herself.')).toContain('rescuing client');
    expect(heard('Jo rang the council for her mum herself.')).toContain('rescuing client');
    expect(ownTask("Jo still sorts her mum's hospital transport herself.")).toBe(false);
    expect(ownTask("Jo answers the midwife's texts on her partner's behalf herself.")).toBe(false);
    // The writer's own task done by the client is done for the writer.
    expect(ownTask('Jo rewrote the opening of my letter to the school herself while I watched.')).toBe(false);
    // A contraction is no one's task: "she's", "it's".
    expect(ownTask("She's rung the council herself; it's done.")).toBe(true);
  });

  it("leaves the practitioner's own hand as it is: \"I rang the council myself\" is still done for the client", () => {
    expect(heard('I rang the council for Jo myself.')).toContain('rescuing practitioner');
    expect(ownTask('I rang the council for Jo myself.')).toBe(false);
  });
});
