import {
  askedSpeakersOf,
  sentencesReportedBy,
  sentencesSpokenBy,
  speechVerbsAfterSpeakerOf,
  type AskedSpeakers,
} from './askedSpeaker';
import { describedActors } from './describedActors';
import { STATEMENT_NOUNS } from './statementNouns';
import { describedWordIndex, describesWord } from './describedWords';
import { doerAskedOf, hasOtherDoer } from './agents';
import { ACTOR_KIND_NOUNS, HEADING_NOUNS, KIND_CATEGORIES } from '../actors/lexicon';
import { countriesIn, countryActorOf, ownCountryReferences, regionCountryReferences } from './ownCountry';
import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { HELD_VOTES, REASON_NOUNS, type AnalysedQuestion, type QuestionWord } from './question';
import {
  answerTypeEvidence,
  givesConsequence,
  givesStatus,
  givesCause,
  holdsTime,
  givesReasonOrPurpose,
  givesJudgedFor,
  doneByIn,
  PASSIVE_AUXILIARY,
  daysNamedIn,
  holdsAskedKind,
  statesDefiniteNumber,
  relativeSpanIn,
  type RelativeSpan,
} from './answerKind';
import { TUNING } from './tuning';
import { cosine } from './wordVectors';
import { termOf, termsOf, tokensOf } from './analysis';
import { actorReferencesIn, type ActorReference } from '../actors';
import {
  actorByIdOf,
  actorTermsOf,
  isGovernmentBody,
  SELF_STANDING_KINDS,
  sentencesGivingFullNameOf,
} from './actorTerms';
import { listedFor } from './wordNetLookup';
import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import { escapeRegExp } from '../text/escapeRegExp';
import { ASKS_WHAT_JUDGED_FOR, BLAMING_OR_ACCUSING_VERB, BLAMING_VERB, PRAISING_VERB } from './judgingVerbs';
import { countryNamed, isPlace } from '../actors/places';
import { isStatement } from './statements';
import type { Token } from '../text/taggedTokens';
import { isWordNetWord } from '../text/verbLexicon';
import { articlesUseWord } from './sameWord';
import { isAnotherEvents } from './eventVerbs';
import { opensWithDateline } from './dateline';
import { namesActorsByName, namesPersonByBareRole, ownedAfter, ownerOfAnother } from './claimedActors';
import {
  canBeFocus,
  closingDescribingClauseWordsOf,
  describingClauseWordsOf,
  documentSpeakerWordsOf,
  isDescribingVerb,
  isSayingVerb,
  isSayingWord,
  participlesBeforeNounsOf,
  regionWordsOf,
} from './focus';
import { idf, type UnrankedWord, type WeightedWord } from './weightedWord';
import {
  alternativesOf,
  withCapitalsNamed,
  withPowerSeizedAsCoup,
  withVerbsFiledApart,
  antonymTermsOf,
  stanceOppositesOf,
  wordNetTermsOf,
  withoutOthersWords,
} from './paraphrases';
import { isGeneric, isPointer } from './genericWords';
import { placeClauseTermsOf, placeInClauseOf, saysGoesOn } from './clauses';
import { coverageOf } from './coverage';
import { rolePartsOf } from './roleCompounds';
import { nameHeadOf, withPersonAskedByName } from './nameAsked';
import { countsUnit, unitOf } from './units';
import { searchIndex } from './retrieval';
import {
  actorsOfTheSameName,
  actorsReferredToIn,
  namesSomeoneNotAsked,
  type AskedForSomeone,
} from './someoneElse';
import { sameFormTermsOf, whichOneWordsOf } from './whichOne';
import {
  actorsOfKindIn,
  usesNounOfKinds,
  specificKindsOf,
  ENTITY_CATEGORIES,
  NAMED_CATEGORIES,
  GROUP_CATEGORIES,
  isWordOfKind,
  MEDIUM_CATEGORY,
  namesAnotherOf,
  namesGroupByName,
  namesGroupNotAsked,
  namesKindOf,
  ownsInQuestion,
  QUOTATION_CATEGORIES,
  quotesWordsOf,
  type NamedInQuestion,
} from './askedCategories';
import {
  ASKS_EARLIER,
  asksForRole,
  bodyRoleIsIn,
  compoundRoleNamed,
  inAnotherRole,
  PAST_MARKER,
  personCompoundAt,
  roleNamedIn,
  rolesAskedOf,
} from './askedRoles';

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
   * counting soldiers for "how many soldiers"): a passage without it does not answer. A function,
   * worked out on the first call only: abstention asks it of the best candidate alone.
   */
  readonly holdsAskedKind: () => boolean;
  /**
   * For a when / where / how-many question: the sentence lacks a verb of the question that its
   * article uses in another sentence ("When was Bazoum _elected_?" against "Bazoum was detained
   * two days ago"), so its time, place or number is another event's. For the reason of a praise or
   * blame ("Why did Blinken _praise_ Issoufou?"): the sentence judges nobody (see `missesJudgement`).
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
   * sentence does not speak of in any form or paraphrase ("Did the junta close Niger's _borders_?"),
   * or a role of several words it does not say ("Did the _vice president_ speak to Blinken?"; also
   * asked for a person: "Who was appointed _prime minister_?"), or its focus, a verb the articles
   * use, in no form or paraphrase ("Did Issoufou _endorse_ the coup leaders?").
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

/** Ranks the candidate sentences for a question, best first. */
export function rankSentences(
  library: Library,
  analysed: AnalysedQuestion,
  article: string | null,
): Candidate[] {
  const question = withPersonAskedByName(library, analysed);
  // "the _ousted_ government", "the general _who seized power_ proclaim…", "the _west african_
  // regional bloc" say who or what is meant: they are not what is asked.
  const describing = new Set([
    ...participlesBeforeNounsOf(question.tagged),
    ...describingClauseWordsOf(question.tagged),
    ...regionWordsOf(question.tagged),
    ...documentSpeakerWordsOf(question.tagged),
    // "What _cabinet_ role does Blinken hold?": a role asked is named by its holder's title, which
    // seldom says what kind of role it is.
    ...(question.askedCategory !== null && asksForRole(question.text, question.askedCategory)
      ? question.tagged.flatMap((token, at) =>
          token.pos === 'NOUN' &&
          nounLemma((question.tagged[at + 1]?.text ?? '').toLowerCase()) === question.askedCategory
            ? [token.text.toLowerCase()]
            : [],
        )
      : []),
  ]);
  // A lead-in saying something, a clause with a verb ("So Blinken also got on the phone with
  // Issoufou — what did he ask him to do?"), sets the scene the answer is found in, and tells less
  // of what is asked than a phrase does ("Apart from security, what…"; "_According_ to the coup
  // leader, why…", "the _self-proclaimed_ leader" say no more).
  const sceneSetting = question.words.some(
    (word) => word.leadIn && word.partOfSpeech === 'VERB' && !isPointer(word) && !describing.has(word.word),
  );
  const actorsOfTerm = actorsNamedBy(library, question, article);
  const readWords = withRankingWeights(
    strongestWords(library, question.words).map((word): UnrankedWord => {
      const read = withVerbsFiledApart(
        question.tagged,
        word,
        withPowerSeizedAsCoup(
          library,
          question.text,
          word,
          withCapitalsNamed(library, question.text, word, alternativesOf(library, word)),
        ),
        wordNetTermsOf(library, word),
      );
      return {
        ...word,
        actors: actorsOfTerm.get(word.term) ?? new Set<string>(),
        // A word that only shapes the question, the category the answer is named by ("What _state_
        // were the talks in?": "impasse", not "State Department"; not "What kind of _support_…",
        // answered by "unflagging support") or a kind of actor said with it, and the scene a
        // lead-in sets weigh less.
        weight:
          idf(library, word.term) *
          (isGeneric(word) ||
          (!question.askedSortOf &&
            (nounLemma(word.word) === question.askedCategory || namesKindWithCategory(question, word)))
            ? TUNING.genericWordWeight
            : 1) *
          (word.leadIn ? (sceneSetting ? TUNING.sceneSettingWeight : TUNING.leadInWeight) : 1),
        ...withOpposedStancesApart(question, word, read.alternatives, antonymTermsOf(library, word)),
        wordNetTerms: read.wordNetTerms,
        claimedSenseTerms:
          word.partOfSpeech === 'VERB' && isPassiveIn(question.tagged, word.word)
            ? new Set(listedFor(library.rarelyRelated, word).values())
            : new Set<string>(),
        stemOnly: library.documentFrequency.has(word.term) && !articlesUseWord(library, word),
        othersTerms: new Set<string>(),
        sharedAlternatives: new Map<string, number>(),
      };
    }),
  );
  // "When / where / how long after did Tiani declare…" asks about the saying, not what was said.
  const { speakers: askedSpeakers, reporters }: AskedSpeakers = ASKS_FOR_EVENT_DETAIL.has(question.answerType)
    ? { speakers: new Set<string>(), reporters: new Set<string>() }
    : askedSpeakersOf(library, question.text, actorsOfTerm);
  // "Who _claimed_ that…", "What did Tiani _accuse_ the government of?": a passage giving the
  // words of the one asked about, or of whoever is asked for, says it, in "said" or none ("…, he
  // said, did not give…"). What was said is the focus. (Not when nobody's words are checked: "What
  // did the State Department accuse Tiani of?" is not met by Tiani's own declaration.)
  const sayingIsChecked = askedSpeakers.size > 0 || question.answerType === 'person';
  const speechVerbs = speechVerbsAfterSpeakerOf(question.text);
  const mayBeFocus = (word: WeightedWord): boolean =>
    !isGeneric(word) &&
    canBeFocus(word) &&
    !(sayingIsChecked && isSayingVerb(word, speechVerbs) && !asksPersonInBlame(question, word)) &&
    !isDescribingVerb(word) &&
    !(
      question.asksWhether &&
      word.partOfSpeech === 'VERB' &&
      ANNOUNCING_VERBS.has(verbLemma(word.word.toLowerCase()))
    ) &&
    !describing.has(word.word);
  // A word no article uses, or only in another form of its stem ("elections" against "elected").
  const unseen = (word: WeightedWord): boolean => !library.documentFrequency.has(word.term) || word.stemOnly;
  // "When does the junta plan to hold new _elections_?": the vote held is what is asked, before
  // whoever holds it, whose loose neighbours ("military") would meet it.
  const heldVote = readWords.some((word) => word.light && verbLemma(word.word) === 'hold')
    ? readWords.findIndex(
        (word) => !word.inAlternative && mayBeFocus(word) && HELD_VOTES.has(nounLemma(word.word)),
      )
    : -1;
  // The time a lead-in sets ("_Before the coup_, which unit…") is no focus while the question
  // proper has one.
  const timeLeadIn = TIME_LEAD_IN.test(question.text);
  // Nor is what a lead-in says to set the scene ("Someone in our server claimed the statement
  // talked about the history… — how long…?"). (A source named before the question is asked
  // about: "_According to the coup leader_, why…".)
  const contextLeadIn = timeLeadIn || sceneSetting;
  // Nor is what the question sets aside ("Besides _insecurity_, what failings…"), which it asks
  // about only as what the answer is not.
  const setAside = new Set(question.setAside);
  const firstFocus = (leadIn: boolean): number =>
    readWords.findIndex(
      (word) =>
        !word.inAlternative &&
        mayBeFocus(word) &&
        (leadIn || ((!contextLeadIn || !word.leadIn) && !setAside.has(word.term))),
    );
  const focusOutsideLeadIn = firstFocus(false);
  // "What aspect of the president's work did the secretary _commend_?": what was praised or
  // blamed is asked, whatever nouns come before the verb of judging, when it is the question's
  // first verb (not one of a clause after another: "What policies does Tiani intend to introduce
  // to fix the governance he _blamed_…?"). Not "credited", which as often says whose report it
  // is: "Which outlet is _credited_ with reporting…".
  const judgingVerb = readWords.findIndex(
    (word, index) =>
      !word.inAlternative &&
      !word.leadIn &&
      word.partOfSpeech === 'VERB' &&
      judgementOf(word.word) !== null &&
      !CREDITING.test(word.word) &&
      mayBeFocus(word) &&
      readWords
        .slice(0, index)
        .every(
          (before) =>
            before.leadIn ||
            before.partOfSpeech !== 'VERB' ||
            describing.has(before.word) ||
            isGeneric(before),
        ),
  );
  const firstIsAskedKind =
    focusOutsideLeadIn >= 0 &&
    nounLemma((readWords[focusOutsideLeadIn] as UnrankedWord).word.toLowerCase()) === question.askedCategory;
  // The verb of judging is the focus, but not for why it was done, which a story may give in words
  // of its own ("singled out Smith for…"), nor over the kind asked for ("For which _reforms_ did
  // Blinken praise Bazoum?").
  const judgingIsFocus = judgingVerb >= 0 && question.answerType !== 'reason' && !firstIsAskedKind;
  const focusIndex =
    heldVote >= 0
      ? heldVote
      : judgingIsFocus
        ? judgingVerb
        : focusOutsideLeadIn >= 0
          ? focusOutsideLeadIn
          : firstFocus(true);
  // A choice's second branch has a focus of its own: "was Bazoum taken by foreign soldiers or was he
  // _held_ by his own guard?" is answered by a passage meeting either.
  const branchFocusIndex = readWords.findIndex((word) => word.inAlternative && mayBeFocus(word));
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
  // A choice's second branch is not missed where it is not met: it counts only where it is.
  const required = words.filter((word) => !word.inAlternative);
  const totalWeight = required.reduce((sum, word) => sum + word.weight, 0) || 1;
  const totalRankingWeight = required.reduce((sum, word) => sum + word.rankingWeight, 0) || 1;
  // A claim to check ("Did the junta close Niger's _borders_?") is confirmed only by a passage
  // that speaks of each thing it names: a noun the articles never use, met in no form or paraphrase,
  // is something the passage does not speak of.
  const claimedUnseenNouns = question.asksWhether
    ? words.flatMap((word, index) =>
        index !== focusIndex &&
        isClaimContent(word) &&
        !word.inAlternative &&
        word.partOfSpeech === 'NOUN' &&
        mayBeFocus(word) &&
        unseen(word) &&
        !question.impliedWords.has(word.word)
          ? [index]
          : [],
      )
    : [];
  // "Did Blinken speak to _the army_?": a kind of actor a claim names in a common noun is confirmed
  // only by a passage speaking of one of that kind, in its word, WordNet's, or a mention.
  const claimedActorKinds = question.asksWhether
    ? words.flatMap((word, index) =>
        isClaimContent(word) &&
        !word.inAlternative &&
        word.partOfSpeech === 'NOUN' &&
        ACTOR_KIND_NOUNS.has(nounLemma(word.word))
          ? [{ index, kind: nounLemma(word.word) }]
          : [],
      )
    : [];
  // "When is the junta planning to hold _elections_?": a vote asked about is an event of its own,
  // which a passage must speak of (in its word or WordNet's), whatever else the question asks.
  // The vectors put "elections" beside "governance" and "declared".
  const votesAsked = words.filter((word) => HELD_VOTES.has(nounLemma(word.word)) && unseen(word));
  // "Did Issoufou _agree_ to Blinken's request?": no passage confirms a response to a request
  // unless it says the response in its word or WordNet's: not one saying what was asked of him
  // ("He _asked_ … Issoufou to _continue_ efforts", whose words are the vectors' neighbours of
  // agreeing), nor one saying what someone else will do ("…spoke to … Issoufou, saying the US will
  // _continue_ to work…"). "Has Bazoum _agreed_ to
  // resign?": a passage saying neither the agreeing nor the resigning does not confirm it; one
  // saying what is agreed to may ("Did the army agree to _support_ the seizure?" → "…said it was
  // supporting the seizure"), unless it says it only as what was asked ("Did Issoufou agree to
  // _continue_ efforts?" → "He asked … Issoufou to continue efforts").
  const claimedResponses = question.asksWhether
    ? question.claimedResponses.flatMap(({ response, agreedTo }) => {
        const index = words.findIndex((word) => word.word === response && !word.inAlternative);
        return index < 0
          ? []
          : [{ index, agreedTo: words.find((word) => word.word === agreedTo), toRequest: agreedTo === null }];
      })
    : [];
  // "Did the _vice president_ speak to Blinken?": a role of several words a claim names must be
  // said, as a claimed noun must. So must one a question asking for a person names ("Who was
  // appointed _prime minister_…?"): nobody the articles name holds it, or a passage says so.
  const namedRoles =
    question.asksWhether || question.answerType === 'person'
      ? [
          ...new Set(
            words.flatMap((word) =>
              isClaimContent(word) && !word.inAlternative && ['NOUN', 'ADJ'].includes(word.partOfSpeech ?? '')
                ? [personCompoundAt(library, question.tagged, word.word)]
                : [],
            ),
          ),
        ].flatMap((compound) => (compound === null ? [] : [compoundRoleNamed(library, compound)]))
      : [];
  const asksSettlement = question.answerType === 'place' && SETTLEMENTS.has(question.askedCategory ?? '');
  // "Which _country's_ military intervention…": a thing, not a person or a body, whose country the
  // actor table may know ("Which country's president…" is answered by a sentence naming Bazoum).
  const ownedByCountry =
    question.askedCategory === 'country' || question.askedCategory === 'nation'
      ? ownedByCountryAsked(question.tagged, question.askedCategory)
      : undefined;
  const asksCountryByWhatItOwns =
    ownedByCountry !== undefined &&
    !(library.personNouns?.has(ownedByCountry) ?? false) &&
    !ACTOR_KIND_NOUNS.has(ownedByCountry);
  const countriesAsked = new Set(countriesIn(question.text).map((country) => country.name));
  const whichOne = whichOneWordsOf(library, question.tagged);
  // "What did the army command say _on Wednesday_?": the day named picks out which occasion; a
  // sentence dating its event on another day ("Earlier, on Thursday, the … command said…") speaks
  // of another. (Not when the time is what is asked, nor in a claim, which a sentence giving the
  // right day answers: "Did Tiani declare himself leader on July 26?")
  const daysAsked = question.answerType === 'time' || question.asksWhether ? [] : daysNamedIn(question.text);
  const whichOneTerms = words.flatMap((word) =>
    whichOne.has(word.word) ? [sameFormTermsOf(library, word)] : [],
  );
  // "Who is the _commander_ of the guard?" asks for whoever holds that role: a sentence not naming
  // it, in its own word ("command" is another) or a firm paraphrase, does not say who does.
  // "Who is Niger's _prime minister_?", "Who is the _vice president_?": a role of several words,
  // WordNet's, is that role, not its head. "Who is the _head_ of Niger's army?" asks for a holder
  // too, though WordNet's common senses of "head" are no person.
  const roleCompound =
    focus !== undefined && question.answerType === 'person' && focus.partOfSpeech === 'NOUN'
      ? personCompoundAt(library, question.tagged, focus.word)
      : null;
  const roleCompoundNamed = roleCompound === null ? null : compoundRoleNamed(library, roleCompound);
  const focusIsAskedRole =
    focus !== undefined &&
    question.answerType === 'person' &&
    focus.partOfSpeech === 'NOUN' &&
    (roleCompound !== null ||
      (library.personNouns?.has(nounLemma(focus.word)) ?? false) ||
      HEADING_NOUNS.has(nounLemma(focus.word)));
  const focusIsUnseen = focus !== undefined && (unseen(focus) || focusIsAskedRole);
  // "Did Issoufou _endorse_ the coup leaders?": a claim whose focus is a verb the articles use is
  // confirmed only by a passage saying it, in some form or paraphrase; "He asked former President
  // Issoufou to…" says nothing of endorsing. A claimed praise or blame is settled, either way, by a
  // passage judging ("Did the general _credit_ the ousted government…?" against "Niger's former
  // government, he said, did not give Nigeriens…").
  const claimedVerb =
    question.asksWhether && focus !== undefined && focus.partOfSpeech === 'VERB' && !focusIsUnseen
      ? focus
      : undefined;
  // "Through which medium…": a sentence that names a medium ("television") matches the focus.
  // "Which _media_ organization…": a noun right before the asked category is part of it, and a
  // passage must name one of both (CNN is an outlet, a kind of media organization).
  const categoryModifier =
    focus !== undefined && question.askedCategory !== null && modifiesCategory(question, focus.word)
      ? focus.word
      : null;
  const focusIsAskedCategory =
    focus !== undefined && (nounLemma(focus.word) === question.askedCategory || categoryModifier !== null);
  // "Was it the president's own _bodyguards_…?": a noun the articles never use is met, barely, by
  // one WordNet makes it a kind of, used as a noun ("his own presidential _guard_"), though not by
  // a kind of hundreds of nouns ("statement", "individual"; see `TUNING.maxKindSpread`).
  const focusKinds =
    focus?.partOfSpeech === 'NOUN' ? specificKindsOf(library, nounLemma(focus.word)) : new Set<string>();
  // "What political _party_ does Bazoum belong to?": a kind of actor the articles never name is met
  // by naming one of it, by its word or WordNet's, not by its neighbours in the vector space
  // ("democratic", "leaders"). (Places and outlets are checked as the asked entity.)
  const kindAskedByName =
    focusIsAskedCategory &&
    question.askedCategory !== null &&
    ENTITY_CATEGORIES.has(question.askedCategory) &&
    !NAMED_CATEGORIES.has(question.askedCategory);
  // "What _request_ did Blinken make of Niger's previous president?": asked a kind of thing the
  // articles never name, a sentence saying it in a word WordNet gives for it, as near in the
  // vectors as a firm paraphrase ("asked"), holds one: the weak match of "saying" does not.
  const paraphrasesAskedKind = (id: number, match: number): boolean =>
    focusIsAskedCategory &&
    focusIsUnseen &&
    focus !== undefined &&
    match >= FIRM_WORDNET_MATCH &&
    saysWordOrWordNets(library, id, focus);
  // "What _sanctions_ did Washington impose…?": a thing asked for that the articles never name is
  // met only by a word WordNet gives for it that is as near in the vectors as a firm paraphrase.
  // WordNet lists every sense alike: "sanction" is also an approval ("endorsed", 0.41 near), which
  // the question's wording does not tell apart. Not a quotation asked ("What word…"), a sort ("What
  // kind of…"), a person or another entity, which have checks of their own; nor a promise or a
  // warning, which a passage makes in its verbs ("will continue to work", "warned against").
  const thingAskedNeedsFirmWord =
    focusIsAskedCategory &&
    question.answerType === 'other' &&
    !question.askedSortOf &&
    question.askedCategory !== null &&
    !QUOTATION_CATEGORIES.has(question.askedCategory) &&
    !ENTITY_CATEGORIES.has(question.askedCategory) &&
    !COMMITTED_OR_WARNED.has(question.askedCategory) &&
    !(library.personNouns?.has(question.askedCategory) ?? false);
  // "What reasons…", "Tiani's motives?", "What objective…", "What was the aim of…": a sentence
  // giving a reason or a purpose ("motivated by", "work to ensure…") meets the focus.
  const asksReasonOrPurpose =
    focus !== undefined &&
    (PURPOSE_NOUNS.has(nounLemma(focus.word)) ||
      (question.answerType === 'reason' &&
        (focusIsAskedCategory || REASON_NOUNS.has(nounLemma(focus.word.toLowerCase())))));
  // "What _commitment_ did the Secretary make…?", "What _warning_ did the army issue?": a sentence
  // making one in its verbs ("will continue to work to ensure…", "warned against…") gives it.
  const committedAsked =
    focusIsAskedCategory && question.askedCategory !== null && COMMITTED_OR_WARNED.has(question.askedCategory)
      ? WARNED_NOUNS.has(question.askedCategory)
        ? WARNING_MADE
        : COMMITMENT_MADE
      : // "…the US _promises_ its steadfast backing", "Did Washington _pledge_ ongoing efforts…?":
        // the promise is made in whatever verb ("will continue to work").
        focus?.partOfSpeech === 'VERB' && COMMITTED_NOUNS.includes(verbLemma(focus.word.toLowerCase()))
        ? COMMITMENT_MADE
        : null;
  // "What did the diplomat _urge_ Issoufou to keep doing?": a request asked for is made in any
  // verb of asking ("He _asked_ former President Issoufou to continue…").
  const asksRequestMade = focus?.partOfSpeech === 'VERB' && ASKING_VERB.test(focus.word);
  // "What was the international _reaction_ to the putsch?": a sentence saying what was thought of
  // it ("drawn sharp criticism", "sparked condemnation") gives one, in whatever words.
  const asksReaction = focus !== undefined && REACTION_NOUNS.has(nounLemma(focus.word.toLowerCase()));
  // "How did the Secretary _feel_ about…", "Which _feeling_ did he express…": a sentence naming
  // a feeling someone had or voiced ("expressed regret") gives one.
  const asksFeeling =
    focus !== undefined &&
    (focus.partOfSpeech === 'VERB'
      ? verbLemma(focus.word.toLowerCase()) === 'feel'
      : FEELING_NOUNS.has(nounLemma(focus.word.toLowerCase())));
  // "What did Tiani _accuse_ the government of…?": a sentence blaming someone, in its verb or in
  // someone's words finding fault, is evidence of what is asked.
  const asksWhatBlamed =
    !question.asksWhether && words.some((word) => word.partOfSpeech === 'VERB' && BLAMING.test(word.word));
  // "How has the rest of the world _reacted_?": wherever the question says it, a sentence saying
  // what was thought ("drawn sharp criticism") is evidence of what is asked.
  const asksHowTaken = words.some((word) =>
    word.partOfSpeech === 'VERB'
      ? REACTION_VERBS.has(verbLemma(word.word.toLowerCase()))
      : REACTION_NOUNS.has(nounLemma(word.word.toLowerCase())),
  );
  // "What _failings_ did the general cite?", "What _reproach_ did he make…?", "Whom did Tiani
  // _fault_…?", "the line where the general _blames_…": a sentence finding fault ("poor economic
  // and social governance", "did not give Nigeriens…") gives one.
  const asksFaultFound = focus !== undefined && FAULT_NOUNS.has(nounLemma(focus.word.toLowerCase()));
  // A verb of blame asked is met by a verb of blame, or by fault found in someone's words:
  // "United's _poor_ start cost ten Hag his job" blames nobody.
  const asksBlame = focus?.partOfSpeech === 'VERB' && BLAMING.test(focus.word);
  const asksFault = asksFaultFound || asksBlame;
  // "What did Blinken _credit_ Bazoum for?": a sentence praising someone, in whatever verb of
  // praise ("praised Bazoum's role…"), does what is asked. (Not a claim of praise, which names whom
  // and what for: "Did Lopez commend _the defence's_ performance?" is not met by praise of Khan.)
  // So is praise asked as a noun ("Bazoum got _credit_ from Blinken for what?").
  const asksPraise =
    !question.asksWhether &&
    focus !== undefined &&
    (focus.partOfSpeech === 'VERB'
      ? PRAISING.test(focus.word)
      : focus.partOfSpeech === 'NOUN' && PRAISE_NOUNS.has(nounLemma(focus.word.toLowerCase())));
  // …of whom or what the question names after the verb ("credit _Haaland_", "credit _the club_"):
  // praise of Foden "for the passes that set up … Haaland's goals" is not. Praise as a noun may
  // follow them ("_Haaland_ got credit from Guardiola"): the question's other words, but for whoever
  // gives it ("from _Guardiola_", "by the coach"), who is no one praised.
  const givers = GIVEN_BY.exec(question.text)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
  const praisedAsked =
    focus === undefined
      ? []
      : (focus.partOfSpeech === 'NOUN'
          ? words.filter((word, index) => index !== focusIndex && !givers.includes(word.word.toLowerCase()))
          : words.slice(focusIndex + 1)
        ).filter((word) => !isGeneric(word));
  const praisesAsked = (text: string): boolean => praises(text, praisedAsked);
  // "For what _contribution_ did Blinken commend Bazoum?": what is asked is what the praise or
  // blame was for, which a sentence praising or blaming someone for something gives ("praised
  // Bazoum's role in promoting security"). Only a deed in general: "For which _reforms_…" asks
  // for reforms.
  const asksJudgedFor =
    focusIsAskedCategory &&
    question.askedCategory !== null &&
    DEED_NOUNS.has(question.askedCategory) &&
    new RegExp(
      String.raw`\bfor\s+(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?${escapeRegExp(focus.word)}\b[^?]*?\b(?:${PRAISING_VERB}|${BLAMING_VERB}|thank(?:s|ed|ing)?)\b`,
      'iu',
    ).test(question.text);
  // "Why did the general say he _staged_ the coup?": a sentence saying what caused it ("the coup
  // was motivated by…") gives what is asked, though the articles never use the verb.
  // "Who reported Tiani's _reasons_?", "What does Tiani say _caused_ the coup?": a reason or a cause
  // asked in a word the articles do not use is met by a sentence giving one ("motivated by…").
  const causeAsked: 'reason' | 'cause' | null =
    focus === undefined
      ? null
      : REASON_NOUNS.has(nounLemma(focus.word.toLowerCase()))
        ? 'reason'
        : focus.partOfSpeech === 'VERB' && CAUSING_VERBS.has(verbLemma(focus.word.toLowerCase()))
          ? 'cause'
          : null;
  const asksWhyOfUnseenVerb =
    question.answerType === 'reason' && focus?.partOfSpeech === 'VERB' && focusIsUnseen;
  // …of what the question asks about: the sentence says each of its other common nouns, or a word
  // WordNet gives for it ("Why did Tiani dissolve _parliament_?", "…dissolve the _government_?" are
  // not answered by "the coup was motivated by… poor governance").
  const objectLemmas = asksWhyOfUnseenVerb
    ? words
        .filter(
          (word, index) =>
            index !== focusIndex && word.partOfSpeech === 'NOUN' && isClaimContent(word) && !isGeneric(word),
        )
        .map((word) => new Set([nounLemma(word.word), ...listedFor(library.related, word).keys()]))
    : [];
  // "What reasons did the junta give for closing _the borders_?": what the act a reason is asked
  // for is done to, if the articles never name it, must be met firmly too; a passage giving the
  // coup's reasons gives none for it.
  const object =
    asksReasonOrPurpose || causeAsked !== null ? objectOfActAskedFor(question.tagged) : undefined;
  const objectAt = object === undefined ? -1 : words.findIndex((word) => word.word === object);
  const objectWord = words[objectAt];
  const unseenReasonObjects =
    objectWord !== undefined &&
    isClaimContent(objectWord) &&
    unseen(objectWord) &&
    // Not one the articles name in WordNet's words ("the putsch" is their coup).
    ![...objectWord.wordNetTerms].some((term) => library.documentFrequency.has(term))
      ? [objectAt]
      : [];
  // "What is Tiani's rank?": a sentence giving a role of the actor asked about ("Tiani, a Niger
  // general,") states the rank, title or post, though it never says "rank".
  const asksRole = focus !== undefined && asksForRole(question.text, focus.word);
  // "What post did Tiani hold _before the coup_?": a role he holds now does not say.
  // (Asked "before", a kind of thing one holds or commands, "What _unit_ did Tiani command before…",
  // is one of an earlier time; a medium appeared on is not: "Through which _medium_ did Tiani appear
  // before announcing…" asks the medium of the appearance.)
  const asksEarlierRole =
    (asksRole || (focusIsAskedCategory && HOLDING_VERB.test(question.text))) &&
    ASKS_EARLIER.test(question.text);
  const roles = asksRole
    ? rolesAskedOf(library, words, bodyRoleIsIn(library, question.text, words), asksEarlierRole)
    : null;
  // "Is it true that Tiani is a civilian _politician_?": a claim of someone's role is settled by
  // the sentences giving their roles ("Abdourahamane Tiani, a Niger general"), either way.
  const claimedRoles =
    question.asksWhether &&
    !asksRole &&
    focus?.partOfSpeech === 'NOUN' &&
    (library.personNouns?.has(nounLemma(focus.word.toLowerCase())) ?? false) &&
    ROLE_CLAIMED.test(question.text)
      ? rolesAskedOf(library, words, undefined, false).sentences
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
  // "Who put out the statement?": a passage naming whose statement it is ("US State Department
  // said in an official statement", "the military's statement") says who, not one it only goes on
  // quoting ("…, the statement added").
  const asksStatementOwner =
    question.answerType === 'person' &&
    focus !== undefined &&
    focus.partOfSpeech === 'NOUN' &&
    STATEMENT_NOUNS.has(nounLemma(focus.word.toLowerCase()));
  // "Tiani announced his takeover _on the radio_, didn't he?": a claim of the medium something was
  // made known in is settled by the passage naming the medium it was ("on national television").
  const claimsMedium =
    question.asksWhether &&
    words.some(
      (word) => word.partOfSpeech === 'VERB' && ANNOUNCING_VERBS.has(verbLemma(word.word.toLowerCase())),
    ) &&
    words.some(
      (word) =>
        word.partOfSpeech === 'NOUN' &&
        isClaimContent(word) &&
        (library.kinds?.get(nounLemma(word.word.toLowerCase())) ?? []).includes(MEDIUM_CATEGORY),
    );
  // What is set aside, in its word or one of its family WordNet relates to it ("democracy" →
  // "democratic", which the stemmer keeps apart); not its synonyms ("country" → "nation").
  const setAsideTerms = [
    ...new Set([
      ...question.setAside,
      ...words.flatMap((word) =>
        question.setAside.includes(word.term) ? wordFamilyTermsOf(library, word.word) : [],
      ),
    ]),
  ];
  // "Is it true that the president was seized _by foreign troops_?": a claim of who did something
  // is settled by the passage saying who did it ("detained … by members of his own guard").
  const claimsDoer = question.asksWhether && CLAIMED_DOER.test(question.text);
  // An owner is not what is asked about: "Bazoum's government" may be "Niger's former government".
  // A claim to check names actors in common words too ("Is Tiani the commander of the _presidential
  // guard_?"), or by the role only one of them holds ("Did _the general_ speak with Blinken?"): a
  // passage confirms it only if it speaks of them.
  // "How did people _in Niamey_ react?": a city named as where something happens is where a
  // passage must place it. (Not a country: most questions name one, and the articles speak of it
  // as its people, its capital or its government; a claim about one is checked below.)
  const citiesPlacedIn = words.filter(
    (word) =>
      word.actors.size === 0 &&
      isPlace(word.word) &&
      countryNamed(word.word) === undefined &&
      isPlacedIn(question.text, word.word, CITY_PLACED) &&
      // A city named in a lead-in setting the time or the scene ("Since the government _in Niamey_
      // was ousted, what did…") places that, not what is asked.
      !(contextLeadIn && word.leadIn),
  );
  // "…of the man who led Niger before _Bazoum_": a name saying who is meant is not spoken of (in
  // a claim, the clause is what is claimed: "Is Tiani the general who commands the guard?").
  const describingNames = closingDescribingClauseWordsOf(question.tagged);
  // Who does what is asked ("did _Bazoum_ endorse…"), to tell a passage where another does it.
  const doerAsked = doerAskedOf(question, words);
  // Typed all in lower case, a name is still one: a word WordNet does not know that names actors
  // ("what did the army command say it would do with _bazoum_").
  const typedInLowerCase = !/\p{Lu}/u.test(question.text);
  const namedActors = words.filter(
    (word) =>
      (word.isName ||
        (typedInLowerCase && !isWordNetWord(word.word) && namesActorsByName(library, word)) ||
        (question.asksWhether &&
          (namesActorsByName(library, word) || namesPersonByBareRole(library, word, question.tagged)))) &&
      word.actors.size > 0 &&
      [...word.actors].every((actorId) => {
        const actor = actorByIdOf(library).get(actorId);
        return (
          SELF_STANDING_KINDS.has(actor?.kind) ||
          (actor !== undefined &&
            (isGovernmentBody(actor) ||
              // A country or government a claim says did something or had something done to it
              // ("Was the warning aimed at _the United States_?", "Did _the US_ announce
              // sanctions?") is spoken of in a passage confirming it, by name or through whoever
              // acts for it ("Secretary of State Blinken").
              (question.asksWhether && isCountryClaimed(question, word)) ||
              // So is one asked about ("What did Tiani say _about the United States_?").
              isTopicAsked(question.text, word.word)))
        );
      }) &&
      !ownerOfAnother(question, word) &&
      !(word.isName && !question.asksWhether && describingNames.has(word.word)) &&
      // A source cited for someone's words may be credited a sentence before (see `reporters`).
      ![...word.actors].every((actorId) => reporters.has(actorId)) &&
      // Nor is one named in a lead-in setting the scene ("I was going through _the State
      // Department_ statement… — what did Blinken say…?") or the time ("After _Tiani_ declared
      // himself leader, what did the US say?").
      !(contextLeadIn && word.leadIn),
  );
  // Owners named only as such ("_Issoufou's_ role"): a sentence giving the thing as someone else's
  // speaks of another one.
  const ownersAsked = words.flatMap((word) => {
    if (!word.isName || word.actors.size === 0 || !ownerOfAnother(question, word)) return [];
    const owned = (ownedAfter(question.text, word.word) ?? []).flatMap((next) => termOf(next) ?? []);
    return owned.length === 0 ? [] : [{ word, owned: new Set(owned) }];
  });
  // "When was Bazoum _elected_?": asks for the time, place or number of an event, which a sentence
  // about another event does not give.
  // (Not a verb ordering the events a span is asked between: "How long after the army's
  // endorsement did Tiani's announcement _follow_?")
  const asksSpan = question.measure?.kind === 'duration';
  const eventVerbs = ASKS_FOR_EVENT_DETAIL.has(question.answerType)
    ? words.flatMap((word, index) =>
        isEventVerb(word) && !(asksSpan && SEQUENCE_VERBS.has(verbLemma(word.word.toLowerCase())))
          ? [index]
          : [],
      )
    : [];
  // "How much US assistance has been _suspended_?": an amount or a count of an event the articles
  // never name, which a sentence does not paraphrase firmly, is not the amount it gives ("hundreds
  // of millions of dollars of assistance" threatened). Only the question's first verb (a describing
  // clause after it, "…by the people _holding_ Bazoum", says who is meant), not a light one ("_put_
  // at risk"), and not for how long: a span is read between events the question paraphrases freely
  // ("after the army _signed off_ on…").
  const countedVerb =
    question.answerType === 'number' && question.measure?.kind !== 'duration'
      ? words.findIndex((word) => word.partOfSpeech === 'VERB' && !word.leadIn)
      : -1;
  const countedWord = words[countedVerb];
  const unseenCountedEvent =
    countedWord !== undefined &&
    !isGeneric(countedWord) &&
    !DELEXICAL_VERBS.has(verbLemma(countedWord.word.toLowerCase())) &&
    countedWord.actors.size === 0 &&
    unseen(countedWord);
  // "Was Issoufou involved in planning the _coup_?", "What role did he play in the _coup_?": a
  // passage saying nothing of the event (in its word, WordNet's or a firm paraphrase) tells no part
  // anyone had in it, however much it says of them.
  // (Only an event the articles name in its word: one they never name is paraphrased, if at all, in
  // words no check can tell: "What role does Holt play in the _movie_?", "a thriller".)
  // The question word a tagged token is, by its index, or -1.
  const wordIndexOfToken = (at: number): number =>
    words.findIndex((word) => word.word === (question.tagged[at] as Token).text.toLowerCase());
  const eventsTakenPartIn = eventsTakenPartInOf(question.tagged)
    .map(wordIndexOfToken)
    .filter((index) => index >= 0 && !unseen(words[index] as WeightedWord));
  // "What did Tiani say about _the United States_?": a passage not speaking of the topic (in its
  // word, WordNet's, a firm paraphrase, or a mention of the actor it names) says nothing about it.
  const topicsSaidAbout = topicsSaidAboutOf(question.tagged)
    .map(wordIndexOfToken)
    .filter((index) => index >= 0);
  // "Why did Blinken _praise_ Issoufou?", "What did he _accuse_ Issoufou of?": the reason for a
  // judgement is given by a sentence judging so, in its verb or another of praise or blame ("hailed
  // Saka for…"); one that judges nobody ("Blinken spoke to … Issoufou, saying…") tells another
  // event's. (Other verbs' paraphrases are too loose to tell: "flew to Beijing to sign a deal" is
  // why Lula travelled.)
  const asksWhy = question.answerType === 'reason' || ASKS_WHAT_JUDGED_FOR.test(question.text);
  const judgementVerbs = asksWhy
    ? words.flatMap((word, index) =>
        word.partOfSpeech === 'VERB' && judgementOf(word.word) !== null ? [index] : [],
      )
    : [];
  // "Which _countries_ threatened to intervene in Niger?" asks for countries other than those it
  // names. ("What channel is ShopNBC on?" asks for a number, not a named channel: "which" only.
  // "Which _kind of_ government…" asks for a sort of one, which no name of one gives.)
  const askedEntity =
    question.askedCategory !== null &&
    /\bwhich\b/i.test(question.text) &&
    !question.askedSortOf &&
    ENTITY_CATEGORIES.has(question.askedCategory) &&
    !ownsInQuestion(question, question.askedCategory)
      ? question.askedCategory
      : null;
  // "Which government _agency_ put out the statement?": a sentence naming a body of the kind.
  const groupAsked =
    askedEntity !== null && !NAMED_CATEGORIES.has(askedEntity) && GROUP_CATEGORIES.has(askedEntity)
      ? askedEntity
      : null;
  // "Which specific world leaders _condemned_…", "Which world leaders _condemned_…": one of them
  // must be said to do it.
  const askedDoing =
    question.demandsSpecifics || question.asksForMembers ? doingAskedOf(question, words) : undefined;
  // Members are checked as specifics are: a passage must name one (doing what is asked).
  // So are members of a kind of actor done to ("Which _officials_ did the army consult?"): a
  // passage must name one, or say the kind itself, which it may name them by ("the finance and
  // foreign relations _committees_").
  const membersDoneTo =
    !question.demandsSpecifics &&
    askedDoing === undefined &&
    question.asksForMembers &&
    ENTITY_CATEGORIES.has(question.askedCategory ?? '');
  const checksSpecifics = question.demandsSpecifics || askedDoing !== undefined || membersDoneTo;
  // "How did the Secretary _describe_ American support…?": a passage saying the support with a word
  // describing it ("unflagging support") tells how.
  // (Not asked whether it was described so: "Is Tiani described as a civilian?" is a claim.)
  const describedAsked = question.asksWhether ? undefined : words[describedWordIndex(question.tagged, words)];
  const namedInQuestion: NamedInQuestion = {
    actors: new Set(words.flatMap((word) => [...word.actors])),
    words: new Set(words.map((word) => word.word)),
  };
  // "Which West African _countries_ did Bazoum help secure?" asks for countries the question does
  // not already give: neither one it names nor the one whoever it names acts for (Bazoum's Niger).
  const countriesGiven =
    question.asksForMembers && (question.askedCategory === 'country' || question.askedCategory === 'nation')
      ? new Set([
          ...countriesAsked,
          ...[...namedInQuestion.actors].flatMap((actorId) => {
            const countryActor = actorByIdOf(library).get(countryActorOf(library, actorId) ?? '');
            return countryActor === undefined
              ? []
              : countriesIn(countryActor.name).map((country) => country.name);
          }),
        ])
      : null;
  // "What is the name of the _junta_…", "…their ruling _body_": the name of a group of the kinds
  // the actor table knows (a body, an army, an outlet), not of a person, is one the passage gives
  // to an actor of that sort.
  const nameHead = nameHeadOf(library, question.nameAskedOf);
  const asksNameOfThing =
    nameHead !== null && GROUP_CATEGORIES.has(nameHead) && !(library.personNouns?.has(nameHead) ?? false);
  // "What is the (first) name of the US secretary of state?": a sentence giving that person's name
  // answers, not one calling them by title.
  const namedPeopleAsked =
    question.nameAskedOf !== null && !asksNameOfThing
      ? new Set(
          words
            .filter((word) => question.nameAskedOf?.some((asked) => asked === nounLemma(word.word)) ?? false)
            .flatMap((word) => [...word.actors])
            .filter((actorId) => actorByIdOf(library).get(actorId)?.kind === 'person'),
        )
      : new Set<string>();
  const fullyNamedAsked = sentencesGivingFullNameOf(library, namedPeopleAsked);
  // "Where is Bazoum being held?": the place must be said of what is asked, in its clause, not of
  // another ("… remains in detention and that negotiations to ensure constitutional order in Niger").
  // Asked only where someone is ("Where was Issoufou when Blinken called him?"), the place must be
  // said in a clause naming them.
  const placeWords = words.filter((word) => !isGeneric(word) && !word.leadIn);
  const placeAskedOf = placeWords.filter((word) => !word.isName && word.actors.size === 0);
  const placeClauseTerms =
    question.answerType === 'place'
      ? (placeAskedOf.length > 0 ? placeAskedOf : placeWords).map((word) => placeClauseTermsOf(library, word))
      : [];
  // "Is Bazoum still being held?": a sentence saying it remains ("remains in detention") answers
  // whether, and one dating the event ("was detained two days ago") tells only when it began (not
  // so for "Through what medium did the general _now_ in power…?", where "now" describes him);
  // "Why is he still held?" asks something else.
  const asksContinuation =
    question.asksContinuation && (question.asksWhether || question.answerType === 'other');
  const continuationClauseTerms = asksContinuation
    ? words
        .filter((word) => !isGeneric(word) && !word.leadIn)
        .map((word) => placeClauseTermsOf(library, word))
    : [];
  // "Which _department_…" is answered by a name ("State Department"); "What _state_…" is not.
  // "Who _commands_ the guard?" is not met by "the army _command_", a body's name.
  const notMetInNames = new Set(
    [
      question.askedCategory !== null && !ENTITY_CATEGORIES.has(question.askedCategory)
        ? termOf(question.askedCategory)
        : null,
      focus?.partOfSpeech === 'VERB' ? focus.term : null,
    ].filter((term): term is string => term !== null),
  );
  // "Who was negotiating on Bazoum's behalf?" is answered only by a passage naming someone else:
  // not whom the question refers to by name or title (those it describes may be the one asked
  // for), and where a verb is asked, in a clause saying it ("…in detention _and that_ negotiations
  // … were at an impasse" names nobody who negotiates).
  // So is "Which CNN _reporter_ covered…?", "Which army _commander_ signed…?", a kind of person
  // asked for, whom nobody else named can be. (Read as asking for a person, the kind would become a
  // role the passage must name: "a Niger general" would not be the "officer" asked for.)
  const asksWhichPerson =
    question.answerType === 'other' &&
    question.askedCategory !== null &&
    (library.personNouns?.has(question.askedCategory) ?? false) &&
    opensWithKindOf(question.tagged, question.askedCategory);
  // "Who said the military warned…?", "According to whom did the Secretary underscore…?" ask whose
  // words the passage gives: its source, wherever it names them, not whoever does what is reported.
  const asksWhoseWords = asksWhoseWordsIn(question.tagged);
  const askedForSomeone: AskedForSomeone | null =
    (question.answerType === 'person' || asksWhichPerson) && !question.definitional && !question.asksWhether
      ? {
          namedActors: actorsOfTheSameName(library, actorsReferredToIn(library, question)),
          questionLemmas: new Set(words.map((word) => nounLemma(word.word))),
          sourcesCount:
            asksWhoseWords ||
            question.tagged.some((token) => token.pos === 'VERB' && isSayingWord(token.text)),
          doingTerms:
            !asksWhoseWords &&
            focus !== undefined &&
            (focus.partOfSpeech === 'VERB' || namesJointActivity(library, focus))
              ? new Set([focus.term, ...focus.wordNetTerms])
              : null,
          // (Not a word a body may be called too: "Which _broadcaster_…" is answered by CNN.)
          personOnly: asksWhichPerson && !BODY_KIND_WORDS.has(question.askedCategory ?? ''),
          kindAsked: asksWhichPerson ? question.askedCategory : null,
        }
      : null;
  const roleParts = rolePartsOf(library, question.tagged, words);
  // "Which broader _region_…": a name said with the category's word ("the wider West Africa
  // _region_") names one of it; not an owner ("Bazoum's government"), nor for a sort asked ("What
  // kind of government…").
  const namedByCategory =
    question.askedCategory !== null && !question.askedSortOf && /^\p{L}+$/u.test(question.askedCategory)
      ? new RegExp(
          String.raw`(?<![\p{L}\p{N}])(?!(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Your|Each|Every|Which|What|A|An|No|Any|Some)\s)\p{Lu}[\p{L}-]+\s+${question.askedCategory}s?(?![\p{L}\p{N}])`,
          'u',
        )
      : null;
  // "What happened _the day before_ Tiani went on TV?": a sentence relating an event to the one
  // after the span by as long ("The announcement came _a day after_…") gives what happened then.
  const spanAsked = question.answerType === 'other' ? spanAskedIn(question, words) : null;
  const candidates = ids.map((id): Candidate => {
    const sentence = library.sentences[id] as Sentence;
    const hit = lexicalById.get(id);
    // MiniSearch's BM25 score, divided by the best one for this question.
    const lexical = (hit?.score ?? 0) / bestScore;
    const { soft, ranking, firm, met } = coverageOf(
      library,
      sentence,
      words,
      hit?.queryTerms ?? [],
      question.answerType === 'time',
      notMetInNames,
      roleParts,
    );
    const coverage = Math.min(1, soft / totalWeight);
    // Whether the sentence speaks of a question word, by its index: in a firm paraphrase, or in its
    // word or WordNet's.
    const speaksFirmlyOf = (index: number): boolean =>
      (firm[index] ?? 0) >= FIRM_WORDNET_MATCH ||
      saysWordOrWordNets(library, id, words[index] as WeightedWord);
    const holdsKind =
      holdsAskedKind(sentence.text, question, standsFor) &&
      (question.answerType !== 'place' ||
        (placeInClauseOf(
          sentence.text,
          library.termsBySentence[id] as ReadonlySet<string>,
          placeClauseTerms,
          question.text,
        ) &&
          // "In which _city_…": a city, which WordNet knows Niamey or Lyon to be, not "on national
          // television".
          (!asksSettlement ||
            namesKindOf(library, id, question.askedCategory, namedInQuestion) ||
            SETTLEMENT_NAMED.test(sentence.text)))) &&
      // "Which _country's_ military intervention…": a country, or its people's word ("Nigerien"),
      // the question does not name.
      (!asksCountryByWhatItOwns || namesCountryNotAsked(sentence.text, countriesAsked)) &&
      (countriesGiven === null || namesCountryNotAsked(sentence.text, countriesGiven));
    const kindEvidence =
      answerTypeEvidence(sentence.text, question, holdsKind, namesAskedEvent) +
      ((question.asksMedium || claimsMedium) && namesKindOf(library, id, MEDIUM_CATEGORY) ? 1 : 0) +
      (question.asksConsequence && givesConsequence(sentence.text) ? 1 : 0) +
      // (A "why" question weighs a cause already, see `answerTypeEvidence`.)
      (causeAsked !== null && question.answerType !== 'reason' && givesCause(sentence.text) ? 1 : 0) +
      (question.asksStatus && givesStatus(sentence.text) ? 1 : 0) +
      (asksContinuation
        ? saysGoesOn(sentence.text, continuationClauseTerms)
          ? 1
          : question.asksWhether && datesPastEvent(sentence.text)
            ? -1
            : 0
        : 0) +
      (question.ownedAsked !== null && namesOwnerOf(sentence.text, question.ownedAsked, standsFor) ? 1 : 0) +
      (roles?.sentences.has(id) ? 1 : 0) +
      (claimedRoles?.has(id) ? 1 : 0) +
      (claimsDoer && doneByIn(sentence.text, namesAskedEvent) ? 1 : 0) +
      (asksStatementOwner && namesStatementOwner(sentence.text) ? 1 : 0) +
      (fullyNamedAsked.has(id) ? 1 : 0) +
      (spanAsked !== null && relatesAcrossSpan(library, sentence, spanAsked) ? 1 : 0) +
      (paraphrasesAskedKind(id, met[focusIndex] ?? 0) ? 1 : 0) +
      (groupAsked !== null && namesGroupByName(library, id, groupAsked, namedInQuestion) ? 1 : 0) +
      (namedByCategory !== null && namedByCategory.test(sentence.text) ? 1 : 0) +
      // "What did Guardiola _credit_ Haaland for?": praise in another verb is what is asked.
      (focusIsUnseen && asksPraise && praisesAsked(sentence.text) ? 1 : 0) +
      // "What did Blinken _urge_ / _ask_ Issoufou to do?": a request, in any verb of asking, is
      // what is asked ("spoke to… Issoufou, saying…" makes none).
      (asksRequestMade && ASKING.test(sentence.text) ? 1 : 0) +
      (asksHowTaken && givesJudgement(sentence.text) ? 1 : 0) +
      (asksWhatBlamed && blames(sentence.text) ? 1 : 0) +
      (describedAsked !== undefined && describesWord(library, id, describedAsked) ? 1 : 0);
    const score =
      TUNING.weights.lexical * lexical +
      TUNING.weights.coverage * Math.min(1, ranking / totalRankingWeight) +
      (question.definitional
        ? TUNING.weights.definitionPosition
        : opensWithDefinition(library, sentence.articleId)
          ? TUNING.weights.position
          : TUNING.weights.newsPosition) /
        Math.sqrt(sentence.sentence) +
      TUNING.weights.answerType * kindEvidence +
      (question.setAside.length > 0 && namesBesideSetAside(sentence.text, setAsideTerms)
        ? TUNING.weights.besideSetAside
        : 0) -
      TUNING.weights.length *
        Math.log1p((library.wordsBySentence[id]?.length ?? 0) / TUNING.typicalSentenceWords);
    const speaksOf = (word: WeightedWord): boolean =>
      (library.termsBySentence[id]?.has(word.term) ?? false) ||
      (library.actorsBySentence[id] ?? []).some(
        (actorId) => word.actors.has(actorId) || actsForOneOf(library, actorId, word.actors),
      );
    const missesNamedActor =
      // "Why did _Bazoum_ endorse Tiani?": a passage where another actor endorses speaks of
      // Bazoum, but not as the one asked about.
      (doerAsked !== null && hasOtherDoer(library, id, doerAsked)) ||
      namedActors.some((word) => !speaksOf(word)) ||
      citiesPlacedIn.some((word) => !speaksOf(word)) ||
      // "How did Blinken praise _Issoufou's_ role…?" is not met by "praised _Bazoum's_ role".
      ownersAsked.some(
        ({ word, owned }) => !speaksOf(word) && ownedByAnotherIn(library, sentence.text, owned, word.actors),
      );
    // Asked where the story was filed from, its dateline is the answer whatever words it shares.
    if (question.asksDateline && opensWithDateline(sentence)) {
      return {
        sentence,
        coverage: 1,
        unseenFocusMatch: null,
        holdsAskedKind: () => true,
        missesAskedEvent: false,
        missesWhichOne: false,
        missesFocusVerb: false,
        missesClaimedNoun: false,
        missesNamedActor: false,
        speakerSetAsideBy: 0,
        score: score + TUNING.weights.dateline,
      };
    }
    const givesAskedReason =
      (asksReasonOrPurpose &&
        givesReasonOrPurpose(sentence.text) &&
        unseenReasonObjects.every((index) => (firm[index] ?? 0) > 0)) ||
      (asksWhyOfUnseenVerb &&
        givesCause(sentence.text) &&
        objectLemmas.every((lemmas) => saysNounOf(library, id, lemmas)));
    const unseenFocusMatch = !focusIsUnseen
      ? null
      : roles?.known
        ? roles.sentences.has(id)
          ? 1
          : 0
        : asksEarlierRole && !PAST_MARKER.test(sentence.text)
          ? 0
          : givesAskedReason ||
              // "According to the statement, …" points at whose words answer: a sentence credited
              // to someone, or saying who says it, is in someone's words.
              (focus !== undefined &&
                isPointer(focus) &&
                (sentence.attribution !== null || tokensOf(sentence.text).some(isSayingWord))) ||
              (asksReaction && givesJudgement(sentence.text)) ||
              (asksFeeling && FEELING_NAMED.test(sentence.text)) ||
              (causeAsked !== null &&
                (causeAsked === 'reason' ? givesReasonOrPurpose(sentence.text) : givesCause(sentence.text)) &&
                unseenReasonObjects.every((index) => (firm[index] ?? 0) > 0)) ||
              (asksFaultFound && findsFault(sentence.text)) ||
              (asksBlame && (blames(sentence.text) || regrets(sentence.text))) ||
              (asksPraise && praisesAsked(sentence.text)) ||
              (asksJudgedFor && givesJudgedFor(sentence.text)) ||
              (committedAsked !== null && committedAsked.test(sentence.text)) ||
              (asksRequestMade && ASKING.test(sentence.text))
            ? 1
            : focusIsAskedCategory &&
                (QUOTATION_CATEGORIES.has(question.askedCategory ?? '')
                  ? quotesWordsOf(library, id, namedInQuestion.actors, question.askedCategory)
                  : namesKindOf(library, id, question.askedCategory) &&
                    (categoryModifier === null || namesKindOf(library, id, categoryModifier)))
              ? 1
              : roleCompoundNamed !== null
                ? roleCompoundNamed(id)
                : focusIsAskedRole && focus !== undefined
                  ? roleNamedIn(library, id, focus, firm[focusIndex] ?? 0)
                  : kindAskedByName &&
                      !namesKindOf(library, id, question.askedCategory) &&
                      !saysWordOrWordNets(library, id, focus)
                    ? 0
                    : (firm[focusIndex] ?? 0) < TUNING.minUnseenFocusMatch &&
                        usesNounOfKinds(library, id, focusKinds)
                      ? TUNING.minUnseenFocusMatch
                      : thingAskedNeedsFirmWord && (firm[focusIndex] ?? 0) < FIRM_WORDNET_MATCH
                        ? 0
                        : (firm[focusIndex] ?? 0);
    // A passage giving what the focus asks for (a reason for "What _rationale_…", a role, one of the
    // asked category) meets the focus fully, whatever its words: its coverage counts it so. A reason
    // only where the passage says it is one ("motivated by", "because"): a purpose clause ("work _to
    // ensure_…") may belong to anything the sentence says.
    const givesFocus =
      unseenFocusMatch === 1 && focus !== undefined && !(givesAskedReason && !givesCause(sentence.text));
    const focusGiven =
      givesFocus && focus !== undefined
        ? (focus.weight * (1 - Math.min(1, met[focusIndex] ?? 0))) / totalWeight
        : 0;
    return {
      sentence,
      coverage: Math.min(1, coverage + focusGiven),
      unseenFocusMatch:
        unseenFocusMatch !== null && branchFocusIndex >= 0
          ? Math.max(unseenFocusMatch, firm[branchFocusIndex] ?? 0)
          : unseenFocusMatch,
      // Worked out once, when first asked: abstention asks it of the best candidate alone.
      holdsAskedKind: once(
        () =>
          holdsKind &&
          (!checksSpecifics ||
            isSpecific(library, sentence, question, askedDoing) ||
            (membersDoneTo && saysNounOf(library, id, new Set([question.askedCategory ?? ''])))) &&
          (askedEntity === null || namesAnotherOf(library, sentence, askedEntity, namedInQuestion)) &&
          (!asksNameOfThing || namesGroupNotAsked(library, id, nameHead, namedInQuestion)) &&
          (askedForSomeone === null || namesSomeoneNotAsked(library, sentence, askedForSomeone)),
      ),
      speakerSetAsideBy: 0,
      missesNamedActor,
      missesClaimedNoun:
        (claimedVerb !== undefined &&
          (firm[focusIndex] ?? 0) === 0 &&
          !(
            judgementOf(claimedVerb.word) !== null &&
            (givesJudgement(sentence.text) || findsFault(sentence.text))
          )) ||
        // A passage giving what the focus asks for (a role for "tiani rank", a reason) meets it.
        (question.asksWhether &&
          claimPredicateMatch(words, givesFocus ? withFocusMet(firm, focusIndex) : firm) <
            TUNING.minClaimPredicateMatch) ||
        namedRoles.some((named) => named(id) === 0) ||
        votesAsked.some((word) => !saysWordOrWordNets(library, id, word)) ||
        claimedResponses.some(
          ({ index, agreedTo, toRequest }) =>
            !saysWordOrWordNets(library, id, words[index] as WeightedWord) &&
            (toRequest ||
              ASKING.test(sentence.text) ||
              agreedTo === undefined ||
              !saysWordOrWordNets(library, id, agreedTo)),
        ) ||
        claimedActorKinds.some(
          ({ index, kind }) => (firm[index] ?? 0) === 0 && actorsOfKindIn(library, id, kind).length === 0,
        ) ||
        claimedUnseenNouns.some((index) => {
          const claimed = (words[index] as WeightedWord).word;
          const lemma = nounLemma(claimed);
          return (
            (firm[index] ?? 0) === 0 &&
            !endsInWordOf(library, id, claimed) &&
            // "Did the coup leader cite economic _reasons_?": a passage saying what caused it speaks of one.
            !(REASON_NOUNS.has(lemma) && givesCause(sentence.text)) &&
            // "Did Blinken commend Bazoum's _contribution_…?": one praising someone for something names the deed.
            !(DEED_NOUNS.has(lemma) && givesJudgedFor(sentence.text)) &&
            // "Did the coup provoke any international _reaction_?": condemnation or praise is one.
            !(REACTION_NOUNS.has(lemma) && givesJudgement(sentence.text))
          );
        }),
      missesFocusVerb:
        question.answerType === 'person' &&
        focus !== undefined &&
        !focusIsUnseen &&
        focus.partOfSpeech === 'VERB' &&
        (firm[focusIndex] ?? 0) === 0,
      missesWhichOne:
        whichOneTerms.some(
          (terms) => ![...terms].some((term) => library.termsBySentence[id]?.has(term) ?? false),
        ) || datesAnotherDay(sentence.text, daysAsked),
      missesAskedEvent:
        (unseenCountedEvent && (firm[countedVerb] ?? 0) === 0) ||
        eventVerbs.some(
          (index) =>
            (firm[index] ?? 0) === 0 &&
            isAnotherEvents(library, sentence, words[index] as WeightedWord, question.answerType === 'time'),
        ) ||
        judgementVerbs.some((index) =>
          missesJudgement(library, sentence, words[index] as WeightedWord, firm[index] ?? 0),
        ) ||
        eventsTakenPartIn.some((index) => !speaksFirmlyOf(index)) ||
        topicsSaidAbout.some(
          (index) =>
            !speaksFirmlyOf(index) &&
            ![...(words[index] as WeightedWord).actors].some((actorId) =>
              library.actorsBySentence[id]?.includes(actorId),
            ),
        ),
      // Asked about someone by name, a sentence that never speaks of them ranks a little lower.
      score: missesNamedActor ? score - TUNING.weights.namedActorMissing : score,
    };
  });
  // A sentence without the unseen focus, a noun, not even in other words, is about something else:
  // "How were the _talks_ going?" is answered by "negotiations … were at an impasse", not by "the
  // restoration of constitutional order". (A verb's paraphrases are too loose to tell: the vectors
  // put "held" next to "Thursday". Not a verb of praise or blame, which a sentence praising or
  // finding fault meets in any words.)
  if (
    focus !== undefined &&
    focusIsUnseen &&
    (focus.partOfSpeech === 'NOUN' || asksPraise || asksFault || asksRequestMade)
  ) {
    rankDown(candidates, lacksFocus, TUNING.weights.focusMissing);
  }
  // "When did the general announce he was the _new_ head of the country?": a sentence without
  // "new" (or its WordNet word) speaks of another one, and is declined as an answer, so one that
  // has it ranks above it.
  if (whichOneTerms.length > 0 || daysAsked.length > 0)
    rankDown(candidates, missesWhichOne, TUNING.weights.whichOneMissing);
  // "Why did the coach praise Smith?": a sentence judging nobody ranks below one giving the
  // judgement, though it names the coach ("He praised Smith for…" does not).
  if (judgementVerbs.length > 0) rankDown(candidates, missesAskedEvent, TUNING.weights.judgementMissing);
  // "What did the general blame…": his own words before others' about him.
  if (askedSpeakers.size > 0) {
    const spokenByAsked = sentencesSpokenBy(library, askedSpeakers);
    // …through the source the question cites, if it cites one.
    const reported = reporters.size > 0 ? sentencesReportedBy(library, reporters, spokenByAsked) : null;
    const spoken = new Set([...spokenByAsked].filter((id) => reported === null || reported.has(id)));
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
 * A word's alternatives less the stances opposite its own, which join its antonyms ("Why is the
 * army _opposed_…" is not met by "…was _supporting_ the seizure"). Not in a claim to check ("Did
 * the army say it opposed the takeover?"): the passage saying the opposite is its answer.
 */
function withOpposedStancesApart(
  question: AnalysedQuestion,
  word: { readonly word: string },
  alternatives: ReadonlyMap<string, number>,
  antonyms: ReadonlySet<string>,
): { alternatives: ReadonlyMap<string, number>; antonymTerms: ReadonlySet<string> } {
  const opposed = question.asksWhether ? new Set<string>() : stanceOppositesOf(word);
  if (opposed.size === 0) return { alternatives, antonymTerms: antonyms };
  return {
    alternatives: new Map([...alternatives].filter(([term]) => !opposed.has(term))),
    antonymTerms: new Set([...antonyms, ...opposed]),
  };
}

/**
 * Whether a text gives the owned thing as another actor's by name: "_Bazoum's_ role" where
 * Issoufou's is asked. Not a description ("the West African _country's_ military" may be Niger's),
 * nor another name of the same actor ("Washington's response" for the US's).
 */
function ownedByAnotherIn(
  library: Library,
  text: string,
  owned: ReadonlySet<string>,
  ownerActors: ReadonlySet<string>,
): boolean {
  for (const match of text.matchAll(/(\p{Lu}[\p{L}.-]*)['’]s\s+([\p{L}-]+)/gu)) {
    if (!owned.has(termOf(match[2] as string) ?? '')) continue;
    const possessors = actorReferencesIn(library.actors, match[1] as string).map(
      (reference) => reference.actorId,
    );
    if (possessors.length > 0 && possessors.every((actorId) => !ownerActors.has(actorId))) return true;
  }
  return false;
}

/**
 * Verbs of making something known, as lemmas: in a claim to check ("Did Washington _announce_ it
 * was suspending its aid?") what was made known is claimed, and its words are the focus, not the
 * announcing, which the articles' "announcement" would meet. (Not blaming or accusing: there the
 * verb is the claim.)
 */
const ANNOUNCING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'announce',
  'declare',
  'state',
  'claim',
  'report',
  'tell',
  'confirm',
  'reveal',
  'indicate',
  'signal',
]);

/** Things promised, said in a verb rather than named: "What _promise_ did the US make?" */
const COMMITTED_NOUNS: readonly string[] = [
  'promise',
  'pledge',
  'commitment',
  'vow',
  'assurance',
  'guarantee',
];

/** Things warned of, said in a verb too: "What _warning_ did the army issue?" */
const WARNED_NOUNS: ReadonlySet<string> = new Set(['threat', 'warning', 'caution']);

/** Things promised or warned. */
const COMMITTED_OR_WARNED: ReadonlySet<string> = new Set([...COMMITTED_NOUNS, ...WARNED_NOUNS]);

/** A commitment made in a verb: "will continue to work", "pledged", "reiterated … unflagging support". */
const COMMITMENT_MADE =
  /\b(?:will|would|shall)\s+(?:\p{L}+\s+)?(?:continue|keep|work|remain|ensure|restore|support|stand|provide|help|seek|pursue)\b|\b(?:pledg|vow|promis|commit|assur|guarante|reiterat|reaffirm)\p{L}*/iu;

/**
 * A warning made in a verb: "warned against", "cautioned". (Not "threatening": those detaining
 * Bazoum "were threatening years of cooperation" put it at risk, they warned no one.)
 */
const WARNING_MADE = /\b(?:warn|caution)\p{L}*/iu;

/** Verbs of holding, commanding or belonging to something: what one holds may be of an earlier time. */
const HOLDING_VERB =
  /\b(?:hold|holds|held|holding|command(?:s|ed|ing)?|lead|leads|led|leading|head(?:s|ed|ing)?|serve[sd]?|serving|belong(?:s|ed|ing)?|join(?:s|ed|ing)?|run|runs|ran|running|occup(?:y|ies|ied|ying))\b/i;

/** A WordNet word's match as near in the vectors as a firm paraphrase (see `TUNING.relatedBase`). */
const FIRM_WORDNET_MATCH = TUNING.relatedBase + TUNING.relatedSlope * TUNING.firmSimilarity;

/** The firm matches of a passage with the focus's taken as full. */
function withFocusMet(firm: readonly number[], focusIndex: number): number[] {
  return firm.map((match, index) => (index === focusIndex ? 1 : match));
}

/** Whether a candidate lacks the word picking out which one is asked (see `Candidate.missesWhichOne`). */
/** "According to whom…", "By whose account…", or "Who" and a verb of saying opening the question. */
function asksWhoseWordsIn(tagged: readonly Token[]): boolean {
  const lower = (index: number): string => tagged[index]?.text.toLowerCase() ?? '';
  return (
    (lower(0) === 'according' && lower(1) === 'to' && lower(2) === 'whom') ||
    (lower(0) === 'by' && lower(1) === 'whose' && /^accounts?$/.test(lower(2))) ||
    (lower(0) === 'who' && tagged[1]?.pos === 'VERB' && isSayingWord(lower(1)))
  );
}

/** Verbs saying what brought something about, as lemmas. */
const CAUSING_VERBS: ReadonlySet<string> = new Set([
  'cause',
  'prompt',
  'trigger',
  'motivate',
  'provoke',
  'drive',
]);

function missesWhichOne(candidate: Candidate): boolean {
  return candidate.missesWhichOne;
}

/**
 * Whether a sentence names a country the question does not, by its name or its people's word
 * ("Nigerien").
 */
function namesCountryNotAsked(text: string, asked: ReadonlySet<string>): boolean {
  return countriesIn(text).some((country) => !asked.has(country.name));
}

/**
 * The thing a question asks a country through ("Which country's military _intervention_…"), as a
 * noun lemma: the first noun after the country's possessive, or undefined.
 */
function ownedByCountryAsked(tagged: readonly Token[], category: string): string | undefined {
  const at = tagged.findIndex(
    (token, index) =>
      nounLemma(token.text.toLowerCase()) === category && /^['’]s?$/u.test(tagged[index + 1]?.text ?? ''),
  );
  if (at < 0) return undefined;
  const owned = tagged.slice(at + 2).find((token) => token.pos === 'NOUN');
  return owned === undefined ? undefined : nounLemma(owned.text.toLowerCase());
}

/**
 * Whether a sentence praises someone, and, when the question names whom (`praised`), one of them:
 * a name of theirs before the end of the praised phrase ("praised _Bazoum's_ role…", not "praised
 * Foden for the passes that set up … Haaland's goals").
 */
function praises(text: string, praised: readonly WeightedWord[]): boolean {
  return [...text.matchAll(PRAISES_ALL)].some((match) => {
    if (praised.length === 0) return true;
    const after = text.slice((match.index ?? 0) + match[0].length).split(PRAISED_PHRASE_END)[0] ?? '';
    const said = new Set(tokensOf(after).flatMap((token) => termOf(token) ?? []));
    return praised.some((word) => said.has(word.term));
  });
}

const PRAISES_ALL = new RegExp(String.raw`\b(?:${PRAISING_VERB})\b`, 'giu');
/** What ends the phrase of whom praise is for: "for" and what it was for, or the clause's end. */
const PRAISED_PHRASE_END = /\bfor\b|[,;.:!?]/u;

/**
 * Whether a sentence blames someone: a verb of blame, or fault found in someone's words ("…poor
 * economic and social governance, CNN reported", "She said the council had shown poor planning").
 */
function blames(text: string): boolean {
  return BLAMES.test(text) || (findsFault(text) && REPORTED.test(text));
}

/**
 * Whether a sentence regrets what someone does, saying what: "expressed regret saying that those
 * detaining Bazoum were threatening…" puts the blame on them. (Not regret at a loss: "She said she
 * regretted the loss of homes in the flood" blames nobody.)
 */
function regrets(text: string): boolean {
  return REGRETS_WHAT_IS_DONE.test(text);
}

const REGRETS_WHAT_IS_DONE =
  /\b(?:regret\p{L}*|deplor\p{L}*|lament\p{L}*)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:saying|that)\b/iu;

const BLAMES = new RegExp(String.raw`\b(?:${BLAMING_OR_ACCUSING_VERB})\b`, 'iu');

/**
 * "Who was _blamed_ for the impasse?", "Whom did Tiani _blame_…?", "Who blamed the government?": a
 * verb of blame in a question asking for a person is what is asked (whoever a sentence blames, or
 * whoever blames), not the saying of whose words answer; a sentence blaming nobody does not tell.
 */
function asksPersonInBlame(question: AnalysedQuestion, word: WeightedWord): boolean {
  return question.answerType === 'person' && word.partOfSpeech === 'VERB' && BLAMING.test(word.word);
}

/** A claim that someone is one of a kind: "Is it true that Tiani _is a_ civilian politician?". */
const ROLE_CLAIMED = /\b(?:is|was|are|were)\b[^?]{0,40}?\b(?:a|an)\s+/iu;

/** Forms of "credit", which says whose report something is as often as it praises. */
const CREDITING = /^credit(?:s|ed|ing)?$/iu;

/** Whether a verb praises ("credit", "hail"…), blames ("accuse", "fault"…), or neither (null). */
function judgementOf(word: string): 'praise' | 'blame' | null {
  if (PRAISING.test(word)) return 'praise';
  return BLAMING.test(word) ? 'blame' : null;
}

/**
 * Whether a sentence misses the judgement a reason is asked for: it has neither the verb (`firm`)
 * nor another verb of the same judgement ("hailed" for "praise", blame in someone's words for
 * "accuse"), nor a cause said outright, though its article uses the verb elsewhere (see
 * `isAnotherEvents`): where it never does, the story may judge in words of its own ("singled out
 * Smith for…").
 */
function missesJudgement(library: Library, sentence: Sentence, verb: WeightedWord, firm: number): boolean {
  if (firm > 0 || givesCause(sentence.text)) return false;
  const judges = judgementOf(verb.word) === 'praise' ? praises(sentence.text, []) : blames(sentence.text);
  return !judges && isAnotherEvents(library, sentence, verb, false);
}

/** Kinds of settlement a place question may ask for by name ("In which city…"). */
const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'capital', 'village', 'municipality']);

