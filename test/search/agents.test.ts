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
    'Silva and Okafor supported the plan on Monday.',
    'Okafor praised the council, and General Tomas Ali praised the army.',
    'In March, Silva was endorsing candidates chosen by Ali.',
    'Those detaining Okafor were threatening the plan.',
    'Ali met Silva in the capital.',
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

  it('counts every doer joined by "and", and every time the sentence says the verb', () => {
    const ask = (question: string) => {
      const doer = doerOf(question);
      if (doer === null) throw new Error(`no doer asked: ${question}`);
      return doer;
    };
    expect(
      hasOtherDoer(
        library,
        sentenceWith('Silva and Okafor supported'),
        ask('When did Silva support the plan?'),
      ),
    ).toBe(false);
    expect(hasOtherDoer(library, sentenceWith('Ali praised the army'), ask('Did Ali praise the army?'))).toBe(
      false,
    );
    expect(
      hasOtherDoer(library, sentenceWith('Ali praised the army'), ask('Did Silva praise the army?')),
    ).toBe(true);
    // "was endorsing" is no passive: Silva does it, not Ali after "by".
    const endorsing = sentenceWith('was endorsing');
    expect(hasOtherDoer(library, endorsing, ask('Did Silva endorse candidates?'))).toBe(false);
    expect(hasOtherDoer(library, endorsing, ask('Did Ali endorse candidates?'))).toBe(true);
    // After a verb, a mention is an object, not who threatens.
    expect(hasOtherDoer(library, sentenceWith('Those detaining'), ask('Did Silva threaten the plan?'))).toBe(
      false,
    );
    // A verb two do together is done by both.
    expect(hasOtherDoer(library, sentenceWith('Ali met Silva'), ask('When did Silva meet Ali?'))).toBe(false);
  });

  it('reads the bare verb "did" takes, not a participle describing the subject', () => {
    expect(doerOf('What does the plan endorsed by Okafor promise?')).toBeNull();
    expect(doerOf('Why did Silva, backed by Okafor, endorse the plan?')).toMatchObject({
      verbTerm: 'endors',
    });
  });
});
