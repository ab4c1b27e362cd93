import { askedSpeakersOf, sentencesSpokenBy } from './askedSpeaker';
import { describedActors } from './describedActors';
import { ownCountryReferences } from './ownCountry';
import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { REASON_NOUNS, SET_ASIDE_MARKERS, type AnalysedQuestion, type QuestionWord } from './question';
import {
  answerTypeEvidence,
  CONTINUATION_EVIDENCE,
  givesConsequence,
  givesReasonOrPurpose,
  holdsPlace,
  PASSIVE_AUXILIARY,
  holdsAskedKind,
  statesDefiniteNumber,
} from './answerKind';
import { TUNING } from './tuning';
import { cosine, QUANT } from './wordVectors';
import { termOf, termsOf, tokensOf } from './analysis';
import { actorReferencesIn, headOf, type Actor } from '../actors';
import { actorByIdOf, actorTermsOf, BODY_KINDS, SELF_STANDING_KINDS } from './actorTerms';
import { KIND_CATEGORIES, kindOfHead } from '../actors/lexicon';
import { listedFor } from './wordNetLookup';
import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import { isStatement } from './statements';
import type { Token } from '../text/taggedTokens';
import { articlesUseWord } from './sameWord';
import { isAnotherEvents, spansLife } from './eventVerbs';
import { opensWithDateline } from './dateline';
import { countryNamed, countryOfDemonym, isPlace } from '../actors/places';

/** A sentence considered for the answer, with the evidence that ranks it. */
export interface Candidate {
  readonly sentence: Sentence;
  /** Share of the question's idf weight this sentence carries (exact, title, similar-word or fuzzy matches). */
  readonly coverage: number;
  /**
   * How well the sentence matches the question's focus (its first common noun or verb: "population" in
   * "What is the population of Niger?"), 0–1, or null when the corpus uses that word somewhere.
   * A focus the corpus never uses and the sentence does not paraphrase means the question is
   * about something the articles do not cover.
   */
  readonly unseenFocusMatch: number | null;
  /**
   * Whether the sentence holds the kind of answer asked for, strictly (a date for "when", a number
   * counting soldiers for "how many soldiers"): a passage without it does not answer.
   */
  readonly holdsAskedKind: boolean;
  /**
   * For a when / where / how-many question: the sentence lacks a verb of the question that its
   * article uses in another sentence ("When was Bazoum _elected_?" against "Bazoum was detained
   * two days ago"), so its time, place or number is another event's.
   */
  readonly missesAskedEvent: boolean;
  /**
   * The question picks out one of a kind by a word such as "previous", "next" or "new" ("Who led
   * the _previous_ coup?") that the sentence has in neither its form nor a word WordNet lists for
   * it: it speaks of another one (the coup it reports). See `whichOneWordsOf`.
   */
  readonly missesWhichOne: boolean;
  /**
   * The question's focus is a verb the articles use ("Who is _leading_ the negotiations…") and the
   * sentence has it in no form or paraphrase at all: whoever it names is not said to do it.
   */
  readonly missesFocusVerb: boolean;
  /**
   * The question is a claim to check, and names something the articles never call so that the
   * sentence does not speak of in any form or paraphrase ("Did the junta close Niger's _borders_?").
   */
  readonly missesClaimedNoun: boolean;
  /**
   * The question names a person, an organisation, an army or an outlet by name ("Is it true that
   * _Tiani_ commanded the guard?") and the sentence neither names nor mentions them (by pronoun,
   * title or role): it says nothing of them. (Not a government: a country is named in most
   * questions, and a sentence may speak of it as "Washington" or "American".)
   */
  readonly missesNamedActor: boolean;
  /**
   * How far it was ranked down for not being the words of whoever the question asks to have spoken
   * ("How did _Issoufou_ respond?": a sentence nobody asked speaks, credited with it or the subject
   * of its speech verb; `TUNING.weights.speakerMissing`), 0 if not. (A sentence lacking the unseen
   * focus is ranked down too, `TUNING.weights.focusMissing`; `unseenFocusMatch` tells it.)
   */
  readonly speakerSetAsideBy: number;
  readonly score: number;
}

/** A question word with its weight and the other terms that may stand for it, each with a weight ≤ 1. */
interface WeightedWord extends QuestionWord {
  readonly weight: number;
  /** The weight it ranks with: below `weight` when other words name the same actor (see `withRankingWeights`). */
  readonly rankingWeight: number;
  /** Actors the question names with this word ("Nigerien president" → Bazoum): their mentions match it. */
  readonly actors: ReadonlySet<string>;
  readonly alternatives: ReadonlyMap<string, number>;
  /** The alternatives WordNet lists (a firmer paraphrase than a vector neighbour). */
  readonly wordNetTerms: ReadonlySet<string>;
  /** WordNet's antonyms of the word: close in vector space ("old" ~ "new"), never a paraphrase. */
  readonly antonymTerms: ReadonlySet<string>;
  /**
   * The words of a claimed verb's less common senses ("Is Bazoum still being _held_?" → detention):
   * checking a claim, they vouch for it as firmly as a common sense's words do.
   */
  readonly claimedSenseTerms: ReadonlySet<string>;
  /** The articles have its index term only as another word ("unit" → "United"): that is no match. */
  readonly stemOnly: boolean;
  /**
   * Terms of the question's other words, never a paraphrase of this one (see `withoutOthersWords`):
   * empty but for the focus.
   */
  readonly othersTerms: ReadonlySet<string>;
}

type UnrankedWord = Omit<WeightedWord, 'rankingWeight'>;

