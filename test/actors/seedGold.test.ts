import { findActor } from '../../src/actors/find';
import { fromArticles, seedArticle } from './helpers';
import { SEED_GOLD } from './seedGold';

/** Coverage and precision of the sentences the actor table says mention each gold actor. */
describe('actors of the seed article against the hand-made gold', () => {
  const { table } = fromArticles([seedArticle()]);

  it.each(SEED_GOLD.map((gold) => [gold.lookup, gold] as const))(
    '%s: ≥ 90%% coverage, no wrong sentence',
    (_, gold) => {
      const found = findActor(table, gold.lookup);
      expect(found.status).toBe('found');
      if (found.status !== 'found') return;
      const listed = new Set(found.actor.mentions.map((mention) => mention.sentence));
      const covered = gold.sentences.filter((sentence) => listed.has(sentence));
      const wrong = [...listed].filter((sentence) => !gold.sentences.includes(sentence));
      const coverage = covered.length / gold.sentences.length;
      expect({ actor: found.actor.name, coverage: coverage >= 0.9, wrong }).toEqual({
        actor: found.actor.name,
        coverage: true,
        wrong: [],
      });
    },
  );

  it.each(SEED_GOLD.filter((gold) => gold.roles.length > 0).map((gold) => [gold.lookup, gold] as const))(
    '%s: the roles the text gives',
    (_, gold) => {
      const found = findActor(table, gold.lookup);
      if (found.status !== 'found') throw new Error(`${gold.lookup} not found`);
      const roles = found.actor.roles.map((role) => role.text.toLowerCase());
      expect(roles).toHaveLength(gold.roles.length);
      for (const words of gold.roles) {
        expect(roles.some((role) => words.every((word) => role.includes(word)))).toBe(true);
      }
    },
  );

  it('finds the six graded actors with the right kinds', () => {
    const kinds = Object.fromEntries(
      SEED_GOLD.map((gold) => {
        const found = findActor(table, gold.lookup);
        return [gold.lookup, found.status === 'found' ? found.actor.kind : found.status];
      }),
    );
    expect(kinds).toEqual({
      Blinken: 'person',
      Bazoum: 'person',
      Issoufou: 'person',
      Tiani: 'person',
      'State Department': 'government',
      CNN: 'outlet',
    });
  });
});
