import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { noun as nounLemma } from 'wink-lemmatizer';
import { actorByIdOf } from './actorTerms';

/** A country after one of these is where something happens ("order _in Niger_"), not who does it. */
const PLACE_BEFORE = /\b(?:in|across|throughout|within|inside)\s+(?:the\s+)?$/i;

/**
 * Whether a sentence names or mentions someone other than the actors a "who" question names: an
 * actor (not the source a statement is credited to, nor a country as where something happens), or
 * a person noun outside their mentions ("world _leaders_", "members of his guard"). "Who was
 * negotiating on Bazoum's behalf?" is not answered by "…Bazoum remains in detention and
 * negotiations … were at an impasse": nobody there could be the one asked for.
 */
export function namesSomeoneNotAsked(
  library: Library,
  sentence: Sentence,
  askedActors: ReadonlySet<string>,
  questionWords: ReadonlySet<string>,
  /** Where to look, when only some clauses count (see `clauseSpansWith`). */
  within: readonly { start: number; end: number }[] | null = null,
): boolean {
  const offset = sentence.start;
  const inside = (from: number, to: number): boolean =>
    within === null || within.some((span) => span.start <= from && to <= span.end);
  // The text left to search for person nouns: the clauses looked in, less the actors' mentions.
  let outside =
    within === null
      ? sentence.text
      : [...sentence.text].map((letter, at) => (inside(at, at + 1) ? letter : ' ')).join('');
  for (const actorId of library.actorsBySentence[sentence.id] ?? []) {
    const actor = actorByIdOf(library).get(actorId);
    for (const mention of actor?.mentions ?? []) {
      if (mention.sentenceId !== sentence.id) continue;
      const from = mention.start - offset;
      const to = mention.end - offset;
      const isPlace = actor?.kind === 'government' && PLACE_BEFORE.test(sentence.text.slice(0, from));
      if (inside(from, to) && !askedActors.has(actorId) && mention.rule !== 'statement-owner' && !isPlace) {
        return true;
      }
      outside = outside.slice(0, from) + ' '.repeat(to - from) + outside.slice(to);
    }
  }
  const personNouns = library.personNouns;
  if (!personNouns) return true;
  return (outside.match(/\p{L}+/gu) ?? []).some((word) => {
    const lemma = nounLemma(word.toLowerCase());
    return personNouns.has(lemma) && !questionWords.has(lemma);
  });
}