/** Ranks the candidate sentences for a question, best first. */
export function rankSentences(
  library: Library,
  question: AnalysedQuestion,
  article: string | null,
): Candidate[] {
  const actorsOfTerm = actorsNamedBy(library, question, article);
  const readWords = withRankingWeights(
    strongestWords(library, question.words).map((word): UnrankedWord => ({
      ...word,
      actors: actorsOfTerm.get(word.term) ?? new Set<string>(),
      // A word that only shapes the question, the category the answer is named by ("What _state_
      // were the talks in?": "impasse", not "State Department"; not "What kind of _support_…",
      // answered by "unflagging support") and the scene a lead-in sets weigh less.
      weight:
        idf(library, word.term) *
        (isGeneric(word) || (nounLemma(word.word) === question.askedCategory && !question.askedSortOf)
          ? TUNING.genericWordWeight
          : 1) *
        (word.leadIn ? TUNING.leadInWeight : 1),
      alternatives: alternativesOf(library, word),
      wordNetTerms: wordNetTermsOf(library, word),
      antonymTerms: antonymTermsOf(library, word),
      claimedSenseTerms:
        question.asksWhether && word.partOfSpeech === 'VERB' && isPassiveIn(question.tagged, word.word)
          ? new Set(listedFor(library.rarelyRelated, word).values())
          : new Set<string>(),
      stemOnly: library.documentFrequency.has(word.term) && !articlesUseWord(library, word),
      othersTerms: new Set<string>(),
    })),
  );
  // "When / where / how long after did Tiani declare…" asks about the saying, not what was said.
  const askedSpeakers = ASKS_FOR_EVENT_DETAIL.has(question.answerType)
    ? new Set<string>()
    : askedSpeakersOf(library, question.text, actorsOfTerm);
  // "Who _claimed_ that…", "What did Tiani _accuse_ the government of?": a passage giving the
  // words of the one asked about, or of whoever is asked for, says it, in "said" or none ("…, he
  // said, did not give…"). What was said is the focus. (Not when nobody's words are checked: "What
  // did the State Department accuse Tiani of?" is not met by Tiani's own declaration.)
  const sayingIsChecked = askedSpeakers.size > 0 || question.answerType === 'person';
  const mayBeFocus = (word: WeightedWord): boolean =>
    !isGeneric(word) && canBeFocus(word) && !(sayingIsChecked && isSayingVerb(word));
  // A word no article uses, or only in another form of its stem ("elections" against "elected").
  const unseen = (word: WeightedWord): boolean => !library.documentFrequency.has(word.term) || word.stemOnly;
  const focusIndex = readWords.findIndex(mayBeFocus);
  const words = readWords.map((word, index) =>
    index === focusIndex ? withoutOthersWords(word, readWords) : word,
  );
  const focus = words[focusIndex];
  const hits = searchIndex(library, words, article);
  const bestScore = hits[0]?.score ?? 1;
  const lexicalById = new Map<number, { score: number; queryTerms: readonly string[] }>();
  for (const hit of hits.slice(0, TUNING.maxCandidates)) {
    lexicalById.set(hit.id as number, { score: hit.score, queryTerms: hit.queryTerms });
  }
  // Within one article every sentence is a candidate: one with no word in common still ranks.
  const ids = article === null ? [...lexicalById.keys()] : (library.sentencesByArticle.get(article) ?? []);
  const totalWeight = words.reduce((sum, word) => sum + word.weight, 0) || 1;
  const totalRankingWeight = words.reduce((sum, word) => sum + word.rankingWeight, 0) || 1;
  // A claim to check ("Did the junta close Niger's _borders_?") is confirmed only by a passage
  // that speaks of each thing it names: a noun the articles never use, met in no form or paraphrase,
  // is something the passage does not speak of.
  const claimedUnseenNouns = question.asksWhether
    ? words.flatMap((word, index) =>
        index !== focusIndex &&
        word.partOfSpeech === 'NOUN' &&
        mayBeFocus(word) &&
        !word.leadIn &&
        unseen(word)
          ? [index]
          : [],
      )
    : [];
  const whichOne = whichOneWordsOf(library, question.tagged);
  const whichOneTerms = words.flatMap((word) =>
    whichOne.has(word.word) ? [sameFormTermsOf(library, word)] : [],
  );
  // "Who is the _commander_ of the guard?" asks for whoever holds that role: a sentence not naming
  // it, in its own word ("command" is another) or a firm paraphrase, does not say who does.
  const focusIsAskedRole =
    focus !== undefined &&
    question.answerType === 'person' &&
    focus.partOfSpeech === 'NOUN' &&
    (library.personNouns?.has(nounLemma(focus.word)) ?? false);
  const focusIsUnseen = focus !== undefined && (unseen(focus) || focusIsAskedRole);
  // "Through which medium…": a sentence that names a medium ("television") matches the focus.
  const focusIsAskedCategory = focus !== undefined && nounLemma(focus.word) === question.askedCategory;
  // "What reasons…", "Tiani's motives?", "What objective…", "What was the aim of…": a sentence
  // giving a reason or a purpose ("motivated by", "work to ensure…") meets the focus.
  const asksReasonOrPurpose =
    focus !== undefined &&
    (PURPOSE_NOUNS.has(nounLemma(focus.word)) ||
      (question.answerType === 'reason' &&
        (focusIsAskedCategory || REASON_NOUNS.has(nounLemma(focus.word.toLowerCase())))));
  // "What is Tiani's rank?": a sentence giving a role of the actor asked about ("Tiani, a Niger
  // general,") states the rank, title or post, though it never says "rank".
  const asksRole = focus !== undefined && asksForRole(question.text, focus.word);
  // "What post did Tiani hold _before the coup_?": a role he holds now does not say.
  const asksEarlierRole = (asksRole || focusIsAskedCategory) && ASKS_EARLIER.test(question.text);
  const roles = asksRole
    ? rolesAskedOf(library, words, bodyRoleIsIn(library, question.text, words), asksEarlierRole)
    : null;
  const standsFor = standsForOf(library, words);
  // "Who took the president into custody?": "detained … by" names the doer of the asked event.
  const eventWords = words.filter(
    (word) =>
      (word.partOfSpeech === 'VERB' || word.partOfSpeech === 'NOUN') &&
      word.actors.size === 0 &&
      !isGeneric(word),
  );
  // A less common sense counts too ("holding the president" → detained … by), as it does to rank;
  // not beside a thing the event is of ("holding _talks_"), which sets the common sense.
  const rareEventTerms = new Set(
    eventWords.some((word) => word.partOfSpeech === 'NOUN')
      ? []
      : eventWords.flatMap((word) => [...listedFor(library.rarelyRelated, word).values()]),
  );
  const namesAskedEvent = (term: string): boolean =>
    rareEventTerms.has(term) || eventWords.some((word) => word.term === term || word.wordNetTerms.has(term));
  // An owner is not what is asked about: "Bazoum's government" may be "Niger's former government".
  // A claim to check names actors in common words too ("Is Tiani the commander of the _presidential
  // guard_?"), or by the role only one of them holds ("Did _the general_ speak with Blinken?"): a
  // passage confirms it only if it speaks of them.
  const namedActors = words.filter(
    (word) =>
      (word.isName ||
        (question.asksWhether &&
          (namesActorsByName(library, word) || namesPersonByBareRole(library, word, question.text)))) &&
      word.actors.size > 0 &&
      [...word.actors].every((actorId) => SELF_STANDING_KINDS.has(actorByIdOf(library).get(actorId)?.kind)) &&
      !new RegExp(String.raw`\b${word.word}['’]s\b`, 'iu').test(question.text),
  );
  const eventVerbs = ASKS_FOR_EVENT_DETAIL.has(question.answerType)
    ? words.flatMap((word, index) => (isEventVerb(word) ? [index] : []))
    : [];
  // "Which _countries_ threatened to intervene in Niger?" asks for countries other than those it
  // names. ("What channel is ShopNBC on?" asks for a number, not a named channel: "which" only.)
  const askedEntity =
    question.askedCategory !== null &&
    /\bwhich\b/i.test(question.text) &&
    ENTITY_CATEGORIES.has(question.askedCategory) &&
    !ownsInQuestion(question, question.askedCategory)
      ? question.askedCategory
      : null;
  // "Which specific world leaders _condemned_…", "Which world leaders _condemned_…": one of them
  // must be said to do it.
  const askedDoing =
    question.demandsSpecifics || question.asksForMembers ? doingAskedOf(question, words) : undefined;
  // Members are checked as specifics are: a passage must name one (doing what is asked).
  const checksSpecifics = question.demandsSpecifics || askedDoing !== undefined;
  const namedInQuestion: NamedInQuestion = {
    actors: new Set(words.flatMap((word) => [...word.actors])),
    words: new Set(words.map((word) => word.word)),
  };
  // "What is the name of the _junta_…", "…their ruling _body_": the name of a group of the kinds
  // the actor table knows (a body, an army, an outlet), not of a person, is one the passage gives
  // to an actor of that sort.
  const nameHead = question.nameAskedOf?.at(-1) ?? null;
  const asksNameOfThing =
    nameHead !== null &&
    GROUP_CATEGORIES.has(nameHead) &&
    !(question.nameAskedOf ?? []).some((word) => library.personNouns?.has(word) ?? false);
  // "Where is Bazoum being held?": the place must be said of what is asked, in its clause, not of
  // another ("… remains in detention and that negotiations to ensure constitutional order in Niger").
  const placeClauseTerms =
    question.answerType === 'place'
      ? words
          .filter((word) => !word.isName && word.actors.size === 0 && !isGeneric(word) && !word.leadIn)
          .map((word) => placeClauseTermsOf(library, word))
      : [];
  // "Is Bazoum still being held?": a sentence saying it remains ("remains in detention") answers
  // whether; "Why is he still held?" asks something else.
  const asksContinuation =
    question.asksContinuation && (question.asksWhether || question.answerType === 'other');
  const continuationClauseTerms = asksContinuation
    ? words
        .filter((word) => !isGeneric(word) && !word.leadIn)
        .map((word) => placeClauseTermsOf(library, word))
    : [];
  const candidates = ids.map((id): Candidate => {
    const sentence = library.sentences[id] as Sentence;
    const hit = lexicalById.get(id);
    // MiniSearch's BM25 score, divided by the best one for this question.
    const lexical = (hit?.score ?? 0) / bestScore;
    const { soft, ranking, firm } = coverageOf(
      library,
      sentence,
      words,
      hit?.queryTerms ?? [],
      question.answerType === 'time',
    );
    const coverage = soft / totalWeight;
    const holdsKind =
      holdsAskedKind(sentence.text, question, standsFor) &&
      (question.answerType !== 'place' ||
        placeInClauseOf(sentence.text, library.termsBySentence[id] as ReadonlySet<string>, placeClauseTerms));
    const kindEvidence =
      answerTypeEvidence(sentence.text, question, holdsKind, namesAskedEvent) +
      (question.asksMedium && namesKindOf(library, id, MEDIUM) ? 1 : 0) +
      (question.asksConsequence && givesConsequence(sentence.text) ? 1 : 0) +
      (asksContinuation && saysGoesOn(sentence.text, continuationClauseTerms) ? 1 : 0) +
      (question.ownedAsked !== null && namesOwnerOf(sentence.text, question.ownedAsked, standsFor) ? 1 : 0) +
      (roles?.sentences.has(id) ? 1 : 0);
    const score =
      TUNING.weights.lexical * lexical +
      TUNING.weights.coverage * (ranking / totalRankingWeight) +
      (question.definitional
        ? TUNING.weights.definitionPosition
        : opensWithDefinition(library, sentence.articleId)
          ? TUNING.weights.position
          : TUNING.weights.newsPosition) /
        Math.sqrt(sentence.sentence) +
      TUNING.weights.answerType * kindEvidence +
      (question.setAside.length > 0 && namesBesideSetAside(sentence.text, question.setAside)
        ? TUNING.weights.besideSetAside
        : 0) -
      TUNING.weights.length *
        Math.log1p((library.wordsBySentence[id]?.length ?? 0) / TUNING.typicalSentenceWords);
    const missesNamedActor = namedActors.some(
      (word) =>
        !(library.termsBySentence[id]?.has(word.term) ?? false) &&
        !(library.actorsBySentence[id] ?? []).some((actorId) => word.actors.has(actorId)),
    );
    // Asked where the story was filed from, its dateline is the answer whatever words it shares.
    if (question.asksDateline && opensWithDateline(sentence)) {
      return {
        sentence,
        coverage: 1,
        unseenFocusMatch: null,
        holdsAskedKind: true,
        missesAskedEvent: false,
        missesWhichOne: false,
        missesFocusVerb: false,
        missesClaimedNoun: false,
        missesNamedActor: false,
        speakerSetAsideBy: 0,
        score: score + TUNING.weights.dateline,
      };
    }
    return {
      sentence,
      coverage,
      unseenFocusMatch: !focusIsUnseen
        ? null
        : roles?.known
          ? roles.sentences.has(id)
            ? 1
            : 0
          : asksEarlierRole && !PAST_MARKER.test(sentence.text)
            ? 0
            : asksReasonOrPurpose && givesReasonOrPurpose(sentence.text)
              ? 1
              : focusIsAskedCategory &&
                  (QUOTATION_CATEGORIES.has(question.askedCategory ?? '')
                    ? quotesWordsOf(library, id, namedInQuestion.actors)
                    : namesKindOf(library, id, question.askedCategory))
                ? 1
                : focusIsAskedRole && focus !== undefined
                  ? roleNamedIn(library, id, focus, firm[focusIndex] ?? 0)
                  : (firm[focusIndex] ?? 0),
      holdsAskedKind:
        holdsKind &&
        (!checksSpecifics || isSpecific(library, sentence, question, askedDoing)) &&
        (askedEntity === null || namesAnotherOf(library, sentence, askedEntity, namedInQuestion)) &&
        (!asksNameOfThing || namesGroupNotAsked(library, id, nameHead, namedInQuestion)),
      speakerSetAsideBy: 0,
      missesNamedActor,
      missesClaimedNoun: claimedUnseenNouns.some(
        (index) =>
          (firm[index] ?? 0) === 0 && !endsInWordOf(library, id, (words[index] as WeightedWord).word),
      ),
      missesFocusVerb:
        question.answerType === 'person' &&
        focus !== undefined &&
        !focusIsUnseen &&
        focus.partOfSpeech === 'VERB' &&
        (firm[focusIndex] ?? 0) === 0,
      missesWhichOne: whichOneTerms.some(
        (terms) => ![...terms].some((term) => library.termsBySentence[id]?.has(term) ?? false),
      ),
      missesAskedEvent: eventVerbs.some(
        (index) =>
          (firm[index] ?? 0) === 0 &&
          isAnotherEvents(library, sentence, words[index] as WeightedWord, question.answerType === 'time'),
      ),
      // Asked about someone by name, a sentence that never speaks of them ranks a little lower.
      score: missesNamedActor ? score - TUNING.weights.namedActorMissing : score,
    };
  });
  // A sentence without the unseen focus, a noun, not even in other words, is about something else:
  // "How were the _talks_ going?" is answered by "negotiations … were at an impasse", not by "the
  // restoration of constitutional order". (A verb's paraphrases are too loose to tell: the vectors
  // put "held" next to "Thursday".)
  if (focus !== undefined && focusIsUnseen && focus.partOfSpeech === 'NOUN') {
    rankDown(candidates, lacksFocus, TUNING.weights.focusMissing);
  }
  // "What did the general blame…": his own words before others' about him.
  if (askedSpeakers.size > 0) {
    const spoken = sentencesSpokenBy(library, askedSpeakers);
    const unspoken = (candidate: Candidate): boolean => !spoken.has(candidate.sentence.id);
    rankDown(candidates, unspoken, TUNING.weights.speakerMissing, 'speaker');
  }
  const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || a.sentence.id - b.sentence.id;
  candidates.sort(byScore);
  // Tagging costs 0.1–0.3 ms a sentence: only the head of the ranking, where order matters, is
  // checked (a fragment below it keeps its place unpenalised).
  const head = candidates
    .slice(0, TUNING.fragmentCheckDepth)
    .map((candidate) =>
      isStatement(library, candidate.sentence)
        ? candidate
        : { ...candidate, score: candidate.score - TUNING.weights.fragment },
    );
  return [...head, ...candidates.slice(head.length)].sort(byScore);
}

