import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import type { Article } from '../../src/corpus/types';
import { actorReferencesIn } from '../../src/actors';
import { answer } from '../../src/search/answer';
import { ownCountryReferences, regionCountryReferences } from '../../src/search/ownCountry';
import { analyseQuestion } from '../../src/search/question';
import { countriesOfRegionAdjective } from '../../src/actors/places';
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
    // "only within his own country": how far something went is what is asked, the country part of it.
    [
      "Was Bazoum's security work commended only within his own country's borders?",
      ['niger: his own country'],
    ],
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

describe('a country described by its region', () => {
  /** The country each "the West African nation" of the question stands for, with its words. */
  function regionCountriesIn(question: string, article: string | null = null): string[] {
    return regionCountryReferences(library, analyseQuestion(question).tagged, article).map(
      (reference) => `${reference.actorId}: ${question.slice(reference.start, reference.end)}`,
    );
  }

  it.each([
    [
      'What did Washington pledge to keep pursuing in the West African nation?',
      ['niger: West African nation'],
    ],
    // "African" takes in the whole continent; the seed article speaks of one country in it.
    ['Who leads the African country now?', ['niger: African country']],
    // A possessive names the country just the same.
    ["What did the West African country's military endorse?", ['niger: West African country']],
    // The region's name said before the noun reads as its adjective does.
    ['What did the US pledge for the Sahel nation?', ['niger: Sahel nation']],
    ['Who leads the West Africa nation now?', ['niger: West Africa nation']],
  ])('%s', (question, expected) => {
    expect(regionCountriesIn(question)).toEqual(expected);
  });

  it.each([
    // The articles speak of no European country.
    'What did the European nation say?',
    // Several West African states are a group, not one country.
    'What did the West African states threaten?',
    // "Western" is too loose to say which countries it takes in.
    'What did the Western nation promise?',
  ])('reads no country in: %s', (question) => {
    expect(regionCountriesIn(question)).toEqual([]);
  });

  it('reads none in an article that speaks of no country of the region', () => {
    expect(regionCountriesIn('What did the West African nation do?', 'no-such-article')).toEqual([]);
  });

  it('ranks the sentence naming the country first, over one repeating the description', () => {
    const result = answer(
      library,
      'What objective did Washington pledge to keep pursuing in the West African nation?',
    );
    expect(result.passages[0]?.text).toContain('restoration of');
    expect(result.passages[0]?.text).toContain('in Niger');
  });

  it('answers a question naming the country by its region, a name the articles never use', () => {
    // "Sahel" is in no article; the Sahel nation is still Niger, which the article speaks of.
    const result = answer(
      library,
      "What did Washington's chief envoy pledge America would keep striving for in the Sahel nation?",
    );
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('restoration of democratic rule in Niger');
  });
});

describe('the countries of a region', () => {
  it('lists the UN region of a West African adjective and all of Africa for "African"', () => {
    const westAfrican = countriesOfRegionAdjective('West African').map((country) => country.name);
    expect(westAfrican).toContain('Niger');
    expect(westAfrican).not.toContain('Chad');
    const african = countriesOfRegionAdjective('african').map((country) => country.name);
    expect(african).toEqual(expect.arrayContaining(['Niger', 'Chad', 'Egypt', 'Kenya', 'South Africa']));
    expect(countriesOfRegionAdjective('Western')).toEqual([]);
  });
});
