import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import type { Article } from '../../src/corpus/types';
import { actorReferencesIn } from '../../src/actors';
import { answer } from '../../src/search/answer';
import { ownCountryReferences } from '../../src/search/ownCountry';
import { loadSeedLibrary } from './seedLibrary';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

/** The country each "his own country" of the question stands for, with its words. */
function ownCountriesIn(question: string): string[] {
  return ownCountryReferences(library, question, actorReferencesIn(library.actors, question)).map(
    (reference) => `${reference.actorId}: ${question.slice(reference.start, reference.end)}`,
  );
}

describe('a country called someone’s own', () => {
  it.each([
    // The person after it, when none is before ("Nigerien President" is Bazoum's role).
    ['Beyond his own country, which region did Bazoum help secure?', ['niger: his own country']],
    // The nearest person before it: Bazoum's, not the Secretary's.
    ["Did Blinken praise Bazoum's work beyond his country?", ['niger: his country']],
    ['What did Blinken say beyond his own country?', ['united-states: his own country']],
    // Named as its owner: "Bazoum's own country" is Niger, though Blinken is named after it.
    [
      "Beyond Bazoum's own country, which region did Blinken credit him with securing?",
      ["niger: Bazoum's own country"],
    ],
  ])('%s', (question, expected) => {
    expect(ownCountriesIn(question)).toEqual(expected);
  });

  it.each([
    // Nobody's country is told: no person is named, or the word is not "his / her / their".
    'Beyond his own country, which region is more secure?',
    'Which country did Bazoum lead?',
    // Issoufou's roles name no country ("former president").
    'Did Issoufou work beyond his own country?',
    // The place where something happened adds nothing to what is asked: any sentence naming Niger
    // would rank above the one saying who detained him.
    'Who detained the president in his own country?',
  ])('reads no own country in: %s', (question) => {
    expect(ownCountriesIn(question)).toEqual([]);
  });

  it('ranks the sentence naming that country beside the region asked for first', () => {
    const result = answer(
      library,
      'Beyond his own country, which broader area was the president credited with helping keep safe?',
    );
    expect(result.passages[0]?.text).toContain('not only in Niger but the wider West Africa region');
  });
});

describe('a country of several words in a role', () => {
  /** The countries read as someone's own in a question about a one-article library. */
  async function ownCountriesAbout(text: string, question: string): Promise<string[]> {
    const article: Article = {
      id: 'role',
      title: 'role',
      publisher: null,
      url: null,
      date: null,
      file: 'role.md',
      text,
    };
    const roleLibrary = buildLibrary([article], await loadLibraryResources());
    return ownCountryReferences(roleLibrary, question, actorReferencesIn(roleLibrary.actors, question)).map(
      (reference) => reference.actorId,
    );
  }

  it('reads "a North Korea army officer" as North Korea alone, the longest name first', async () => {
    const text =
      'Kim Song, a North Korea army officer, met President Mohamed Bazoum. North Korea praised the talks.';
    expect(await ownCountriesAbout(text, 'What did Song do beyond his own country?')).toEqual([
      'north-korea',
    ]);
  });

  it('reads "a Sierra Leone army officer" as Sierra Leone', async () => {
    const text =
      'Julius Bio, a Sierra Leone army officer, met President Mohamed Bazoum. Sierra Leone praised the talks.';
    expect(await ownCountriesAbout(text, 'What did Bio do beyond his own country?')).toEqual([
      'sierra-leone',
    ]);
  });
});