/**
 * Whether a word is a word the sentence uses behind a prefix that makes it its lack
 * ("_in_security" → the security crisis) or its kind ("body_guards_" are guards, in WordNet): the
 * sentence speaks of it. Not "coast_guard_" or "man_power_", which WordNet does not make kinds of
 * the word they end in.
 */
function endsInWordOf(library: Library, id: number, word: string): boolean {
  const terms = library.termsBySentence[id];
  if (!terms) return false;
  const kinds = library.kinds?.get(nounLemma(word)) ?? [];
  for (let cut = MIN_PREFIX_LENGTH; word.length - cut >= MIN_WORD_END_LENGTH; cut += 1) {
    const end = word.slice(cut);
    const term = termOf(end);
    if (term === null || !terms.has(term)) continue;
    if (NEGATING_PREFIXES.has(word.slice(0, cut)) || kinds.includes(nounLemma(end))) return true;
  }
  return false;
}

/** Prefixes that make a word its opposite: "insecurity", "unrest", "disorder", "non-compliance". */
const NEGATING_PREFIXES: ReadonlySet<string> = new Set(['in', 'un', 'dis', 'non', 'non-', 'im', 'il', 'ir']);
/** A prefix is at least two letters ("in"), the word after it five ("guard"): shorter ends match by chance. */
const MIN_PREFIX_LENGTH = 2;
const MIN_WORD_END_LENGTH = 5;

