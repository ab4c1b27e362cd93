import type { Library } from '../../src/library';
import { actorReferencesIn } from '../../src/actors';
import { describedActors } from '../../src/search/describedActors';
import { answer } from '../../src/search/answer';
import { analyseQuestion } from '../../src/search/question';
import { loadSeedLibrary } from './seedLibrary';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

/** Each actor the question describes, with the words that describe them. */
function describedIn(question: string): string[] {
  return describedActors(library, analyseQuestion(question), actorReferencesIn(library.actors, question)).map(
    (reference) => `${reference.actorId}: ${question.slice(reference.start, reference.end)}`,
  );
}

describe('people a question describes in words the article never uses for them', () => {
  it.each([
    ['What did the top US diplomat say?', 'antony-blinken: top US diplomat'],
    // "America" is not in the article; WordNet ties it to "US", which is in Blinken's title.
    ["What did America's top diplomat say?", "antony-blinken: America's top diplomat"],
    ['What did the new strongman say?', 'abdourahamane-tiani: new strongman'],
    // "leader" is Tiani's role, but the ousted one is never the new one.
    ['What did the ousted Nigerien leader do?', 'mohamed-bazoum: ousted Nigerien leader'],
    ["What did the country's former leader do?", "mahamadou-issoufou: country's former leader"],
    // "Nigerien" is written only beside Bazoum, but "former" is only Issoufou's: the ousted
    // president is not the one the articles call former.
    ['What was the former Nigerien leader asked to do?', 'mahamadou-issoufou: former Nigerien leader'],
    // Outside a tie the rest of the description decides: "top US diplomat" is Blinken's.
    ['What did the former top US diplomat say?', 'antony-blinken: former top US diplomat'],
    // A name of several words: WordNet has a president as a kind of head of state; the former
    // president is not "the head of state" unless the question says "previous".
    ["Who called Niger's head of state?", "mohamed-bazoum: Niger's head of state"],
    ["What did Niger's previous head of state do?", "mahamadou-issoufou: Niger's previous head of state"],
    // Bazoum and Issoufou are both presidents no longer in office; the article says Bazoum's
    // government was toppled.
    ['What did the ousted leader say?', 'mohamed-bazoum: ousted leader'],
    // So is the detained one, not the country's new leader.
    ['How was American backing for the detained leader characterised?', 'mohamed-bazoum: detained leader'],
    // A chief is a kind of leader (WordNet), and "leader" is Tiani's role, though the vectors put
    // "chief" as near "secretary" and "president".
    ['What did the junta chief claim?', 'abdourahamane-tiani: junta chief'],
    // The tagger reads "new" as an adverb here; after "the" it still describes the ruler.
    ['What did the new military ruler say he wanted to protect?', 'abdourahamane-tiani: new military ruler'],
    // WordNet has "foreign minister" as another name for "secretary of state", the title of Blinken's
    // role, though neither its head, "secretary", nor "minister" alone says so.
    ["Did America's foreign minister stress it?", "antony-blinken: America's foreign minister"],
    ['What did the US foreign minister say?', 'antony-blinken: US foreign minister'],
  ])('%s', (question, expected) => {
    expect(describedIn(question)).toEqual([expected]);
  });

  it('leaves alone what the actor table already reads, and several people', () => {
    // The table reads "Nigerien president" itself.
    expect(describedIn('What did the Nigerien president say?')).toEqual([]);
    // Not a description of someone but what he became, or no one in particular.
    expect(describedIn('When did the general proclaim himself head of state?')).toEqual([]);
    // …possessive or not: after a reflexive the phrase is what he became, not someone described.
    expect(describedIn("Who proclaimed himself Niger's new head of state after the coup?")).toEqual([]);
    expect(describedIn("Who declared himself as Niger's head of state?")).toEqual([]);
    expect(describedIn("Who declared himself to be Niger's new head of state?")).toEqual([]);
    expect(describedIn('Did the general call himself the new head of state?')).toEqual([]);
    expect(describedIn('Who became a head of state?')).toEqual([]);
    expect(describedIn('Did any diplomat call Bazoum?')).toEqual([]);
    // "figures" are several people.
    expect(describedIn('Which Nigerien political figures did Blinken call?')).toEqual([]);
    // A nation is a country: WordNet's person of that name is one woman, Carry Nation.
    expect(describedIn('What does Washington want restored in the West African nation?')).toEqual([]);
    // A verb wink tags as a noun ("a pledge" may be a person): it is followed by "to" and a verb.
    expect(describedIn('What else did the US pledge to help fully restore?')).toEqual([]);
    // …or by what it takes, after the subject of an auxiliary ("did the US _pledge_ to the…").
    expect(describedIn('What kind of support did the US pledge to the deposed president?')).toEqual([]);
    // After "did" and a named subject, with no other verb, the word is the verb.
    expect(describedIn('What did the United States pledge?')).toEqual([]);
    // The head of a body the question names is someone that body's name describes: no general.
    expect(describedIn("Who is the commander of Niger's presidential guard?")).toEqual([]);
    // So is one named before the noun: the Secretary of State is no State Department spokesperson.
    expect(describedIn('Who was the State Department spokesperson that put out the statement?')).toEqual([]);
    expect(describedIn('Who was the spokesperson of the State Department?')).toEqual([]);
    // A post "to" a country is held there: the Secretary of State is no ambassador to Niger.
    expect(describedIn('Who is the US ambassador to Niger?')).toEqual([]);
    expect(describedIn('What did the US envoy to Niger say?')).toEqual([]);
    expect(describedIn('Who is the US ambassador in Niger?')).toEqual([]);
    expect(describedIn('What did the US envoy for Niger say?')).toEqual([]);
    // …or in a city the actor table does not name.
    expect(describedIn('Who is the current US ambassador in Niamey?')).toEqual([]);
    // Not said of a country, the envoy is still the top US diplomat.
    expect(describedIn('What did the US envoy say?')).toEqual(['antony-blinken: US envoy']);
    // A country before the noun is where the post is held, not a body: still the president.
    expect(describedIn('Who is the Niger head of state?')).toEqual(['mohamed-bazoum: Niger head of state']);
    // Only a noun for heading a body asks for someone that body's name describes.
    expect(describedIn('What did the new strongman of the military say?')).toEqual([
      'abdourahamane-tiani: new strongman',
    ]);
  });

  it('lets a question about a described person find the sentences about them', () => {
    // Before, "diplomat" was a word no sentence used, and the question was declined.
    const result = answer(library, "Who else did America's top diplomat speak with besides Bazoum?");
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.text).toContain('Antony Blinken spoke to Nigerien President Mohamed Bazoum');
  });
});
