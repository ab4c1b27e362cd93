import { findActor } from '../../src/actors/find';
import {
  actorSummary,
  CENTRALITY_SAMPLE,
  centralRanking,
  DEFAULT_SUMMARY_OPTIONS,
  listActors,
} from '../../src/actors/summary';
import { actorNamed, build, fromArticles, seedArticle } from './helpers';

describe('actorSummary on the seed article', () => {
  const { table, source } = fromArticles([seedArticle()]);
  const idOf = (name: string): string => {
    const found = findActor(table, name);
    if (found.status !== 'found') throw new Error(`${name}: ${found.status}`);
    return found.actor.id;
  };

  it('gives names, roles, and mentions per article', () => {
    const summary = actorSummary(table, source, idOf('Blinken'));
    expect(summary).toMatchObject({
      id: 'antony-blinken',
      name: 'Antony Blinken',
      kind: 'person',
      roles: ['US Secretary of State'],
      articles: [
        {
          articleId: 'us-niger-coup',
          title: 'US vows to keep working for the restoration of democratic rule in Niger',
          mentions: 7,
        },
      ],
    });
    expect(summary?.aliases).toEqual(expect.arrayContaining(['Blinken', 'Secretary Blinken']));
    expect(summary?.mentions.map((mention) => [mention.sentence, mention.kind])).toEqual([
      [1, 'name'],
      [2, 'name'],
      [3, 'name'],
      [4, 'title'],
      [5, 'pronoun'],
      [7, 'title'],
      [8, 'pronoun'],
    ]);
  });

  it('lists what they said from the attributions, each line quoted with its source', () => {
    const summary = actorSummary(table, source, idOf('Blinken'));
    expect(summary?.said.map((line) => line.sentence)).toEqual([1, 3, 5, 7]);
    expect(summary?.said[1]).toEqual({
      sentenceId: 2,
      articleId: 'us-niger-coup',
      title: 'US vows to keep working for the restoration of democratic rule in Niger',
      url: null,
      paragraph: 3,
      sentence: 3,
      text: 'Blinken further stressed the importance of his continuing leadership in Niamey.',
      attribution: 'Blinken',
    });
    expect(actorSummary(table, source, idOf('Tiani'))?.said.map((line) => line.sentence)).toEqual([
      9, 11, 12,
    ]);
    expect(actorSummary(table, source, idOf('CNN'))?.said.map((line) => line.sentence)).toEqual([11, 14]);
  });

  it('lists the most central sentences about them that they did not say, in article order', () => {
    const bazoum = actorSummary(table, source, idOf('Bazoum'));
    expect(bazoum?.about.map((line) => line.sentence)).toEqual([1, 4, 5, 6, 10]);
    const blinken = actorSummary(table, source, idOf('Blinken'), { about: 2 });
    expect(blinken?.about.map((line) => line.sentence)).toEqual([2, 4]);
  });

  it('links the actors named in the same sentences, most shared first', () => {
    const linked = actorSummary(table, source, idOf('Blinken'))?.linked ?? [];
    expect(linked[0]).toEqual({ id: 'mohamed-bazoum', name: 'Mohamed Bazoum', kind: 'person', sentences: 5 });
    expect(linked.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(['US State Department', 'Mahamadou Issoufou']),
    );
    expect(linked.length).toBeLessThanOrEqual(DEFAULT_SUMMARY_OPTIONS.linked);
  });

  it('compares with a sample past CENTRALITY_SAMPLE sentences, and ranks an actor once', () => {
    // The budget comes up most, so sentences about it overlap most with the others.
    const topics = ['the budget', 'the budget', 'the budget', 'the harvest', 'the harvest', 'the border'];
    const text = Array.from(
      { length: CENTRALITY_SAMPLE + 60 },
      (_, index) =>
        `Observers saw Bazoum discuss ${topics[index % topics.length] ?? ''} in meeting ${index + 1} at Niamey.`,
    ).join('\n\n');
    const big = build({ a: `President Mohamed Bazoum spoke.\n\n${text}` });
    const bazoum = actorNamed(big.table, 'Mohamed Bazoum');
    const sampled = centralRanking(bazoum, big.source);
    expect(sampled.length).toBeGreaterThan(CENTRALITY_SAMPLE);
    // Compared with every other sentence or with a sample, the central ones are about the budget.
    const exact = centralRanking(bazoum, big.source, Number.MAX_SAFE_INTEGER);
    const textOf = (id: number): string => big.sentences[id]?.text ?? '';
    for (const ranking of [exact, sampled])
      expect(ranking.slice(0, 30).every((id) => textOf(id).includes('the budget'))).toBe(true);
    const summary = actorSummary(big.table, big.source, bazoum.id, { about: 5 });
    const ids = summary?.about.map((line) => line.sentenceId) ?? [];
    expect(ids).toEqual([...ids].sort((x, y) => x - y)); // article order
    expect(new Set(ids)).toEqual(new Set(sampled.slice(0, 5)));
    expect(centralRanking(bazoum, big.source)).toBe(sampled); // ranked once, kept
  }, 60_000); // wink-nlp reads ~460 sentences

  it('returns null for an id the table does not have', () => {
    expect(actorSummary(table, source, 'nobody')).toBeNull();
  });

  it('has defaults for every option', () => {
    expect(DEFAULT_SUMMARY_OPTIONS).toEqual({ about: 5, said: 10, linked: 8 });
    expect(actorSummary(table, source, idOf('Bazoum'), { said: 0, linked: 1 })).toMatchObject({ said: [] });
    expect(actorSummary(table, source, idOf('Bazoum'), { linked: 1 })?.linked).toHaveLength(1);
  });
});

describe('listActors', () => {
  it('lists every actor, most mentioned first, with roles and article counts', () => {
    const { table } = build({
      a: 'President Mohamed Bazoum was detained. Bazoum is held by the guard. CNN reported it.',
      b: 'Bazoum spoke to CNN. Bazoum is well.',
    });
    expect(listActors(table)).toEqual([
      {
        id: 'mohamed-bazoum',
        name: 'Mohamed Bazoum',
        kind: 'person',
        roles: ['President'],
        mentions: 4,
        articles: 2,
      },
      { id: 'cnn', name: 'CNN', kind: 'outlet', roles: [], mentions: 2, articles: 2 },
    ]);
  });
});

describe('the actor table as data', () => {
  it('is plain JSON: it survives a round trip unchanged', () => {
    const { table } = fromArticles([seedArticle()]);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(table.problems).toEqual([]);
    expect(table.articleOrder).toEqual(['us-niger-coup']);
  });

  it('is the same table every time for the same input', () => {
    expect(JSON.stringify(fromArticles([seedArticle()]).table)).toBe(
      JSON.stringify(fromArticles([seedArticle()]).table),
    );
  });

  it('keeps every mention an exact slice of its article', () => {
    const { table, articles } = fromArticles([seedArticle()]);
    const text = articles[0]?.text ?? '';
    for (const mention of table.actors.flatMap((actor) => actor.mentions)) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