/**
 * Whether a sentence names what the question sets aside beside something else, joined to it ("the
 * desire to preserve our homeland in a deteriorating _security_ situation, _and_ poor economic and
 * social governance"; "not only in _Niger_ but the wider West Africa region"): where the something
 * else asked for is mostly found.
 */
function namesBesideSetAside(text: string, setAside: readonly string[]): boolean {
  const tokens = tokensOf(text);
  return tokens.some(
    (token, at) =>
      setAside.includes(termOf(token) ?? '') &&
      tokens
        .slice(Math.max(0, at - TUNING.coordinationReach), at + TUNING.coordinationReach + 1)
        .some((near) => COORDINATORS.has(near.toLowerCase())),
  );
}

/** Words that join what is set aside to something else: "and", "but" ("not only… but"), "both"… */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'both', 'also', 'plus', 'nor']);

/**
 * The weights words rank with: the words naming one actor ("the _top US diplomat_", "Mohamed
 * Bazoum") weigh together as much as the strongest of them, not as much as all. One actor is one
 * thing asked about; counted word by word, a sentence naming everyone the question names (a lede)
 * outranked the one saying what was asked. A word naming several actors goes with the one most of
 * the question's words name. Abstention still weighs each word by itself (`weight`): the share of
 * the question a sentence carries does not change with how the question names someone.
 */
function withRankingWeights(words: readonly UnrankedWord[]): WeightedWord[] {
  const naming = new Map<string, number>();
  for (const word of words) for (const id of word.actors) naming.set(id, (naming.get(id) ?? 0) + 1);
  const groups = new Map<string, UnrankedWord[]>();
  for (const word of words) {
    const [actor] = [...word.actors].sort(
      (a, b) => (naming.get(b) ?? 0) - (naming.get(a) ?? 0) || a.localeCompare(b),
    );
    if (actor !== undefined) groups.set(actor, [...(groups.get(actor) ?? []), word]);
  }
  const share = new Map<UnrankedWord, number>();
  for (const group of groups.values()) {
    const total = group.reduce((sum, word) => sum + word.weight, 0);
    const strongest = Math.max(...group.map((word) => word.weight));
    for (const word of group) share.set(word, total > 0 ? strongest / total : 1);
  }
  return words.map((word) => ({ ...word, rankingWeight: word.weight * (share.get(word) ?? 1) }));
}

/**
 * Ranks down by `by` each candidate lacking what the question is about, in place; for lacking the
 * asked speaker's words, noted in `speakerSetAsideBy`.
 */
function rankDown(
  candidates: Candidate[],
  lacks: (candidate: Candidate) => boolean,
  by: number,
  lacking: 'focus' | 'speaker' = 'focus',
): void {
  for (const [at, candidate] of candidates.entries()) {
    if (!lacks(candidate)) continue;
    const speakerSetAsideBy = lacking === 'speaker' ? by : candidate.speakerSetAsideBy;
    candidates[at] = { ...candidate, score: candidate.score - by, speakerSetAsideBy };
  }
}

/**
 * How far a sentence names the role a "who" question asks about: its own word (any inflection), or a
 * firm paraphrase; not a word that only shares its stem ("command" for "commander").
 */
function roleNamedIn(library: Library, id: number, role: WeightedWord, firm: number): number {
  const lemma = nounLemma(role.word);
  if ((library.wordsBySentence[id] ?? []).some((word) => nounLemma(word) === lemma)) return 1;
  return library.termsBySentence[id]?.has(role.term) ? 0 : firm;
}

/** Whether a candidate misses the question's unseen focus (see `unseenFocusMatch`). */
export function lacksFocus(candidate: Candidate): boolean {
  return candidate.unseenFocusMatch !== null && candidate.unseenFocusMatch < TUNING.minUnseenFocusMatch;
}

/**
 * Kinds whose members an article names, places and news outlets (WordNet knows Niger is a country;
 * the actor table knows CNN is an outlet): a sentence naming none but those the question names
 * does not answer "Which _countries_…", "Which TV _channel_…". For other kinds of actor the
 * articles often say it in words of their own ("the presidential guard" is neither a group nor a
 * force to WordNet): a sentence naming none of the kind may still answer.
 */
const NAMED_CATEGORIES: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'bloc',
  'outlet',
  'network',
  'channel',
  'broadcaster',
  'newspaper',
  'publication',
]);

/** What a sentence must name to say how something was made known (WordNet: television, radio, press…). */
const MEDIUM = 'medium';

/**
 * Categories whose members are named ("Which _outlet_…" → CNN, "Which _countries_…" → Niger): the
 * kinds of actor, and places that act as they do. (Measured with and without "leader": the same
 * unanswerables flagged, one more answerable declined.)
 */
const ENTITY_CATEGORIES: ReadonlySet<string> = new Set([
  ...Object.values(KIND_CATEGORIES).flat(),
  ...NAMED_CATEGORIES,
]);

/**
 * "Which _country's_ president was detained?" asks for a country through what it owns, which a
 * sentence may name in a word of its own ("Nigerien President Bazoum").
 */
