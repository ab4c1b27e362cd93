import { countsUnit, unitOf } from '../../src/search/units';

describe('units of measure', () => {
  const counts = (said: string, asked: string): boolean => {
    const saidUnit = unitOf(said);
    const askedUnit = unitOf(asked);
    return saidUnit !== undefined && askedUnit !== undefined && countsUnit(saidUnit, askedUnit);
  };

  it('knows a unit by its name, its plural or its abbreviation', () => {
    expect(unitOf('Years')?.measures).toBe('time');
    expect(unitOf('km')?.measures).toBe('length');
    expect(unitOf('mins.')?.measures).toBe('time');
    expect(unitOf('people')).toBeUndefined();
  });

  it('counts a unit by the same measure; time by the same size or a few sizes up', () => {
    expect(counts('km', 'miles')).toBe(true);
    expect(counts('tonnes', 'tons')).toBe(true);
    expect(counts('decades', 'years')).toBe(true);
    expect(counts('weeks', 'days')).toBe(true);
    expect(counts('days', 'years')).toBe(false);
    expect(counts('days', 'minutes')).toBe(false);
    expect(counts('km', 'kilograms')).toBe(false);
  });
});
