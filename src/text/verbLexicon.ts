import words from 'wink-lexicon/src/wn-words.js';
import senses from 'wink-lexicon/src/wn-word-senses.js';
import { noun as nounLemma, verb as verbLemma, adjective as adjectiveLemma } from 'wink-lemmatizer';

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

/**
 * Whether WordNet lists a lower-case word in any form ("credits", "armies"): one it does not is
 * likely a name typed in lower case ("bazoum", "blinken").
 */
export function isWordNetWord(word: string): boolean {
  return [word, nounLemma(word), verbLemma(word), adjectiveLemma(word)].some((form) =>
    Object.hasOwn(words, form),
  );
}
