import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { termOf, tokensOf } from './analysis';
import { datelineOf } from './dateline';
import { isCapitalTerm } from './paraphrases';
import { countryNamed } from '../actors/places';
import { clausesOf } from './clauses';
import { actorIdOfMention, mentionsIn } from './actorTerms';
import { spansLife } from './eventVerbs';
import { isGeneric } from './genericWords';
import { compoundEndOnlyTermsOf, nameOnlyTermsOf, termsInAndOutside } from './nameOnlyTerms';
import { perSentence } from './perSentence';
import { TUNING } from './tuning';
import { cosine } from './wordVectors';
import type { WeightedWord } from './weightedWord';
import { NO_ROLE_PART, type RolePartMatch } from './roleCompounds';

/**
 * How much of the question's weight a sentence carries: an exact term counts fully; a related or
 * similar word, a term of the article's title, or a fuzzy (typo) match counts partly. `soft` says
 * whether the sentence answers; `ranking` is the same but for a mention of an actor a word names
 * ("He asked…" for "Blinken"), which counts as the name itself there.
 */
export function coverageOf(
  library: Library,
  sentence: Sentence,
  words: readonly WeightedWord[],
  matchedQueryTerms: readonly string[],
  asksTime = false,
  /**
   * Terms a word inside a name does not meet: the asked category's when it is no kind of actor
   * ("state", not "department"), and a focus verb's ("commands" is not the army _command_).
   */
  notMetInNames: ReadonlySet<string> = new Set(),
  /** How the sentence stands to each word of a role of several words (see `rolePartsOf`). */
  rolePart: (wordIndex: number, sentenceId: number) => RolePartMatch = () => NO_ROLE_PART,
): { soft: number; ranking: number; firm: number[]; met: number[] } {
  const terms = library.termsBySentence[sentence.id] as ReadonlySet<string>;
  // A dateline says where the story was filed, not always where things happened: "in the capital"
  // is not met by "Washington:" opening a story that names Niamey.
  const dateline = datelineOnlyTermsOf(library, sentence.id);
  const paraphrased = (term: string): boolean => terms.has(term) && !dateline.has(term);
  const title = library.titleTerms.get(sentence.articleId);
  let soft = 0;
  let ranking = 0;
  // The kind of answer asked for ("What _state_ were the talks in?") is met by no word of a name
  // ("the United States", "State Department"), nor is what someone is asked to have done.
  const onlyInNames = (term: string): boolean => nameOnlyTermsOf(library, sentence.id).has(term);
  // Nor is a verb met by the end of a compound describing a noun ("the _civilian-led_ government"
  // for "Who _leads_ the talks?").
  const notMet = (term: string): boolean =>
    notMetInNames.has(term) && (onlyInNames(term) || compoundEndOnlyTermsOf(library, sentence.id).has(term));
  // `firm` leaves out loose vector matches: abstention trusts exact, title, WordNet and close neighbours.
  // `met` is how far each word counts in `soft`.
  const met: number[] = [];
  const firm = words.map((word, index) => {
    const role = rolePart(index, sentence.id);
    // Asked when, a biography's life span says when its subject was born and died, without the verb.
    if (
      (terms.has(word.term) && !word.stemOnly && !notMet(word.term) && !role.inAnotherRole) ||
      (asksTime && spansLife(word.word, sentence))
    ) {
      soft += word.weight;
      ranking += word.rankingWeight;
      met[index] = 1;
      return 1;
    }
    let listed = title?.has(word.term) ? TUNING.titleWeight : 0;
    // A sentence naming the role a word is part of ("President" is a head of state) meets the word.
    if (role.named) listed = Math.max(listed, TUNING.namedRoleWeight);
    // A sentence that mentions the actor a word names ("He asked…" for "Blinken") matches the word.
    const mentioned = library.actorsBySentence[sentence.id] ?? [];
    const mentions = word.actors.size > 0 && mentioned.some((id) => word.actors.has(id));
    if (mentions) listed = Math.max(listed, TUNING.actorMentionWeight);
    let near = 0;
    const meet = (term: string, weight: number): void => {
      if (word.wordNetTerms.has(term) || weight >= TUNING.similarWeight * TUNING.firmSimilarity) {
        listed = Math.max(listed, weight);
      }
      if (word.claimedSenseTerms.has(term) && saidWithAnotherWord(sentence.text, term, word, words)) {
        listed = Math.max(listed, TUNING.claimedSenseMatch);
      }
      near = Math.max(near, weight);
    };
    for (const [term, weight] of word.alternatives) if (paraphrased(term)) meet(term, weight);
    // Another question word's term stands for this one too where the sentence says it twice, once
    // in a mention of an actor ("_the military's_ statement … foreign _military_ intervention").
    for (const [term, weight] of word.sharedAlternatives) {
      if (paraphrased(term) && saysForAnActorAndElsewhere(library, sentence, term)) meet(term, weight);
    }
    const partial = Math.max(
      listed,
      near,
      matchedQueryTerms.includes(word.term) && !word.stemOnly && !role.inAnotherRole ? TUNING.fuzzyWeight : 0,
      TUNING.similarWeight * similarityInSentence(library, sentence, word, role.inAnotherRole),
    );
    soft += word.weight * partial;
    met[index] = partial;
    // A common noun naming an actor ("the general" for Tiani) ranks a sentence by that actor only:
    // its word neighbours ("secretary" ~ general) are other people.
    const byActorOnly = word.actors.size > 0 && !word.isName;
    const inTitle = title?.has(word.term) ? TUNING.titleWeight : 0;
    // A speech act standing for its speaker ("_The announcement_ came…") is a mention of less
    // weight: the sentence is about the act, not about whom the question names.
    const mentionWeight =
      mentions &&
      mentionsIn(library, sentence.id)
        .filter((mention) => word.actors.has(actorIdOfMention(library, mention) ?? ''))
        .every((mention) => mention.rule === 'announcer')
        ? TUNING.announcerMentionRankingWeight
        : TUNING.actorMentionRankingWeight;
    ranking +=
      word.rankingWeight * (mentions ? Math.max(partial, mentionWeight) : byActorOnly ? inTitle : partial);
    return listed;
  });
  return { soft, ranking, firm, met };
}

