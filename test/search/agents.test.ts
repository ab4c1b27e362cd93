import type { Article } from '../../src/corpus/types';
import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import { doerAskedOf, hasOtherDoer } from '../../src/search/agents';
import { analyseQuestion } from '../../src/search/question';

const article: Article = {
  id: 'council',
  title: 'council',
  publisher: null,
  url: null,
  date: null,
  file: 'council.md',
  text: [
    'President Ana Silva endorsed the council on Friday, a week after Mayor Ruth Okafor opposed it.',
    'Okafor was detained by General Tomas Ali.',
    "Okafor's deputy later endorsed the council.",
    'Silva, who had met Okafor, also endorsed the plan.',
  ].join(' '),
};

describe('who does what is asked, in the question and in a passage', () => {
  let library: Library;
  beforeAll(async () => {
    library = buildLibrary([article], await loadLibraryResources());
  });

  // The question's words with the actors they name, as ranking gives them.
  const named: Record<string, string> = { okafor: 'ruth-okafor', silva: 'ana-silva', ali: 'tomas-ali' };
  const doerOf = (question: string) => {
    const analysed = analyseQuestion(question);
    const words = analysed.words.map(({ word }) => ({
      word,
      actors: new Set(named[word] === undefined ? [] : [named[word]]),
    }));
    return doerAskedOf(analysed, words);
  };
  const sentenceWith = (text: string): number => library.sentences.findIndex((s) => s.text.includes(text));

  it('reads the subject after "did" as the doer of the verb after it', () => {
    expect(doerOf('When did Okafor endorse the council?')).toMatchObject({ verbTerm: 'endors' });
    expect([...(doerOf('When did Okafor endorse the council?')?.doers ?? [])]).toEqual(['ruth-okafor']);
    // A subject's owner is not its doer, and a question of another shape names none.
    expect(doerOf("When did Okafor's deputy endorse the council?")).toBeNull();
    expect(doerOf('Who endorsed the council?')).toBeNull();
  });

  it('finds the doer right before the verb, or after "by" when it is passive', () => {
    const okafor = doerOf('When did Okafor endorse the council?');
    const silva = doerOf('When did Silva endorse the council?');
    if (okafor === null || silva === null) throw new Error('no doer asked');
    const endorsed = sentenceWith('President Ana Silva endorsed');
    expect(hasOtherDoer(library, endorsed, okafor)).toBe(true);
    expect(hasOtherDoer(library, endorsed, silva)).toBe(false);
    const detainedBy = doerOf('Did Silva detain Okafor?');
    if (detainedBy === null) throw new Error('no doer asked');
    expect(hasOtherDoer(library, sentenceWith('detained by General'), detainedBy)).toBe(true);
    // An owner before the verb's subject does not do it; nor is a doer set off by a clause told.
    expect(hasOtherDoer(library, sentenceWith('deputy later endorsed'), okafor)).toBe(false);
    expect(hasOtherDoer(library, sentenceWith('who had met Okafor'), okafor)).toBe(false);
  });
});
