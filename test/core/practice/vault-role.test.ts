import { describe, expect, it } from 'vitest';
import { readVaultRole } from '../../../src/core/practice/vault-role';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const supervisorVault = engineWith(readFixtureVault('test/fixtures/vaults/supervisor-vault'));
const practice = engineWith(readFixtureVault('test/fixtures/vaults/practice'));

describe('whose vault it is', () => {
  it("tells a supervisor's vault from its notes: most supervision notes written by the supervisor, their own supervision beside them", () => {
    expect(readVaultRole(supervisorVault.graph)).toEqual({ role: 'supervisor', from: 'notes', written: 3, received: 1 });
    expect(readVaultRole(practice.graph)).toEqual({ role: 'practitioner', from: 'notes', written: 0, received: 3 });
  });

  it('takes the setting over the notes, and says so', () => {
    expect(readVaultRole(supervisorVault.graph, 'practitioner')).toMatchObject({ role: 'practitioner', from: 'setting' });
    expect(readVaultRole(practice.graph, 'supervisor')).toMatchObject({ role: 'supervisor', from: 'setting' });
  });

  it("keeps a practitioner's vault a practitioner's when it holds one note a supervisor wrote", () => {
    const files = readFixtureVault('test/fixtures/vaults/practice');
    const path = 'Supervision/2026-01-27 Ann Lee.md';
    const one = engineWith({ ...files, [path]: files[path].replace('type: supervision', 'type: supervision\nauthor: supervisor') });
    expect(readVaultRole(one.graph)).toMatchObject({ role: 'practitioner', written: 1, received: 2 });
  });
});
