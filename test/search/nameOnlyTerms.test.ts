import type { Library } from '../../src/library';
import { termOf } from '../../src/search/analysis';
import { nameOnlyTermsOf } from '../../src/search/nameOnlyTerms';
import { loadSeedLibrary } from './seedLibrary';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

const sentenceWith = (text: string): number => {
  const sentence = library.sentences.find((candidate) => candidate.text.includes(text));
  if (!sentence) throw new Error(`no sentence with "${text}"`);
  return sentence.id;
};
const term = (word: string): string => termOf(word) as string;

describe('the terms a sentence has only inside the names it gives', () => {
  it('holds the words of names ("State" in "US State Department", "States" in "United States")', () => {
    const terms = nameOnlyTermsOf(library, sentenceWith('US State Department said in an official statement'));
    expect(terms.has(term('state'))).toBe(true);
    expect(terms.has(term('department'))).toBe(true);
  });

  it('leaves out a word the sentence also has outside its names ("statement")', () => {
    const terms = nameOnlyTermsOf(library, sentenceWith('US State Department said in an official statement'));
    expect(terms.has(term('statement'))).toBe(false);
    expect(terms.has(term('restoration'))).toBe(false);
  });

  it('is empty for a sentence naming nobody by name or title', () => {
    expect(nameOnlyTermsOf(library, sentenceWith('The coup has drawn sharp criticism')).size).toBe(0);
  });
});
