import { describe, expect, it } from 'vitest';
import { readDuration } from '../../../src/core/practice/duration';

describe('readDuration', () => {
  it.each([
    [50, 50],
    ['50', 50],
    ['50 min', 50],
    ['50 minutes', 50],
    ['1h', 60],
    ['1 hour', 60],
    ['1h30', 90],
    ['1h 30m', 90],
    ['1H30M', 90],
    ['90m', 90],
    ['1.5h', 90],
    ['1,5 h', 90],
    [0, 0],
    [[45], 45],
    // Hours and minutes as a clock writes them, and a fraction under ten, which no length in minutes is.
    ['1:30', 90],
    ['0:50', 50],
    [1.5, 90],
    ['1.5', 90],
    ['1,5', 90],
    [0.75, 45],
    [10, 10],
  ])('reads %j as %i minutes', (value, minutes) => {
    expect(readDuration(value)).toEqual({ minutes });
  });

  it.each([undefined, null, '', '   ', []])('takes %j as no duration', (value) => {
    expect(readDuration(value)).toEqual({ absent: true });
  });

  it.each([
    ['about an hour', 'about an hour'],
    ['50-60', '50-60'],
    ['h', 'h'],
    [-10, '-10'],
    [2000, '2000'],
    ['30h', '30h'],
    [true, 'true'],
    [[50, 60], '[50,60]'],
    // A whole number under ten is hours or minutes: the note is listed to say which.
    [2, '2'],
    ['1', '1'],
    ['1:75', '1:75'],
  ])('reports %j as unreadable', (value, text) => {
    expect(readDuration(value)).toEqual({ unreadable: text });
  });
});
