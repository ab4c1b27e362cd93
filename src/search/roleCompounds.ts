import type { Library } from '../library';
import type { Token } from '../text/taggedTokens';
import { tokenSpansOf } from './analysis';
import { compoundNameOf, compoundRoleNamed, personCompoundAt } from './askedRoles';
import { nameOnlyTermsOf, termsInAndOutside } from './nameOnlyTerms';
import { perSentence } from './perSentence';
import type { WeightedWord } from './weightedWord';

/**
 * How a sentence stands to a question word that is part of a role of several words ("head" and
 * "state" in "_head of state_"): whether it names the role (in its words, WordNet's, or a kind of
 * it: "President"), and whether it has the word only inside another role ("Secretary of _State_")
 * or a name ("the United _States_").
 */
export interface RolePartMatch {
  readonly named: boolean;
  readonly inAnotherRole: boolean;
}

/** A word of no role of several words, or a sentence standing in neither way to it. */
export const NO_ROLE_PART: RolePartMatch = { named: false, inAnotherRole: false };
const NO_MATCH = (): RolePartMatch => NO_ROLE_PART;

/**
 * The most words of a role looked for in a sentence: WordNet's run to five
 * ("president_of_the_united_states", "chancellor_of_the_exchequer").
 */
const MAX_ROLE_WORDS = 5;

/**
 * For each question word that is part of a role of several words WordNet lists for people, how a
 * sentence stands to it (by word index and sentence id). A role's words are one thing: the passage
 * that names the role meets them all, and a word of it said only inside another role ("state" in
 * "Secretary of State" for "head of state") is another thing.
 */
export function rolePartsOf(
  library: Library,
  tagged: readonly Token[],
  words: readonly WeightedWord[],
): (wordIndex: number, sentenceId: number) => RolePartMatch {
  const compoundOfWord = words.map((word) =>
    word.isName ? null : personCompoundAt(library, tagged, word.word.toLowerCase()),
  );
  if (compoundOfWord.every((compound) => compound === null)) return NO_MATCH;
  const namedBy = new Map<string, (id: number) => number>();
  for (const compound of compoundOfWord) {
    if (compound !== null && !namedBy.has(compound))
      namedBy.set(compound, compoundRoleNamed(library, compound));
  }
  // The words of one role ask the same of each sentence: worked out once per role and sentence.
  const otherRolesOnly = new Map<string, ReadonlySet<string>>();
  const otherRolesOnlyTerms = (compound: string, sentenceId: number): ReadonlySet<string> => {
    const key = `${compound} ${sentenceId}`;
    let terms = otherRolesOnly.get(key);
    if (terms === undefined)
      otherRolesOnly.set(key, (terms = otherRolesOnlyTermsOf(library, sentenceId, compound)));
    return terms;
  };
  return (wordIndex, sentenceId) => {
    const compound = compoundOfWord[wordIndex];
    const word = words[wordIndex];
    if (compound === null || compound === undefined || word === undefined) return NO_ROLE_PART;
    return {
      named: (namedBy.get(compound)?.(sentenceId) ?? 0) > 0,
      inAnotherRole:
        otherRolesOnlyTerms(compound, sentenceId).has(word.term) ||
        nameOnlyTermsOf(library, sentenceId).has(word.term),
    };
  };
}

/**
 * The terms a sentence has only inside roles of several words that WordNet lists other than the
 * one asked ("state" and "secretary" in "US _Secretary of State_ Antony Blinken spoke…").
 */
function otherRolesOnlyTermsOf(library: Library, sentenceId: number, asked: string): ReadonlySet<string> {
  const sentence = library.sentences[sentenceId];
  const spans = rolesSaidIn(library, sentenceId).filter(({ compound }) => compound !== asked);
  if (!sentence || spans.length === 0) return NONE;
  const { inside, outside } = termsInAndOutside(sentence, spans);
  return new Set([...inside].filter((term) => !outside.has(term)));
}

const NONE: ReadonlySet<string> = new Set();

/** The roles of several words WordNet lists for people that a sentence says, with their spans. */
const rolesSaidIn = perSentence(
  (library, sentenceId): readonly { compound: string; start: number; end: number }[] => {
    const sentence = library.sentences[sentenceId];
    const personNouns = library.personNouns;
    if (!sentence || !personNouns) return [];
    const tokens = tokenSpansOf(sentence.text);
    return tokens.flatMap((first, at) => {
      for (let size = MAX_ROLE_WORDS; size >= 2; size--) {
        const window = tokens.slice(at, at + size);
        const last = window.at(-1);
        if (window.length < size || last === undefined) continue;
        const words = window.map(({ token }) => token);
        // WordNet keeps some plurals whole ("president_of_the_united_states").
        const compound = [compoundNameOf(words), words.join('_').toLowerCase()].find((name) =>
          personNouns.has(name),
        );
        if (compound === undefined) continue;
        const end = last.start + last.token.length;
        return [{ compound, start: sentence.start + first.start, end: sentence.start + end }];
      }
      return [];
    });
  },
);