/**
 * Whether a less common sense's word stands in a clause with another of the claim's words: "those
 * _detaining_ Bazoum" is not said of "the US secretary" who expresses regret in another clause.
 */
function saidWithAnotherWord(
  text: string,
  term: string,
  word: WeightedWord,
  words: readonly WeightedWord[],
): boolean {
  return clausesOf(text).some(
    ({ terms }) =>
      terms.has(term) &&
      words.some(
        (other) =>
          other !== word &&
          !isGeneric(other) &&
          (terms.has(other.term) || [...other.wordNetTerms].some((related) => terms.has(related))),
      ),
  );
}

/**
 * The best similarity between a word and the sentence's words, or 0 below the threshold. Not its
 * own word where that is part of another thing ("State" in "Secretary of State" for "head of state").
 */
function similarityInSentence(
  library: Library,
  sentence: Sentence,
  word: WeightedWord,
  ownWordIsAnother: boolean,
): number {
  const vectors = library.vectors;
  const vector = vectors?.vectorOf(word.word);
  if (!vectors || !vector) return 0;
  let best = 0;
  const ruledOut = ruledOutWordsOf(word);
  for (const other of library.wordsBySentence[sentence.id] ?? []) {
    if (ruledOut?.(other) || (ownWordIsAnother && termOf(other) === word.term)) continue;
    const otherVector = vectors.vectorOf(other);
    if (otherVector) best = Math.max(best, cosine(vector, otherVector));
  }
  // Rescaled so that the threshold counts 0 and identity 1: a long sentence always holds some word
  // loosely similar to anything, and that must not add up.
  return best >= TUNING.similarMinSimilarity
    ? (best - TUNING.similarMinSimilarity) / (1 - TUNING.similarMinSimilarity)
    : 0;
}

/**
 * Whether a sentence word is ruled out as a neighbour of a question word (an antonym, or another of
 * the question's words), or undefined when none is. Memoised per question word: sentences share
 * their words, and stemming each of them for every candidate was a sixth of a question's time.
 */
function ruledOutWordsOf(word: WeightedWord): ((other: string) => boolean) | undefined {
  if (word.antonymTerms.size === 0 && word.othersTerms.size === 0) return undefined;
  let memo = RULED_OUT.get(word);
  if (!memo) RULED_OUT.set(word, (memo = new Map()));
  const known = memo;
  return (other) => {
    let out = known.get(other);
    if (out === undefined) {
      const term = termOf(other) ?? '';
      out = word.antonymTerms.has(term) || word.othersTerms.has(term);
      known.set(other, out);
    }
    return out;
  };
}

const RULED_OUT = new WeakMap<WeightedWord, Map<string, boolean>>();

/**
 * The capitals a sentence names only in the dateline it opens with ("Washington: …"), where the
 * dateline names no country and its article places something in another capital ("in Niamey"):
 * the capital things happened in is that one. A wire filed from where it happened ("NIAMEY, Niger
 * (AP) — Soldiers…") names its country.
 */
const datelineOnlyTermsOf = perSentence((library, sentenceId): ReadonlySet<string> => {
  const sentence = library.sentences[sentenceId];
  const dateline = sentence ? datelineOf(sentence) : null;
  if (!sentence || dateline === null || namesCountry(dateline)) return new Set<string>();
  const rest = new Set(tokensOf(sentence.text.slice(dateline.length)).map(termOf));
  const onlyInDateline = tokensOf(dateline)
    .map(termOf)
    .filter((term): term is string => term !== null && isCapitalTerm(term) && !rest.has(term));
  const placesAnother = (library.sentencesByArticle.get(sentence.articleId) ?? []).some((id) =>
    [...(library.sentences[id]?.text ?? '').matchAll(PLACED_IN)].some((match) => {
      const term = termOf(match[1] as string);
      return term !== null && isCapitalTerm(term) && !onlyInDateline.includes(term);
    }),
  );
  return new Set(placesAnother ? onlyInDateline : []);
});

/** A name after a preposition of place: "in _Niamey_", "from _Washington_". */
const PLACED_IN = /\b(?:in|at|from|to|into|near|outside)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** Whether a dateline names a country ("NIAMEY, _Niger_ (AP) —"). */
function namesCountry(dateline: string): boolean {
  const words = tokensOf(dateline);
  return words.some(
    (word, at) =>
      countryNamed(word) !== undefined ||
      (at + 1 < words.length && countryNamed(`${word} ${words[at + 1] as string}`) !== undefined),
  );
}

/**
 * Whether a sentence has a term both in a mention of an actor (by name, title or role: "the
 * _military's_ statement") and outside every mention.
 */
function saysForAnActorAndElsewhere(library: Library, sentence: Sentence, term: string): boolean {
  const { inside, outside } = mentionTermsOf(library, sentence.id);
  return inside.has(term) && outside.has(term);
}

/** A sentence's terms inside and outside its mentions of actors. */
const mentionTermsOf = perSentence((library, sentenceId) => {
  const sentence = library.sentences[sentenceId];
  return sentence
    ? termsInAndOutside(sentence, mentionsIn(library, sentenceId))
    : { inside: new Set<string>(), outside: new Set<string>() };
});
