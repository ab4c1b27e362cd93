import { closestNames, findActor, normalName } from '../../src/actors/find';
import { build } from './helpers';

describe('findActor', () => {
  const { table } = build({
    a: 'US Secretary of State Antony Blinken spoke to Nigerien President Mohamed Bazoum and former president Mahamadou Issoufou. "We act," US State Department said in a statement. President Joe Biden and Hunter Biden agreed, CNN reported.',
  });
  const nameOf = (query: string): string => {
    const found = findActor(table, query);
    if (found.status === 'found') return found.actor.name;
    if (found.status === 'ambiguous')
      return `ambiguous: ${found.candidates.map((actor) => actor.name).join(', ')}`;
    return `none: ${found.closest.join(', ')}`;
  };

  it('finds an actor by any alias, case-insensitively, and by id', () => {
    expect(nameOf('Blinken')).toBe('Antony Blinken');
    expect(nameOf('us secretary of state antony blinken')).toBe('Antony Blinken');
    expect(nameOf('cnn')).toBe('CNN');
    expect(nameOf('mohamed-bazoum')).toBe('Mohamed Bazoum');
  });

  it('finds an actor by a run of words of its canonical name', () => {
    expect(nameOf('State Department')).toBe('US State Department');
    expect(nameOf('state')).toBe('US State Department');
    expect(nameOf('Antony')).toBe('Antony Blinken');
  });

  it('finds an actor by words of its role when no name fits', () => {
    expect(nameOf('Secretary of State')).toBe('Antony Blinken');
    expect(nameOf('Nigerien President')).toBe('Mohamed Bazoum');
  });

  it('finds an actor by a name with titles the articles never put before it', () => {
    expect(nameOf('Secretary Blinken')).toBe('Antony Blinken');
    expect(nameOf('President Bazoum')).toBe('Mohamed Bazoum');
    expect(nameOf('former president Issoufou')).toBe('Mahamadou Issoufou');
  });

  it('lists the candidates of an ambiguous name', () => {
    expect(nameOf('Biden')).toBe('ambiguous: Hunter Biden, Joe Biden');
    expect(nameOf('president')).toBe('ambiguous: Joe Biden, Mahamadou Issoufou, Mohamed Bazoum');
  });

  it('finds nothing for an unknown name, with the closest names', () => {
    expect(nameOf('Bazum')).toBe('none: Mohamed Bazoum');
    expect(nameOf('Hunter Bidden')).toBe('none: Hunter Biden, Joe Biden');
    expect(nameOf('Macron')).toBe('none: ');
    expect(nameOf('the')).toBe('none: ');
  });

  it('compares names without case, accents, dots, possessives or "the"', () => {
    expect(normalName('The U.S. State Department’s')).toBe('us state department');
    expect(normalName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(closestNames(table, 'Blinkin', 1)).toEqual(['Antony Blinken']);
  });
});
