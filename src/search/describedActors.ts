import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import {
  ASKS_PAST_HOLDER,
  ASKS_REMOVED_HOLDER,
  headOf,
  NEW_ROLE,
  PAST_ROLE,
  roleMarkedBy,
  type Actor,
  type ActorReference,
} from '../actors';
import { tokensOf as taggedTokensOf, type Token } from '../text/taggedTokens';
import { termOf, termsOf } from './analysis';
import { TUNING } from './tuning';
import { cosine } from './wordVectors';
import { listedFor } from './wordNetLookup';

/**
 * The people a question describes in words the articles never use for them: "the top US diplomat"
 * → Blinken (the US Secretary of State), "the new strongman" → Tiani (the country's new leader),
 * "the ousted Nigerien leader" → Bazoum, where the actor table finds nobody. The described noun
 * must name a person (WordNet) and lie near one of the person's role nouns in the vector space
 * (diplomat ~ secretary 0.55); the words before it that the person's names or roles use ("US",
 * "new"), directly or through WordNet (America → US), tell people apart, and "former" / "ousted"
 * read as they do before a role. Only a clear winner counts. `named` are the question's references
 * already found, whose words are not read again.
 */
export function describedActors(
  library: Library,
  question: string,
  named: readonly ActorReference[],
): ActorReference[] {
  const { vectors, personNouns } = library;
  if (!vectors || !personNouns) return [];
  const people = library.actors.actors.filter((actor) => actor.kind === 'person' && actor.roles.length > 0);
  if (people.length === 0) return [];
  const roleHeads = new Set(people.flatMap((actor) => actor.roles.map((role) => headOf(role.text))));
  const tokens = taggedTokensOf(question);
  const described: ActorReference[] = [];
  tokens.forEach((token, at) => {
    const head = token.text.toLowerCase();
    const term = termOf(head);
    if (
      token.pos !== 'NOUN' ||
      term === null ||
      // One person: "which political figures" asks about several.
      nounLemma(head) !== head ||
      !personNouns.has(head) ||
      named.some((reference) => reference.start < token.end && token.start < reference.end) ||
      // A word the articles use for something else ("the guard") describes that, not a person here.
      (library.documentFrequency.has(term) && !roleHeads.has(head))
    )
      return;
    const first = firstModifierOf(tokens, at);
    const modifiers = tokens.slice(first, at).filter((modifier) => modifier.pos !== 'PART');
    const headVector = vectors.vectorOf(head);
    const candidates = people.map((actor) => {
      const similarity = Math.max(
        ...actor.roles.map((role) => {
          const roleHead = headOf(role.text);
          const roleVector = vectors.vectorOf(roleHead);
          if (roleHead === head) return 1;
          return headVector && roleVector ? cosine(headVector, roleVector) : 0;
        }),
      );
      return { actor, similarity, score: similarity + agreementOf(library, actor, modifiers) };
    });
    candidates.sort((a, b) => b.score - a.score);
    const [best, next] = candidates;
    if (
      best &&
      best.similarity >= TUNING.describedMinSimilarity &&
      best.score - (next?.score ?? -Infinity) >= TUNING.describedMargin
    ) {
      described.push({ actorId: best.actor.id, start: (tokens[first] as Token).start, end: token.end });
    }
  });
  return described;
}

/** Where the words describing a noun begin: adjectives, nouns, names, possessives, "ousted" before it. */
function firstModifierOf(tokens: readonly Token[], at: number): number {
  let first = at;
  for (let index = at - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    const lower = token.text.toLowerCase();
    const describes =
      ['ADJ', 'NOUN', 'PROPN', 'PART'].includes(token.pos) ||
      (token.pos === 'VERB' && (ASKS_REMOVED_HOLDER.has(lower) || /ed$/.test(lower)));
    if (!describes) break;
    first = index;
  }
  return first;
}

/**
 * How far the describing words fit a person: +1 for each the person's names or roles use (or one
 * WordNet relates to them), +1 for "former" before a past role; -Infinity when "former" or
 * "ousted" asks for someone put out of a role and this person holds a new one.
 */
function agreementOf(library: Library, actor: Actor, modifiers: readonly Token[]): number {
  const terms = new Set(
    [actor.name, ...actor.aliases, ...actor.roles.map((role) => role.text)].flatMap((text) => termsOf(text)),
  );
  const holdsNewRole = actor.roles.some((role) => roleMarkedBy(role.text, NEW_ROLE));
  let agreement = 0;
  for (const modifier of modifiers) {
    const word = modifier.text.replace(/['’]s$/u, '');
    const lower = word.toLowerCase();
    if (ASKS_PAST_HOLDER.has(lower) || ASKS_REMOVED_HOLDER.has(lower)) {
      if (holdsNewRole) return -Infinity;
      if (ASKS_PAST_HOLDER.has(lower) && actor.roles.some((role) => roleMarkedBy(role.text, PAST_ROLE)))
        agreement += 1;
      if (ASKS_REMOVED_HOLDER.has(lower) && saysRemoved(library, actor)) agreement += 1;
      continue;
    }
    const term = termOf(word);
    const related = term === null ? [] : [...listedFor(library.related, { word: lower, term }).values()];
    if ((term !== null && terms.has(term)) || related.some((other) => terms.has(other))) agreement += 1;
  }
  return agreement;
}

/** The index terms of being put out of office ("toppling", "ousted", "deposed", "overthrow"). */
const REMOVAL_TERMS = new Set(
  termsOf([...ASKS_REMOVED_HOLDER, 'oust', 'depose', 'topple', 'toppling', 'overthrow'].join(' ')),
);

/** Whether a sentence that mentions the person says someone was put out of office: "the toppling of President Bazoum's government". */
function saysRemoved(library: Library, actor: Actor): boolean {
  return library.actorsBySentence.some(
    (ids, sentence) =>
      ids.includes(actor.id) &&
      [...(library.termsBySentence[sentence] ?? [])].some((term) => REMOVAL_TERMS.has(term)),
  );
}
