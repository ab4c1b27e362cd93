import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { GROUP_CATEGORIES } from './askedCategories';
import type { AnalysedQuestion } from './question';

/*
 * What a question asks the name of, read with the library's WordNet nouns: the head of the named
 * phrase, and whether a person is asked for.
 */

/**
 * The head of the noun phrase whose name is asked: its last word that names a kind of group or a
 * person ("the tv _channel_ tiani appeared on", a relative clause without "that"), else its last.
 * A word before it only describes it: "the _national_ television channel" asks for no person.
 */
export function nameHeadOf(library: Library, phrase: readonly string[] | null): string | null {
  if (phrase === null) return null;
  const head = [...phrase]
    .reverse()
    .find((word) => GROUP_CATEGORIES.has(word) || (library.personNouns?.has(word) ?? false));
  return head ?? phrase.at(-1) ?? null;
}

/**
 * "What is the name of the presidential guard commander who detained Bazoum?", "What is the CNN
 * reporter who covered the speech?" ask for a person, as "Who is…" does: the head of what is named,
 * or of what "what is" asks to be, is a noun for a person.
 */
export function withPersonAskedByName(library: Library, question: AnalysedQuestion): AnalysedQuestion {
  if (question.answerType !== 'other') return question;
  const head = nameHeadOf(library, question.nameAskedOf) ?? copularHeadOf(question.tagged);
  return head !== null && (library.personNouns?.has(head) ?? false)
    ? { ...question, answerType: 'person' }
    : question;
}

/** The head noun after "What is / was the…", as a lemma ("What is the CNN _reporter_ who…"), or null. */
function copularHeadOf(tokens: AnalysedQuestion['tagged']): string | null {
  if (!/^what$/i.test(tokens[0]?.text ?? '') || !/^(?:is|was|are|were)$/i.test(tokens[1]?.text ?? ''))
    return null;
  let at = 2;
  while (tokens[at]?.pos === 'DET') at += 1;
  let head: string | null = null;
  for (; ['NOUN', 'PROPN', 'ADJ'].includes(tokens[at]?.pos ?? ''); at += 1) {
    if (tokens[at]?.pos === 'NOUN') head = nounLemma((tokens[at]?.text ?? '').toLowerCase());
  }
  return head;
}
