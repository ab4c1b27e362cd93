import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import type { Actor } from '../actors';
import { KIND_CATEGORIES } from '../actors/lexicon';
import { countryNamed, isPlace } from '../actors/places';
import type { AnalysedQuestion } from './question';
import { actorByIdOf } from './actorTerms';
import { TUNING } from './tuning';
import { nounsOf } from './sentenceNouns';

/**
 * Kinds whose members an article names, places and news outlets (WordNet knows Niger is a country;
 * the actor table knows CNN is an outlet): a sentence naming none but those the question names
 * does not answer "Which _countries_…", "Which TV _channel_…". For other kinds of actor the
 * articles often say it in words of their own ("the presidential guard" is neither a group nor a
 * force to WordNet): a sentence naming none of the kind may still answer.
 */
export const NAMED_CATEGORIES: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'bloc',
  'outlet',
  'network',
  'channel',
  'station',
  'broadcaster',
  'newspaper',
  'publication',
]);

/** What a sentence must name to say how something was made known (WordNet: television, radio, press…). */
export const MEDIUM_CATEGORY = 'medium';

/**
 * Categories whose members are named ("Which _outlet_…" → CNN, "Which _countries_…" → Niger): the
 * kinds of actor, and places that act as they do. (Measured with and without "leader": the same
 * unanswerables flagged, one more answerable declined.)
 */
export const ENTITY_CATEGORIES: ReadonlySet<string> = new Set([
  ...Object.values(KIND_CATEGORIES).flat(),
  ...NAMED_CATEGORIES,
]);

/**
 * "Which _country's_ president was detained?" asks for a country through what it owns, which a
 * sentence may name in a word of its own ("Nigerien President Bazoum").
 */
