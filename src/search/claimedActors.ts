import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { headOf, PAST_ROLE, roleMarkedBy, type Actor } from '../actors';
import type { Token } from '../text/taggedTokens';
import { escapeRegExp } from '../text/escapeRegExp';
import type { AnalysedQuestion } from './question';
import { actorByIdOf, actorTermsOf } from './actorTerms';
import { ENTITY_CATEGORIES } from './askedCategories';
import type { WeightedWord } from './weightedWord';

/** Whether a word is part of the name of each actor it names ("guard"), not a role ("leader"). */
export function namesActorsByName(library: Library, word: WeightedWord): boolean {
  const byId = actorByIdOf(library);
  return [...word.actors].every((actorId) => {
    const actor = byId.get(actorId);
    return actor !== undefined && actorTermsOf(library, actor).name.has(word.term);
  });
}

/**
 * Whether a question calls one person by the bare head of a role the articles give them ("Did _the
 * general_ speak…" for Tiani, "a Niger general"). Not a role with words before it, which may
 * describe someone else ("Niger's _elected_ leader" is Bazoum, not "the country's new leader"), nor
 * a word describing the noun after it ("the _general_ criticism"), nor a role another person's
 * role is a kind of ("the leader" may be the Secretary of State, a kind of leader): only one person
 * may hold it, now.
 */
export function namesPersonByBareRole(
  library: Library,
  word: WeightedWord,
  tagged: readonly Token[],
): boolean {
  if (word.actors.size !== 1) return false;
  const typed = word.word.toLowerCase();
  const bare = tagged.some(
    (token, at) =>
      token.text.toLowerCase() === typed &&
      tagged[at - 1]?.text.toLowerCase() === 'the' &&
      !['NOUN', 'ADJ', 'PROPN'].includes(tagged[at + 1]?.pos ?? ''),
  );
  if (!bare) return false;
  const lemma = nounLemma(typed);
  const holds = (actor: Actor): boolean =>
    actor.roles.some((role) => {
      if (roleMarkedBy(role.text, PAST_ROLE)) return false;
      const head = nounLemma(headOf(role.text).toLowerCase());
      return head === lemma || (library.kinds?.get(head)?.includes(lemma) ?? false);
    });
  const holders = library.actors.actors.filter((actor) => actor.kind === 'person' && holds(actor));
  return holders.length === 1 && word.actors.has(holders[0]?.id ?? '');
}

/**
 * The words an owner's possessive is followed by in a text, up to three, describing words and all
 * ("Bazoum's _former government_"), or null when the text has no possessive of it.
 */
export function ownedAfter(text: string, owner: string): string[] | null {
  const possessive = new RegExp(String.raw`\b${escapeRegExp(owner)}['’]s\b((?:\s+\p{L}+){0,3})`, 'iu').exec(
    text,
  );
  return possessive ? (possessive[1] ?? '').trim().split(/\s+/).filter(Boolean) : null;
}

/**
 * Whether a question names an actor only as the owner of another actor ("_Bazoum's_ government"),
 * which is not what is asked about: "Niger's former government" may be Bazoum's. An owner of
 * anything else counts: "Did Blinken praise _Issoufou's_ role?" is not confirmed, nor "What did CNN
 * report about _Bazoum's_ health?" answered, by a sentence that never speaks of him.
 */
export function ownerOfAnother(question: AnalysedQuestion, word: WeightedWord): boolean {
  const owned = ownedAfter(question.text, word.word);
  if (owned === null) return false;
  return owned.length === 0 || owned.some((next) => ENTITY_CATEGORIES.has(nounLemma(next.toLowerCase())));
}
