import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/corpus/loadCorpus';
import { sentencesOf } from '../../src/corpus/sentenceTable';
import type { Article, Sentence } from '../../src/corpus/types';
import { actorsOf } from '../../src/actors/actorTable';
import type { SummarySource } from '../../src/actors/summary';
import { NO_OVERRIDES, type Actor, type ActorOverrides, type ActorTable } from '../../src/actors/types';

export interface Built {
  readonly table: ActorTable;
  readonly articles: readonly Article[];
  readonly sentences: readonly Sentence[];
  readonly source: SummarySource;
}

/** Articles from text, sentences split as the library does, and their actor table. */
export function build(texts: Record<string, string>, overrides: ActorOverrides = NO_OVERRIDES): Built {
  const articles: Article[] = Object.entries(texts).map(([id, text]) => ({
    id,
    title: `Article ${id}`,
    publisher: null,
    url: null,
    date: null,
    file: `${id}.md`,
    text,
  }));
  return fromArticles(articles, overrides);
}

export function fromArticles(articles: readonly Article[], overrides: ActorOverrides = NO_OVERRIDES): Built {
  const sentences: Sentence[] = [];
  for (const article of articles) sentences.push(...sentencesOf(article, sentences.length));
  const table = actorsOf(articles, sentences, overrides);
  return {
    table,
    articles,
    sentences,
    source: { articles: new Map(articles.map((a) => [a.id, a])), sentences },
  };
}

/** The seed article exactly as the corpus folder has it. */
export function seedArticle(): Article {
  const file = 'seed-niger-coup.md';
  const parsed = parseArticle(file, readFileSync(path.join(__dirname, '../../corpus', file)));
  if (!('article' in parsed))
    throw new Error(`seed article does not load: ${JSON.stringify(parsed.problems)}`);
  return parsed.article;
}

/** The actor with this canonical name (tests name actors, not ids). */
export function actorNamed(table: ActorTable, name: string): Actor {
  const actor = table.actors.find((known) => known.name === name);
  if (!actor) throw new Error(`no actor "${name}" in ${table.actors.map((known) => known.name).join(', ')}`);
  return actor;
}

/** The distinct sentence numbers where the actor is mentioned, per article: "a:1", "b:3". */
export function mentionedIn(actor: Actor): string[] {
  return [...new Set(actor.mentions.map((mention) => `${mention.articleId}:${mention.sentence}`))];
}
