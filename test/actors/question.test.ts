import { actorReferencesIn, sentencesMentioning } from '../../src/actors/question';
import { build, fromArticles, seedArticle } from './helpers';

describe('sentencesMentioning', () => {
  const { table } = fromArticles([seedArticle()]);
  const named = (question: string): Record<string, number[]> =>
    Object.fromEntries(
      [...sentencesMentioning(table, question)].map(([id, sentences]) => [
        id,
        [...sentences].map((sid) => sid + 1),
      ]),
    );

  it('maps each actor a question names to every sentence that mentions it, pronouns and titles included', () => {
    expect(named('What did Blinken say about Bazoum?')).toEqual({
      'antony-blinken': [1, 2, 3, 4, 5, 7, 8],
      'mohamed-bazoum': [1, 3, 4, 5, 6, 7, 10, 15],
    });
  });

  it('finds actors by a run of their name, or a role only they hold', () => {
    expect(Object.keys(named('What did the State Department say?'))).toEqual(['us-state-department']);
    expect(Object.keys(named('What did the Secretary of State promise?'))).toEqual(['antony-blinken']);
    expect(Object.keys(named('Who is the Nigerien President?'))).toEqual(['mohamed-bazoum']);
    expect(Object.keys(named('what did the military say'))).toEqual(['nigerien-army-command']);
  });

  it('takes a capital written as a name for its government, but not a capital as a place', () => {
    expect(Object.keys(named('Does Washington still back Bazoum?'))).toEqual([
      'united-states',
      'mohamed-bazoum',
    ]);
    expect(Object.keys(named('What did Washington say?'))).toEqual(['united-states']);
    // Typed all in lower case, the same place tells it.
    expect(Object.keys(named('what did washington say?'))).toEqual(['united-states']);
    expect(Object.keys(named('what happened in washington?'))).toEqual([]);
    expect(Object.keys(named('What did Blinken say about talks in Washington?'))).toEqual(['antony-blinken']);
    expect(Object.keys(named("Did Washington's top diplomat call Bazoum?"))).toContain('united-states');
    expect(Object.keys(named('According to Washington, what is at risk?'))).toEqual(['united-states']);
    // …or before its own verb.
    expect(Object.keys(named('What does the statement say Washington wants restored?'))).toEqual([
      'united-states',
    ]);
    expect(Object.keys(named('Washington pledged support'))).toEqual(['united-states']);
    expect(Object.keys(named('How many Niamey residents protested?'))).toEqual([]);
    expect(Object.keys(named('Has the situation in Niamey calmed?'))).toEqual([]);
    expect(Object.keys(named('Was the statement issued in Washington needed?'))).toEqual([]);
    expect(Object.keys(named('Niamey is the capital of which country?'))).toEqual([]);
    // Beside another name, or as the place.
    expect(Object.keys(named('What did the Washington Post report?'))).toEqual([]);
    expect(Object.keys(named('Did Denzel Washington comment?'))).toEqual([]);
    expect(Object.keys(named("What was Denzel Washington's role?"))).toEqual([]);
    expect(Object.keys(named('What did a Washington-based think tank say?'))).toEqual([]);
    expect(Object.keys(named('Who controls Niamey?'))).toEqual([]);
    expect(Object.keys(named('What happened at the Niamey airport?'))).toEqual([]);
  });

  it('takes the head noun of a role only one actor holds ("the general"), but not one several share', () => {
    expect(Object.keys(named('How did the general describe the country?'))).toEqual(['abdourahamane-tiani']);
    expect(Object.keys(named('Why did the junta leader take power?'))).toEqual(['abdourahamane-tiani']);
    // Bazoum is the president; Issoufou is the former president, named by both words.
    expect(Object.keys(named('What did the president say?'))).toEqual(['mohamed-bazoum']);
    expect(Object.keys(named('What did the former president say?'))).toEqual(['mahamadou-issoufou']);
    // Two sitting presidents: "the president" names neither.
    const two = build({
      a: 'President Anna Berg of Norland spoke on Monday. President Carl Dahl of Southia replied on Tuesday.',
    });
    expect(two.table.actors.map((actor) => actor.roles.map((role) => role.text))).toEqual([
      ['President'],
      ['President'],
    ]);
    expect([...sentencesMentioning(two.table, 'What did the president say?').keys()]).toEqual([]);
  });

  it('reads "former" and "ousted" before a role: the past holder, never the new one', () => {
    // "Nigerien President" is Bazoum's title, but a former one is Issoufou.
    expect(Object.keys(named('Which former Nigerien president did Blinken call?'))).toEqual([
      'mahamadou-issoufou',
      'antony-blinken',
    ]);
    // The ousted president is the sitting one the coup removed...
    expect(Object.keys(named('What did the ousted president do for security?'))).toEqual(['mohamed-bazoum']);
    // ...and the ousted leader is not "the country's new leader" (Tiani), so no one is named by it.
    expect(named('What was the ousted leader praised for?')).toEqual({});
    // Nor is the detained leader: those who took power hold him.
    expect(named('How was American backing for the detained leader characterised?')).toEqual({});
    expect(Object.keys(named('Who is the detained president?'))).toEqual(['mohamed-bazoum']);
    expect(Object.keys(named('What did the new leader say?'))).toEqual(['abdourahamane-tiani']);
  });

  it('finds every reference in a question naming an actor thousands of times, and the word before each', () => {
    const question = `Who is ${'the former president '.repeat(5_000)}?`;
    const references = actorReferencesIn(table, question);
    expect(references).toHaveLength(5_000);
    expect(new Set(references.map(({ actorId }) => actorId))).toEqual(new Set(['mahamadou-issoufou']));
    expect(question.slice(references[4_999]?.start, references[4_999]?.end)).toBe('former president');
  });

  it('gives the words that name each actor, the deciding "ousted" or "former" included', () => {
    const question = 'Did the ousted president thank the former president?';
    const words = actorReferencesIn(table, question).map(({ actorId, start, end }) => [
      actorId,
      question.slice(start, end),
    ]);
    expect(words).toEqual([
      ['mohamed-bazoum', 'ousted president'],
      ['mahamadou-issoufou', 'former president'],
    ]);
    // A verb before "the president" is not one of its words.
    const asked = 'Who ousted the president?';
    expect(actorReferencesIn(table, asked).map(({ start, end }) => asked.slice(start, end))).toEqual([
      'president',
    ]);
  });

  it('reads a hyphenated role and the name that owns it as one reference ("Niger\'s ex-president")', () => {
    const question = "What did Blinken ask Niger's ex-president to do?";
    expect(
      actorReferencesIn(table, question).map(({ actorId, start, end }) => [
        actorId,
        question.slice(start, end),
      ]),
    ).toEqual([
      ['antony-blinken', 'Blinken'],
      ['mahamadou-issoufou', "Niger's ex-president"],
    ]);
  });

  it('reads no role inside another hyphenated word, and keeps a person who owns a role', () => {
    expect(named('What did the vice-president say?')).toEqual({});
    expect(named('What did the president-elect say?')).toEqual({});
    expect(Object.keys(named('What did the Tiani-led junta say?'))).toEqual(['abdourahamane-tiani']);
    // A person owning a role is someone else: both are named.
    expect(Object.keys(named("What did Blinken's president say?")).sort()).toEqual([
      'antony-blinken',
      'mohamed-bazoum',
    ]);
  });

  it("names a body by its name's last word alone, not by a describing one ('the Nigerien people')", () => {
    expect(named('What aid goes to the Nigerien people?')).toEqual({});
    expect(Object.keys(named('What did Antony say?'))).toEqual(['antony-blinken']);
  });

  it('needs capitals for all-capitals names, and ignores common words', () => {
    expect(named('tell us about the coup')).toEqual({});
    expect(Object.keys(named('What did the US say?'))).toEqual(['united-states']);
    expect(named('What is the state of the army?')).toEqual({});
  });

  it('prefers the longest name where names overlap', () => {
    expect(Object.keys(named('Did the US State Department comment?'))).toEqual(['us-state-department']);
  });
});