export function ownsInQuestion(question: AnalysedQuestion, category: string): boolean {
  return question.tagged.some(
    (token, at) =>
      nounLemma(token.text.toLowerCase()) === category &&
      /^['’]s?$/.test(question.tagged[at + 1]?.text ?? ''),
  );
}

/** The actors and the words a question names: not what it asks for. */
export interface NamedInQuestion {
  readonly actors: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/**
 * Whether a sentence may answer "Which <category>…": it names one the question does not (an actor
 * or word of that kind, see `namesKindOf`), or, for a kind not always named (see
 * `NAMED_CATEGORIES`), none of the kind at all, which it may give in words of its own.
 */
export function namesAnotherOf(
  library: Library,
  sentence: Sentence,
  category: string,
  named: NamedInQuestion,
): boolean {
  if (namesKindOf(library, sentence.id, category, named)) return true;
  return !NAMED_CATEGORIES.has(category) && !namesKindOf(library, sentence.id, category);
}

/**
 * The words for a group the actor table knows ("body", "junta", "network"…): a question asking
 * such a group's name asks for one the article gives it.
 */
export const GROUP_CATEGORIES: ReadonlySet<string> = new Set(
  Object.entries(KIND_CATEGORIES).flatMap(([kind, categories]) => (kind === 'person' ? [] : categories)),
);

/**
 * Whether a sentence names an actor of the kind a group's word names ("junta" → an army, "network"
 * → an outlet), not a country or a place, that the question does not name.
 */
export function namesGroupNotAsked(
  library: Library,
  id: number,
  category: string | null,
  named: NamedInQuestion,
): boolean {
  return category !== null && groupsNotAskedIn(library, id, category, named).length > 0;
}

/**
 * Whether a sentence names, by its name, an actor of the kind a group's word names that the
 * question does not ("…, US State Department said" for "Which government agency…"): not one it
 * only speaks for ("…, the statement added"), nor a country or a place.
 */
export function namesGroupByName(
  library: Library,
  id: number,
  category: string,
  named: NamedInQuestion,
): boolean {
  return groupsNotAskedIn(library, id, category, named).some((actor) =>
    actor.mentions.some((mention) => mention.sentenceId === id && mention.rule === 'name'),
  );
}

/** The actors of a group's kind a sentence mentions that the question does not name, not countries or places. */
function groupsNotAskedIn(library: Library, id: number, category: string, named: NamedInQuestion): Actor[] {
  return actorsOfKindIn(library, id, category).filter(
    (actor) => !named.actors.has(actor.id) && countryNamed(actor.name) === undefined && !isPlace(actor.name),
  );
}

/**
 * Whether a sentence names something of a category: an actor of that kind ("CNN" for "which news
 * outlet", Bazoum for "which figures"), or a word WordNet has under it ("television" is a medium).
 * Inflected verbs are not read as nouns: "saying" is not a kind of language here. What `named`
 * holds (the question's own actors and words) does not count.
 */
export function namesKindOf(
  library: Library,
  id: number,
  category: string | null,
  named: NamedInQuestion | null = null,
): boolean {
  if (category === null) return false;
  if (actorsOfKindIn(library, id, category).some((actor) => !(named?.actors.has(actor.id) ?? false)))
    return true;
  return (library.wordsBySentence[id] ?? []).some(
    (word) => !(named?.words.has(word) ?? false) && isWordOfKind(library, word, category),
  );
}

/**
 * "What _phrase_ did Tiani use…", "What _words_…": asked for the words someone used, a sentence
 * quoting words within it (the desire to “preserve our homeland”) gives some, when it speaks of
 * whoever the question names (see `quotesWordsOf`).
 */
export const QUOTATION_CATEGORIES: ReadonlySet<string> = new Set([
  'phrase',
  'word',
  'expression',
  'wording',
  'quote',
  'quotation',
  'slogan',
  'term',
]);

/**
 * Words quoted after others in a sentence: “…”, "…" or ‘…’ after a word, a number, a comma, a colon,
 * a dash or a bracket. (A sentence opening with its quote is a statement given whole.)
 */
const QUOTES_WORDS = /[\p{L}\p{N},:(—–-]\s*[“"‘][^”"’]{3,}[”"’]/u;

/**
 * Whether a sentence quotes words within it (or, asked for words or a quote by `category`, gives a
 * statement whole) and, if the question names anyone, mentions one of them: "What phrase did the
 * military use?" is not met by Tiani's words.
 */
export function quotesWordsOf(
  library: Library,
  id: number,
  named: ReadonlySet<string>,
  category: string | null = null,
): boolean {
  const text = library.sentences[id]?.text ?? '';
  // Asked for someone's words or a quote, not a phrase or a term, a statement given whole has them.
  const givesWhole = WHOLE_QUOTE_CATEGORIES.has(category ?? '') && WHOLE_QUOTE.test(text);
  if (!QUOTES_WORDS.test(text) && !givesWhole) return false;
  return named.size === 0 || (library.actorsBySentence[id] ?? []).some((actorId) => named.has(actorId));
}

/** Categories asking for words that a statement quoted whole gives ("What words did the statement use…"). */
const WHOLE_QUOTE_CATEGORIES: ReadonlySet<string> = new Set(['word', 'wording', 'quote', 'quotation']);
/** A sentence opening with its quote: a statement given whole. */
const WHOLE_QUOTE = /^\s*[“"‘][^”"’]{3,}[”"’]/u;

/** The actors a sentence mentions whose kind a category names ("outlet" → CNN). */
export function actorsOfKindIn(library: Library, id: number, category: string): Actor[] {
  const byId = actorByIdOf(library);
  return (library.actorsBySentence[id] ?? [])
    .map((actorId) => byId.get(actorId))
    .filter(
      (actor): actor is Actor =>
        actor !== undefined &&
        (KIND_CATEGORIES[actor.kind].includes(category) ||
          // "Tiani, a Niger _general_", "the presidential _guard_": one of the kind its role or name ends in.
          [actor.name, ...actor.roles.map((role) => role.text)].some(
            (text) => nounLemma(text.split(/\s+/).at(-1)?.toLowerCase() ?? '') === category,
          )),
    );
}

/**
 * Whether a sentence uses as a noun one of `kinds` (lemmas): "members of his own presidential
 * _guard_" for what "bodyguards" are a kind of. (Tagged only once it has such a word.)
 */
export function usesNounOfKinds(library: Library, id: number, kinds: ReadonlySet<string>): boolean {
  if (kinds.size === 0 || !(library.wordsBySentence[id] ?? []).some((word) => kinds.has(nounLemma(word)))) {
    return false;
  }
  return nounsOf(library, id).some((noun) => noun.pos === 'NOUN' && kinds.has(noun.lemma));
}

/**
 * What WordNet makes a noun a kind of, less the kinds of too many nouns to tell anything
 * ("individual", "statement", "force"): "bodyguard" → guard, detachment, not someone.
 */
export function specificKindsOf(library: Library, lemma: string): Set<string> {
  const spread = kindSpreadOf(library);
  return new Set(
    (library.kinds?.get(lemma) ?? []).filter((kind) => (spread.get(kind) ?? 0) <= TUNING.maxKindSpread),
  );
}

/** How many nouns each kind is a kind of, counted once per library's WordNet table. */
function kindSpreadOf(library: Library): ReadonlyMap<string, number> {
  const kinds = library.kinds;
  if (!kinds) return new Map();
  let spread = KIND_SPREAD.get(kinds);
  if (!spread) {
    const counts = new Map<string, number>();
    for (const listed of kinds.values())
      for (const kind of listed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    KIND_SPREAD.set(kinds, (spread = counts));
  }
  return spread;
}

const KIND_SPREAD = new WeakMap<object, ReadonlyMap<string, number>>();

/** Whether WordNet has a (lower-case) word under a category: "television" is a medium. */
export function isWordOfKind(library: Library, word: string, category: string): boolean {
  const kinds = library.kinds;
  if (!kinds) return false;
  let known = KIND_WORDS.get(library);
  if (!known) KIND_WORDS.set(library, (known = new Map()));
  // Sentences share their words: each is looked up once per category.
  const key = `${category} ${word}`;
  let names = known.get(key);
  if (names === undefined) {
    names =
      (verbLemma(word) === word || nounLemma(word) !== word) &&
      (kinds.get(nounLemma(word))?.includes(category) ?? false);
    if (known.size >= 100_000) known.clear();
    known.set(key, names);
  }
  return names;
}

const KIND_WORDS = new WeakMap<Library, Map<string, boolean>>();
