import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { kindOfHead } from '../actors/lexicon';
import { termOf } from './analysis';
import type { Token } from '../text/taggedTokens';
import type { WeightedWord } from './weightedWord';

/**
 * The words of a question that pick out which one of a kind it asks about ("the _previous_ coup",
 * "Niger's _next_ presidential election"), lower case: a word of `WHICH_ONE_WORDS` before the noun
 * it qualifies. Not before an actor's noun ("the _new_ strongman", "the _old_ government" describe
 * someone the articles name otherwise), nor without a noun ("a day _earlier_", "freed _later_ on":
 * a time, not which one). A word written twice counts if one of its uses does.
 */
export function whichOneWordsOf(library: Library, tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  tagged.forEach((token, at) => {
    const lower = token.text.toLowerCase();
    if (token.pos === 'VERB' || !WHICH_ONE_WORDS.has(lower)) return;
    // The noun it qualifies heads the run of describing words and nouns after it ("the previous
    // Niger _coup_", "the new military _leader_").
    let end = at + 1;
    while (['ADJ', 'NOUN', 'PROPN'].includes(tagged[end]?.pos ?? '')) end += 1;
    const nouns = tagged.slice(at + 1, end).filter((next) => next.pos === 'NOUN' || next.pos === 'PROPN');
    // A name typed in lower case after its role ("the new leader _tiani_") is no noun WordNet knows:
    // the role is the head.
    const head =
      nouns.length > 1 && !knownToWordNet(library, nouns.at(-1) as Token) ? nouns.at(-2) : nouns.at(-1);
    // "last week", "next month": a time, not which one of a kind.
    if (head !== undefined && !isActorNoun(library, head) && !TIME_UNIT.test(head.text)) words.add(lower);
  });
  // "the _first_ to condemn the coup", "the first one to…": which one did it first.
  tagged.forEach((token, at) => {
    const lower = token.text.toLowerCase();
    const to = /^(?:one|person|country|leader|official)$/i.test(tagged[at + 1]?.text ?? '') ? at + 2 : at + 1;
    if (
      ORDINALS_BEFORE_TO.has(lower) &&
      tagged[at - 1]?.text.toLowerCase() === 'the' &&
      tagged[to]?.text.toLowerCase() === 'to'
    )
      words.add(lower);
  });
  return words;
}

/** Words that pick out one of several by order, before "to" and a verb. */
const ORDINALS_BEFORE_TO: ReadonlySet<string> = new Set(['first', 'last', 'second', 'earliest']);

/** Nouns of a stretch of time: "_last week_" is a time, as "earlier" is. */
const TIME_UNIT =
  /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|times?|periods?)$/i;

function knownToWordNet(library: Library, token: Token): boolean {
  const lemma = nounLemma(token.text.toLowerCase());
  return (library.related?.has(lemma) ?? false) || (library.kinds?.has(lemma) ?? false);
}

/**
 * A name, or a noun for a person ("strongman") or a body that governs ("government", "regime",
 * "leadership"). (Not any organisation: "a new school" is which one. Nor a name typed in lower
 * case, read as a noun: its actor may be a film, "the original true grit".)
 */
function isActorNoun(library: Library, token: Token): boolean {
  if (token.pos === 'PROPN') return true;
  const lemma = nounLemma(token.text.toLowerCase());
  return (
    (library.personNouns?.has(lemma) ?? false) ||
    kindOfHead(lemma) !== undefined ||
    (library.kinds?.get(lemma) ?? []).some((kind) => ACTOR_NOUN_KINDS.has(kind))
  );
}

/** WordNet categories of nouns for bodies that act: "regime" (polity), "leadership" (body). */
const ACTOR_NOUN_KINDS: ReadonlySet<string> = new Set(['polity', 'body']);

/**
 * A word's own form and WordNet's words for that form, of any sense ("old" → former; "previous" →
 * old, former): not those of its other lemmas ("later" → late → former), nor vector neighbours,
 * which put words of a place in time beside each other ("previous" ~ "following").
 */
export function sameFormTermsOf(library: Library, word: WeightedWord): ReadonlySet<string> {
  const listed = [
    ...(library.related?.get(word.word) ?? []),
    ...(library.rarelyRelated?.get(word.word) ?? []),
  ];
  return new Set([word.term, ...listed.flatMap((related) => termOf(related) ?? [])]);
}

/** Words that pick out one of a kind by its place in time (see `Candidate.missesWhichOne`). */
const WHICH_ONE_WORDS: ReadonlySet<string> = new Set([
  'previous',
  'prior',
  'earlier',
  'next',
  'last',
  'upcoming',
  'later',
  'subsequent',
  'future',
  'past',
  'new',
  'former',
  'old',
  'original',
]);
