import { clauseSpansOf, clauseSpansWith, clausesOf } from '../../src/search/clauses';
import { termOf } from '../../src/search/analysis';

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

describe('the clauses holding some terms', () => {
  const spansOf = (text: string, words: string[]): string[] | null =>
    clauseSpansWith(clauseSpansOf(text), new Set(words.map((word) => termOf(word) ?? word)))?.map(
      ({ start, end }) => text.slice(start, end),
    ) ?? null;

  it('keeps "not only … but" in one clause, and parts at any other "but"', () => {
    expect(clausesOf('He worked not only in Khartoum but across the wider region.')).toHaveLength(1);
    expect(clausesOf('He worked in Khartoum but she stayed in Paris.')).toHaveLength(2);
  });

  it('gives the clause holding a term, not the sentence', () => {
    expect(
      spansOf('Bazoum remains in detention and that negotiations were at an impasse.', ['negotiating']),
    ).toEqual(['negotiations were at an impasse.']);
  });

  it('reads a relative clause with the one before it, where its doer is', () => {
    expect(spansOf('It was members of his guard, who detained him.', ['detained'])).toEqual([
      'It was members of his guard, who detained him.',
    ]);
  });

  it('reads "that" after a verb of saying as opening what was said, not a relative clause', () => {
    expect(spansOf('Diplomats said that negotiations were at an impasse.', ['negotiating'])).toEqual([
      'negotiations were at an impasse.',
    ]);
  });

  it('gives the whole of a sentence with no break, and null when no clause holds a term', () => {
    expect(spansOf('Bazoum was detained by his guard.', ['detained'])).toEqual([
      'Bazoum was detained by his guard.',
    ]);
    expect(spansOf('Bazoum was detained by his guard.', ['released'])).toBeNull();
  });
});