function ownsInQuestion(question: AnalysedQuestion, category: string): boolean {
  return question.tagged.some(
    (token, at) =>
      nounLemma(token.text.toLowerCase()) === category &&
      /^['’]s?$/.test(question.tagged[at + 1]?.text ?? ''),
  );
}

/** The actors and the words a question names: not what it asks for. */
interface NamedInQuestion {
  readonly actors: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/**
 * Whether a sentence may answer "Which <category>…": it names one the question does not (an actor
 * or word of that kind, see `namesKindOf`), or, for a kind not always named (see
 * `NAMED_CATEGORIES`), none of the kind at all, which it may give in words of its own.
 */
function namesAnotherOf(
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
const GROUP_CATEGORIES: ReadonlySet<string> = new Set(
  Object.entries(KIND_CATEGORIES).flatMap(([kind, categories]) => (kind === 'person' ? [] : categories)),
);

/**
 * Whether a sentence names an actor of the kind a group's word names ("junta" → an army, "network"
 * → an outlet), not a country or a place, that the question does not name.
 */
function namesGroupNotAsked(
  library: Library,
  id: number,
  category: string | null,
  named: NamedInQuestion,
): boolean {
  return (
    category !== null &&
    actorsOfKindIn(library, id, category).some(
      (actor) =>
        !named.actors.has(actor.id) && countryNamed(actor.name) === undefined && !isPlace(actor.name),
    )
  );
}

/**
 * The possessives of a text: "President Mohamed Bazoum's government" → owner Bazoum, owned the
 * next one to three words. A capital inside a word starts none: one pattern trying every capital
 * of a 50,000-letter word took seconds.
 */
function possessivesOf(text: string): { owner: string; owned: string[] }[] {
  return [...text.matchAll(/(?<!\p{L})(\p{Lu}\p{L}*)['’]s((?: [\p{L}-]+){1,3})/gu)].map((match) => ({
    owner: match[1] as string,
    owned: (match[2] as string).trim().split(' '),
  }));
}

/**
 * "Whose government…": "President Mohamed _Bazoum's_ government" names its owner (the thing owned
 * in its own word or one standing for it: "administration" for government).
 */
function namesOwnerOf(
  text: string,
  owned: string,
  standsFor: (token: string, counted: string) => boolean,
): boolean {
  return possessivesOf(text).some((possessive) => possessive.owned.some((token) => standsFor(token, owned)));
}

/** A role or kind asked of an earlier time ("…hold _before_ the coup?"). */
const ASKS_EARLIER =
  /(?<!\b(?:appear(?:s|ed|ing)?|stand(?:s|ing)?|stood|come|came|comes|coming|brought|put)\s+)\b(?:before|prior to)\b|\b(?:previously|formerly)\b/i;
/** A sentence giving a role of an earlier time ("_former_ president Issoufou"). */
const PAST_MARKER = /\b(?:former|formerly|previous|previously)\b|\bex-/i;

/** Nouns that ask what someone means to achieve. */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set([
  'goal',
  'aim',
  'objective',
  'purpose',
  'intention',
  'intent',
  'ambition',
]);

/** Nouns that ask for a role someone holds. */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'rank',
  'title',
  'position',
  'post',
  'role',
  'job',
  'office',
  'occupation',
  'profession',
]);

/**
 * Whether a question asks someone's rank, title or post by this word: not their "position on"
 * something, a stance.
 */
function asksForRole(question: string, word: string): boolean {
  if (!ROLE_NOUNS.has(nounLemma(word))) return false;
  // "position on", or one taken on something ("What position did Tiani take on the government?").
  const stance = new RegExp(
    String.raw`\b${word}\s+(?:${ABOUT})\b|\b${word}\b[^?]{0,60}?\b(?:take|took|taken|taking|adopt|adopted|adopting)\s+(?:${ABOUT})\b`,
    'iu',
  );
  return !stance.test(question);
}

/** Prepositions after a stance: what it is about. */
const ABOUT = 'on|about|regarding|concerning|toward|towards|over';

/** The roles the articles give the actors a question asks a role of (see `rolesAskedOf`). */
interface RolesAsked {
  /** Some actor the question names has a role in the articles: they say what roles it holds. */
  readonly known: boolean;
  /** The sentences giving one of those roles that the question asks for. */
  readonly sentences: ReadonlySet<number>;
}

/**
 * The roles of the actors the question's words name. Asked for a post in a body ("What position
 * did Tiani hold _in the presidential guard_?"), only a role naming that body counts; asked for
 * an earlier one ("…_before_ the coup?"), only a role marked as former ("former president"). When
 * the articles give an actor's roles and none is the one asked, no other sentence gives it: a
 * paraphrase of "position" ("a real _way_ out") is not a post.
 */
function rolesAskedOf(
  library: Library,
  words: readonly WeightedWord[],
  body: Actor | undefined,
  earlier: boolean,
): RolesAsked {
  const byId = actorByIdOf(library);
  const bodyTerms = body === undefined ? undefined : actorTermsOf(library, body).name;
  const sentences = new Set<number>();
  let known = false;
  const isAsked = (text: string): boolean =>
    (!bodyTerms || termsOf(text).some((term) => bodyTerms.has(term))) && (!earlier || PAST_MARKER.test(text));
  for (const actorId of new Set(words.flatMap((word) => [...word.actors]))) {
    if (actorId === body?.id) continue;
    const actor = byId.get(actorId);
    const roles = (actor?.roles ?? []).filter((role) => role.sentenceId !== null);
    if (roles.length === 0) continue;
    known = true;
    for (const role of roles) if (isAsked(role.text)) sentences.add(role.sentenceId as number);
    // A role is given again as a title ("…reiterated to _President_ Bazoum…").
    const heads = new Set(roles.map((role) => headOf(role.text)));
    for (const mention of actor?.mentions ?? []) {
      const titled = mention.text
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .some((word) => heads.has(word));
      if (titled && isAsked(mention.text)) sentences.add(mention.sentenceId);
    }
  }
  return { known, sentences };
}

/** Words for a country's forces as a whole: a rank ("general") is a post in them without naming them. */
const WHOLE_FORCES: ReadonlySet<string> = new Set([
  'army',
  'military',
  'armed',
  'forces',
  'junta',
  'troops',
  'soldiers',
]);

/**
 * The body the question asks a post "in" ("…hold in / within the presidential guard"), if it
 * names one more particular than the forces as a whole ("What rank does Tiani hold in the military?").
 */
function bodyRoleIsIn(
  library: Library,
  questionText: string,
  words: readonly WeightedWord[],
): Actor | undefined {
  const byId = actorByIdOf(library);
  for (const word of words) {
    const body = [...word.actors]
      .map((actorId) => byId.get(actorId))
      .find((actor) => BODY_KINDS.has(actor?.kind));
    if (!body || WHOLE_FORCES.has(word.word)) continue;
    const inBody = new RegExp(
      String.raw`\b(?:in|within|inside)\s+(?:[\p{L}'’-]+\s+){0,3}?${word.word}\b`,
      'iu',
    );
    if (inBody.test(questionText)) return body;
  }
  return undefined;
}

/** Whether a word is part of the name of each actor it names ("guard"), not a role ("leader"). */
function namesActorsByName(library: Library, word: WeightedWord): boolean {
  const byId = actorByIdOf(library);
  return [...word.actors].every((actorId) => {
    const actor = byId.get(actorId);
    return actor !== undefined && actorTermsOf(library, actor).name.has(word.term);
  });
}

/**
 * Whether a question calls one person by the bare head of a role the articles give them ("_the
 * general_" for Tiani, "a Niger general"). A role with words before it is left out: they may
 * describe someone else ("Niger's _elected_ leader" is Bazoum, not "the country's new leader").
 */
function namesPersonByBareRole(library: Library, word: WeightedWord, text: string): boolean {
  if (word.actors.size !== 1) return false;
  if (!new RegExp(String.raw`\bthe\s+${word.word}\b`, 'iu').test(text)) return false;
  const actor = actorByIdOf(library).get([...word.actors][0] as string);
  const lemma = nounLemma(word.word.toLowerCase());
  return actor?.kind === 'person' && actor.roles.some((role) => headOf(role.text).toLowerCase() === lemma);
}

const ASKS_FOR_EVENT_DETAIL: ReadonlySet<string> = new Set(['time', 'place', 'number']);

/** A verb saying what happened, not who did it nor how the question is put ("take", "happen"). */
function isEventVerb(word: WeightedWord): boolean {
  return word.partOfSpeech === 'VERB' && !isGeneric(word) && word.actors.size === 0 && !word.stemOnly;
}

/**
 * Whether a sentence says something goes on in a clause holding one of the question's words, in
 * any form or a firm paraphrase (see `placeClauseTermsOf`): "_Bazoum_ _remains_ in _detention_" for
 * "Is Bazoum still being held?", not a clause that says so of something else.
 */
function saysGoesOn(text: string, wordsTerms: readonly ReadonlySet<string>[]): boolean {
  return clausesOf(text).some(
    ({ clause, terms }) => CONTINUATION_EVIDENCE.test(clause) && meetsAnyOf(wordsTerms, terms),
  );
}

/** A sentence's clauses (split at `CLAUSE_BREAK`), each with its index terms. */
function clausesOf(text: string): { clause: string; terms: ReadonlySet<string> }[] {
  return text.split(CLAUSE_BREAK).map((clause) => ({ clause, terms: new Set(termsOf(clause)) }));
}

/** Whether a set of terms meets any of a question's words, each given by the terms that meet it. */
function meetsAnyOf(wordsTerms: readonly ReadonlySet<string>[], terms: ReadonlySet<string>): boolean {
  return wordsTerms.some((meeting) => [...meeting].some((term) => terms.has(term)));
}

/** Where a clause of its own begins: "…in detention _and that_ negotiations…", "…, _which_ it said…". */
const CLAUSE_BREAK = /,?\s*\b(?:and that|that|which|who|whom|while|but|whereas)\b\s*|;/i;
/** `CLAUSE_BREAK`, every one (for `matchAll`, which copies it: no state is shared between calls). */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/**
 * Whether a sentence names a place in a clause holding one of the question's words that it meets
 * (in any form, a WordNet word or a close neighbour). A sentence meeting none of them passes: what
 * it says of a place is all it says.
 */
function placeInClauseOf(
  text: string,
  sentenceTerms: ReadonlySet<string>,
  wordsTerms: readonly ReadonlySet<string>[],
): boolean {
  const met = wordsTerms.filter((meeting) => meetsAnyOf([meeting], sentenceTerms));
  if (met.length === 0) return true;
  // A relative clause ("a villa _that_ the guard controls in Zinder") may say where the place of
  // the clause before it is: a clause meeting the words is read with the one relative to it.
  const clauses = clausesOf(text);
  const relative = [...text.matchAll(CLAUSE_BREAKS)].map((found) => /^\W*(?:that|which)\W*$/i.test(found[0]));
  return clauses.some(({ clause, terms }, at) => {
    if (!meetsAnyOf(met, terms)) return false;
    return holdsPlace(clause) || (relative[at] === true && holdsPlace(clauses[at + 1]?.clause ?? ''));
  });
}

/** The terms that meet a question's word in a place clause: its own, WordNet's, a rare sense's, a firm neighbour's. */
function placeClauseTermsOf(library: Library, word: WeightedWord): ReadonlySet<string> {
  return new Set([
    word.term,
    ...word.wordNetTerms,
    ...listedFor(library.rarelyRelated, word).values(),
    ...[...word.alternatives].flatMap(([term, weight]) =>
      weight >= TUNING.similarWeight * TUNING.firmSimilarity ? [term] : [],
    ),
  ]);
}

/**
 * Whether a sentence answers a question asking for specifics ("Which _specific_ leaders…",
 * "…in _exact_ dollars?") with them: a definite number for an amount, not "hundreds of
 * millions"; something of the asked category, not "world leaders" in general, and, when the
 * question asks what they did (`doing`), one said to do it. Other questions ("Where _exactly_…")
 * are held to their usual kind of answer.
 */
function isSpecific(
  library: Library,
  sentence: Sentence,
  question: AnalysedQuestion,
  doing: WeightedWord | undefined,
): boolean {
  if (question.answerType === 'number') return statesDefiniteNumber(sentence.text);
  // A time or a place already has to be one of the grain asked ("what exact date" → a date).
  if (question.answerType === 'time' || question.answerType === 'place') return true;
  const category = question.askedCategory;
  if (category === null) return true;
  return (
    namesKindOf(library, sentence.id, category) &&
    (doing === undefined || namesDoerOf(library, sentence, category, doing))
  );
}

/**
 * The verb a "Which <kind>…" question asks its kind to have done, when the kind is its subject
 * ("Which specific world leaders _condemned_ the coup?"), not its object ("Which leaders did
 * Blinken call?").
 */
function doingAskedOf(question: AnalysedQuestion, words: readonly WeightedWord[]): WeightedWord | undefined {
  const tokens = question.tagged;
  const asking = tokens.findIndex((token) => /^(?:which|what)$/i.test(token.text));
  if (asking < 0) return undefined;
  let at = asking + 1;
  while (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[at]?.pos ?? '')) at += 1;
  if (at === asking + 1) return undefined;
  // "…have condemned", "…publicly condemned", "…, if any, condemned"; not "…did Blinken call".
  for (; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (/^(?:do|does|did)$/i.test(token.text) || ['NOUN', 'PROPN', 'PRON'].includes(token.pos))
      return undefined;
    // "Which leaders _were endorsed_…": the kind is what was done to, not the doer.
    if (token.pos === 'VERB') {
      return PASSIVE_AUXILIARY.test(tokens[at - 1]?.text ?? '')
        ? undefined
        : words.find((word) => word.word === token.text.toLowerCase());
    }
  }
  return undefined;
}

