import words from 'wink-lexicon/src/wn-words.js';
import senses from 'wink-lexicon/src/wn-word-senses.js';

// WordNet's lexicographer files 29–43 hold its verbs (verb.body … verb.weather).
const FIRST_VERB_FILE = 29;
const LAST_VERB_FILE = 43;

/**
 * Whether WordNet lists `word`, in base form, as a verb ("praise", "call", "aid"; not "statement"
 * or "army"). The tables are the ones wink-lemmatizer already loads for its own verb check.
 */
export function canBeVerb(word: string): boolean {
  const index = Object.hasOwn(words, word) ? words[word] : undefined;
  if (index === undefined) return false;
  return (senses[index] ?? []).some((file) => file >= FIRST_VERB_FILE && file <= LAST_VERB_FILE);
}
