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
  const sentenceById = (id: number): Sentence | undefined => {
    const direct = source.sentences[id];
    return direct?.id === id ? direct : source.sentences.find((sentence) => sentence.id === id);
  };
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
    about: lines(centralSentences(actor, sentenceById, settings.about)),
    linked: linkedActors(table, actor).slice(0, Math.max(0, settings.linked)),
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
): number[] {
  const said = new Set(actor.said);
  const order: number[] = [];
  const weight = new Map<number, number>();
  for (const mention of actor.mentions) {
    if (said.has(mention.sentenceId)) continue;
    if (!weight.has(mention.sentenceId)) order.push(mention.sentenceId);
    weight.set(
      mention.sentenceId,
      Math.max(weight.get(mention.sentenceId) ?? 0, MENTION_WEIGHT[mention.kind]),
    );
  }
  const words = new Map(order.map((id) => [id, contentWords(sentenceById(id)?.text ?? '')]));
  const score = (id: number): number => {
    const own = words.get(id) ?? new Set<string>();
    const others = order.filter((other) => other !== id);
    const overlap =
      others.length === 0
        ? 0
        : others.reduce((sum, other) => sum + jaccard(own, words.get(other) ?? new Set()), 0) / others.length;
    return (weight.get(id) ?? 0) * (1 + overlap);
  };
  const best = new Set(
    [...order]
      .sort((a, b) => score(b) - score(a) || order.indexOf(a) - order.indexOf(b))
      .slice(0, Math.max(0, count)),
  );
  return order.filter((id) => best.has(id));
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

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
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
