import { describe, expect, it } from 'vitest';
import { findStreetAddresses } from '../../../src/core/privacy/street-address';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findStreetAddresses(line));

describe('street addresses', () => {
  it('finds a house number and a street, UK and US', () => {
    expect(find('Address: 14 Elmwood Grove, Leeds LS6 2QT.')).toEqual(['14 Elmwood Grove']);
    expect(find('Flat 3, 27 Mill Lane, Sheffield')).toEqual(['27 Mill Lane']);
    expect(find('her dad’s flat at 5b Harehills Lane')).toEqual(['5b Harehills Lane']);
    expect(find('Home: 1420 NE Alberta Street, Portland')).toEqual(['1420 NE Alberta Street']);
    expect(find('staying at 88 Division St, Portland')).toEqual(['88 Division St']);
    expect(find('3310 SE Hawthorne Blvd. from next month')).toEqual(['3310 SE Hawthorne Blvd.']);
  });

  it('leaves rooms, sessions, streets without a number and lower-case words alone', () => {
    for (const line of ['Room 3 at the Headingley practice', 'Session 4 Close', 'Week 6 Review Road', 'the 42 bus down Oxford Road', 'at the Harrogate Road practice', 'walked 5 miles along the canal road']) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('street names of Irish and Scottish shape', () => {
  it("finds O', Mc, Mac and St. in a street's name", () => {
    expect(find("She lives at 45 O'Connell Street, Dublin 1.")).toEqual(["45 O'Connell Street"]);
    expect(find('Moved to 12 McDonald Road last week.')).toEqual(['12 McDonald Road']);
    expect(find('12 MacArthur Avenue')).toEqual(['12 MacArthur Avenue']);
    expect(find("a flat on 12 St. Stephen's Green")).toEqual(["12 St. Stephen's Green"]);
  });
});
