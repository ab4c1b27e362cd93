import { verb as verbLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import type { QuestionWord } from './question';
import { termOf } from './analysis';
import { COUNTRIES, countryOfDemonym } from '../actors/places';
import { TUNING } from './tuning';
import { cosine, QUANT } from './wordVectors';
import { lemmasOf, listedFor } from './wordNetLookup';
import type { WeightedWord } from './weightedWord';
import type { Token } from '../text/taggedTokens';

/**
 * The terms that may stand for a question word: WordNet's related words ("commend" → praise) and
 * the corpus words nearest in the vector space ("army" → military), each with a weight below 1.
 */
export function alternativesOf(library: Library, word: QuestionWord): ReadonlyMap<string, number> {
  // A library never changes, so a word's alternatives in it never do: questions share many words.
  let memo = ALTERNATIVES.get(library);
  if (!memo) ALTERNATIVES.set(library, (memo = new Map()));
  const known = memo.get(word.word);
  if (known) return known;
  const alternatives = computeAlternatives(library, word);
  if (memo.size >= ALTERNATIVES_PER_LIBRARY) memo.clear();
  memo.set(word.word, alternatives);
  return alternatives;
}

const ALTERNATIVES = new WeakMap<Library, Map<string, ReadonlyMap<string, number>>>();

const ALTERNATIVES_PER_LIBRARY = 20_000;

function computeAlternatives(library: Library, word: QuestionWord): Map<string, number> {
  const alternatives = new Map<string, number>();
  const antonyms = antonymTermsOf(library, word);
  const offer = (term: string | null, weight: number): void => {
    if (term && term !== word.term && !antonyms.has(term) && weight > (alternatives.get(term) ?? 0)) {
      alternatives.set(term, weight);
    }
  };
  for (const [term, similarity] of wordNetSimilaritiesOf(library, word)) {
    offer(
      term,
      similarity === null
        ? TUNING.relatedWeight
        : TUNING.relatedBase + TUNING.relatedSlope * Math.max(0, similarity),
    );
  }
  // A demonym speaks of its country, as WordNet's related words do: "Nigerien" → Niger. (Its
  // other names too, "American" → "US", took one question out of the top 3.)
  const country = countryOfDemonym(word.word);
  if (country && !/\s/.test(country.name)) offer(termOf(country.name), TUNING.relatedWeight);
  // A less common sense's word ("hold" → detention) helps rank, weighing less than a firm match:
  // it adds to coverage, and meets the unseen focus only as a claimed passive verb's (see
  // `claimedSenseTerms`).
  for (const term of listedFor(library.rarelyRelated, word).values()) offer(term, TUNING.rareSenseWeight);
  const vector = library.vectors?.vectorOf(word.word);
  if (vector) {
    const near: { term: string; similarity: number }[] = [];
    const { terms, vectors, dimensions } = library.vocabulary;
    const threshold = TUNING.expansionMinSimilarity * QUANT * QUANT;
    for (let row = 0, offset = 0; row < terms.length; row += 1, offset += dimensions) {
      let dot = 0;
      for (let i = 0; i < dimensions; i += 1) dot += (vector[i] as number) * (vectors[offset + i] as number);
      if (dot >= threshold && terms[row] !== word.term) {
        near.push({ term: terms[row] as string, similarity: dot / (QUANT * QUANT) });
      }
    }
    near.sort((a, b) => b.similarity - a.similarity);
    for (const { term, similarity } of near.slice(0, TUNING.expansionsPerWord)) {
      offer(term, TUNING.similarWeight * similarity);
    }
  }
  return alternatives;
}

/**
 * The focus with no other word of the question among its paraphrases: a passage word stands for one
 * question word. "Who was _mediating_ the _negotiations_?" is not half met by "negotiations"
 * (WordNet has "negotiate" for "mediate"), nor "Did Tiani blame foreign _troops_ for the
 * deteriorating _security_ situation?" by "security" (troops ~ security in the vectors): that word
 * is the question's own, and says nothing of a mediator or of troops. Nor "the _capital_,
 * _Niamey_" twice by "Niamey". Only two verbs may share one ("quoted as _saying_"): they restate one
 * predicate, which one passage word meets. A focus in a lead-in keeps them all: the lead-in's
 * words name one source together ("the _official statement_"). The ones left out are kept apart
 * (`sharedAlternatives`): a passage saying such a word twice has one for each.
 */
export function withoutOthersWords(focus: WeightedWord, words: readonly WeightedWord[]): WeightedWord {
  if (focus.leadIn) return focus;
  const bothVerbs = (word: WeightedWord): boolean =>
    word.partOfSpeech === 'VERB' && focus.partOfSpeech === 'VERB';
  const others = new Set(words.filter((word) => word !== focus && !bothVerbs(word)).map((word) => word.term));
  return {
    ...focus,
    othersTerms: others,
    alternatives: new Map([...focus.alternatives].filter(([term]) => !others.has(term))),
    sharedAlternatives: new Map([...focus.alternatives].filter(([term]) => others.has(term))),
    wordNetTerms: new Set([...focus.wordNetTerms].filter((term) => !others.has(term))),
  };
}

export function wordNetTermsOf(library: Library, word: QuestionWord): Set<string> {
  return new Set(listedFor(library.related, word).values());
}

/**
 * A question word with the verbs WordNet files apart that a passage may use for it (see
 * `VERBS_FILED_APART`) among its alternatives and WordNet's terms, where the question uses it as
 * a verb: not after "have" or a determiner ("have _contact_ with", "the _call_"), which the tagger
 * may still call a verb. Done per question, not in the alternatives kept per word.
 */
export function withVerbsFiledApart(
  tagged: readonly Token[],
  word: QuestionWord,
  alternatives: ReadonlyMap<string, number>,
  wordNetTerms: ReadonlySet<string>,
): { alternatives: ReadonlyMap<string, number>; wordNetTerms: ReadonlySet<string> } {
  const verbs = VERBS_FILED_APART.get(verbLemma(word.word.toLowerCase())) ?? [];
  const at = tagged.findIndex((token) => token.text.toLowerCase() === word.word);
  const before = tagged[at - 1]?.text.toLowerCase() ?? '';
  if (verbs.length === 0 || tagged[at]?.pos !== 'VERB' || NOT_BEFORE_A_VERB.test(before)) {
    return { alternatives, wordNetTerms };
  }
  const terms = verbs.flatMap((verb) => {
    const term = termOf(verb);
    return term === null || term === word.term ? [] : [term];
  });
  return {
    alternatives: withTermsAt(alternatives, terms, TUNING.relatedWeight),
    wordNetTerms: new Set([...wordNetTerms, ...terms]),
  };
}

/** Words a verb does not follow: a form of "have" or a determiner. */
const NOT_BEFORE_A_VERB = /^(?:have|has|had|having|a|an|the|this|that|any|no|some|his|her|its|their)$/;

/** Verbs of saying again: "reaffirm" is affirming to WordNet, "reiterate" repeating. */
const SAYING_AGAIN: readonly string[] = ['reaffirm', 'reiterate', 'restate', 'reassert', 'repeat'];

/** Verbs of keeping something from happening: WordNet makes each a kind of "prevent", apart. */
const PREVENTING: readonly string[] = ['prevent', 'avert', 'avoid', 'thwart', 'forestall'];

/**
 * Verbs WordNet files apart that a passage may use for a question's: saying again ("Did Blinken
 * _reaffirm_ his support?" → "The Secretary _reiterated_… unflagging support"), keeping something
 * from happening ("_avoiding_ bloodshed" → "in a bid to _thwart_ bloodshed"), and getting in
 * touch, done by speaking ("Was Issoufou _contacted_ by Blinken?" → "Blinken _spoke_ to…"; one
 * way only: "calling for" is no contact).
 */
const VERBS_FILED_APART: ReadonlyMap<string, readonly string[]> = new Map([
  ...[SAYING_AGAIN, PREVENTING].flatMap((group) =>
    group.map((verb): [string, readonly string[]] => [verb, group]),
  ),
  ['contact', ['speak', 'talk', 'phone', 'telephone', 'call']],
]);

/**
 * The index terms WordNet relates to a question word ("commend" → praise), each with the cosine of
 * its vector to the question word's (null without vectors). WordNet lists every sense alike ("hold"
 * → have, keep, detain); the vectors tell which sense the corpus's words are near.
 */
function wordNetSimilaritiesOf(library: Library, word: QuestionWord): Map<string, number | null> {
  const similarities = new Map<string, number | null>();
  const vector = library.vectors?.vectorOf(word.word);
  for (const [related, term] of listedFor(library.related, word)) {
    const relatedVector = vector ? library.vectors?.vectorOf(related) : undefined;
    const similarity = vector && relatedVector ? cosine(vector, relatedVector) : null;
    const known = similarities.get(term);
    if (known === undefined || (similarity ?? -1) > (known ?? -1)) similarities.set(term, similarity);
  }
  return similarities;
}

export function antonymTermsOf(library: Library, word: QuestionWord): Set<string> {
  return new Set(listedFor(library.antonyms, word).values());
}

/** The index terms of the stances opposite a word's ("opposed" → support, back…; see `STANCE_OPPOSITES`). */
export function stanceOppositesOf(word: Pick<QuestionWord, 'word'>): Set<string> {
  const opposites = new Set<string>();
  for (const lemma of lemmasOf(word.word)) {
    const opposite = STANCES_AGAINST.includes(lemma)
      ? STANCES_FOR
      : STANCES_FOR.includes(lemma)
        ? STANCES_AGAINST
        : [];
    for (const stance of opposite) {
      const term = termOf(stance);
      if (term !== null) opposites.add(term);
    }
  }
  return opposites;
}

/**
 * Stances against and for, which WordNet does not list as opposites ("oppose" has none) and the
 * vectors put side by side ("opposed" ~ "supporting"): "Why is the army _opposed_ to
 * intervention?" is not met by "the army … was _supporting_ the seizure". As lemmas.
 */
const STANCES_AGAINST: readonly string[] = [
  'oppose',
  'opposition',
  'reject',
  'rejection',
  'condemn',
  'condemnation',
  'resist',
];
const STANCES_FOR: readonly string[] = [
  'support',
  'back',
  'backing',
  'endorse',
  'endorsement',
  'favour',
  'favor',
  'welcome',
];

/**
 * A word's alternatives with the capitals the corpus names when the question speaks of a city or
 * capital as where something is or happened ("…about Bazoum _in the capital_?", "_In which city_…"):
 * a capital's name ("Niamey") is one. Not when it asks what a country's capital is ("What is the
 * capital of Niger?"): an article naming the city does not say it is the capital.
 */
export function withCapitalsNamed(
  library: Library,
  questionText: string,
  word: QuestionWord,
  alternatives: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  if (!SETTLEMENT_NOUNS.has(word.word) || !SETTLEMENT_AS_PLACE.test(questionText)) return alternatives;
  const named = CAPITAL_TERMS.filter((term) => library.documentFrequency.has(term));
  if (named.length === 0) return alternatives;
  return withTermsAt(alternatives, named, TUNING.relatedWeight);
}

/**
 * Seizing power, in the question's words ("the seizure of power", "seized power", "a power
 * grab"), is a coup (taking power is not: a prime minister takes power too): its words are met by
 * the articles' word for one ("the military _coup_", "the _takeover_"), below their own
 * ("supporting the _seizure_").
 */
export function withPowerSeizedAsCoup(
  library: Library,
  questionText: string,
  word: QuestionWord,
  alternatives: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  const seized = POWER_SEIZED.exec(questionText);
  if (!seized || !seized[0].toLowerCase().split(/\s+/).includes(word.word)) return alternatives;
  const named = COUP_TERMS.filter((term) => term !== word.term && library.documentFrequency.has(term));
  if (named.length === 0) return alternatives;
  return withTermsAt(alternatives, named, TUNING.relatedWeight);
}

const POWER_SEIZED =
  /\b(?:(?:seiz(?:e|es|ed|ing)|grab(?:s|bed|bing)?|snatch(?:es|ed|ing)?)\s+power|seizure\s+of\s+power|power\s+grab)\b/iu;

const COUP_TERMS: readonly string[] = ['coup', 'takeover', 'putsch'].flatMap((word) => termOf(word) ?? []);

/** Alternatives with these terms at least at this weight. */
function withTermsAt(
  alternatives: ReadonlyMap<string, number>,
  terms: readonly string[],
  weight: number,
): ReadonlyMap<string, number> {
  const more = new Map(alternatives);
  for (const term of terms) more.set(term, Math.max(more.get(term) ?? 0, weight));
  return more;
}

/** Nouns a capital's name is one of. */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['capital', 'capitals', 'city', 'cities']);

/** A city or capital as a place: after a preposition of place, or asked with "which" / "what". */
const SETTLEMENT_AS_PLACE =
  /\b(?:in|at|from|to|into|near|inside|outside|(?:which|what))\s+(?:(?:the|its|his|her|their|that|this|[\p{L}.-]+['’]s)\s+)?(?:capital|capitals|city|cities)\b/iu;

/** Whether an index term is a capital's name ("niamey"). */
export function isCapitalTerm(term: string): boolean {
  return CAPITAL_TERM_SET.has(term);
}

/** The index terms of the capitals of one word ("Niamey"; not "Buenos Aires"). */
const CAPITAL_TERMS: readonly string[] = COUNTRIES.flatMap((country) =>
  /^\p{L}+$/u.test(country.capital) ? [termOf(country.capital) ?? ''] : [],
).filter((term) => term !== '');

const CAPITAL_TERM_SET: ReadonlySet<string> = new Set(CAPITAL_TERMS);