const PARTICLE = /^(?:up|back|out|over|off|down|on|away|together|aside)$/i;

/**
 * Whether a verb of the question is passive ("still being _held_", "was _held_"): what is done to
 * someone, with no object to set which sense is meant (not "_holding_ back aid").
 */
function isPassiveIn(tokens: readonly Token[], word: string): boolean {
  const at = tokens.findIndex((token) => token.text.toLowerCase() === word);
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    at > 0 &&
    (PASSIVE_AUXILIARY.test(before?.text ?? '') ||
      (before?.pos === 'ADV' && PASSIVE_AUXILIARY.test(tokens[at - 2]?.text ?? ''))) &&
    // A particle or a complement sets another sense ("held _up_", "held _accountable_").
    !(after !== undefined && (after.pos === 'ADJ' || PARTICLE.test(after.text)))
  );
}

/**
 * How close another word must be to stand for the asked verb: WordNet lists "declare" under one
 * sense of "condemn" (a building), at 0.60; "denounce" is 0.74, "support" for "back" 0.75.
 */
const DOER_PARAPHRASE = 0.7;

/** How many words may stand between a doer and its verb ("Tiani, a Niger general, declared"). */
const DOER_GAP = 5;

/**
 * Whether a sentence says that someone of a category did what is asked: a word or a name of that
 * kind with the verb (or a WordNet word for it) close after it, or after "by" close after the verb
 * ("condemned by world leaders"). "Tiani, a Niger general, declared himself…" names a leader, but
 * not one who condemned anything.
 */
function namesDoerOf(library: Library, sentence: Sentence, category: string, doing: WeightedWord): boolean {
  const tokens = tokensOf(sentence.text).map((token) => token.toLowerCase());
  const does = (token: string): boolean => {
    const term = termOf(token);
    return term !== null && (term === doing.term || (doing.alternatives.get(term) ?? 0) >= DOER_PARAPHRASE);
  };
  // Mentions of actors of the kind, by their first and last words ("members of his own
  // presidential _guard_").
  const mentions = actorsOfKindIn(library, sentence.id, category)
    .flatMap((actor) => actor.mentions.filter((mention) => mention.sentenceId === sentence.id))
    .map((mention) => tokensOf(mention.text).map((token) => token.toLowerCase()));
  const firsts = new Set(mentions.map((words) => words[0] ?? ''));
  const lasts = new Set(mentions.map((words) => words[words.length - 1] ?? ''));
  const ofKind = (token: string): boolean =>
    isWordOfKind(library, token, category) || nounLemma(token) === category;
  const near = (from: number, to: number): boolean => tokens.slice(Math.max(0, from), to).some(does);
  return tokens.some((token, at) => {
    // The doer before its verb: "world leaders _condemned_", "Tiani, a Niger general, _declared_".
    if ((lasts.has(token) || ofKind(token)) && near(at + 1, at + 1 + DOER_GAP)) return true;
    // Or after the verb's "by": "_detained_ two days ago by members of his own presidential guard".
    if (!firsts.has(token) && !ofKind(token)) return false;
    const by = tokens.lastIndexOf('by', at - 1);
    return by >= 0 && at - by <= DOER_GAP && near(by - DOER_GAP, by);
  });
}

/**
 * Whether a sentence names something of a category: an actor of that kind ("CNN" for "which news
 * outlet", Bazoum for "which figures"), or a word WordNet has under it ("television" is a medium).
 * Inflected verbs are not read as nouns: "saying" is not a kind of language here. What `named`
 * holds (the question's own actors and words) does not count.
 */
