import { articleOf } from './articles';
import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import { answer } from '../../src/search/answer';

// "Who…" is answered only by a passage naming someone the question does not: each case is one
// article, asked on its own.
describe('a "who" question needs someone else named', () => {
  let library: Library;
  const cases: Record<string, string> = {
    stalled: 'The junta seized power in March. Negotiations with the junta on the election stalled.',
    // "general" and "national" describe the election and the security here: no person.
    adjectives: 'Negotiations with the junta on the general election over national security stalled.',
    envoys: 'Crowds cheered in Niamey on Monday while envoys negotiated a truce with the junta.',
    emoji:
      'Crowds cheered 🎉🎉🎉🎉🎉🎉🎉🎉 in Niamey on Monday while envoys negotiated a truce with the junta.',
    credited: 'Negotiations with the junta were at an impasse, the State Department said.',
    reported: 'Diplomats said that negotiations with the junta were at an impasse.',
    place: 'Aid to Niger was cut after negotiations with the junta stalled.',
    government: 'Bazoum asked Issoufou to resolve the crisis in favor of the elected government.',
    warnedReported:
      'The club’s board warned that relegation would have ruinous consequences, the Gazette reported.',
    armyReported:
      'The army command warned that a blockade would have disastrous consequences, the Gazette reported.',
    warned: 'The club’s board warned that relegation would have ruinous consequences.',
    general: 'Following the mutiny, Ada Obi, a Chadian general, declared herself the city’s mayor on Monday.',
  };

  beforeAll(async () => {
    const resources = await loadLibraryResources();
    library = buildLibrary(
      Object.entries(cases).map(([id, text]) => articleOf(id, text)),
      resources,
    );
  });

  const answered = (question: string, id: string): boolean =>
    answer(library, question, { article: id }).answered;

  it('declines where nobody but those the question names could be the one asked for', () => {
    expect(answered('Who is negotiating with the junta?', 'stalled')).toBe(false);
    // The junta of another article is still the junta the question names.
    expect(answered('Who is negotiating with the junta?', 'place')).toBe(false);
  });

  it('counts a person noun only where it is used as a noun', () => {
    expect(answered('Who is negotiating with the junta?', 'adjectives')).toBe(false);
    expect(answered('Who negotiated a truce with the junta?', 'envoys')).toBe(true);
  });

  it('reads clauses by their place in the text, whatever characters come before', () => {
    expect(answered('Who negotiated a truce with the junta?', 'emoji')).toBe(true);
  });

  it('takes the source a passage is credited to as no one who did it, unless saying is asked', () => {
    expect(answered('Who is negotiating with the junta?', 'credited')).toBe(false);
    expect(answered('Who said the negotiations with the junta were at an impasse?', 'credited')).toBe(true);
    // "that" after a verb of saying opens what was said: the diplomats are not the negotiators.
    expect(answered('Who is negotiating with the junta?', 'reported')).toBe(false);
  });

  it('asked whose words they are, takes the source wherever the passage names it', () => {
    const whose = 'According to whom did the board warn that relegation could be ruinous?';
    expect(answered(whose, 'warnedReported')).toBe(true);
    expect(answered(whose, 'warned')).toBe(false);
    expect(
      answered('Who said the army command warned that a blockade would be disastrous?', 'armyReported'),
    ).toBe(true);
    expect(answered('Who said the board warned that relegation would be ruinous?', 'warned')).toBe(false);
  });

  it('asked the name of someone described, takes the one described as the answer, not as named', () => {
    expect(answered('What is the name of the general who declared herself mayor?', 'general')).toBe(true);
    expect(answered('What’s the full name of the general who declared herself mayor?', 'general')).toBe(true);
  });

  it('takes a kind of actor named by a common noun as someone', () => {
    expect(answered('In whose favor did Bazoum want the crisis resolved?', 'government')).toBe(true);
  });
});
