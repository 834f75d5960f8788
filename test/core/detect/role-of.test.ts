import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../src/core/detect/role-of';

describe('the role a subject gives evidence', () => {
  it('in a session note: the writer is the practitioner, a he or she the client', () => {
    expect(roleOf('session', 'supervisee', 'me')).toBe('practitioner');
    expect(roleOf('session', 'supervisee', 'practitioner')).toBe('practitioner');
    expect(roleOf('session', 'supervisee', 'third-person')).toBe('client');
    expect(roleOf('session', 'supervisee', 'we')).toBe('unknown');
  });

  it("in a supervision note: the writer is its author, and a supervisor's he or she the supervisee", () => {
    expect(roleOf('supervision', 'supervisee', 'me')).toBe('supervisee');
    expect(roleOf('supervision', 'supervisor', 'me')).toBe('supervisor');
    expect(roleOf('supervision', 'supervisor', 'third-person')).toBe('supervisee');
    expect(roleOf('supervision', 'supervisee', 'third-person')).toBe('unknown');
    expect(roleOf('supervision', 'supervisee', 'client')).toBe('client');
  });

  it("in a reflection: the writer's own, and anyone else's no one's", () => {
    expect(roleOf('reflection', 'supervisee', undefined)).toBe('self');
    expect(roleOf('reflection', 'supervisee', 'we')).toBe('self');
    expect(roleOf('reflection', 'supervisee', 'client')).toBeNull();
  });

  it('is none for someone outside the relationships, in any note', () => {
    for (const kind of ['session', 'supervision', 'reflection'] as const) expect(roleOf(kind, 'supervisee', 'other')).toBeNull();
  });
});
