import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import { termOf } from '../../src/search/analysis';
import { articlesUseWord } from '../../src/search/sameWord';
import { loadSeedLibrary } from './seedLibrary';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

const uses = (word: string): boolean => articlesUseWord(library, { word, term: termOf(word) as string });

describe('whether the articles use a question word itself', () => {
  it('is true for the word in another form ("commanded" for "command", "detains" for "detained")', () => {
    expect(uses('command')).toBe(true);
    expect(uses('detains')).toBe(true);
    expect(uses('presidents')).toBe(true);
  });

  it('is false for a word the stemmer only folds into another ("unit" / "United")', () => {
    expect(termOf('unit')).toBe(termOf('United'));
    expect(uses('unit')).toBe(false);
    expect(uses('united')).toBe(true);
  });

  it('is true for a word WordNet relates, unless the articles use it only describing a noun', () => {
    // "endorsed" is said as a verb; "elected" only in "Democratically-elected President" and
    // "democratically elected government": it says what they are, not that elections were held.
    expect(uses('endorsement')).toBe(true);
    expect(uses('elections')).toBe(false);
    expect(uses('elected')).toBe(true);
  });

  it('reads a participle as describing only as the tagger reads it, after an adverb, before a noun', async () => {
    const italy = buildLibrary(
      [
        {
          id: 'vote',
          title: 'vote',
          publisher: null,
          url: null,
          date: null,
          file: 'vote.md',
          text: 'Voters in Italy elected a new parliament on Sunday. The newly elected parliament met.',
        },
      ],
      await loadLibraryResources(),
    );
    // "Italy elected a new parliament" is a verb: the articles speak of an election.
    expect(articlesUseWord(italy, { word: 'elections', term: termOf('elections') as string })).toBe(true);
  });

  it('is true for an acronym the articles use ("US": "us" in lower case is a stop word)', () => {
    expect(articlesUseWord(library, { word: 'us', term: termOf('US') as string })).toBe(true);
  });

  it('is false for a word whose index term no article has', () => {
    expect(uses('population')).toBe(false);
  });
});
