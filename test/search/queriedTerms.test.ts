import { buildLibrary } from '../../src/library';
import { queriedTerms } from '../../src/search/retrieval';
import { answer } from '../../src/search/answer';
import type { Article } from '../../src/corpus/types';

/** 1,200 one-sentence paragraphs: "state" in all of them, "tariff" in one. */
function bigLibrary() {
  const paragraphs = Array.from({ length: 1200 }, (_, index) =>
    index === 600 ? 'The state raised the tariff on iron.' : `The state opened road number ${index + 1}.`,
  );
  const article: Article = {
    id: 'big',
    title: 'Big',
    publisher: null,
    url: null,
    date: null,
    file: 'big.md',
    text: paragraphs.join('\n\n'),
  };
  return buildLibrary([article]);
}

describe('the question terms sent to the index', () => {
  const library = bigLibrary();

  it('leaves out a word most sentences of a big corpus use, when a rarer one is asked too', () => {
    expect(queriedTerms(library, ['state', 'tariff'])).toEqual(['tariff']);
    // Alone, the common word is still searched.
    expect(queriedTerms(library, ['state'])).toEqual(['state']);
  });

  it('still answers with the sentence holding both words', () => {
    expect(answer(library, 'What did the state do to the tariff?').passages[0]?.text).toBe(
      'The state raised the tariff on iron.',
    );
  });
});
