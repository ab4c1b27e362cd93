import type { ActorLookup } from '../actors/find';
import type { ActorListing, ActorSummary, SummaryLine } from '../actors/summary';

/** A quoted sentence with its source, as the CLI prints it. */
export interface ActorLineJson {
  readonly article: string;
  readonly title: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly text: string;
  readonly attribution: string | null;
  readonly url: string | null;
}

/** The CLI's JSON form of an actor summary. */
export interface ActorJson {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorSummary['kind'];
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly articles: readonly {
    readonly article: string;
    readonly title: string;
    readonly mentions: number;
  }[];
  readonly mentions: readonly {
    readonly article: string;
    readonly paragraph: number;
    readonly sentence: number;
    readonly text: string;
    readonly kind: string;
  }[];
  readonly said: readonly ActorLineJson[];
  readonly about: readonly ActorLineJson[];
  readonly linked: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly sentences: number;
  }[];
}

export function actorToJson(summary: ActorSummary): ActorJson {
  return {
    id: summary.id,
    name: summary.name,
    kind: summary.kind,
    aliases: summary.aliases,
    roles: summary.roles,
    articles: summary.articles.map((entry) => ({
      article: entry.articleId,
      title: entry.title,
      mentions: entry.mentions,
    })),
    mentions: summary.mentions.map((mention) => ({
      article: mention.articleId,
      paragraph: mention.paragraph,
      sentence: mention.sentence,
      text: mention.text,
      kind: mention.kind,
    })),
    said: summary.said.map(lineToJson),
    about: summary.about.map(lineToJson),
    linked: summary.linked,
  };
}

function lineToJson(line: SummaryLine): ActorLineJson {
  return {
    article: line.articleId,
    title: line.title,
    paragraph: line.paragraph,
    sentence: line.sentence,
    text: line.text,
    attribution: line.attribution,
    url: line.url,
  };
}

/** An ambiguous or unknown name, as JSON. */
export function actorLookupToJson(name: string, lookup: Exclude<ActorLookup, { status: 'found' }>): object {
  if (lookup.status === 'ambiguous') {
    return {
      status: 'ambiguous',
      query: name,
      candidates: lookup.candidates.map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        mentions: actor.mentions.length,
      })),
    };
  }
  return { status: 'none', query: name, error: `No actor named "${name}"`, closest: lookup.closest };
}

export function actorListToJson(listing: readonly ActorListing[]): object {
  return listing;
}
