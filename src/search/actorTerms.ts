import type { Library } from '../library';
import type { Actor, ActorKind, Mention } from '../actors';
import { termsOf } from './analysis';

/** Bodies one belongs to or holds a post in: not people, not governments. */
export const BODY_KINDS: ReadonlySet<ActorKind | undefined> = new Set<ActorKind>([
  'organisation',
  'military',
  'outlet',
]);

/**
 * Actors that stand for themselves: people and bodies. Not a government: a country is named in
 * most questions, spoken of as its capital or "American", and speaks through its officials.
 */
export const SELF_STANDING_KINDS: ReadonlySet<ActorKind | undefined> = new Set<ActorKind | undefined>([
  'person',
  ...BODY_KINDS,
]);

/**
 * A government's body named as one ("US State Department", "Ministry of Defence"): unlike a country,
 * or "the Nigerien government", it stands for itself as a body does.
 */
export function isGovernmentBody(actor: Actor): boolean {
  return actor.kind === 'government' && GOVERNMENT_BODY.test(actor.name);
}

const GOVERNMENT_BODY =
  /\b(?:department|ministry|office|agency|bureau|council|commission|committee|cabinet|secretariat|directorate)\b/i;

/** Each library's actors by id, built once (a library never changes). */
export function actorByIdOf(library: Library): ReadonlyMap<string, Actor> {
  let byId = ACTORS_BY_ID.get(library);
  if (!byId)
    ACTORS_BY_ID.set(library, (byId = new Map(library.actors.actors.map((actor) => [actor.id, actor]))));
  return byId;
}

const ACTORS_BY_ID = new WeakMap<Library, ReadonlyMap<string, Actor>>();

/** The index terms an actor is called by. */
export interface ActorTerms {
  /** Of its canonical name ("Mohamed Bazoum" → moham, bazoum). */
  readonly name: ReadonlySet<string>;
  /** Of its name, aliases and roles ("Democratically-elected President Bazoum" → democrat, elect…). */
  readonly all: ReadonlySet<string>;
}

/** An actor's terms, read once per library: questions name the same few actors again and again. */
export function actorTermsOf(library: Library, actor: Actor): ActorTerms {
  let memo = ACTOR_TERMS.get(library);
  if (!memo) ACTOR_TERMS.set(library, (memo = new Map()));
  let terms = memo.get(actor.id);
  if (!terms) {
    const texts = [actor.name, ...actor.aliases, ...actor.roles.map((role) => role.text)];
    terms = { name: new Set(termsOf(actor.name)), all: new Set(texts.flatMap((text) => termsOf(text))) };
    memo.set(actor.id, terms);
  }
  return terms;
}

const ACTOR_TERMS = new WeakMap<Library, Map<string, ActorTerms>>();

/** The sentences that give one of these actors' full name ("Antony Blinken"), not a title or a surname only. */
export function sentencesGivingFullNameOf(
  library: Library,
  actorIds: ReadonlySet<string>,
): ReadonlySet<number> {
  const sentences = new Set<number>();
  for (const actorId of actorIds) {
    const actor = actorByIdOf(library).get(actorId);
    if (!actor) continue;
    for (const mention of actor.mentions) {
      if (mention.text.includes(actor.name)) sentences.add(mention.sentenceId);
    }
  }
  return sentences;
}

/** The mentions of actors in one sentence, of every kind; indexed once per library. */
export function mentionsIn(library: Library, sentenceId: number): readonly Mention[] {
  return mentionIndexOf(library).bySentence.get(sentenceId) ?? [];
}

/** The id of the actor a mention refers to, from the same index. */
export function actorIdOfMention(library: Library, mention: Mention): string | undefined {
  return mentionIndexOf(library).actorOf.get(mention);
}

interface MentionIndex {
  readonly bySentence: ReadonlyMap<number, Mention[]>;
  readonly actorOf: ReadonlyMap<Mention, string>;
}

function mentionIndexOf(library: Library): MentionIndex {
  let index = MENTION_INDEX.get(library);
  if (!index) {
    const bySentence = new Map<number, Mention[]>();
    const actorOf = new Map<Mention, string>();
    for (const actor of library.actors.actors) {
      for (const mention of actor.mentions) {
        const known = bySentence.get(mention.sentenceId);
        if (known) known.push(mention);
        else bySentence.set(mention.sentenceId, [mention]);
        actorOf.set(mention, actor.id);
      }
    }
    index = { bySentence, actorOf };
    MENTION_INDEX.set(library, index);
  }
  return index;
}

const MENTION_INDEX = new WeakMap<Library, MentionIndex>();
