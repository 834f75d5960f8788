import { describe, expect, it } from 'vitest';
import { CodeTable, dynamicCodes, propertyCodes } from '../../../src/core/cache/code-tables';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';

describe('code tables for the compact form', () => {
  it('gives a number for a string it holds, and keeps any other string as it is', () => {
    const table = new CodeTable(['client', 'date']);
    expect(table.encode('date')).toBe(1);
    expect(table.encode('Date')).toBe('Date');
    expect(table.decode(1)).toBe('date');
    expect(table.decode('Date')).toBe('Date');
    // A number that names nothing (a damaged cache) is undefined, never another string.
    expect(table.decode(2)).toBeUndefined();
    expect(table.decode(-1)).toBeUndefined();
    // shared() hands out the table's own copy of a string it holds; which copy a string is cannot be
    // seen from JavaScript, so that is measured by the bench's heap per note, not here.
    expect(table.shared('Client')).toBe('Client');
  });

  it('codes the plugin properties and every dynamic of the shipped taxonomy', () => {
    expect(typeof propertyCodes().encode('practitioner_dynamics')).toBe('number');
    expect(typeof propertyCodes().encode('tags')).toBe('number');
    for (const { id } of defaultDefinitions()) expect(dynamicCodes().decode(dynamicCodes().encode(id))).toBe(id);
  });
});
