import { adjective, noun, verb } from 'wink-lemmatizer';
import { termOf } from './analysis';
import type { QuestionWord } from './question';
import type { RelatedWords } from './relatedWords';

/** A word and its lemmas as a noun, a verb and an adjective: what WordNet may file it under. */
export function lemmasOf(word: string): Set<string> {
  return new Set([word, noun(word), verb(word), adjective(word)]);
}

/** The words a WordNet table lists for a question word (under any of its lemmas), each with its index term. */
export function listedFor(
  table: RelatedWords | null,
  word: Pick<QuestionWord, 'word' | 'term'>,
): Map<string, string> {
  const listed = new Map<string, string>();
  if (!table) return listed;
  for (const lemma of new Set([word.word, verb(word.word), noun(word.word), adjective(word.word)])) {
    for (const related of table.get(lemma) ?? []) {
      // WordNet writes acronyms in lower case ("us" for the United States): read short ones as acronyms.
      const term = termOf(related) ?? (related.length <= 4 ? termOf(related.toUpperCase()) : null);
      if (term && term !== word.term) listed.set(related, term);
    }
  }
  return listed;
}
