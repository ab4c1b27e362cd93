import type { Article, Sentence } from '../corpus/types';
import { quoteOf, type Quote } from '../corpus/quote';
import type { Actor, ActorKind, ActorRole, ActorTable, Mention, MentionKind } from './types';

/** What a summary needs besides the table: a `Library` fits as it is. */
export interface SummarySource {
  readonly articles: ReadonlyMap<string, Article>;
  /** Indexed by `Sentence.id`. */
  readonly sentences: readonly Sentence[];
}

/** One quoted sentence with its provenance, ready to be shown with its source. */
export type SummaryLine = Quote;

export interface ActorSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** Roles as shown: the text as written, "(self-declared)" after a self-description. */
  readonly roles: readonly string[];
  /** Per article, in corpus order: how many mentions. */
  readonly articles: readonly {
    readonly articleId: string;
    readonly title: string;
    readonly mentions: number;
  }[];
  readonly mentions: readonly Mention[];
  /** Sentences credited to the actor, in article order. */
  readonly said: readonly SummaryLine[];
  /** The most central sentences about the actor that it did not say itself, in article order. */
  readonly about: readonly SummaryLine[];
  /** Actors named in the same sentences, most shared sentences first. */
  readonly linked: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: ActorKind;
    readonly sentences: number;
  }[];
}

export interface SummaryOptions {
  /** How many sentences "about" lists at most. Default 5: what fits an embed field with sources. */
  readonly about: number;
  /** How many sentences "said" lists at most. Default 10. */
  readonly said: number;
  /** How many linked actors. Default 8. */
  readonly linked: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { about: 5, said: 10, linked: 8 };

/**
 * How much a mention makes a sentence about its actor: being named says more than "he". Chosen by
 * reading the seed article's summaries; they only order sentences, never include or drop one.
 */
const MENTION_WEIGHT: Readonly<Record<MentionKind, number>> = {
  name: 1,
  title: 0.9,
  role: 0.7,
  pronoun: 0.6,
};

/** One entry of `listActors`. */
export interface ActorListing {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly roles: readonly string[];
  readonly mentions: number;
  readonly articles: number;
}

/** Every actor, most mentioned first. */
export function listActors(table: ActorTable): ActorListing[] {
  return [...table.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      roles: actor.roles.map(roleText),
      mentions: actor.mentions.length,
      articles: new Set(actor.mentions.map((mention) => mention.articleId)).size,
    }));
}

/** A role as shown: "the country’s new leader (self-declared)". */
export function roleText(role: ActorRole): string {
  return role.via === 'self-description' ? `${role.text} (self-declared)` : role.text;
}

/**
 * The summary of one actor: names, roles, where it appears, what it said, the most central
 * sentences about it and who it appears with. Every line carries its sentence's provenance.
 * Null when the table has no actor with that id.
 */
export function actorSummary(
  table: ActorTable,
  source: SummarySource,
  actorId: string,
  options: Partial<SummaryOptions> = {},
): ActorSummary | null {
  const settings: SummaryOptions = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const actor = table.actors.find((known) => known.id === actorId);
  if (!actor) return null;
  const sentenceById = sentenceLookup(source);
  const lineOf = (id: number): SummaryLine | null => {
    const sentence = sentenceById(id);
    return sentence ? quoteOf(source.articles, sentence) : null;
  };
  const lines = (ids: readonly number[]): SummaryLine[] =>
    ids.map(lineOf).filter((line): line is SummaryLine => line !== null);

  const perArticle = new Map<string, number>();
  for (const mention of actor.mentions)
    perArticle.set(mention.articleId, (perArticle.get(mention.articleId) ?? 0) + 1);
  const articles = table.articleOrder
    .filter((id) => perArticle.has(id))
    .map((id) => ({
      articleId: id,
      title: source.articles.get(id)?.title ?? id,
      mentions: perArticle.get(id) ?? 0,
    }));

  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    roles: actor.roles.map(roleText),
    articles,
    mentions: actor.mentions,
    said: lines(actor.said.slice(0, Math.max(0, settings.said))),
    about: lines(centralSentences(actor, sentenceById, settings.about, source.sentences)),
    linked: linkedActors(table, actor).slice(0, Math.max(0, settings.linked)),
  };
}

/** A sentence by id: directly by index when the table is the library's, else by search. */
function sentenceLookup(source: SummarySource): (id: number) => Sentence | undefined {
  return (id) => {
    const direct = source.sentences[id];
    return direct?.id === id ? direct : source.sentences.find((sentence) => sentence.id === id);
  };
}

/**
 * The sentences most about the actor, excluding what it said itself (listed apart): each mention
 * sentence scores its strongest mention's weight times (1 + its mean word overlap with the actor's
 * other mention sentences), so a sentence central to what the articles say of the actor wins over
 * an aside. The best `count`, returned in article order.
 */
function centralSentences(
  actor: Actor,
  sentenceById: (id: number) => Sentence | undefined,
  count: number,
  sentences: readonly Sentence[],
): number[] {
  const ranked = rankedAbout(actor, sentenceById, sentences);
  const best = new Set(ranked.slice(0, Math.max(0, count)));
  return ranked.length === 0 ? [] : aboutOrder(actor).filter((id) => best.has(id));
}

