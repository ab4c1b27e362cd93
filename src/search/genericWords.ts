import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import { SET_ASIDE_MARKERS, type AnalysedQuestion, type QuestionWord } from './question';

/** Words that shape a question rather than say what it is about ("what kind of backing…"). */
const GENERIC_QUESTION_WORDS = new Set([
  'kind',
  'type',
  'sort',
  'way',
  'thing',
  'things',
  'part',
  'aspect',
  // Partitives: "the _rest_ of the world" is about the world.
  'rest',
  'remainder',
  'majority',
  'bulk',
  // …as are "members", wherever they stand: "_members_ of Bazoum's family" are the family's.
  'member',
  'exactly',
  // What the bot gives anyway: "Give me the State Dept _quote_ about…" asks what was said.
  'quote',
  'quotes',
  'quotation',
  'quotations',
  'excerpt',
  // How near a figure is asked: "_approximately_ what magnitude…" asks the figure.
  'approximately',
  'roughly',
  // Emphasis asks nothing more: "who _actually_ arrested Bazoum" asks who arrested him.
  'actually',
  'really',
  'truly',
  'indeed',
  'literally',
  'genuinely',
  'basically',
  'definitely',
  'certainly',
  // Indefinite pronouns stand for whatever is asked: "Did Blinken commend Bazoum for _anything_?"
  'anything',
  'something',
  'everything',
  'nothing',
  'anyone',
  'someone',
  'everyone',
  'anybody',
  'somebody',
  'everybody',
  'nobody',
  // Anyone at all: "the _guys_ who did the coup" are whoever did it.
  'guy',
  'guys',
  'folks',
  // What sets something aside ("_Besides_ security, what…", "_beyond_ his own borders", "in
  // _addition_ to") is no word of what is asked.
  ...SET_ASIDE_MARKERS.flat(),
]);

/**
 * Verbs that shape a question rather than say what it is about, as lemmas, so that every form of
 * one is ("what _happens_ if…", "when troops _come_ in").
 */
const GENERIC_QUESTION_VERBS: ReadonlySet<string> = new Set([
  'happen',
  'occur',
  // Light verbs: "make an announcement" is about the announcement.
  'make',
  'take',
  'go',
  'come',
  'put',
  'become',
  // Verbs of describing: "How did the statement _describe_ the talks?" asks for the words used
  // ("at an impasse"), which seldom come with the verb itself.
  'describe',
  'characterise',
  'characterize',
  'portray',
  'depict',
]);

/**
 * Whether a question names anything to ask about: a name, or a noun or verb that does more than
 * shape the question. "however", "besides" or "according" alone ask nothing, though some passage
 * is always loosely like them.
 */
export function asksAboutSomething(question: AnalysedQuestion): boolean {
  return question.words.some(
    (word) =>
      word.isName ||
      (!isGeneric(word) &&
        !isPointer(word) &&
        (word.partOfSpeech === null || ['NOUN', 'VERB', 'PROPN', 'NUM'].includes(word.partOfSpeech))),
  );
}

/** Words that point at where an answer is found ("_according_ to…"), not at what is asked. */
const POINTERS: ReadonlySet<string> = new Set(['according']);

/** Whether a word points at where an answer is found ("_according_ to the statement"). */
export function isPointer(word: { readonly word: string }): boolean {
  return POINTERS.has(word.word);
}

/**
 * Nouns that shape a question, not as verbs: "on the economic _side_" asks about the economy, but
 * to "_side_ with the coup leaders" is what is asked.
 */
const GENERIC_QUESTION_NOUNS: ReadonlySet<string> = new Set(['side']);

/** A word that shapes the question rather than says what it is about ("aspects" as "aspect"). */
export function isGeneric(word: QuestionWord): boolean {
  return (
    word.light ||
    (word.partOfSpeech !== 'VERB' && GENERIC_QUESTION_NOUNS.has(nounLemma(word.word))) ||
    GENERIC_QUESTION_WORDS.has(word.word) ||
    GENERIC_QUESTION_WORDS.has(nounLemma(word.word)) ||
    GENERIC_QUESTION_VERBS.has(verbLemma(word.word))
  );
}
