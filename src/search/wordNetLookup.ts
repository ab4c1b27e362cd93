import { adjective, noun, verb } from 'wink-lemmatizer';
import { termOf } from './analysis';
import type { QuestionWord } from './question';
import type { RelatedWords } from './relatedWords';

/** A word and its lemmas as a noun, a verb and an adjective: what WordNet may file it under. */
export function lemmasOf(word: string): Set<string> {
  const lemmas = [word, noun(word), verb(word), adjective(word)];
  return new Set([...lemmas, ...lemmas.flatMap(otherSpellingOf)]);
}

/**
 * The other spelling of an -ize / -ise word ("criticize" → criticise, "organisation" →
 * organization), or none. WordNet lists the two apart and relates them to different words:
 * "criticise" to "criticism", "criticize" only to "critic".
 */
export function otherSpellingOf(lemma: string): string[] {
  const other = lemma.replace(
    /(?<=\p{L}{3})i([sz])(e|ed|es|ing|ation|ations)$/u,
    (_, letter: string, ending: string) => `i${letter === 's' ? 'z' : 's'}${ending}`,
  );
  return other === lemma ? [] : [other];
}

/** The words a WordNet table lists for a question word (under any of its lemmas), each with its index term. */
export function listedFor(
  table: RelatedWords | null,
  word: Pick<QuestionWord, 'word' | 'term'>,
): Map<string, string> {
  const listed = new Map<string, string>();
  if (!table) return listed;
  for (const lemma of lemmasOf(word.word)) {
    for (const related of table.get(lemma) ?? []) {
      // WordNet writes acronyms in lower case ("us" for the United States): read short ones as acronyms.
      const term = termOf(related) ?? (related.length <= 4 ? termOf(related.toUpperCase()) : null);
      if (term && term !== word.term) listed.set(related, term);
    }
  }
  return listed;
}