/**
 * Beyond this many sentences about an actor, each is compared with this many of them spread evenly
 * through the articles rather than with all: the mean overlap is then an estimate. Comparing all
 * pairs grows with the square ("United States" in the State of the Union corpus: 5,000+ sentences,
 * minutes of work, the bot unable to answer anyone meanwhile); with 400, any actor takes well under
 * a second there. See `docs/actors.md` for how much the estimate changes the top sentences.
 */
export const CENTRALITY_SAMPLE = 400;

/** The sentences about an actor (mentioned, not said by it), in article order. */
function aboutOrder(actor: Actor): number[] {
  const said = new Set(actor.said);
  const order: number[] = [];
  const seen = new Set<number>();
  for (const mention of actor.mentions) {
    if (said.has(mention.sentenceId) || seen.has(mention.sentenceId)) continue;
    seen.add(mention.sentenceId);
    order.push(mention.sentenceId);
  }
  return order;
}

/** Each actor's sentences about it, most central first, per sentence table (a summary asked twice ranks once). */
const rankings = new WeakMap<Actor, { sentences: readonly Sentence[]; ranked: readonly number[] }>();

function rankedAbout(
  actor: Actor,
  sentenceById: (id: number) => Sentence | undefined,
  sentences: readonly Sentence[],
  sample: number = CENTRALITY_SAMPLE,
): readonly number[] {
  const known = rankings.get(actor);
  if (known !== undefined && known.sentences === sentences && sample === CENTRALITY_SAMPLE)
    return known.ranked;
  const order = aboutOrder(actor);
  const weight = new Map<number, number>();
  for (const mention of actor.mentions) {
    weight.set(
      mention.sentenceId,
      Math.max(weight.get(mention.sentenceId) ?? 0, MENTION_WEIGHT[mention.kind]),
    );
  }
  // Words as sorted ids, so an overlap is one merge rather than set lookups.
  const ids = new Map<string, number>();
  const words = order.map((id) =>
    Int32Array.from(
      [...contentWords(sentenceById(id)?.text ?? '')].map((word) => {
        let wordId = ids.get(word);
        if (wordId === undefined) {
          wordId = ids.size;
          ids.set(word, wordId);
        }
        return wordId;
      }),
    ).sort(),
  );
  const overlap = new Float64Array(order.length);
  if (order.length <= sample + 1) {
    // Every pair once, added to both.
    for (let a = 0; a < order.length; a += 1) {
      for (let b = a + 1; b < order.length; b += 1) {
        const similarity = sortedJaccard(words[a] as Int32Array, words[b] as Int32Array);
        overlap[a] = (overlap[a] as number) + similarity;
        overlap[b] = (overlap[b] as number) + similarity;
      }
    }
    const others = Math.max(1, order.length - 1);
    for (let a = 0; a < order.length; a += 1)
      overlap[a] = order.length === 1 ? 0 : (overlap[a] as number) / others;
  } else {
    const step = order.length / sample;
    const picked = Array.from({ length: sample }, (_, index) => Math.floor(index * step));
    for (let a = 0; a < order.length; a += 1) {
      let sum = 0;
      let compared = 0;
      for (const b of picked) {
        if (b === a) continue;
        sum += sortedJaccard(words[a] as Int32Array, words[b] as Int32Array);
        compared += 1;
      }
      overlap[a] = sum / compared;
    }
  }
  const score = order.map((id, index) => (weight.get(id) ?? 0) * (1 + (overlap[index] as number)));
  const ranked = order
    .map((id, index) => ({ id, index }))
    .sort((a, b) => (score[b.index] as number) - (score[a.index] as number) || a.index - b.index)
    .map(({ id }) => id);
  if (sample === CENTRALITY_SAMPLE) rankings.set(actor, { sentences, ranked });
  return ranked;
}

/** The sentences about an actor, most central first, comparing all pairs or `sample` at most (for measuring the estimate). */
export function centralRanking(
  actor: Actor,
  source: SummarySource,
  sample: number = CENTRALITY_SAMPLE,
): readonly number[] {
  return rankedAbout(actor, sentenceLookup(source), source.sentences, sample);
}

/** Jaccard similarity of two sorted, duplicate-free id lists. */
function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
      (word) =>
        !/^(?:that|this|with|from|were|have|been|also|said|will|their|which|after|about|into|would)$/.test(
          word,
        ),
    ),
  );
}

/** Other actors mentioned in the actor's sentences, by how many sentences they share, then by mentions. */
function linkedActors(table: ActorTable, actor: Actor): ActorSummary['linked'][number][] {
  const own = new Set(actor.mentions.map((mention) => mention.sentenceId));
  return table.actors
    .filter((other) => other.id !== actor.id)
    .map((other) => ({
      other,
      shared: new Set(other.mentions.map((mention) => mention.sentenceId).filter((id) => own.has(id))).size,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.mentions.length - a.other.mentions.length)
    .map(({ other, shared }) => ({ id: other.id, name: other.name, kind: other.kind, sentences: shared }));
}
