import { describe, expect, it } from 'vitest';
import { hasRole, rolesOf } from '../../../src/core/model/flag';

describe('the roles of an evidence item', () => {
  it('asks of its one role, or of every role when a sentence gave it more than one', () => {
    const one = { role: 'client' as const };
    const both = { role: 'client' as const, roles: ['client' as const, 'practitioner' as const] };
    expect(hasRole(one, 'client')).toBe(true);
    expect(hasRole(one, 'practitioner')).toBe(false);
    expect(hasRole(both, 'practitioner')).toBe(true);
    expect(hasRole(both, 'supervisor')).toBe(false);
    // The same answers as the list of its roles.
    for (const e of [one, both]) for (const role of ['client', 'practitioner', 'supervisor'] as const) expect(hasRole(e, role)).toBe(rolesOf(e).includes(role));
  });
});