function namesKindOf(
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
const QUOTATION_CATEGORIES: ReadonlySet<string> = new Set([
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
 * Whether a sentence quotes words within it and, if the question names anyone, mentions one of
 * them: "What phrase did the military use?" is not met by Tiani's words.
 */
function quotesWordsOf(library: Library, id: number, named: ReadonlySet<string>): boolean {
  if (!QUOTES_WORDS.test(library.sentences[id]?.text ?? '')) return false;
  return named.size === 0 || (library.actorsBySentence[id] ?? []).some((actorId) => named.has(actorId));
}

/** The actors a sentence mentions whose kind a category names ("outlet" → CNN). */
function actorsOfKindIn(library: Library, id: number, category: string): Actor[] {
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

/** Whether WordNet has a (lower-case) word under a category: "television" is a medium. */
function isWordOfKind(library: Library, word: string, category: string): boolean {
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

/** Whether a sentence's token stands for a question word: the same term, or a firm paraphrase of it. */
function standsForOf(library: Library, words: readonly QuestionWord[]) {
  const byWord = new Map(words.map((word) => [word.word, word]));
  return (token: string, counted: string): boolean => {
    const word = byWord.get(counted);
    const term = termOf(token);
    if (!word || term === null) return false;
    if (term === word.term || wordNetTermsOf(library, word).has(term)) return true;
    const a = library.vectors?.vectorOf(token.toLowerCase());
    const b = library.vectors?.vectorOf(word.word);
    return a !== undefined && b !== undefined && cosine(a, b) >= TUNING.countedMinSimilarity;
  };
}

/**
 * The actors a question names, by the index terms of the names and roles it names them with:
 * "What did the Nigerien president say?" → nigerien, presid → Mohamed Bazoum.
 */
function actorsNamedBy(
  library: Library,
  question: AnalysedQuestion,
  article: string | null,
): Map<string, Set<string>> {
  const byTerm = new Map<string, Set<string>>();
  const name = (term: string, id: string): void => {
    byTerm.set(term, (byTerm.get(term) ?? new Set()).add(id));
  };
  const named = actorReferencesIn(library.actors, question.text);
  // People the question describes in its own words ("the top US diplomat") count as named.
  const described = describedActors(library, question, named, article);
  // "his own country": the country of the person it refers to.
  const ownCountries = ownCountryReferences(library, question.text, [...named, ...described]);
  const references = [...named, ...described, ...ownCountries]
    .sort((a, b) => a.start - b.start)
    .flatMap((reference) => {
      const actor = actorByIdOf(library).get(reference.actorId);
      if (!actor) return [];
      const terms = termsOf(question.text.slice(reference.start, reference.end));
      const byName = terms.some((term) => actorTermsOf(library, actor).name.has(term));
      return [{ ...reference, actor, terms, byName }];
    });
  const namedByName = new Set(references.filter((reference) => reference.byName).map((r) => r.actorId));
  for (const { actor } of new Map(references.map((reference) => [reference.actorId, reference])).values()) {
    const terms = actorTermsOf(library, actor);
    // Once a question names someone by name, its other words for them say something about them:
    // "elected president" in "When was Bazoum elected president?" is asked, not who is meant.
    for (const term of namedByName.has(actor.id) ? terms.name : terms.all) name(term, actor.id);
  }
  // The question's own words for it too ("ousted" in "the ousted president"), unless they only
  // describe someone named by name elsewhere in it (see above).
  references.forEach((reference, at) => {
    const before = references[at - 1];
    const after = references[at + 1];
    const besideName =
      reference.byName ||
      // A title just before the name ("General Tiani") or an apposition after it ("Tiani, the general").
      (after?.byName === true &&
        after.actorId === reference.actorId &&
        /^\s*,?\s*$/.test(question.text.slice(reference.end, after.start))) ||
      (before?.byName === true &&
        before.actorId === reference.actorId &&
        /^\s*,\s*$/.test(question.text.slice(before.end, reference.start)));
    if (namedByName.has(reference.actorId) && !besideName) return;
    for (const term of reference.terms) name(term, reference.actorId);
  });
  return byTerm;
}

/**
 * Whether an article opens by saying what its subject is ("Tissue is a cellular organizational
 * level…"), as encyclopedia entries do: then its early sentences answer most questions about it.
 * A news story opens with an event ("Washington: Blinken spoke to…"), which answers only some.
 */
function opensWithDefinition(library: Library, articleId: string): boolean {
  let memo = OPENS_WITH_DEFINITION.get(library);
  if (!memo) OPENS_WITH_DEFINITION.set(library, (memo = new Map()));
  let known = memo.get(articleId);
  if (known === undefined) {
    const first = library.sentences[library.sentencesByArticle.get(articleId)?.[0] ?? -1];
    const opening = first?.text.split(/\s+/).slice(0, 15).join(' ') ?? '';
    const title = library.titleTerms.get(articleId);
    known =
      /\b(?:is|are|was|were)\b/i.test(opening) && termsOf(opening).some((term) => title?.has(term) ?? false);
    memo.set(articleId, known);
  }
  return known;
}

const OPENS_WITH_DEFINITION = new WeakMap<Library, Map<string, boolean>>();

/**
 * What a question asks about is a common noun or a verb: not "else", "roughly" or "beyond", and not
 * the names of whom it asks about ("Where was _Tiani_ born?", "When did _Niger_ gain
 * independence?"), which the articles mention whether or not they answer. An untagged word is
 * given the benefit of the doubt.
 */
function canBeFocus(word: WeightedWord): boolean {
  if (word.actors.size > 0 || word.partOfSpeech === 'PROPN') return false;
  return word.partOfSpeech === null || word.partOfSpeech === 'NOUN' || word.partOfSpeech === 'VERB';
}

/** Whether a word is a verb reporting what someone said was so (see `SAYING_VERBS`). */
function isSayingVerb(word: WeightedWord): boolean {
  return word.partOfSpeech === 'VERB' && SAYING_VERBS.has(verbLemma(word.word));
}

/**
 * The words of a question that pick out which one of a kind it asks about ("the _previous_ coup",
 * "Niger's _next_ presidential election"), lower case: a word of `WHICH_ONE_WORDS` before the noun
 * it qualifies. Not before an actor's noun ("the _new_ strongman", "the _old_ government" describe
 * someone the articles name otherwise), nor without a noun ("a day _earlier_", "freed _later_ on":
 * a time, not which one). A word written twice counts if one of its uses does.
 */
function whichOneWordsOf(library: Library, tagged: readonly Token[]): ReadonlySet<string> {
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
  return words;
}

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
function sameFormTermsOf(library: Library, word: WeightedWord): ReadonlySet<string> {
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

/** Verbs that report what someone said was so (as lemmas). */
const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'claim',
  'assert',
  'allege',
  'contend',
  'add',
  'note',
  'mention',
  'remark',
  'comment',
  'report',
  'write',
  'cite',
  'accuse',
  'blame',
]);

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
  'exactly',
  // Anyone at all: "the _guys_ who did the coup" are whoever did it.
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
        !POINTERS.has(word.word) &&
        (word.partOfSpeech === null || ['NOUN', 'VERB', 'PROPN', 'NUM'].includes(word.partOfSpeech))),
  );
}

/** Words that point at where an answer is found ("_according_ to…"), not at what is asked. */
const POINTERS: ReadonlySet<string> = new Set(['according']);

/** A word that shapes the question rather than says what it is about ("aspects" as "aspect"). */
function isGeneric(word: QuestionWord): boolean {
  return (
    word.light ||
    GENERIC_QUESTION_WORDS.has(word.word) ||
    GENERIC_QUESTION_WORDS.has(nounLemma(word.word)) ||
    GENERIC_QUESTION_VERBS.has(verbLemma(word.word))
  );
}

/** A very long question keeps its rarest words: they carry the meaning and bound the query's cost. */
function strongestWords(library: Library, words: readonly QuestionWord[]): QuestionWord[] {
  if (words.length <= TUNING.maxQuestionWords) return [...words];
  return [...words]
    .sort((a, b) => idf(library, b.term) - idf(library, a.term))
    .slice(0, TUNING.maxQuestionWords);
}

/**
 * The terms that may stand for a question word: WordNet's related words ("commend" → praise) and
 * the corpus words nearest in the vector space ("army" → military), each with a weight below 1.
 */
function alternativesOf(library: Library, word: QuestionWord): ReadonlyMap<string, number> {
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
 * (WordNet has "negotiate" for "mediate"): that word is the question's own, and says nothing of a
 * mediator. Only words of another part of speech are kept out (a name is one: "the _capital_,
 * _Niamey_" is not met twice by "Niamey"): two verbs ("quoted as _saying_", "according to
 * _reports_") restate one predicate, which one passage word meets. A focus in a lead-in keeps them
 * all: the lead-in's words name one source together ("the _official statement_").
 */
function withoutOthersWords(focus: WeightedWord, words: readonly WeightedWord[]): WeightedWord {
  if (focus.leadIn) return focus;
  const others = new Set(
    words
      .filter((word) => word !== focus && word.partOfSpeech !== focus.partOfSpeech)
      .map((word) => word.term),
  );
  return {
    ...focus,
    othersTerms: others,
    alternatives: new Map([...focus.alternatives].filter(([term]) => !others.has(term))),
    wordNetTerms: new Set([...focus.wordNetTerms].filter((term) => !others.has(term))),
  };
}

function wordNetTermsOf(library: Library, word: QuestionWord): Set<string> {
  return new Set(listedFor(library.related, word).values());
}

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

function antonymTermsOf(library: Library, word: QuestionWord): Set<string> {
  return new Set(listedFor(library.antonyms, word).values());
}

/**
 * The question's own terms that go into the index query. One in a large share of a big corpus
 * ("state" in 7,400 of 60,000 sentences) finds nothing the rarer ones do not, and walking its
 * postings took most of a question's time; the re-ranking still weighs it. A question of common
 * words only keeps them all.
 */
export function queriedTerms(library: Library, terms: readonly string[]): readonly string[] {
  const common = Math.max(
    TUNING.commonTermSentenceShare * library.sentences.length,
    TUNING.minCommonTermSentences,
  );
  const specific = terms.filter((term) => (library.documentFrequency.get(term) ?? 0) <= common);
  return specific.length > 0 ? specific : terms;
}

function searchIndex(library: Library, words: readonly WeightedWord[], article: string | null) {
  // Expansions only help retrieval when they are specific: a word in every tenth sentence finds
  // nothing new and costs a scan of its postings. The strongest few are kept; re-ranking still
  // weighs all of them.
  const expansions = new Map<string, number>();
  const maxCount = Math.max(
    TUNING.maxExpansionSentenceShare * library.sentences.length,
    TUNING.minExpansionSentenceCap,
  );
  for (const word of words) {
    for (const [term, weight] of word.alternatives) {
      const count = library.documentFrequency.get(term) ?? 0;
      if (count === 0 || count > maxCount) continue;
      expansions.set(term, Math.max(expansions.get(term) ?? 0, TUNING.expansionWeight * weight));
    }
  }
  const boosts = new Map([...expansions].sort((a, b) => b[1] - a[1]).slice(0, TUNING.maxQueryExpansions));
  const queried = queriedTerms(
    library,
    words.map((word) => word.term),
  );
  // A lead-in's words ("According to the State Department, how…") weigh in the query as in the
  // coverage: less than the question's own.
  const leadIn = new Set(words.filter((word) => word.leadIn).map((word) => word.term));
  for (const term of queried) boosts.set(term, leadIn.has(term) ? TUNING.leadInWeight : 1);
  const own = new Set(queried);
  // The terms are already analysed: MiniSearch must take them as they are.
  return library.index.search([...boosts.keys()].join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    combineWith: 'OR',
    boost: TUNING.boost,
    boostTerm: (term) => boosts.get(term) ?? 0,
    // Typo tolerance for the question's own words that the corpus does not have (a misspelling).
    fuzzy: (term) =>
      own.has(term) &&
      term.length >= TUNING.fuzzyMinLength &&
      term.length <= TUNING.fuzzyMaxLength &&
      !library.documentFrequency.has(term)
        ? TUNING.fuzzy
        : false,
    weights: { fuzzy: TUNING.fuzzyWeight, prefix: 0 },
    filter: article === null ? undefined : (result) => result['articleId'] === article,
  });
}

/**
 * How much of the question's weight a sentence carries: an exact term counts fully; a related or
 * similar word, a term of the article's title, or a fuzzy (typo) match counts partly. `soft` says
 * whether the sentence answers; `ranking` is the same but for a mention of an actor a word names
 * ("He asked…" for "Blinken"), which counts as the name itself there.
 */
function coverageOf(
  library: Library,
  sentence: Sentence,
  words: readonly WeightedWord[],
  matchedQueryTerms: readonly string[],
  asksTime = false,
): { soft: number; ranking: number; firm: number[] } {
  const terms = library.termsBySentence[sentence.id] as ReadonlySet<string>;
  const title = library.titleTerms.get(sentence.articleId);
  let soft = 0;
  let ranking = 0;
  // `firm` leaves out loose vector matches: abstention trusts exact, title, WordNet and close neighbours.
  const firm = words.map((word) => {
    // Asked when, a biography's life span says when its subject was born and died, without the verb.
    if ((terms.has(word.term) && !word.stemOnly) || (asksTime && spansLife(word.word, sentence))) {
      soft += word.weight;
      ranking += word.rankingWeight;
      return 1;
    }
    let listed = title?.has(word.term) ? TUNING.titleWeight : 0;
    // A sentence that mentions the actor a word names ("He asked…" for "Blinken") matches the word.
    const mentioned = library.actorsBySentence[sentence.id] ?? [];
    const mentions = word.actors.size > 0 && mentioned.some((id) => word.actors.has(id));
    if (mentions) listed = Math.max(listed, TUNING.actorMentionWeight);
    let near = 0;
    for (const [term, weight] of word.alternatives) {
      if (!terms.has(term)) continue;
      if (word.wordNetTerms.has(term) || weight >= TUNING.similarWeight * TUNING.firmSimilarity) {
        listed = Math.max(listed, weight);
      }
      if (word.claimedSenseTerms.has(term) && saidWithAnotherWord(sentence.text, term, word, words)) {
        listed = Math.max(listed, TUNING.claimedSenseMatch);
      }
      near = Math.max(near, weight);
    }
    const partial = Math.max(
      listed,
      near,
      matchedQueryTerms.includes(word.term) && !word.stemOnly ? TUNING.fuzzyWeight : 0,
      TUNING.similarWeight * similarityInSentence(library, sentence, word),
    );
    soft += word.weight * partial;
    // A common noun naming an actor ("the general" for Tiani) ranks a sentence by that actor only:
    // its word neighbours ("secretary" ~ general) are other people.
    const byActorOnly = word.actors.size > 0 && !word.isName;
    const inTitle = title?.has(word.term) ? TUNING.titleWeight : 0;
    ranking +=
      word.rankingWeight *
      (mentions ? Math.max(partial, TUNING.actorMentionRankingWeight) : byActorOnly ? inTitle : partial);
    return listed;
  });
  return { soft, ranking, firm };
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

/** The best similarity between a word and the sentence's words, or 0 below the threshold. */
function similarityInSentence(library: Library, sentence: Sentence, word: WeightedWord): number {
  const vectors = library.vectors;
  const vector = vectors?.vectorOf(word.word);
  if (!vectors || !vector) return 0;
  let best = 0;
  const ruledOut = ruledOutWordsOf(word);
  for (const other of library.wordsBySentence[sentence.id] ?? []) {
    if (ruledOut?.(other)) continue;
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

function idf(library: Library, term: string): number {
  const count = library.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (library.sentences.length + 1) / (count + 0.5));
}
