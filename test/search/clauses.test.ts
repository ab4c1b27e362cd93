import { clausesOf } from '../../src/search/clauses';

describe('the clauses of a sentence', () => {
  it('parts what someone is said to be saying from what they did', () => {
    expect(
      clausesOf(
        'Blinken spoke to Bazoum and Issoufou, saying the US will work for democratic rule in Niger.',
      ).map(({ clause }) => clause),
    ).toEqual(['Blinken spoke to Bazoum and Issoufou', 'the US will work for democratic rule in Niger.']);
  });

  it('keeps a participle that is no speech together with its clause', () => {
    expect(clausesOf('He left, taking the files with him.')).toHaveLength(1);
  });
});
