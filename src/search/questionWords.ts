import type { Token } from '../text/taggedTokens';

/** The question words other than "who" and its forms. */
const OTHER_QUESTION_WORDS: readonly string[] = ['what', 'which', 'when', 'where', 'why', 'how'];

/** The words that open a question, in lower case. */
export const QUESTION_WORDS: readonly string[] = ['who', 'whom', 'whose', ...OTHER_QUESTION_WORDS];

/** One token that is a question word. */
export const QUESTION_WORD = new RegExp(`^(?:${QUESTION_WORDS.join('|')})$`, 'i');

const OTHER_QUESTION_WORD = new RegExp(`^(?:${OTHER_QUESTION_WORDS.join('|')})$`, 'i');

/**
 * Whether the "who" at `at` opens a relative clause rather than asks: right after a noun or a
 * pronoun ("the man _who_…", "those _who_…") with another question word or an auxiliary before it
 * ("What was the rank of the man who…", "Did the man who…"). "After the coup _who_ was
 * appointed…", "Is it known _who_ detained Bazoum?" ask for a person.
 */
export function isRelativeWhoAt(tagged: readonly Token[], at: number): boolean {
  return (
    /^who$/i.test(tagged[at]?.text ?? '') &&
    ['NOUN', 'ADJ', 'PROPN', 'PRON', 'DET'].includes(tagged[at - 1]?.pos ?? '') &&
    tagged.slice(0, at).some((before) => before.pos === 'AUX' || OTHER_QUESTION_WORD.test(before.text))
  );
}

/** Auxiliaries that open a yes / no question ("did", "is", "has"…), as one word. */
export const AUXILIARIES: readonly string[] = [
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
];

/**
 * Nouns of where someone stands on something ("the military's _stance_ on…"), as an alternation,
 * and the words opening the topic after them ("stance _on_", "position _towards_").
 */
export const STANCE_NOUN = String.raw`stances?|positions?|views?|attitudes?|opinions?|outlook`;
export const STANCE_TOPIC = String.raw`on|towards?|about|regarding|concerning`;
