import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import type { Token } from '../text/taggedTokens';
import { tokenSpansOf } from './analysis';
import { compoundRoleNamed, personCompoundAt } from './askedRoles';
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

const NEITHER: RolePartMatch = { named: false, inAnotherRole: false };
const NO_MATCH = (): RolePartMatch => NEITHER;

/** The longest role of several words WordNet lists: "commander_in_chief", "chief_of_staff". */
const MAX_ROLE_WORDS = 3;

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
  return (wordIndex, sentenceId) => {
    const compound = compoundOfWord[wordIndex];
    const word = words[wordIndex];
    if (compound === null || compound === undefined || word === undefined) return NEITHER;
    return {
      named: (namedBy.get(compound)?.(sentenceId) ?? 0) > 0,
      inAnotherRole:
        otherRolesOnlyTermsOf(library, sentenceId, compound).has(word.term) ||
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
        const lowered = window.map(({ token }) => token.toLowerCase());
        const compound = [...lowered.slice(0, -1), nounLemma(lowered.at(-1) ?? '')].join('_');
        if (!personNouns.has(compound)) continue;
        const end = last.start + last.token.length;
        return [{ compound, start: sentence.start + first.start, end: sentence.start + end }];
      }
      return [];
    });
  },
);
