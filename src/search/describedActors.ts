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
  for (let at = 0; at < tokens.length; at += 1) {
    const noun = describingNounAt(library, tokens, at, roleHeads);
    if (!noun) continue;
    const headAt = at;
    at = noun.last;
    const start = (tokens[headAt] as Token).start;
    const end = (tokens[noun.last] as Token).end;
    if (named.some((reference) => reference.start < end && start < reference.end)) continue;
    const firstModifier = firstModifierOf(tokens, headAt);
    const describing = tokens.slice(firstModifier, headAt);
    // Someone is described by a definite phrase ("the top US diplomat", "Niger's head of state");
    // "proclaimed himself head of state" says what he became.
    const definite =
      tokens[firstModifier - 1]?.pos === 'DET' || describing.some((modifier) => modifier.pos === 'PART');
    if (!definite) continue;
    const modifiers = describing.filter((modifier) => modifier.pos !== 'PART');
    const asksPast = modifiers.some((modifier) => {
      const lower = modifier.text.toLowerCase();
      return ASKS_PAST_HOLDER.has(lower) || ASKS_REMOVED_HOLDER.has(lower);
    });
    // Only people whose role the noun could name compete ("Niger's head of state" is no general).
    const candidates = people.flatMap((actor) => {
      const similarity = Math.max(
        0,
        ...actor.roles
          // "the head of state" is the president, not the former one, unless the question says so.
          .filter((role) => asksPast || !roleMarkedBy(role.text, PAST_ROLE))
          .map((role) => roleSimilarity(library, noun.head, headOf(role.text))),
      );
      if (similarity < TUNING.describedMinSimilarity) return [];
      return [{ actor, score: similarity + agreementOf(library, actor, modifiers) }];
    });
    candidates.sort((a, b) => b.score - a.score);
    const [best, next] = candidates;
    if (best && best.score > -Infinity && best.score - (next?.score ?? -Infinity) >= TUNING.describedMargin) {
      described.push({ actorId: best.actor.id, start: (tokens[firstModifier] as Token).start, end });
    }
  }
  return described;
}

/**
 * The noun for one person that starts at a token, as a WordNet lemma ("diplomat", or of several
 * words "head_of_state"), with the index of its last token; or null.
 */
function describingNounAt(
  library: Library,
  tokens: readonly Token[],
  at: number,
  roleHeads: ReadonlySet<string>,
): { head: string; last: number } | null {
  const personNouns = library.personNouns as ReadonlySet<string>;
  for (const size of [3, 2]) {
    const words = tokens.slice(at, at + size);
    const compound = words.map((token) => token.text.toLowerCase()).join('_');
    if (words.length === size && personNouns.has(compound)) return { head: compound, last: at + size - 1 };
  }
  const token = tokens[at] as Token;
  const head = token.text.toLowerCase();
  const term = termOf(head);
  if (
    token.pos !== 'NOUN' ||
    term === null ||
    // One person: "which political figures" asks about several.
    nounLemma(head) !== head ||
    !personNouns.has(head) ||
    // A word the articles use for something else ("the guard") describes that, not a person here.
    (library.documentFrequency.has(term) && !roleHeads.has(head))
  )
    return null;
  return { head, last: at };
}

/**
 * How near a describing noun is to a role's head noun: 1 for the same word, else the cosine of their
 * vectors; for a name of several words, `describedKindSimilarity` when the role is a kind of it (a
 * president is a head of state).
 */
function roleSimilarity(library: Library, head: string, roleHead: string): number {
  if (roleHead === head) return 1;
  // Names of several words have no vector; WordNet tells which roles are kinds of them.
  if (head.includes('_'))
    return library.kinds?.get(roleHead)?.includes(head) ? TUNING.describedKindSimilarity : 0;
  const headVector = library.vectors?.vectorOf(head);
  const roleVector = library.vectors?.vectorOf(roleHead);
  return headVector && roleVector ? cosine(headVector, roleVector) : 0;
}

/** Where the words describing a noun begin: adjectives, nouns, names, possessives, "ousted" before it. */
function firstModifierOf(tokens: readonly Token[], at: number): number {
  let first = at;
  let possessed = false;
  for (let index = at - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    const lower = token.text.toLowerCase();
    // Past a possessive only its owner's name belongs to the phrase ("called Niger's head…").
    const describes = possessed
      ? ['NOUN', 'PROPN'].includes(token.pos)
      : ['ADJ', 'NOUN', 'PROPN', 'PART'].includes(token.pos) ||
        (token.pos === 'VERB' && (ASKS_REMOVED_HOLDER.has(lower) || /ed$/.test(lower)));
    if (!describes) break;
    possessed ||= token.pos === 'PART';
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