/**
 * A settlement named as one in words, whether or not WordNet knows it: "the town of Bormio", "the
 * Brazilian city of Sorocaba", "Sorocaba, a city in Brazil".
 */
const SETTLEMENT_NAMED =
  /\b(?:city|town|village|capital|municipality)\s+of\s+\p{Lu}|\p{Lu}[\p{L}-]+,\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:city|town|village|capital)\b/u;

/** Whether a sentence names days, none of them one the question names. */
function datesAnotherDay(text: string, daysAsked: readonly string[]): boolean {
  if (daysAsked.length === 0) return false;
  const said = daysNamedIn(text);
  return said.length > 0 && !said.some((day) => daysAsked.includes(day));
}

function missesAskedEvent(candidate: Candidate): boolean {
  return candidate.missesAskedEvent;
}

/** Whether a candidate misses the question's unseen focus (see `unseenFocusMatch`). */
export function lacksFocus(candidate: Candidate): boolean {
  return candidate.unseenFocusMatch !== null && candidate.unseenFocusMatch < TUNING.minUnseenFocusMatch;
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

const ASKS_FOR_EVENT_DETAIL: ReadonlySet<string> = new Set(['time', 'place', 'number']);

/** A verb saying what happened, not who did it nor how the question is put ("take", "happen"). */
function isEventVerb(word: WeightedWord): boolean {
  return word.partOfSpeech === 'VERB' && !isGeneric(word) && word.actors.size === 0 && !word.stemOnly;
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
  // …past the kind's words, "of" inside it too ("Which African heads _of_ state have condemned…").
  while (
    ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[at]?.pos ?? '') ||
    (at > asking + 1 &&
      /^of$/i.test(tokens[at]?.text ?? '') &&
      ['NOUN', 'PROPN', 'ADJ'].includes(tokens[at + 1]?.pos ?? ''))
  )
    at += 1;
  if (at === asking + 1) return undefined;
  // "…have condemned", "…publicly condemned", "…, if any, condemned"; not "…did Blinken call".
  for (; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    // "…, according to the army, could…": an aside set off by commas is not the clause's doing.
    const asideEnd =
      token.text === ',' ? tokens.findIndex((next, index) => index > at && next.text === ',') : -1;
    if (asideEnd > 0) {
      at = asideEnd;
      continue;
    }
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

/** Whether a sentence's token stands for a question word: the same term, or a firm paraphrase of it. */
function standsForOf(library: Library, words: readonly QuestionWord[]) {
  const byWord = new Map(words.map((word) => [word.word, word]));
  return (token: string, counted: string): boolean => {
    const word = byWord.get(counted);
    const term = termOf(token);
    if (!word || term === null) return false;
    if (term === word.term) return true;
    // A unit is met by a unit that counts it, not by a near word (see `countsUnit`).
    const asked = unitOf(word.word);
    if (asked !== undefined) {
      const said = unitOf(token);
      return said !== undefined && countsUnit(said, asked);
    }
    if (wordNetTermsOf(library, word).has(term)) return true;
    const a = library.vectors?.vectorOf(token.toLowerCase());
    const b = library.vectors?.vectorOf(word.word);
    return a !== undefined && b !== undefined && cosine(a, b) >= TUNING.countedMinSimilarity;
  };
}

/**
 * Where a question asks what part someone had in an event, the token index of the event's noun:
 * "involved in (planning) the _coup_", "What role did he play in the _coup_", "had a hand in the
 * _takeover_". The first noun within a few words after "in".
 */
function eventsTakenPartInOf(tagged: readonly Token[]): number[] {
  const found: number[] = [];
  for (const [at, token] of tagged.entries()) {
    if (!/^in$/i.test(tagged[at + 1]?.text ?? '')) continue;
    const asksPart =
      TAKING_PART.test(token.text) ||
      // "What role did he play _in_…": a role asked a few words before its verb.
      (PLAYING_OR_HAVING.test(token.text) &&
        tagged.slice(Math.max(0, at - ROLE_BEFORE_VERB), at).some((before) => ROLE.test(before.text)));
    if (!asksPart) continue;
    const head = eventHeadAfter(tagged, at + 2);
    // A part in a place or a body is none in an event: "his ongoing role in the _capital_", "Tiani's
    // role in the new _government_" (a post).
    const lemma = nounLemma((tagged[head]?.text ?? '').toLowerCase());
    if (head >= 0 && !SETTLEMENTS.has(lemma) && !AREAS.has(lemma) && !ACTOR_KIND_NOUNS.has(lemma))
      found.push(head);
  }
  return found;
}

/**
 * Where a question asks what was said about something, the token index of the topic's head:
 * "What did Tiani say about _the United States_", "what did CNN report regarding the _protests_".
 * The first noun or name within a few words after "about", "regarding" or "concerning" that comes
 * after a verb of saying ("say anything about…" too).
 */
function topicsSaidAboutOf(tagged: readonly Token[]): number[] {
  const found: number[] = [];
  for (const [at, token] of tagged.entries()) {
    if (!/^(?:about|regarding|concerning)$/i.test(token.text)) continue;
    const before = tagged.slice(Math.max(0, at - 3), at);
    if (!before.some((word) => word.pos === 'VERB' && SAID_ABOUT.test(word.text))) continue;
    const phrase = tagged.slice(at + 1, at + 1 + EVENT_NOUN_WITHIN);
    const head = phrase.findIndex((next) => next.pos === 'NOUN' || next.pos === 'PROPN');
    // Only a thing named: not what was said of it ("about outside forces _stepping_ in", "about
    // _how long_…"), which a passage may say in any words.
    const clause =
      /^(?:how|what|why|when|where|who|whether|if)$/i.test(phrase[0]?.text ?? '') ||
      tagged.slice(at + 1 + head + 1, at + 1 + head + 3).some((next) => next.pos === 'VERB');
    if (head >= 0 && !clause) found.push(at + 1 + head);
  }
  return found;
}

/** Verbs of saying something about a topic ("say anything about", "reported regarding"). */
const SAID_ABOUT =
  /^(?:say|says|said|saying|tell|tells|told|comment|comments|commented|mention|mentions|mentioned|report|reports|reported|state|states|stated)$/i;

/** Words for having a part in something: "involved", "role", "hand", "part", "participation". */
const TAKING_PART = /^(?:involved|involvement|role|roles|hand|part|participation|complicity|complicit)$/i;

/** Words for an area, as lemmas (settlements are `SETTLEMENTS`). */
const AREAS: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'region',
  'area',
  'province',
  'district',
  'continent',
  'world',
  'place',
]);

