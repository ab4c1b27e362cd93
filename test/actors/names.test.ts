import { actorNamed, build, mentionedIn } from './helpers';

describe('one actor, many names', () => {
  it('merges one person named differently in two articles', () => {
    const { table } = build({
      a: 'US Secretary of State Antony Blinken spoke to Nigerien President Mohamed Bazoum on Wednesday.',
      b: 'Secretary Blinken said the ousted president, Bazoum, must be freed. Blinken added that talks continue.',
    });
    const blinken = actorNamed(table, 'Antony Blinken');
    expect(mentionedIn(blinken)).toEqual(['a:1', 'b:1', 'b:2']);
    expect(blinken.aliases).toEqual(expect.arrayContaining(['Blinken', 'Secretary Blinken']));
    const bazoum = actorNamed(table, 'Mohamed Bazoum');
    expect(mentionedIn(bazoum)).toEqual(['a:1', 'b:1']);
    expect(table.actors.filter((actor) => actor.kind === 'person')).toHaveLength(2);
  });

  it('merges full names that differ by a letter or an initial, not different first names', () => {
    const { table } = build({
      a: 'Anthony Blinken arrived in Niamey. President Joe Biden stayed home.',
      b: 'Antony Blinken met officials. A. Blinken left on Friday. Hunter Biden was not there.',
    });
    expect(mentionedIn(actorNamed(table, 'Anthony Blinken'))).toEqual(['a:1', 'b:1', 'b:2']);
    expect(table.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(['Joe Biden', 'Hunter Biden']),
    );
  });

  it('gives a surname-only article the full name that shares a role when several share the surname', () => {
    const { table } = build({
      a: 'President Joe Biden met Hunter Biden on Monday.',
      b: 'President Biden spoke to reporters.',
    });
    expect(mentionedIn(actorNamed(table, 'Joe Biden'))).toEqual(['a:1', 'b:1']);
    expect(mentionedIn(actorNamed(table, 'Hunter Biden'))).toEqual(['a:1']);
  });

  it('ties a surname to the nearest full name before it in the article', () => {
    const { table } = build({ a: 'Mohamed Bazoum was elected in 2021. Bazoum was detained last week.' });
    expect(mentionedIn(actorNamed(table, 'Mohamed Bazoum'))).toEqual(['a:1', 'a:2']);
  });

  it('merges organisations with and without their country, and acronyms with their names', () => {
    const { table } = build({
      a: 'The US State Department issued a warning. The African Union (AU) suspended Niger.',
      b: 'The State Department said talks failed. The AU said its decision was final.',
    });
    expect(mentionedIn(actorNamed(table, 'US State Department'))).toEqual(['a:1', 'b:1']);
    const union = actorNamed(table, 'African Union');
    expect(union.aliases).toContain('AU');
    expect(mentionedIn(union)).toEqual(['a:2', 'b:2']);
  });

  it('knows countries as governments with their other names, and never places or dates as actors', () => {
    const { table } = build({
      a: 'Washington: the United States said on July 28 it would help. The US will act in Niamey and the West Africa region.',
    });
    const usa = actorNamed(table, 'United States');
    expect(usa.kind).toBe('government');
    expect(usa.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'America']));
    expect(mentionedIn(usa)).toEqual(['a:1', 'a:2']);
    expect(table.actors.map((actor) => actor.name)).toEqual(['United States']);
  });

  it('tells news outlets, armies and organisations apart', () => {
    const { table } = build({
      a: 'The Nigerien army command backed the coup, Reuters reported. The Economic Community of West African States threatened force.',
    });
    const kinds = Object.fromEntries(table.actors.map((actor) => [actor.name, actor.kind]));
    expect(kinds).toEqual({
      'Nigerien army command': 'military',
      Reuters: 'outlet',
      'Economic Community of West African States': 'organisation',
    });
  });

  it('does not take capitalised common nouns, contractions or known non-actors for people', () => {
    const { table } = build({
      a: 'Our Nation is strong. We must save Social Security, and social security matters to the nation. I’m proud. The AIDS fight goes on. Gordon Brown said brown bread is fine.',
    });
    expect(table.actors.map((actor) => actor.name)).toEqual(['Gordon Brown']);
  });

  it('does not take a capitalised sentence opener, a demonym or an adjective for a name', () => {
    const { table } = build({
      a: 'Following the coup, Nigeriens protested. Earlier, African leaders met. Democratically elected leaders were absent.',
    });
    expect(table.actors).toEqual([]);
  });
});