/**
 * The index of the head noun of the event after "in", or -1: past a doing word ("in _planning_ the
 * coup"), the last noun of the first run of nouns ("the military _coup_").
 */
function eventHeadAfter(tagged: readonly Token[], from: number): number {
  const isNoun = (token: Token | undefined): boolean => token?.pos === 'NOUN' && !/ing$/i.test(token.text);
  for (let at = from; at < from + EVENT_NOUN_WITHIN && at < tagged.length; at += 1) {
    if (!isNoun(tagged[at])) continue;
    let head = at;
    while (isNoun(tagged[head + 1])) head += 1;
    return head;
  }
  return -1;
}

/** A role or part, asked before the verb of playing or having it ("What _role_ did he play in…"). */
const ROLE = /^(?:role|roles|part|hand)$/i;

/** The verbs a role is played or had with, before "in". */
const PLAYING_OR_HAVING = /^(?:play|played|playing|plays|have|had|has)$/i;

/**
 * How many words before "play" or "have" a role asked is looked for: a source may stand between
 * ("What role did _the State Department say Issoufou_ played in…"; 6 → 10 flagged one more near
 * miss, nothing else moved).
 */
const ROLE_BEFORE_VERB = 10;

/** How far after "in" the event's noun is looked for: "in _planning the_ coup". */
const EVENT_NOUN_WITHIN = 4;

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
  // "the _vice_ president" is not the president.
  const named = actorReferencesIn(library.actors, question.text)
    .filter((reference) => !inAnotherRole(library, question.tagged, reference))
    .map((reference) => withNounModifiers(library, question, reference));
  // People the question describes in its own words ("the top US diplomat") count as named.
  const described = describedActors(library, question, named, article);
  // "his own country": the country of the person it refers to.
  const ownCountries = ownCountryReferences(library, question.text, [...named, ...described]);
  // "the West African nation": the one country of that region the articles speak of.
  const regionCountries = regionCountryReferences(library, question.tagged, article).filter(
    (found) => !named.some((reference) => reference.start < found.end && found.start < reference.end),
  );
  const references = [...named, ...described, ...ownCountries, ...regionCountries]
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
 * A reference to a person with the common nouns just before it that the articles never use ("the
 * _junta_ leader"): they say who is meant, as "the new leader" does, and are no word to find.
 */
function withNounModifiers(
  library: Library,
  question: AnalysedQuestion,
  reference: ActorReference,
): ActorReference {
  if (actorByIdOf(library).get(reference.actorId)?.kind !== 'person') return reference;
  const tokens = question.tagged;
  let first = tokens.findIndex((token) => token.start === reference.start);
  while (first > 0) {
    const token = tokens[first - 1] as Token;
    const term = termOf(token.text);
    if (
      token.pos !== 'NOUN' ||
      !/^\p{Ll}/u.test(token.text) ||
      term === null ||
      library.documentFrequency.has(term) ||
      !namesPeople(library, token.text.toLowerCase())
    )
      break;
    first -= 1;
  }
  const start = tokens[first]?.start ?? reference.start;
  // Only inside a noun phrase ("the junta leader", not "…did the guard _release_ Bazoum"), and
  // before a role, not a name: "the sequel Gerwig directed" is a sequel.
  const opener = tokens[first - 1];
  return start === reference.start ||
    opener === undefined ||
    !PHRASE_OPENER.test(opener.text) ||
    !/^\p{Ll}/u.test(question.text.slice(reference.start, reference.end))
    ? reference
    : { ...reference, start };
}

/** Whether WordNet files a noun as people or a group of them ("junta" is a clique, "rebel" a person). */
function namesPeople(library: Library, noun: string): boolean {
  const lemma = nounLemma(noun);
  return (
    (library.personNouns?.has(lemma) ?? false) ||
    (library.kinds?.get(lemma) ?? []).some((kind) => PEOPLE_GROUPS.has(kind))
  );
}

/** WordNet's kinds of groups of people. */
const PEOPLE_GROUPS: ReadonlySet<string> = new Set([
  'clique',
  'band',
  'group',
  'social_group',
  'gang',
  'faction',
  'organization',
  'organisation',
  'force',
  'unit',
  'military_unit',
  'party',
  'crew',
  'team',
]);

/** What opens a noun phrase: a determiner or a possessive. */
const PHRASE_OPENER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose|['’]s?)$/i;

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

/** A very long question keeps its rarest words: they carry the meaning and bound the query's cost. */
function strongestWords(library: Library, words: readonly QuestionWord[]): QuestionWord[] {
  if (words.length <= TUNING.maxQuestionWords) return [...words];
  return [...words]
    .sort((a, b) => idf(library, b.term) - idf(library, a.term))
    .slice(0, TUNING.maxQuestionWords);
}

/** Nouns for something done, in general: what someone may be praised or blamed for. */
const DEED_NOUNS: ReadonlySet<string> = new Set([
  'contribution',
  'role',
  'achievement',
  'accomplishment',
  'work',
  'effort',
  'deed',
  'act',
  'action',
  'conduct',
  'performance',
  'service',
  'quality',
  'thing',
]);

/**
 * What the act a reason is asked for is done to: "…give for closing _the borders_?" → borders.
 * The act is a gerund after "for" with a determiner after it; its object the noun after that, past
 * adjectives.
 */
function objectOfActAskedFor(tagged: readonly Token[]): string | undefined {
  const actAt = tagged.findIndex(
    (token, at) =>
      // A gerund, which the tagger may call a noun ("for _closing_ the borders").
      ['VERB', 'NOUN'].includes(token.pos) &&
      /^\p{Ll}+ing$/u.test(token.text) &&
      tagged[at - 1]?.text.toLowerCase() === 'for' &&
      tagged[at + 1]?.pos === 'DET',
  );
  if (actAt < 0) return undefined;
  for (let at = actAt + 1; at < tagged.length; at += 1) {
    const token = tagged[at] as Token;
    if (token.pos === 'NOUN') return token.text.toLowerCase();
    if (!['DET', 'ADJ', 'PRON'].includes(token.pos)) return undefined;
  }
  return undefined;
}

/**
 * A lead-in setting a time: "_Before the coup_, which unit…", "_Once the impasse broke_, what…",
 * "_When Blinken called_, what…" (only a lead-in's words are read by it: "When did…" has none).
 */
const TIME_LEAD_IN =
  /^\s*(?:(?:so|and|but|ok|okay|well|now)\s*,?\s+)?(?:before|after|following|since|during|once|until|when|prior\s+to|ahead\s+of|in\s+the\s+wake\s+of)\b/i;

/** A word of what a claim says of the actors it names: not a name, an actor, or the lead-in's. */
function isClaimContent(word: WeightedWord): boolean {
  return !word.leadIn && !word.isName && word.actors.size === 0;
}

/**
 * How firmly a passage meets what a claim says of the actors it names: the weighted share of its
 * other words (not names or actors, the lead-in, or words that only shape the question) that the
 * passage firmly meets. A choice's branches count apart, the better one kept: "Is Bazoum free or is
 * he still in detention?" is answered by a passage meeting either. 1 when the claim says nothing else.
 */
function claimPredicateMatch(words: readonly WeightedWord[], firm: readonly number[]): number {
  const shareOf = (inBranch: (word: WeightedWord) => boolean): number | null => {
    let met = 0;
    let total = 0;
    words.forEach((word, index) => {
      if (!inBranch(word) || !isClaimContent(word) || isGeneric(word)) return;
      total += word.weight;
      met += word.weight * Math.min(1, firm[index] ?? 0);
    });
    return total === 0 ? null : met / total;
  };
  const shares = [shareOf((word) => !word.inAlternative), shareOf((word) => word.inAlternative)].filter(
    (share): share is number => share !== null,
  );
  return shares.length === 0 ? 1 : Math.max(...shares);
}

/**
 * Whether a noun names something done together, talks or an intervention ("Who is leading the
 * _negotiations_?"): who does it is named in the clause that speaks of it, not anywhere in the
 * sentence ("Bazoum remains in detention and that negotiations … were at an impasse").
 */
function namesJointActivity(library: Library, word: WeightedWord): boolean {
  if (word.partOfSpeech !== 'NOUN') return false;
  const kinds = library.kinds?.get(nounLemma(word.word.toLowerCase())) ?? [];
  return kinds.some((kind) => JOINT_ACTIVITY_KINDS.has(kind));
}

/** WordNet's kinds of talks and taking part: negotiation is a discussion, intervention an engagement. */
const JOINT_ACTIVITY_KINDS: ReadonlySet<string> = new Set(['discussion', 'engagement', 'participation']);

/** Verbs asking how others took something ("How did the world _react_?"), as lemmas. */
const REACTION_VERBS: ReadonlySet<string> = new Set(['react', 'respond']);

/** Nouns asking what someone felt ("Which _feeling_ did he express…?"), as lemmas. */
const FEELING_NOUNS: ReadonlySet<string> = new Set(['feeling', 'emotion', 'sentiment', 'mood']);

/**
 * A feeling named in a sentence: "expressed _regret_", "_concern_", "was _dismayed_". A list, not
 * WordNet's kinds of feeling, which take in "security" and "desire" (most sentences of a news story).
 */
const FEELING_NAMED =
  /\b(?:regret(?:s|ted|ful)?|concern(?:s|ed)?|dismay(?:ed)?|disappoint(?:ed|ment)|sorrow|sad(?:ness)?|anger|angry|outrage[sd]?|worr(?:y|ied|ies)|hope(?:s|d|ful)?|pride|proud|frustrat(?:ed|ion)|alarm(?:ed)?|relie(?:f|ved)|sympathy|gratitude|grateful|fear(?:s|ed|ful)?|shock(?:ed)?|happ(?:y|iness)|joy|delight(?:ed)?|satisf(?:ied|action)|deplore[sd]?)\b/iu;

/** Nouns asking how others took something ("What was the international _reaction_…?"). */
const REACTION_NOUNS: ReadonlySet<string> = new Set(['reaction', 'response', 'reception', 'verdict']);

/** A verb of praising, in any form, as a word: "credit", "hailed" (see `praises` for a sentence). */
const PRAISING = new RegExp(String.raw`^(?:${PRAISING_VERB})$`, 'iu');

/** A verb of blaming or accusing, in any form: "blames", "accused", "criticising". */
const BLAMING = new RegExp(String.raw`^(?:${BLAMING_OR_ACCUSING_VERB})$`, 'iu');

/** Whoever gives praise asked as a noun: "credit _from Guardiola_ for…", "praise _by the coach_". */
const GIVEN_BY = /\b(?:from|by)\s+((?:(?!(?:for|with|in|on|about|over|after|and)\b)[\p{L}'’-]+\s*){1,4})/iu;

/** Nouns for praise given to someone: what a sentence praising them gives. */
const PRAISE_NOUNS: ReadonlySet<string> = new Set([
  'credit',
  'praise',
  'plaudit',
  'kudos',
  'commendation',
  'acclaim',
  'accolade',
  'compliment',
  'tribute',
]);

/** Nouns for a fault found with someone: what a sentence finding one gives. */
const FAULT_NOUNS: ReadonlySet<string> = new Set([
  'failing',
  'failure',
  'shortcoming',
  'fault',
  'flaw',
  'weakness',
  'reproach',
  'complaint',
  'grievance',
  'criticism',
  'accusation',
]);

/**
 * Whether a sentence finds fault: poor or failed doing, blame or complaint in words, or someone's
 * words that another did not do something ("…, he said, did not give Nigeriens…"). A plain "did
 * not" finds none ("Inzaghi did not attend", "the lander did not carry…").
 */
function findsFault(text: string): boolean {
  return FINDS_FAULT.test(text) || (NOT_DONE.test(text) && REPORTED.test(text));
}

const FINDS_FAULT = new RegExp(
  String.raw`\b(?:poor|failed|fail(?:s|ing|ings|ure|ures)?|mismanag\p{L}*|corrupt\p{L}*|incompeten\p{L}*|complain\p{L}*|${BLAMING_OR_ACCUSING_VERB})\b`,
  'iu',
);
const NOT_DONE =
  /\b(?:did|does|do|has|have|had|could|would)\s+not\b|\b(?:didn|doesn|don|hasn|haven|hadn|couldn|wouldn)['’]t\b/iu;
const REPORTED = /\b(?:said|says|say|saying|told|according|claimed|claims|stated|argued|insisted)\b/iu;

/** Whether a sentence says what someone thought of something: praise or blame, in noun or verb. */
function givesJudgement(text: string): boolean {
  return JUDGEMENT.test(text);
}

const JUDGEMENT = new RegExp(
  String.raw`\b(?:${PRAISING_VERB}|${BLAMING_VERB}|criticism|condemnation|denunciation|praise|outrage|backlash|welcom(?:e|ed|es|ing)|applause|protests?)\b`,
  'i',
);

/** The forms of the plain verbs of asking something of someone: "asked", "urged", "requested". */
const ASKING_FORMS = String.raw`ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?`;

/** A verb of asking something of someone, alone: "urged", "asked", "requested", "implored". */
const ASKING_VERB = new RegExp(
  String.raw`^(?:${ASKING_FORMS}|implor(?:e|es|ed|ing)|beseech(?:es|ed|ing)?|exhort(?:s|ed|ing)?)$`,
  'iu',
);

/** Words of asking something of someone: "asked", "urged", "called on", "requested", "appealed to". */
const ASKING = new RegExp(
  String.raw`\b(?:${ASKING_FORMS}|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)?)\b`,
  'i',
);

/**
 * Whether a sentence dates an event in the past and no more ("was detained _two days ago_", "on
 * Thursday"): not one saying it has gone on since ("have been held _since_ Monday", "until").
 */
function datesPastEvent(text: string): boolean {
  return holdsTime(text) && !GOING_ON.test(text);
}

/** Words saying something has gone on to now: "since", "until", "has / have been". */
const GOING_ON = /\b(?:since|until|till|(?:has|have)\s+been)\b/i;

/**
 * Whether a word names a kind of actor with the asked category after it ("Which _government_ body
 * put out the statement?"): both say what sort of actor the answer is, which a passage says by
 * naming one (the State Department), not by the word ("the civilian-led government").
 */
function namesKindWithCategory(question: AnalysedQuestion, word: QuestionWord): boolean {
  return (
    question.askedCategory !== null &&
    ENTITY_CATEGORIES.has(question.askedCategory) &&
    ENTITY_CATEGORIES.has(nounLemma(word.word)) &&
    modifiesCategory(question, word.word)
  );
}

/** Whether a word stands right before the asked category's noun ("_media_ organizations"). */
function modifiesCategory(question: AnalysedQuestion, word: string): boolean {
  const tagged = question.tagged;
  return tagged.some(
    (token, at) =>
      token.text.toLowerCase() === word &&
      tagged[at + 1] !== undefined &&
      nounLemma((tagged[at + 1] as Token).text.toLowerCase()) === question.askedCategory,
  );
}

/** What a question may call an actor that is no person ("outlet", "broadcaster", "agency"). */
const BODY_KIND_WORDS: ReadonlySet<string> = new Set(
  Object.entries(KIND_CATEGORIES).flatMap(([kind, words]) => (kind === 'person' ? [] : words)),
);

/**
 * Whether a question opens with "which" and the noun phrase of a kind ("Which CNN _reporter_…",
 * "Which army _commander_…"), not a kind named later. (Not "what": "What world _leaders_ have
 * done…" is what is left of "What does the article say world leaders have done…".)
 */
function opensWithKindOf(tagged: readonly Token[], kind: string): boolean {
  if (!/^which$/i.test(tagged[0]?.text ?? '')) return false;
  for (const token of tagged.slice(1)) {
    if (token.pos === 'NOUN' && nounLemma(token.text.toLowerCase()) === kind) return true;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) return false;
  }
  return false;
}

/** Whether a sentence has a word's own term or one WordNet lists for it. */
function saysWordOrWordNets(library: Library, id: number, word: WeightedWord): boolean {
  const terms = library.termsBySentence[id];
  return (
    terms !== undefined && (terms.has(word.term) || [...word.wordNetTerms].some((term) => terms.has(term)))
  );
}

/** A computation run on its first call only, its result kept for later ones. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Whether a sentence has one of a noun's lemmas (its own, or a word WordNet lists for it), as a
 * word, not only a stem ("governance" is no "government").
 */
function saysNounOf(library: Library, id: number, lemmas: ReadonlySet<string>): boolean {
  return (library.wordsBySentence[id] ?? []).some((word) => lemmas.has(nounLemma(word)));
}

/** A span a question asks across, with the words of the event it is measured from. */
interface SpanAsked {
  readonly span: RelativeSpan;
  readonly anchor: readonly WeightedWord[];
}

function spanAskedIn(question: AnalysedQuestion, words: readonly WeightedWord[]): SpanAsked | null {
  const span = relativeSpanIn(question.text);
  if (span === null) return null;
  const after = new Set(termsOf(question.text.slice(span.end)));
  const anchor = words.filter((word) => after.has(word.term) && !isGeneric(word));
  return anchor.length === 0 ? null : { span, anchor };
}

/**
 * Whether a sentence relates two events by the span asked (the same unit, and the same count where
 * both give one) and speaks of the event it is measured from: by a word of it, a word WordNet gives
 * for it, or a mention of an actor it names ("_The announcement_" for Tiani).
 */
function relatesAcrossSpan(library: Library, sentence: Sentence, asked: SpanAsked): boolean {
  const said = relativeSpanIn(sentence.text);
  if (said === null || said.unit !== asked.span.unit) return false;
  if (said.count !== null && asked.span.count !== null && said.count !== asked.span.count) return false;
  const mentioned = library.actorsBySentence[sentence.id] ?? [];
  return asked.anchor.some(
    (word) =>
      saysWordOrWordNets(library, sentence.id, word) || mentioned.some((actorId) => word.actors.has(actorId)),
  );
}

/**
 * Whether a claim names a country as one of its actors: not as where something happened ("detained
 * _in Niger_"), nor as whose someone or something is ("_Niger's_ army", "the president _of
 * Niger_", "_US_ troops"), which say only who or where is meant.
 */
function isCountryClaimed(question: AnalysedQuestion, word: WeightedWord): boolean {
  const describes = question.tagged.some(
    (token, at) => token.text.toLowerCase() === word.word && question.tagged[at + 1]?.pos === 'NOUN',
  );
  return (
    !describes &&
    ownedAfter(question.text, word.word) === null &&
    !isPlacedIn(question.text, word.word, COUNTRY_PLACED) &&
    !new RegExp(String.raw`\bof\s+(?:the\s+)?${escapeRegExp(word.word)}\b`, 'i').test(question.text)
  );
}

/**
 * Whether a text places something at a word after one of `prepositions`: "_in_ Niamey", "_into
 * the_ United States".
 */
function isPlacedIn(text: string, word: string, prepositions: string): boolean {
  return new RegExp(String.raw`\b(?:${prepositions})\s+${escapeRegExp(word)}\b`, 'i').test(text);
}

/**
 * Whether a word ends what a question asks about: "say _about the United States_ in his
 * broadcast", "his view _of_ / stance _on_ / position _towards_ Niger?". Not a country describing
 * the topic ("about the UK economy", "regarding UK borrowing").
 */
function isTopicAsked(text: string, word: string): boolean {
  return [...text.matchAll(TOPIC_OPENER)].some((opener) => {
    const topic = TOPIC_WORDS.exec(text.slice((opener.index ?? 0) + opener[0].length));
    if (!topic) return false;
    // The words of one name: those before the word are capitalised ("the _United_ States") or
    // make a country's name with it ("the united states").
    const words = (topic[1] ?? '').split(/\s+/).filter((part) => part !== '');
    const at = words.findIndex((part) => part.toLowerCase() === word);
    return (
      at >= 0 &&
      at === words.length - 1 &&
      (words.slice(0, at).every((part) => /^\p{Lu}/u.test(part)) ||
        countryNamed(words.join(' ')) !== undefined)
    );
  });
}

/** The words of a topic up to where it ends: a mark, the question's end, a preposition or a conjunction. */
const TOPIC_WORDS =
  /^(?:the\s+)?((?:[\p{L}.'’-]+\s+){0,2}?[\p{L}.'’-]+)(?=\s*(?:[?.!,;:]|$)|\s+(?:in|on|at|to|for|from|with|during|after|before|since|over|and|or|when|while)\b)/iu;

/** What opens the topic of a question: "about", "regarding", "his view of", "stance on"… */
const TOPIC_OPENER =
  /\b(?:about|regarding|concerning|(?:view|views|stance|position|attitude|policy)\s+(?:of|on|towards?))\s+/giu;

/** Before a city: "_in_ Niamey", "_at_ Niamey" (not "in the _West_ African nation"). */
const CITY_PLACED = 'in|at|from|near|into|outside|inside';

/** Before a country: "_in_ Niger", "_into the_ United States" (not "aimed _at_ France"). */
const COUNTRY_PLACED = String.raw`(?:in|from|into|inside|outside|within|across|throughout)(?:\s+the)?`;

/** Whether an actor acts for one of the given countries ("Secretary of State Blinken", the US). */
function actsForOneOf(library: Library, actorId: string, countries: ReadonlySet<string>): boolean {
  const country = countryActorOf(library, actorId);
  return country !== undefined && countries.has(country);
}

/**
 * A passive with its doer after "by": "was the president _seized by_ foreign troops" (the
 * auxiliary, up to three words, a participle). `PASSIVE_AUXILIARY` is anchored; its words are taken.
 */
const CLAIMED_DOER = new RegExp(
  String.raw`\b${PASSIVE_AUXILIARY.source.slice(1, -1)}\s+(?:\p{L}+\s+){0,3}?(?:\p{L}+(?:ed|en|wn)|brought|caught|sent|kept|held|bought|taught|fought|sought|led|met|hit|put|shot|built|lost|left)\s+by\b`,
  'iu',
);

/**
 * Verbs, as lemmas, whose meaning lies in the words with them ("_get_ elected", "_keep_ in
 * detention"), beyond the light ones `isGeneric` already knows ("_put_ at risk", "_take_ part").
 */
const DELEXICAL_VERBS: ReadonlySet<string> = new Set(['get', 'give', 'keep', 'have', 'do', 'set']);

/** Verbs, as lemmas, that order events in time ("the announcement _followed_ the endorsement"). */
const SEQUENCE_VERBS: ReadonlySet<string> = new Set(['follow', 'precede', 'ensue', 'elapse', 'pass']);

const STATEMENT_NOUN = [...STATEMENT_NOUNS].join('|');
/** Statement nouns a possessive owns as words put out ("the military's statement"), not "Bazoum's release". */
const OWNED_STATEMENT_NOUN = [...STATEMENT_NOUNS]
  .filter((noun) => noun !== 'release' && noun !== 'report')
  .join('|');
/** A statement named with its owner: "X said in an official statement", "X's statement", "a statement issued by X". */
const STATEMENT_OWNED = new RegExp(
  String.raw`\b(?:said|stated|announced|added|wrote|noted)\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${STATEMENT_NOUN})s?\b|(?<!\p{L})\p{L}[\p{L}.]*['’]s\s+(?:[\p{L}-]+\s+)?(?:${OWNED_STATEMENT_NOUN})s?\b|\b(?:${STATEMENT_NOUN})s?\s+(?:issued|released|published|put\s+out)\s+by\b`,
  'iu',
);

/** Whether a sentence names whose statement it gives (see `STATEMENT_OWNED`). */
function namesStatementOwner(text: string): boolean {
  return STATEMENT_OWNED.test(text);
}

/**
 * The index terms of the words WordNet relates to a word that share its first letters, its family
 * ("democracy" → democratic, democratize), not its synonyms ("republic").
 */
function wordFamilyTermsOf(library: Library, word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < FAMILY_ROOT_LETTERS) return [];
  const root = lower.slice(0, FAMILY_ROOT_LETTERS);
  const related = [...(library.related?.get(lower) ?? []), ...(library.related?.get(nounLemma(lower)) ?? [])];
  return related.filter((other) => other.startsWith(root)).flatMap((other) => termOf(other) ?? []);
}

/** Letters a word's family shares at the start ("democr" of democracy, democratic). */
const FAMILY_ROOT_LETTERS = 6;
