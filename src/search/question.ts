import { termOf, tokensOf } from './analysis';
import { noun, verb } from 'wink-lemmatizer';
import { asksForDateline } from './dateline';
import { PROCESS_NOUN } from './processNouns';
import { HEADING_NOUNS } from '../actors/lexicon';
import {
  AUXILIARIES,
  isRelativeWhoAt,
  QUESTION_WORD,
  QUESTION_WORDS,
  STANCE_NOUN,
  STANCE_TOPIC,
} from './questionWords';
import { WORDS_NOUN } from './questionWording';
import { countryNamed, isPlace } from '../actors/places';
import { STATEMENT_NOUNS } from './statementNouns';
import { canBeVerb, isWordNetWord } from '../text/verbLexicon';
import { tokensOf as taggedTokensOf, type Token } from '../text/taggedTokens';

/** One content word of a question: its surface form (for vectors) and its index term. */
export interface QuestionWord {
  readonly word: string;
  readonly term: string;
  /** Capitalised past the question's first word: a name ("France", "Tiani"). */
  readonly isName: boolean;
  /** Its universal part of speech in the question ("NOUN", "VERB", "ADV"…, by wink-nlp), or null. */
  readonly partOfSpeech: string | null;
  /**
   * In a lead-in before the question word ("Regarding the coup in Niger, who…", "Apart from
   * security, what…"): it sets the scene rather than says what is asked.
   */
  readonly leadIn: boolean;
  /**
   * A light verb whose object carries the meaning ("_give_ a timeline", "_give_ reasons"): it shapes
   * the question like "make" in "make an announcement". Not when the object is asked ("What did
   * the government fail to _give_ people?"). Also a measure of what follows it ("What _scale_ of
   * assistance…", "To what _extent_…"), but not a measure asked for ("What is the size of the guard?"),
   * or the state it is in ("What is the _state_ of the talks?").
   */
  readonly light: boolean;
  /**
   * Said only in the second branch of a choice ("Did the army back the takeover _or oppose it_?",
   * "…criticizing the takeover _or staying quiet_?"): a passage answers by either branch, so the
   * word counts where it is met and is not missed where it is not.
   */
  readonly inAlternative: boolean;
}

/** What a question asks for, read from its wording before stop words are dropped. */
export type AnswerType = 'person' | 'time' | 'number' | 'place' | 'reason' | 'other';

export interface AnalysedQuestion {
  readonly text: string;
  readonly words: readonly QuestionWord[];
  readonly answerType: AnswerType;
  /** "What is X?" / "Who was X?": asks what something is, which an article's opening sentence says. */
  readonly definitional: boolean;
  /** For a number question, what it measures ("how old" → age) and the words it counts, else null. */
  readonly measure: AskedMeasure | null;
  /**
   * The noun a "what / which" question names its answer by, as a lemma ("Through which medium…" →
   * medium, "What kind of feeling…" → feeling), else null: a sentence naming something of that
   * kind ("television") answers it in other words.
   */
  readonly askedCategory: string | null;
  /**
   * The category is asked after "kind / type / sort of" ("What kind of _support_…"): the answer is
   * one of it, mostly named by the category's own word ("unflagging support"), so it weighs fully.
   */
  readonly askedSortOf: boolean;
  /**
   * It asks for specifics ("Which _specific_ leaders…", "…in _exact_ dollars?"): a passage that
   * answers only in general ("world leaders", "hundreds of millions") does not answer it.
   */
  readonly demandsSpecifics: boolean;
  /**
   * The category is asked in the plural ("Which world _leaders_ condemned the coup?"): the answer
   * names members of it, which a passage speaking of the whole kind ("criticism from world
   * leaders") does not.
   */
  readonly asksForMembers: boolean;
  /** It asks where the story was filed from, which a dateline says ("Washington: …"). */
  readonly asksDateline: boolean;
  /**
   * It asks how something was made known ("How did Tiani make his announcement?", "How did the
   * general tell the country…?"): a sentence naming a medium ("on national television") says how.
   */
  readonly asksMedium: boolean;
  /**
   * It asks what follows from something ("What could happen if foreign troops intervened?", "What
   * consequences…", "What could intervention lead to?"): a sentence saying what something risks or
   * leads to answers it.
   */
  readonly asksConsequence: boolean;
  /**
   * It asks why someone stands against something ("Why is the army _opposed to_ intervention?",
   * "Why did the military _warn against_ it?"): what that thing risks or leads to is the reason.
   */
  readonly asksWhyAgainst: boolean;
  /**
   * It says "still", "any longer", "no longer" or "anymore" ("Is Bazoum _still_ being held?"), or
   * "current", "now", "at present": it asks whether something goes on, or how it stands, and a
   * sentence saying it remains (in the clause of what is asked) ranks up when it asks whether, or what.
   */
  readonly asksContinuation: boolean;
  /**
   * Asks how a process stands ("What is the current status of the talks?", "Have the talks made
   * progress?"): a sentence saying it stands somewhere ("at an impasse") holds the answer.
   */
  readonly asksStatus: boolean;
  /**
   * The thing a "whose" question asks the owner of ("Whose _government_ was overthrown?"), as the
   * question's word, else null: a sentence naming it after a possessive name says whose.
   */
  readonly ownedAsked: string | null;
  /**
   * It asks whether something holds: it opens with an auxiliary ("Is Tiani the general who commands
   * the guard?") or has no question word (a claim put up to check): a passage confirms it only if
   * it speaks of everyone it names.
   */
  readonly asksWhether: boolean;
  /**
   * The index terms of what the question sets aside ("_Besides security_, what failings…", "Who else
   * did Blinken call _apart from Bazoum_?"): the answer is something else, mostly named beside it.
   */
  readonly setAside: readonly string[];
  /**
   * Words the question names only as what another takes ("power" in "the seizure of power"): a
   * passage saying the other ("the seizure") says them too.
   */
  readonly impliedWords: ReadonlySet<string>;
  /**
   * Responses to a request a question speaks of, lower case: "Did Issoufou _agree_ to Blinken's
   * request?", "Has Bazoum agreed to _resign_?" (with the verb agreed to).
   */
  readonly claimedResponses: readonly ClaimedResponse[];
  /**
   * The words of what a question asks the name of, as lemmas with the head last ("What is the name
   * of the _junta_…", "What name did the leaders give their _ruling body_?"), else null.
   */
  readonly nameAskedOf: readonly string[] | null;
  /** The question as wink tagged it, offsets into `text` (tagged once, read again by ranking). */
  readonly tagged: readonly Token[];
}

/** What a "how many / how much / how long…" question measures. */
export interface AskedMeasure {
  readonly kind: 'count' | 'amount' | 'duration' | 'age' | 'distance' | 'other';
  /**
   * "How many US troops are…" → ["us", "troops"]: the answer's number counts one of these. "What
   * trade figures…" → ["trade"]: the amount is said with it.
   */
  readonly counted: readonly string[];
}

/** The distinct content words of a question, at most `maxWords` (the rarest kept by the caller's order). */
export function analyseQuestion(asked: string): AnalysedQuestion {
  // "Which specific leaders…": what is asked is "which leaders"; that it must be specific is kept aside.
  const text = asked.replace(SPECIFICS_DEMANDED, '');
  // "What _exact_ words did the army use…?": the bot quotes exactly anyway, so words asked for
  // exactly demand nothing more.
  const demandsSpecifics = text !== asked && !EXACT_WORDS.test(asked);
  const seen = new Set<string>();
  const words: QuestionWord[] = [];
  const tagged = withVerbAfterAskedKind(
    withVerbAfterWho(
      withVerbAfterSubject(
        withNounPhrasesRepaired(withVerbAfterDoSubject(withVerbAfterOpeningName(taggedTokensOf(text)))),
      ),
    ),
  );
  const partsOfSpeech = partsOfSpeechOf(tagged);
  // Typed all in lower case ("what did france say?"), a name is told by its part of speech.
  const typedInLowerCase = !/\p{Lu}/u.test(text.slice(1));
  const tokens = tokensOf(text);
  const firstQuestionWord = tokens.findIndex((token) => QUESTION_WORD.test(token));
  // A lead-in is set off by a comma, colon or dash ("Apart from security, what…"); words before a
  // question word that ends the question ("Bazoum was detained by whom?") are the question.
  // (The question word set off may not be the first: "There's been talk about _how_ the world
  // responded — so _how_ has the coup gone down…?")
  // (Not after a question of its own: "Did the talks resume, and what came of them?")
  const setOffAt =
    (firstQuestionWord > 0 || WHEN_CLAUSE_OPENING.test(text)) && !OPENS_WITH_AUXILIARY.test(text)
      ? setOffQuestionWordAt(text)
      : -1;
  const questionWordAt =
    setOffAt > 0 ? setOffAt : firstQuestionWord < 0 ? claimLeadInLength(text, tokens, tagged) : -1;
  const opening = clauseOpenings(text, tokens);
  const asksWhether = firstQuestionWord < 0 || OPENS_WITH_AUXILIARY.test(text);
  const asksContinuation = ASKS_CONTINUATION.test(text) && !STILL_AS_HOWEVER.test(text);
  const alternativeWords = asksWhether ? secondBranchWordsOf(tagged) : new Set<string>();
  const sourceWords = sourceCitedWordsOf(tagged);
  const lightWords = new Set([
    ...lightVerbsOf(tagged),
    ...(asksWhether ? [] : commitmentVerbsOf(tagged)),
    ...measureAndStateNounsOf(tokens),
    ...aspectVerbsOf(tagged),
    ...(reflexiveSelfIsLight(tagged, asksWhether) ? ['self'] : []),
    // "What _event_ took place…" asks what happened.
    ...happeningsAskedOf(tokens),
    // "What was _behind_ it" asks what caused it, as "why" does.
    ...(BEHIND_AS_CAUSE.test(text) ? ['behind'] : []),
    // What the question asks of it, not what it is about.
    ...(asksContinuation ? CONTINUATION_MARKERS : []),
  ]);
  tokens.forEach((token, position) => {
    const term = termOf(token);
    if (term === null || seen.has(term)) return;
    seen.add(term);
    const isName =
      (!opening[position] && /^\p{Lu}/u.test(token)) ||
      // An acronym is a name wherever it stands: "ECOWAS threatened…" opening a claim to check. (A
      // question word or auxiliary typed in capitals, "WHO detained…", "DID Tiani…", is none.)
      (ACRONYM.test(token) && !QUESTION_WORD.test(token) && !OPENING_AUXILIARY.test(token)) ||
      (typedInLowerCase &&
        partsOfSpeech.get(token.toLowerCase()) === 'PROPN' &&
        // wink tags a capitalised first word as a name; a dictionary word there is none ("Dateline
        // of the story?"), one WordNet does not know is ("Bazoum status now?").
        !(
          position === 0 &&
          /^\p{Lu}/u.test(token) &&
          isWordNetWord(token.toLowerCase()) &&
          // (A place is one whatever WordNet knows: "Niger status now?", "Washington reaction?")
          !isPlace(token) &&
          countryNamed(token) === undefined
        ));
    words.push({
      word: token.replace(/\./g, '').toLowerCase(),
      term,
      isName,
      partOfSpeech: partsOfSpeech.get(token.toLowerCase()) ?? null,
      leadIn: position < questionWordAt || sourceWords.has(token.toLowerCase()),
      light: lightWords.has(token.toLowerCase()),
      inAlternative: alternativeWords.has(token.toLowerCase()),
    });
  });
  // "What was Issoufou _asked_ to do?" asks about an event, not what he is.
  const definitional =
    /^\s*(?:what|who)\s+(?:is|are|was|were)\b/i.test(text) &&
    words.length <= 4 &&
    // "What was Blinken sorry _about_?" asks what a feeling or a word is of, not who Blinken is.
    !ENDS_IN_PREPOSITION.test(text) &&
    // (wink tags some bare plurals as verbs: "What are sanctions?" still asks what they are.)
    !tagged.some((token, at) => token.pos === 'VERB' && !(at === 2 && tagged[at + 1]?.pos === 'PUNCT'));
  const sought = askedCategoryOf(tagged);
  return {
    text,
    words,
    // A "when" opening the lead-in only sets the time of what is asked after it.
    answerType: answerTypeOf(
      setOffAt > 0 && firstQuestionWord === 0 ? text.replace(/^(\W*)when\b/i, '$1') : text,
      tagged,
    ),
    definitional,
    measure: measureOf(text),
    askedCategory: sought.category,
    askedSortOf: sought.sortOf,
    demandsSpecifics,
    asksForMembers: sought.members,
    asksDateline: asksForDateline(text),
    asksMedium: asksMediumOf(tagged),
    asksConsequence: asksConsequence(text),
    asksWhyAgainst: /^\W*why\b/i.test(text) && STANCE_AGAINST.test(text),
    asksContinuation,
    asksStatus: ASKS_STATUS.test(text),
    ownedAsked: ownedAskedOf(tagged),
    asksWhether,
    setAside: setAsideOf(tagged),
    impliedWords: impliedWordsOf(text),
    claimedResponses: claimedResponsesOf(tagged),
    nameAskedOf: nameAskedOf(tagged),
    tagged,
  };
}

/**
 * The words of a source cited after the question's opening, lower case: "according to", set off
 * by a comma, and what follows it to the clause's end ("Who, _according to the official US
 * statement_, underlined…", "…in Niger, _according to the State Department_?"). Like a lead-in
 * they say where the answer is found, not what is asked. Not a manner ("carried out according to
 * the constitution"). Words also said elsewhere in the question are not among them.
 */
function sourceCitedWordsOf(tokens: readonly Token[]): Set<string> {
  let citing = false;
  return wordsOnlyWithin(
    tokens,
    tokens.map((token, at) => {
      if (token.pos === 'PUNCT') citing = false;
      else if (
        token.text.toLowerCase() === 'according' &&
        tokens[at + 1]?.text.toLowerCase() === 'to' &&
        /^[,;:–—(-]$/u.test(tokens[at - 1]?.text ?? '')
      )
        citing = true;
      return citing;
    }),
  );
}

/** A question ending in a preposition, its object asked ("…sorry about?", "Who was it from?"). */
const ENDS_IN_PREPOSITION = /\b(?:about|for|of|with|to|from|on|at|by|over|against)\s*[?.!]*\s*$/i;

/** The lower-case words of the tokens marked `within` that no unmarked token also says. */
function wordsOnlyWithin(tokens: readonly Token[], within: readonly boolean[]): Set<string> {
  const outside = new Set(tokens.filter((_, at) => !within[at]).map((token) => token.text.toLowerCase()));
  return new Set(
    tokens
      .filter((token, at) => within[at] && !outside.has(token.text.toLowerCase()))
      .map((token) => token.text.toLowerCase()),
  );
}

/**
 * The words said only in the second branch of a choice a yes/no question puts, lower case: after an
 * "or" that opens another clause or predicate ("…, _or was he repeating himself_", "…the takeover
 * _or staying quiet_", "or they are stuck") to the end of its clause. Two verbs or nouns joined
 * by "or" ("killed or injured", "rank or position") ask about one thing, not a choice between answers.
 */
function secondBranchWordsOf(tokens: readonly Token[]): Set<string> {
  let branchUntil = -1;
  const inBranch = tokens.map((token, at) => {
    const lower = token.text.toLowerCase();
    // A clause the branches share ends it: "…or oppose it _before Tiani declared himself leader_?"
    if (token.pos === 'PUNCT' || BRANCH_ENDS.has(lower)) branchUntil = -1;
    const within = at <= branchUntil;
    if (lower === 'or' && at > 0 && branchUntil < at) {
      const end = secondBranchEnd(tokens, at);
      if (end !== null) branchUntil = end;
    }
    return within;
  });
  return wordsOnlyWithin(tokens, inBranch);
}

/**
 * Where the second branch opened by the "or" at `at` ends (the token before the clause's
 * punctuation, or the last), or null when that "or" opens no other clause or predicate.
 */
function secondBranchEnd(tokens: readonly Token[], at: number): number | null {
  let next = at + 1;
  while (BRANCH_ADVERBS.has(tokens[next]?.text.toLowerCase() ?? '')) next += 1;
  const opening = tokens[next];
  if (opening === undefined) return null;
  const opensPredicate =
    opening.pos === 'AUX' ||
    opening.pos === 'VERB' ||
    (opening.pos === 'PRON' && ['AUX', 'VERB'].includes(tokens[next + 1]?.pos ?? ''));
  // Two verbs joined ("killed _or injured_ during the coup") share what follows: one event asked.
  if (!opensPredicate || (tokens[at - 1]?.pos === 'VERB' && opening.pos === 'VERB')) return null;
  const end = tokens.findIndex((later, index) => index > at && later.pos === 'PUNCT');
  return end < 0 ? tokens.length - 1 : end - 1;
}

/** Words opening a clause a choice's branches share, which ends the second branch. */
const BRANCH_ENDS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'when',
  'while',
  'until',
  'since',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'once',
]);

/** Adverbs that may open a choice's second branch ("or _just_ reported", "or _only_ reported"). */
const BRANCH_ADVERBS: ReadonlySet<string> = new Set([
  'just',
  'only',
  'simply',
  'merely',
  'even',
  'maybe',
  'perhaps',
  'rather',
]);

/**
 * Whether "self" in a "self-" word only shapes the question: the reflexive part of "_self_-declared",
 * "_self_-proclamation" says who did it to whom, not what. Not in a noun claimed, whose meaning it
 * makes ("Does Niger have _self_-government?").
 */
function reflexiveSelfIsLight(tokens: readonly Token[], asksWhether: boolean): boolean {
  return tokens.some(
    (token) => /^self-/i.test(token.text) && (token.pos === 'VERB' || token.pos === 'ADJ' || !asksWhether),
  );
}

/**
 * What follows "besides", "apart from", "other than", "beyond"…: the noun phrase after it, as wink
 * tagged it (determiners, possessives, describing words, nouns and names), up to its first other
 * word: "Besides _democratic rule_, what else…", "Did anyone except _Blinken_ call Bazoum?". At
 * most four words of it count.
 */
function setAsideOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const marker = SET_ASIDE_MARKERS.find((words) =>
      words.every((word, offset) => tokens[at + offset]?.text.toLowerCase() === word),
    );
    if (!marker) continue;
    let taken = 0;
    for (let index = at + marker.length; index < tokens.length && taken < MAX_SET_ASIDE_WORDS; index += 1) {
      const token = tokens[index] as Token;
      if (!inNounPhrase(tokens, index)) break;
      const term = POSSESSIVE.test(token.text) ? null : termOf(token.text);
      if (term !== null) {
        terms.push(term);
        taken += 1;
      }
    }
    at += marker.length - 1;
  }
  // "Tiani's _non-security_ reason": what is asked is not security.
  for (const token of tokens) {
    const negated = /^non-(\p{L}+)$/iu.exec(token.text)?.[1];
    const term = negated === undefined ? null : termOf(negated);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * What a question asks the name of, the words of its noun phrase with the head last: after "is /
 * was the name of" ("What is the name of _the junta_ that seized power?"), after "give / given" in
 * "What name did… give (to) _their ruling body_?", or the subject of "What name has _the junta_
 * given itself?". Else null.
 */
function nameAskedOf(tokens: readonly Token[]): string[] | null {
  const lower = (index: number): string => tokens[index]?.text.toLowerCase() ?? '';
  const at = tokens.findIndex((token) => /^names?$/i.test(token.text) && token.pos === 'NOUN');
  if (at < 0) return null;
  // "What is the (full) name of…", "What's the name of…", not "In the name of the army…".
  const before = tokens.slice(Math.max(0, at - 4), at).map((token) => token.text.toLowerCase());
  if (lower(at + 1) === 'of') {
    return before.some((word) => /^(?:is|was|'s|’s)$/.test(word)) && before.includes('the')
      ? nounPhraseAt(tokens, at + 2)
      : null;
  }
  if (!/^(?:what|which)$/.test(lower(at - 1))) return null;
  const giving = tokens.findIndex(
    (token, index) => index > at && LIGHT_BEFORE_NOUN.has(token.text.toLowerCase()),
  );
  if (giving < 0) return null;
  const receiver = nounPhraseAt(tokens, lower(giving + 1) === 'to' ? giving + 2 : giving + 1);
  return receiver ?? nounPhraseAt(tokens, at + 2);
}

/** The lemmas of the noun phrase's words that start at `start` (not its determiners), or null. */
function nounPhraseAt(tokens: readonly Token[], start: number): string[] | null {
  const words: string[] = [];
  for (let index = start; index < tokens.length && inNounPhrase(tokens, index); index += 1) {
    const token = tokens[index] as Token;
    if (token.pos !== 'DET' && !POSSESSIVE.test(token.text) && !POSSESSIVE_PRONOUN.test(token.text)) {
      words.push(noun(token.text.toLowerCase()));
    }
  }
  return words.length > 0 ? words : null;
}

/** The words that set something aside, each as its words ("apart from" is two). */
export const SET_ASIDE_MARKERS: readonly (readonly string[])[] = [
  ['besides'],
  ['beyond'],
  ['excluding'],
  ['except', 'for'],
  ['except'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['other', 'than'],
  ['rather', 'than'],
  ['instead', 'of'],
  ['in', 'addition', 'to'],
  ['on', 'top', 'of'],
  // "_Alongside_ democracy, what else…", "_as well as_ Bazoum".
  ['alongside'],
  ['along', 'with'],
  ['as', 'well', 'as'],
];

/**
 * What is set aside is a short phrase ("democratic governance", "his own country's borders"): a
 * longer run is the question going on, which wink tagged as nouns.
 */
const MAX_SET_ASIDE_WORDS = 4;

/**
 * A word of a noun phrase: a determiner or possessive, a describing word (a participle before a
 * noun: "the _sitting_ president", "the _ousted_ leader"), a noun or name. A determiner after a
 * noun begins a clause ("the junta _that_ seized…", "the president _whose_ government…": wink
 * tags both as determiners).
 */
function inNounPhrase(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.pos === 'DET' && at > 0 && ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '')) return false;
  if (isNounPhraseWord(token) || POSSESSIVE_PRONOUN.test(token.text)) return true;
  return token.pos === 'VERB' && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '');
}

/** A determiner, describing word, noun, name or number, or the possessive "'s". */
function isNounPhraseWord(token: Token): boolean {
  return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token.pos) || POSSESSIVE.test(token.text);
}

const POSSESSIVE = /^['’]s$/u;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/iu;

/**
 * For each token, whether it opens the question or a clause after a colon or a full stop
 * ("Q: Beyond Niger, which…"): a capital there is no sign of a name.
 */
function clauseOpenings(text: string, tokens: readonly string[]): boolean[] {
  let cursor = 0;
  return tokens.map((token, position) => {
    const at = Math.max(text.indexOf(token, cursor), cursor);
    // The text since the last token, and the few letters before it an abbreviation would show.
    const before = text.slice(Math.max(0, cursor - ABBREVIATION_LENGTH), at);
    const gap = at > cursor || position === 0;
    cursor = at + token.length;
    return position === 0 || (gap && CLAUSE_END.test(before));
  });
}

// A full stop after a short capitalised word is an abbreviation's ("Gen. Tiani", "Mr. Blinken").
const ABBREVIATION_LENGTH = 5;
const CLAUSE_END = /(?:[:?!;]|(?<!\b\p{Lu}\p{Ll}{0,3})\.)\s*$/u;

function setOffQuestionWordAt(text: string): number {
  const match = SET_OFF_QUESTION_WORD.exec(text);
  // A question word ending a clause before it asks there: "Bazoum was detained by _whom_, and
  // why?" is two questions, not a lead-in.
  if (!match || QUESTION_WORD_IN_PLACE.test(text.slice(0, match.index + 1))) return -1;
  return tokensOf(text.slice(0, match.index + match[0].length - (match[1] as string).length)).length;
}

/** The auxiliaries that open a question, as an alternation ("Did…", "Is…", "Must…"). */
const QUESTION_AUXILIARIES = [...AUXILIARIES, 'am', 'shall', 'may', 'might', 'must'].join('|');

/**
 * "When" opening a clause that sets the time of the question after it ("_When_ Blinken got him on
 * the line, what did he ask…?"), not asking it: a subject follows, no auxiliary ("When did Blinken
 * call, and what…?" asks when).
 */
const WHEN_CLAUSE_OPENING = new RegExp(String.raw`^\W*when\s+(?!(?:${QUESTION_AUXILIARIES})\b)`, 'i');

/** A question word where its answer would stand, ending a clause: "…detained by _whom_, and…". */
const QUESTION_WORD_IN_PLACE = new RegExp(String.raw`\b(?:${QUESTION_WORDS.join('|')})\s*[,:;?!.–—-]`, 'iu');

/**
 * A question word after a comma, colon or dash, perhaps with a conjunction or a preposition before
 * it ("…, _but_ what did…", "… — _by_ whom was Bazoum detained?").
 */
const SET_OFF_QUESTION_WORD = new RegExp(
  String.raw`[,:;–—-]\s*(?:(?:but|so|and|then|now|anyway|well|ok|okay)\s+)?(?:(?:by|to|for|from|with|of|in|on|at)\s+)?(${QUESTION_WORDS.join('|')})\b`,
  'iu',
);

/**
 * A claim to check opens with its auxiliary after a lead-in set off by a comma, colon or dash
 * ("According to the junta chief, _did_…", "Tiani, _is_ he…"): how many of `tokens` come before
 * it, or -1. Not when a verb comes first: "If Bazoum was detained, was it…" and "The junta closed
 * the borders, is that true?" say something before the comma.
 */
function claimLeadInLength(text: string, tokens: readonly string[], tagged: readonly Token[]): number {
  const opening = tagged.findIndex(
    (token, at) =>
      at > 0 && OPENING_AUXILIARY.test(token.text) && /^[,:;–—-]$/u.test(tagged[at - 1]?.text ?? ''),
  );
  if (opening < 0) return -1;
  // "Tiani the new leader, is that true?": only a tag follows, and what comes before is the claim.
  const after = tagged.slice(opening + 1).map((token) => token.text.toLowerCase());
  if (TAG_QUESTION.test(after.join(' '))) return -1;
  // A participle opening the lead-in is no verb of a clause: "_According_ to…", "_Regarding_…".
  const saysSomething = tagged
    .slice(0, opening)
    .some(
      (token, at) =>
        token.pos === 'AUX' || (token.pos === 'VERB' && !(at === 0 && /(?:ing|ed)$/i.test(token.text))),
    );
  if (saysSomething) return -1;
  const setOffAt = (tagged[opening - 1] as Token).start;
  let cursor = 0;
  return tokens.filter((token) => {
    const at = text.indexOf(token, cursor);
    cursor = at < 0 ? cursor : at + token.length;
    return at >= 0 && at < setOffAt;
  }).length;
}

/** What follows the auxiliary of a tag question: "(is) that true?", "(is) it so?", "(is) that right". */
const TAG_QUESTION = /^(?:n't |not )?(?:that|it|this)(?: (?:true|right|correct|so|accurate))? ?[?!.]*$/u;

const OPENING_AUXILIARY = new RegExp(`^(?:${AUXILIARIES.join('|')})$`, 'i');

/** Two or more capitals and nothing else ("ECOWAS", "UN"); "I" and "A" are words. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Words or a phrase asked for exactly: "exact words", "precise wording", "exact quote". */
const EXACT_WORDS = new RegExp(
  String.raw`\b(?:specific|exact|precise|actual)\s+(?:word|${WORDS_NOUN}|quotes?|quotations?)\b`,
  'iu',
);

// "specific" and the like before what they qualify, not as a predicate ("What was specific about…").
const SPECIFICS_DEMANDED =
  /\b(?:(?:specific|exact|precise)(?=\s+(?!about\b|to\b|of\b|in\b|for\b|enough\b)[\p{L}\d])|specifically|exactly|precisely|by name)\b\s*/giu;

/** Verbs, as lemmas, saying what a clause after them says ("pledges the US will…"). */
const CLAUSE_SAYING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'state',
  'claim',
  'pledge',
  'vow',
  'promise',
  'warn',
  'stress',
  'insist',
  'argue',
  'note',
  'explain',
  'declare',
  'announce',
  'add',
  'assert',
  'underscore',
  'emphasize',
  'emphasise',
  'reiterate',
  'confirm',
  'deny',
  'suggest',
  'acknowledge',
  'admit',
]);

/**
 * "Blinken _pledges_ the US will keep working…" (a statement, or what is left of "Give me the quote
 * where…"): a name opening the text and a verb of saying in "-s" after it, before the clause it
 * says (opening with a determiner, a name, a pronoun or "that"), is the verb, which wink took for a
 * plural noun.
 */
function withVerbAfterOpeningName(tokens: readonly Token[]): Token[] {
  let at = 0;
  while (tokens[at]?.pos === 'PROPN') at += 1;
  const candidate = tokens[at];
  const next = tokens[at + 1];
  if (
    at === 0 ||
    candidate === undefined ||
    candidate.pos !== 'NOUN' ||
    !/^\p{Ll}+s$/u.test(candidate.text) ||
    !CLAUSE_SAYING_VERBS.has(verb(candidate.text)) ||
    next === undefined ||
    !(['DET', 'PROPN', 'PRON'].includes(next.pos) || next.text.toLowerCase() === 'that')
  )
    return [...tokens];
  return tokens.map((token, index) => (index === at ? { ...token, pos: 'VERB' } : token));
}

/**
 * "What did the US _pledge_?", "What did the junta chief _claim_?": after "did / does / do" the
 * subject runs on until the main verb. When wink tagged no verb there, the subject's last noun
 * is the verb (the US's pledge, not a person pledged), the word before it the subject's head
 * ("chief", which wink took for an adjective), and an adverb inside it an adjective ("the _new_
 * military ruler claim"). Where wink found the verb, its tags are left as they are.
 */
function withVerbAfterSubject(tokens: readonly Token[]): Token[] {
  const auxiliary = tokens.findIndex((token) => token.pos === 'AUX' && /^(?:did|does|do)$/i.test(token.text));
  if (auxiliary < 0) return [...tokens];
  let end = auxiliary + 1;
  // A second determiner begins the object ("did the ruler claim _the_ government had…"), unless
  // it follows "and" in the subject ("did France and _the_ US pledge").
  while (
    end < tokens.length &&
    inSubject(tokens, end) &&
    !(end > auxiliary + 1 && tokens[end]?.pos === 'DET' && tokens[end - 1]?.pos !== 'CCONJ')
  ) {
    end += 1;
  }
  const verb = end - 1;
  const head = end - 2;
  if (
    // The verb follows ("did the country's former leader _do_"), or the subject goes on ("the new
    // strongman _of_ the military").
    ['VERB', 'AUX'].includes(tokens[afterAdverbs(tokens, end)]?.pos ?? '') ||
    tokens[end]?.text.toLowerCase() === 'of' ||
    // …or goes on past a preposition to the verb wink found ("does the American assistance _to
    // Niger_ actually _benefit_"; not "did the US pledge _to restore_…").
    (tokens[end]?.pos === 'ADP' && hasBareVerbAfter(tokens, end)) ||
    head <= auxiliary ||
    tokens[verb]?.pos !== 'NOUN' ||
    !['NOUN', 'PROPN', 'ADJ'].includes(tokens[head]?.pos ?? '')
  ) {
    return [...tokens];
  }
  return tokens.map((token, index) => {
    if (index === verb) return { ...token, pos: 'VERB' };
    if (index === head && token.pos === 'ADJ') return { ...token, pos: 'NOUN' };
    if (index > auxiliary && index < head && token.pos === 'ADV') return { ...token, pos: 'ADJ' };
    return token;
  });
}

/**
 * "What did Blinken _praise_ Issoufou for?", "Did the coach _praise_ Smith?", "Did he _call_ Tiani?":
 * after "did / does / do" and its subject, a word in lower case that WordNet knows as a verb, in its
 * base form, is the verb when what it governs follows (a determiner, a name, a pronoun, a
 * describing word or a number) or nothing does, though wink took it for a noun. Before a noun or a
 * verb, it is the subject's own noun ("Did the US _aid_ package arrive?", "Did the Embassy _staff_
 * leave?").
 */
function withVerbAfterDoSubject(tokens: readonly Token[]): Token[] {
  return tokens.map((token, at) => (isVerbAfterDoSubject(tokens, at) ? { ...token, pos: 'VERB' } : token));
}

function isVerbAfterDoSubject(typed: readonly Token[], at: number): boolean {
  // A word WordNet does not know, typed in lower case, is a name ("did blinken credit bazoum for").
  const tokens = typed.map((token) =>
    token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text) && !isWordNetWord(token.text)
      ? { ...token, pos: 'PROPN' }
      : token,
  );
  const token = tokens[at] as Token;
  if (token.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(token.text) || !isBaseVerb(token.text)) return false;
  let subject = at - 1;
  let headedByNoun = false;
  if (tokens[subject]?.pos === 'PRON' && !QUESTION_WORD.test(tokens[subject]?.text ?? '')) {
    subject -= 1;
  } else {
    headedByNoun = tokens[subject]?.pos !== 'PROPN';
    while (['NOUN', 'PROPN', 'ADJ', 'PART'].includes(tokens[subject]?.pos ?? '')) subject -= 1;
    if (subject === at - 1) return false;
    if (tokens[subject]?.pos === 'DET') subject -= 1;
  }
  if (!/^(?:did|does|do)$/i.test(tokens[subject]?.text ?? '')) return false;
  // (Not past an adverb: "Did the army _command_ back the coup?")
  const next = tokens[at + 1];
  if (next === undefined || ['DET', 'PRON', 'PUNCT'].includes(next.pos)) return true;
  // A title before a name whose verb follows, as wink may have tagged it or not, is the subject's
  // ("did the Fed _chair_ Powell announce", "did England _captain_ Harry Kane score").
  if (next.pos === 'PROPN') {
    let after = at + 1;
    while (tokens[after]?.pos === 'PROPN') after += 1;
    const following = tokens[after];
    return !(following?.pos === 'VERB' || (following?.pos === 'NOUN' && isBaseVerb(following.text)));
  }
  // A describing word or a number takes a verb only after a name or a pronoun: "did Blinken
  // _praise_ former President Issoufou", not "did the oil _price_ top 100 dollars".
  return !headedByNoun && ['ADJ', 'NUM'].includes(next.pos);
}

/** Whether WordNet knows a word as a verb and it is in its base form, as after "did": "praise", "score". */
function isBaseVerb(word: string): boolean {
  return canBeVerb(word) && verb(word) === word;
}

/** The first token at or after `at` that is no adverb ("…top envoy _actually_ speak"). */
function afterAdverbs(tokens: readonly Token[], at: number): number {
  let next = at;
  while (tokens[next]?.pos === 'ADV') next += 1;
  return next;
}

/**
 * Whether the preposition at `at` opens a phrase that runs on to the verb wink tagged: its noun
 * phrase (determiners, describing words, nouns, names, numbers, adverbs) and then a verb ("to
 * _Niger_ actually _benefit_"). Not a verb further on in a clause of its own ("claim about the
 * government _that seized_ power", "claim about plans _to hold_ elections").
 */
function hasBareVerbAfter(tokens: readonly Token[], at: number): boolean {
  let index = at + 1;
  while (
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(tokens[index]?.pos ?? '') ||
    describesNounAt(tokens, index)
  ) {
    index += 1;
  }
  return index > at + 1 && tokens[index]?.pos === 'VERB';
}

/** A participle between a determiner and its noun describes the noun: "the _deposed_ president". */
function describesNounAt(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.pos === 'VERB' &&
    ['DET', 'ADJ'].includes(tokens[at - 1]?.pos ?? '') &&
    ['NOUN', 'PROPN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '')
  );
}

/**
 * "Who _commands_ the guard?", "Who _leads_ the talks?", "Who _mediated_ the negotiations?": the
 * word after a subject "who" and before what it governs is the verb, though wink took it for a
 * plural noun or, in "-ed", for an adjective.
 */
function withVerbAfterWho(tokens: readonly Token[]): Token[] {
  return tokens.map((token, at) =>
    (token.pos === 'NOUN' || (token.pos === 'ADJ' && /\p{L}{2}ed$/iu.test(token.text))) &&
    // Not "WHO", the organisation: "Did WHO director Tedros visit?"
    /^(?:who|Who)$/u.test(tokens[at - 1]?.text ?? '') &&
    ['DET', 'PROPN', 'PRON', 'ADJ'].includes(tokens[at + 1]?.pos ?? '')
      ? { ...token, pos: 'VERB' }
      : token,
  );
}

/**
 * A noun phrase as the tagger misread it: a describing word after "the" taken for an adverb ("the
 * _new_ military ruler") is an adjective, and an adjective ending the phrase before "who", a verb
 * or the end ("the _general_ who seized power", "the army _chief_ that…") is its noun, as is a word
 * for whoever heads a body before "of" ("the _chief_ of Niger's army", not "the _first_ of the
 * leaders").
 */
function withNounPhrasesRepaired(tokens: readonly Token[]): Token[] {
  const repaired = tokens.map((token, at) =>
    isNearnessInTime(tokens, at)
      ? { ...token, pos: 'ADV' }
      : token.pos === 'ADV' &&
          /^(?:the|a|an|this|that)$/i.test(tokens[at - 1]?.text ?? '') &&
          ['ADJ', 'NOUN'].includes(tokens[at + 1]?.pos ?? '')
        ? { ...token, pos: 'ADJ' }
        : isPluralAfterAuxiliary(tokens, at) || isSubjectHeadBeforeVerb(tokens, at)
          ? { ...token, pos: 'NOUN' }
          : isParticipleWithObject(tokens, at)
            ? { ...token, pos: 'VERB' }
            : token,
  );
  return repaired.map((token, at) => {
    const before = repaired[at - 1];
    const after = repaired[at + 1];
    const heads =
      token.pos === 'ADJ' &&
      (before?.pos === 'DET' || before?.pos === 'ADJ' || before?.pos === 'NOUN' || before?.text === "'s") &&
      (after === undefined ||
        ['VERB', 'AUX', 'PUNCT'].includes(after.pos) ||
        /^(?:who|that|which)$/i.test(after.text) ||
        (after.text.toLowerCase() === 'of' && HEADING_NOUNS.has(token.text.toLowerCase())));
    return heads ? { ...token, pos: 'NOUN' } : token;
  });
}

/**
 * "right" before "before", "after", "now" or "away" ("What did Tiani do _right_ before
 * announcing…", "where is Bazoum _right_ now"), which wink tags a verb or a noun: an adverb saying
 * how near in time, asking nothing.
 */
function isNearnessInTime(tokens: readonly Token[], at: number): boolean {
  return (
    /^right$/i.test(tokens[at]?.text ?? '') && /^(?:before|after|now|away)$/i.test(tokens[at + 1]?.text ?? '')
  );
}

/**
 * The head of a subject wink took for a verb, after "did / does / do" and the subject's first words
 * and before its own verb ("Did Washington's top _envoy_ actually speak…"): a verb there would
 * leave the auxiliary's verb without a subject.
 */
function isSubjectHeadBeforeVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.pos !== 'VERB' || !['NOUN', 'ADJ'].includes(tokens[at - 1]?.pos ?? '')) return false;
  const auxiliary = tokens.findIndex((before) => /^(?:did|does|do)$/i.test(before.text));
  if (auxiliary < 0 || auxiliary >= at - 1) return false;
  const verbAfter = tokens[afterAdverbs(tokens, at + 1)];
  // …in its base form, as after "did" ("…say _motivated_ the coup": "say" is the verb).
  return (
    verbAfter?.pos === 'VERB' &&
    verb(verbAfter.text.toLowerCase()) === verbAfter.text.toLowerCase() &&
    tokens.slice(auxiliary + 1, at).every((before) => before.pos !== 'VERB')
  );
}

/**
 * A plural noun wink took for a verb in "-s" right after an auxiliary and before its own verb
 * ("Were _talks_ held…", "Have _talks_ broken down?"): no verb in "-s" follows an auxiliary.
 */
function isPluralAfterAuxiliary(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return (
    token.pos === 'VERB' &&
    /\p{L}{2}[^su]s$/iu.test(token.text) &&
    tokens[at - 1]?.pos === 'AUX' &&
    ['VERB', 'AUX'].includes(tokens[at + 1]?.pos ?? '')
  );
}

/**
 * A participle in "-ing" wink took for a noun, after whoever does it and before what it governs
 * ("those _holding_ Bazoum"): a verb.
 */
function isParticipleWithObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return (
    token.pos === 'NOUN' &&
    /\p{L}{2}ing$/iu.test(token.text) &&
    // After "those / these" standing alone or a pronoun: "_the_ meeting the junta held" and "_a_
    // briefing this week" are nouns. (After a noun, "the soldiers guarding him", wink reads the verb.)
    (tokens[at - 1]?.pos === 'PRON' || /^(?:those|these)$/i.test(tokens[at - 1]?.text ?? '')) &&
    (['PROPN', 'DET'].includes(tokens[at + 1]?.pos ?? '') ||
      /^(?:him|her|them|it|us|me)$/i.test(tokens[at + 1]?.text ?? ''))
  );
}

/**
 * "Which national television channel _broadcast_ Tiani's announcement?": with no verb tagged, the
 * last of two or more nouns after "which / what" is the verb when what it governs follows (a
 * determiner, a name or a pronoun), though wink took it for a noun of the asked category.
 */
function withVerbAfterAskedKind(tokens: readonly Token[]): Token[] {
  if (tokens.some((token) => token.pos === 'VERB')) return [...tokens];
  const asking = tokens.findIndex((token) => /^(?:which|what)$/i.test(token.text));
  if (asking < 0) return [...tokens];
  let end = asking + 1;
  while (['ADJ', 'NUM', 'PROPN'].includes(tokens[end]?.pos ?? '')) end += 1;
  const firstNoun = end;
  while (tokens[end]?.pos === 'NOUN') end += 1;
  const verb = end - 1;
  if (verb - firstNoun < 1 || !['DET', 'PROPN', 'PRON'].includes(tokens[end]?.pos ?? '')) return [...tokens];
  return tokens.map((token, at) => (at === verb ? { ...token, pos: 'VERB' } : token));
}

/** A word of a question's subject: a determiner, a noun or name, a describing word or a possessive. */
function inSubject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (isNounPhraseWord(token)) return true;
  // "France _and_ the US pledge": one subject of several, when no verb of its own follows ("Blinken
  // stress _and_ the statement add" joins two clauses).
  if (token.pos === 'CCONJ') {
    return (
      ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '') &&
      ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[at + 1]?.pos ?? '') &&
      !tokens.slice(at + 1).some((later) => later.pos === 'VERB')
    );
  }
  // An adverb only before what it describes: "the new military ruler" (wink's "new" is an adverb).
  return (
    token.pos === 'ADV' &&
    ['ADJ', 'NOUN'].includes(tokens[at + 1]?.pos ?? '') &&
    at > 0 &&
    tokens[at - 1]?.pos === 'DET'
  );
}

/**
 * "How did X tell / announce / declare…", "How did X make the announcement / statement / speech…",
 * "How did X make it public / official": how something was made known, when that verb is the
 * question's first ("How did world leaders react after Tiani declared…" asks how they reacted).
 */
const HOW_WITH_AUXILIARY = /^(?:did|does|do|will|would|has|have|had)$/i;
const TELLING_VERB =
  /^(?:tell|told|announce[ds]?|declare[ds]?|proclaim(?:ed|s)?|inform(?:ed|s)?|communicate[ds]?|broadcast)$/i;
const MAKE = /^(?:make|made)$/i;
const TELLING_NOUN =
  /^(?:announcement|declaration|proclamation|statement|address|speech|message|explanation|claim|remarks|case)$/i;
/** "make it _official_", "make his claim _public_": making known. */
const MADE_KNOWN = /^(?:public|known|official)$/i;

function asksMediumOf(tokens: readonly Token[]): boolean {
  if (tokens[0]?.text.toLowerCase() !== 'how' || !HOW_WITH_AUXILIARY.test(tokens[1]?.text ?? ''))
    return false;
  const verb = tokens.findIndex((token, at) => at > 1 && token.pos === 'VERB');
  const text = tokens[verb]?.text ?? '';
  if (TELLING_VERB.test(text)) return true;
  if (!MAKE.test(text)) return false;
  const object = tokens.slice(verb + 1).find((token) => token.pos === 'NOUN');
  return TELLING_NOUN.test(object?.text ?? '') || madeKnownAfter(tokens, verb);
}

/**
 * "make _it_ official", "make his claim to power _public_": the word of making known right after the
 * verb's object (a pronoun or a short noun phrase), ending the clause. Not "make the public
 * afraid", "make money from official aid".
 */
function madeKnownAfter(tokens: readonly Token[], verb: number): boolean {
  for (let at = verb + 1; at <= verb + MAX_OBJECT_WORDS + 1 && at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    const next = tokens[at + 1];
    if (at > verb + 1 && MADE_KNOWN.test(token.text) && (next === undefined || next.pos === 'PUNCT'))
      return true;
    if (!['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'PART', 'ADP'].includes(token.pos)) return false;
  }
  return false;
}

/** How many words the object of "make … public" may have ("his claim to power"). */
const MAX_OBJECT_WORDS = 4;

/**
 * The noun right after "whose" ("Whose _government_…"), lower case, or null. Only where "whose"
 * opens the question or a clause: "In whose favour…" asks who benefits, not what someone owns;
 * "the president whose government was toppled" only says which president.
 */
function ownedAskedOf(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((token) => token.text.toLowerCase() === 'whose');
  const next = at < 0 ? undefined : tokens[at + 1];
  const before = tokens[at - 1];
  if (next === undefined || next.pos !== 'NOUN' || (before !== undefined && before.pos !== 'PUNCT'))
    return null;
  return next.text.toLowerCase();
}

/** Verbs that are light before a noun object: the noun says what is given. */
const LIGHT_BEFORE_NOUN = new Set(['give', 'gives', 'gave', 'given', 'giving']);
/** Votes one holds ("hold new elections"), as lemmas: what is held is what is asked. */
export const HELD_VOTES: ReadonlySet<string> = new Set(['election', 'vote', 'referendum', 'poll', 'ballot']);

/**
 * Verbs, as lemmas, light before the nouns they take, which say what is done: making something
 * public before a noun of saying ("Who _issued_ the statement?" asks who stated it, as "Who made
 * the announcement?" asks who announced); holding a vote ("hold new _elections_": the vote is
 * asked, not holding anyone; not a meeting or talks held, whose nouns' loose neighbours, "leaders"
 * ~ "meeting" 0.77, would answer "Who is holding the meeting?").
 */
const LIGHT_BEFORE_OBJECT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['issue', 'release', 'publish', 'make', 'put'].map((lemma) => [lemma, STATEMENT_NOUNS] as const),
  ['hold', HELD_VOTES],
]);
/** Verbs, as lemmas, of using words: light after the words asked for ("What words did he _use_?"). */
const WORDS_USED: ReadonlySet<string> = new Set(['use', 'choose', 'employ']);
/** Nouns for the words someone used, as a whole word ("word" too). */
const WORDS_NOUNS = new RegExp(String.raw`^(?:word|${WORDS_NOUN})$`, 'iu');
/** What may stand between a light verb and its noun ("give _a clear_ timeline", "give _his_ reasons"). */
const BEFORE_OBJECT_NOUN = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * The light verbs of a question whose object is a noun, lower case: one after it ("give a
 * timeline") or the one asked about ("What _reasons_ did Tiani give?"). Not when a bare "what" is
 * the object ("What did the government fail to give people?"): the verb is then what is asked.
 */
function lightVerbsOf(tokens: readonly Token[]): Set<string> {
  const light = new Set<string>();
  const question = tokens.findIndex((token) => /^(?:what|which)$/i.test(token.text));
  const asksNounObject = question >= 0 && tokens[question + 1]?.pos === 'NOUN';
  tokens.forEach((token, at) => {
    const lower = token.text.toLowerCase();
    const objects = LIGHT_BEFORE_OBJECT.get(verb(lower));
    if (objects) {
      let next = at + 1;
      // "put _out_ a statement", "hold _new_ elections"
      while (
        BEFORE_OBJECT_NOUN.has(tokens[next]?.pos ?? '') ||
        tokens[next]?.pos === 'ADV' ||
        tokens[next]?.text.toLowerCase() === 'out'
      )
        next += 1;
      if (objects.has(noun((tokens[next]?.text ?? '').toLowerCase()))) light.add(lower);
      return;
    }
    // "What words did Tiani _use_ about the homeland?" asks what he said about it.
    if (
      WORDS_USED.has(verb(lower)) &&
      asksNounObject &&
      question < at &&
      WORDS_NOUNS.test(tokens[question + 1]?.text ?? '')
    ) {
      light.add(lower);
      return;
    }
    if (!LIGHT_BEFORE_NOUN.has(lower)) return;
    let next = at + 1;
    while (BEFORE_OBJECT_NOUN.has(tokens[next]?.pos ?? '')) next += 1;
    const bareWhatObject = question >= 0 && question < at && !asksNounObject;
    if ((tokens[next]?.pos === 'NOUN' && !bareWhatObject) || (asksNounObject && question < at))
      light.add(lower);
  });
  return light;
}

/**
 * Verbs of committing to do something, or of meaning or expecting to, before "to" and a verb
 * ("What did Washington _pledge_ to keep working toward?"), lower case: what is asked is what they
 * commit to ("will continue to work" says it), not the pledging. Not in a claim to check: there
 * the commitment is what is claimed ("Did Tiani _promise_ to hold elections?").
 */
function commitmentVerbsOf(tokens: readonly Token[]): Set<string> {
  const verbs = new Set<string>();
  tokens.forEach((token, at) => {
    const lower = token.text.toLowerCase();
    if (
      token.pos === 'VERB' &&
      (COMMITMENT_VERBS.has(verb(lower)) || INTENTION_VERBS.has(verb(lower))) &&
      tokens[at + 1]?.text.toLowerCase() === 'to' &&
      ['VERB', 'AUX'].includes(tokens[at + 2]?.pos ?? '')
    )
      verbs.add(lower);
  });
  return verbs;
}

/**
 * Verbs saying only that something goes on, before the "-ing" verb it is ("keep _working_ toward",
 * "continued _pressing_"), lower case: what goes on is asked about, in whichever words the passage
 * says it goes on ("will continue to work").
 */
function aspectVerbsOf(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token, at) => {
    // "keep _on_ leading"
    const next = tokens[at + 1]?.text.toLowerCase() === 'on' ? tokens[at + 2] : tokens[at + 1];
    return ASPECT_VERBS.has(verb(token.text.toLowerCase())) &&
      next?.pos === 'VERB' &&
      /\p{L}ing$/iu.test(next.text)
      ? [token.text.toLowerCase()]
      : [];
  });
}

const ASPECT_VERBS: ReadonlySet<string> = new Set(['keep', 'continue']);

const COMMITMENT_VERBS: ReadonlySet<string> = new Set([
  'pledge',
  'promise',
  'vow',
  'commit',
  'undertake',
  'swear',
]);

/**
 * Verbs of expecting or meaning to do something, light before "to" as committing is: "When is
 * Bazoum _expected_ to be released?" asks about the release, which no passage speaks of.
 */
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'expect',
  'plan',
  'intend',
  'hope',
  'aim',
  'want',
  'seek',
  'try',
  'attempt',
  'wish',
  'mean',
  'decide',
  'choose',
  'opt',
  // "is supposed to sort things out"
  'suppose',
]);

/** A yes/no question's opening: an auxiliary ("_Is_ Tiani the general who commands the guard?"). */
const OPENS_WITH_AUXILIARY = new RegExp(`^\\W*(?:${QUESTION_AUXILIARIES})\\b`, 'i');

/** Nouns that measure what follows them ("what scale of X"). */
const MEASURE_NOUNS = /^(?:scale|size|level|extent|degree|magnitude)$/i;
/** Measure nouns that say how strong rather than how big: "the _level_ of support". */
const DEGREE_NOUNS = /^(?:level|extent|degree)$/i;

/**
 * The nouns of a happening right after "what" / "which", lower case ("What _event_ took place…",
 * "Which _development_ preceded…"): what happened is asked. Elsewhere ("said about the event") the
 * event is what is asked about.
 */
function happeningsAskedOf(tokens: readonly string[]): string[] {
  return tokens.flatMap((token, at) =>
    HAPPENING_NOUNS.test(token) && /^(?:what|which)$/i.test(tokens[at - 1] ?? '')
      ? [token.toLowerCase()]
      : [],
  );
}

const HAPPENING_NOUNS = /^(?:events?|developments?|incidents?|occurrences?|happenings?)$/i;

/**
 * The measure nouns right after "what" / "which" and before "of" ("What _scale_ of assistance…"),
 * or in "to what _extent_", the state nouns after "the" or an owner ("the _state_ of the talks",
 * "Bazoum's _state_ of health") and the "question" of "in question" ("the aid in question"), lower
 * case: the question is about what they measure, the state of or point at.
 */
function measureAndStateNounsOf(tokens: readonly string[]): Set<string> {
  const measures = new Set<string>();
  tokens.forEach((token, at) => {
    if (!MEASURE_NOUNS.test(token) || !/^(?:what|which)$/i.test(tokens[at - 1] ?? '')) return;
    const next = tokens[at + 1]?.toLowerCase();
    if (next === 'of' || (token.toLowerCase() === 'extent' && tokens[at - 2]?.toLowerCase() === 'to'))
      measures.add(token.toLowerCase());
  });
  // "How did they describe _the level of_ backing?": the backing is what is described, however
  // strong. Not a size or scale, which a number answers ("What is the size of the guard?").
  for (const noun of nounsBeforeOf(tokens, DEGREE_NOUNS, /^(?:the|s)$/i)) measures.add(noun);
  // "What is the (current) _state_ of the talks?", "the _status_ of…", "status of talks…" opening it:
  // a question about the talks.
  for (const noun of nounsBeforeOf(tokens, STATE_NOUNS, /^(?:the|current|present|latest|s|)$/i))
    measures.add(noun);
  // "the military's _stance on_ foreign intervention", "his _views about_ it": what is asked is
  // what they said of it, which a passage says in its own words ("warned against…").
  // (Owned: "the guards _stand on_ the roof", "a position on the border" are no one's stance.)
  tokens.forEach((token, at) => {
    if (
      STANCE_NOUNS.test(token) &&
      STANCE_TOPICS.test(tokens[at + 1] ?? '') &&
      STANCE_OWNER.test(tokens[at - 1] ?? '')
    )
      measures.add(token.toLowerCase());
  });
  // "the aid _in question_": the aid spoken of, not a question about it.
  tokens.forEach((token, at) => {
    if (/^question$/i.test(token) && tokens[at - 1]?.toLowerCase() === 'in')
      measures.add(token.toLowerCase());
  });
  return measures;
}

const STANCE_NOUNS = new RegExp(`^(?:${STANCE_NOUN})$`, 'i');
const STANCE_TOPICS = new RegExp(`^(?:${STANCE_TOPIC})$`, 'i');
/** Whose stance: an owner ("the military's", or its split "s"), a pronoun, a name ("the US"). */
const STANCE_OWNER = /^(?:.*['’]s|s|['’]|his|her|their|its|our|my|your|\p{Lu}[\p{L}.-]*)$/u;

/** The nouns of a kind right before "of", after one of the given words, lower case: "the _level_ of". */
function nounsBeforeOf(tokens: readonly string[], nouns: RegExp, before: RegExp): string[] {
  return tokens.flatMap((token, at) =>
    nouns.test(token) && tokens[at + 1]?.toLowerCase() === 'of' && before.test(tokens[at - 1] ?? '')
      ? [token.toLowerCase()]
      : [],
  );
}

/**
 * Nouns of the state something is in, before "of" ("the _state_ of the talks"), and those that
 * only hold up a topic ("welcome _the idea_ of intervention", "the _issue_ of aid").
 */
const STATE_NOUNS =
  /^(?:state|status|idea|notion|prospect|possibility|issue|matter|topic|subject|question)$/i;

/** Nouns that ask for a sort of thing rather than name one: "what kind of X" asks for an X. */
const SORT_NOUNS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);

/**
 * The last noun of the run after "what" / "which", past adjectives and numbers ("which two Nigerien
 * figures"), and whether members of it are asked for: "which" and the noun in the plural ("Which
 * world leaders…"; "What failings…" asks for things more often than members).
 */
function askedCategoryOf(tokens: readonly Token[]): {
  category: string | null;
  sortOf: boolean;
  members: boolean;
} {
  const at = tokens.findIndex((token) => /^(?:what|which)$/i.test(token.text));
  if (at < 0) return { category: null, sortOf: false, members: false };
  let category: string | null = null;
  let plural = false;
  let sortOf = false;
  for (let index = at + 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const lower = token.text.toLowerCase();
    if (token.pos === 'NOUN') {
      if (SORT_NOUNS.has(lower) && tokens[index + 1]?.text.toLowerCase() === 'of') {
        index += 1;
        category = null;
        sortOf = true;
      } else {
        category = noun(lower);
        plural = category !== lower;
      }
    } else if (category !== null || !['ADJ', 'NUM', 'PROPN'].includes(token.pos)) {
      break;
    }
  }
  return {
    category,
    sortOf: sortOf && category !== null,
    members: plural && category !== null && tokens[at]?.text.toLowerCase() === 'which',
  };
}

/** Nouns naming a reason, singular; "grounds" only in the plural ("on the grounds that"). */
const REASON_LEMMAS = [
  'reason',
  'motive',
  'motivation',
  'justification',
  'rationale',
  'explanation',
  'pretext',
  'excuse',
  'cause',
] as const;
const REASON_NOUN = `(?:${REASON_LEMMAS.map((lemma) => `${lemma}s?`).join('|')}|grounds)`;
/** The nouns of `REASON_NOUN`, as lemmas ("grounds" lemmatises to "ground"): a passage giving a reason meets them. */
export const REASON_NOUNS: ReadonlySet<string> = new Set([...REASON_LEMMAS, 'ground', 'grounds']);

/**
 * Standing against something: opposing, rejecting, warning or cautioning against, fearing, being
 * wary of or against it. Not doing something against someone ("rise up _against_ Bazoum", "a coup
 * carried out against him"): a stance, not an act.
 */
const STANCE_AGAINST = new RegExp(
  String.raw`\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|fear(?:s|ed|ful|ing)?|worr(?:y|ies|ied)|(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning)\s+against|wary\s+of|object(?:s|ed|ing)?\s+to|(?:is|are|was|were|be|been|being)\s+(?:[\p{L}’'-]+\s+){0,3}?against)\b`,
  'iu',
);

/**
 * "What could happen if…", "What happens if…", "What consequences…", "What could intervention lead
 * to?"; an outcome or effect only with a modal or "if" ("What outcome could…", not "What was the
 * outcome of the talks?", which asks how they went). (Tested as separate patterns: one holding two
 * ".*" backtracks on long questions.)
 */
function asksConsequence(text: string): boolean {
  return (
    CONSEQUENCE_QUESTION.test(text) ||
    MODAL_LEADING_TO.test(text) ||
    LEADING_TO_LATER.test(text) ||
    (OUTCOME_QUESTION.test(text) && MODAL_OR_IF.test(text))
  );
}

/**
 * "still", "any longer", "no longer", "anymore" (or "any more" ending a clause: "Did any more
 * countries…" counts them): whether something goes on; "current", "now", "at present": how it
 * stands, which a passage saying what goes on ("remains in detention") tells.
 */
const ASKS_CONTINUATION =
  /\b(?:still|anymore|any longer|no longer|current|currently|now|at present|already)\b|\b(?:any more|yet)\s*(?:[?.!,;]|$)/i;
/**
 * How a process stands, asked: its state, status or progress ("the current _status of_ the talks",
 * which "How are the talks going?" is read as; "_progress in_ negotiations"), or whether it made
 * progress ("Have the talks … _made progress_?"). Not someone's progress on something ("What
 * progress did Bazoum make on the security situation?") nor where someone stands.
 */
const ASKS_STATUS = new RegExp(
  [
    String.raw`\b(?:state|status|progress|headway|breakthrough)\s+(?:of|in|on)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?${PROCESS_NOUN}\b`,
    String.raw`\b${PROCESS_NOUN}\b[^?]{0,80}?\b(?:made|make|makes|making)\s+(?:(?:any|some|much|real|good|great|significant|little|no|further)\s+)?(?:progress|headway)\b`,
  ].join('|'),
  'iu',
);

/**
 * Power seized, grabbed or taken: what a seizure takes, so a claim of one ("Did the army support
 * the seizure _of power_?") is confirmed by a passage saying "the seizure". Not power as a thing of
 * its own ("take _power lines_ down", "a power plant").
 */
const POWER_SEIZED =
  /\b(?:seiz(?:e|es|ed|ing|ure)|grab(?:s|bed|bing)?|t(?:ake|akes|ook|aken|aking)|assum(?:e|es|ed|ing)|usurp(?:s|ed|ing)?)\s+(?:of\s+)?power\b(?!\s+(?:lines?|plants?|stations?|grids?|supply|supplies|cuts?|outages?|cables?|tools?|sharing|struggles?|vacuum|banks?|cords?)\b)/i;

/** A verb of answering a request, and the verb agreed to after "to" when there is one. */
export interface ClaimedResponse {
  readonly response: string;
  readonly agreedTo: string | null;
}

/** Verbs of answering a request, as lemmas: agreeing, refusing, heeding. */
const RESPONSE_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'consent',
  'refuse',
  'decline',
  'accept',
  'reject',
  'heed',
  'comply',
  'obey',
]);

/** Nouns of asking something of someone: what a response answers. */
const REQUEST_NOUNS = /^(?:requests?|calls?|appeals?|demands?|pleas?|proposals?|offers?|asks?|ultimatums?)$/i;
/** How many words may stand between a response and the request ("accept the US ceasefire _proposal_"). */
const REQUEST_REACH = 4;

/**
 * The verbs of answering a request a question speaks of: before a request ("accept Blinken's
 * _call_", "agree to the US _request_"), or before "to" and a verb, the one agreed to ("agree to
 * _resign_"), as the tagger reads it.
 */
function claimedResponsesOf(tokens: readonly Token[]): ClaimedResponse[] {
  return tokens.flatMap((token, at): ClaimedResponse[] => {
    if (token.pos !== 'VERB' || !RESPONSE_VERBS.has(verb(token.text.toLowerCase()))) return [];
    const response = token.text.toLowerCase();
    const after = tokens.slice(at + 1, at + 1 + REQUEST_REACH + 1);
    const request = after.findIndex((next) => REQUEST_NOUNS.test(next.text) && next.pos === 'NOUN');
    // Up to the request, only its owner and words describing it: no clause of its own.
    if (
      request >= 0 &&
      after.slice(0, request).every((next) => !['VERB', 'PUNCT', 'SCONJ'].includes(next.pos))
    )
      return [{ response, agreedTo: null }];
    const agreed = after[0]?.text.toLowerCase() === 'to' ? after[1] : undefined;
    return agreed !== undefined && agreed.pos === 'VERB'
      ? [{ response, agreedTo: agreed.text.toLowerCase() }]
      : [];
  });
}

/** The words a question names only as what another takes: "power" in "seized power". */
function impliedWordsOf(text: string): ReadonlySet<string> {
  return new Set(POWER_SEIZED.test(text) ? ['power'] : []);
}

/** "Still, what did the military warn against?": "still" as "however". */
const STILL_AS_HOWEVER = /^\W*still\s*,/i;
/** The words that ask whether something goes on: light when they do (see `asksContinuation`). */
const CONTINUATION_MARKERS = [
  'still',
  'anymore',
  'longer',
  'more',
  'current',
  'currently',
  'now',
  'present',
  'already',
  'yet',
];

const CONSEQUENCE_QUESTION =
  /\bwhat\b.*\b(?:(?:could|would|might|may|will|can)\s+(?:happen|follow|ensue|result)|happens?\s+(?:if|when|should)|consequences?)\b/i;
const MODAL_LEADING_TO =
  /\bwhat\s+(?:could|would|might|may|will|can)\b.*\b(?:lead to|result in|bring about)\b/i;
/** "What did the army say intervention _could lead to_?": the modal before the verb, later on. */
const LEADING_TO_LATER =
  /\bwhat\b.*\b(?:could|would|might|may|will|can)\s+(?:(?:\p{L}+ly|have)\s+)?(?:lead to|result in|bring about)\b/iu;
const OUTCOME_QUESTION = /\bwhat\b.*\b(?:outcomes?|effects?)\b/i;
const MODAL_OR_IF = /\b(?:could|would|might|may|will|can|if)\b/i;

/**
 * "What was behind…", "Which desire … was behind…": what caused it. Not which unit, group or
 * soldiers were ("Which unit was behind the detention?" asks who).
 */
const BEHIND_AS_CAUSE = new RegExp(
  String.raw`^\s*(?:what\s+(?:was|were|is|are|lay|lies)|(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:desire|motive|motivation|reason|factor|cause|concern|goal|aim|intent|intention|thinking|idea|logic|rationale|ambition|fear|grievance)s?\b[^?]{0,60}?\b(?:was|were|is|are|lay|lies))\s+behind\b`,
  'i',
);

/**
 * Questions asking why: "Why…", "For what / which reason…", "What / which reasons / rationale / explanation / what
 * security-related justification…" (one qualifier may come first, not an auxiliary: "What was caused by…" asks
 * for an effect), "What was the reason for…", "What were Tiani's reasons…", "Tiani's motives?", "What
 * motivated / prompted…" (not "…by").
 */
const REASON_QUESTION = new RegExp(
  [
    String.raw`\bwhy\b`,
    String.raw`\bfor (?:what|which) (?:reasons?|purposes?)\b`,
    String.raw`\b(?:what|which) (?!(?:is|are|was|were|has|have|had|did|does|do|will|would)\b)(?:[\w-]+ )?${REASON_NOUN}\b`,
    String.raw`\bwhat(?: (?:is|are|was|were)|['’]s) (?:the )?(?:[\w.-]+['’]s )?(?:[\w-]+ )?${REASON_NOUN}\b`,
    // A question that is only the reasons asked for: "Tiani's reasons other than security?"
    String.raw`^\s*(?:the )?[\w.-]+['’]s (?:[\w-]+ )?${REASON_NOUN}\b`,
    String.raw`\bwhat (?:motivated|caused|prompted|led to|drove)\b(?! by\b)`,
    // "Which desire … was _behind_ the seizure of power?": what lay behind it caused it.
    BEHIND_AS_CAUSE.source,
  ].join('|'),
  'i',
);

/**
 * "What amount / what is the dollar amount / what's the total dollar amount / the exact figure of":
 * a quantity asked after "what", the noun naming it past up to two qualifiers.
 */
const WHAT_QUANTITY = String.raw`\bwhat(?:['’]s|\s+(?:is|was|are|were))?(?:\s+the)?\s+(?:[\w-]+\s+){0,2}`;
/**
 * A "figure" of something, or of money, is a quantity ("the exact dollar figure of aid", "the aid
 * figure"); "What figure did Blinken call?", "the key figure", "political figures" are people, and
 * a figure of speech is words.
 */
const QUANTITY_FIGURE = String.raw`(?:figure(?=\s+(?:of|for|on)\b)(?!\s+of\s+speech)|(?:dollar|money|aid|funding|budget|spending|cost|casualty|death|exact|total|official|final)\s+figure)`;
/**
 * Figures of a field of numbers ("economic figures", "trade figures"), asked with "what" or "which":
 * an amount of that field, which a passage must name (see `measureOf`).
 */
const FIELD_FIGURES =
  /\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(economic|financial|fiscal|trade|growth|population|unemployment|inflation|poverty|revenue|sales)\s+figures?\b/i;
const ASKS_NUMBER = new RegExp(
  String.raw`\bhow (?:many|much|long(?! ago)|old|far|big|large|often)\b|${WHAT_QUANTITY}(?:number(?! one\b)|percentage|amount|sum|${QUANTITY_FIGURE})\b|${FIELD_FIGURES.source}`,
);
const ASKS_AMOUNT = new RegExp(String.raw`\bhow much\b|${WHAT_QUANTITY}(?:amount|sum|${QUANTITY_FIGURE})\b`);
/** "How many X…", "What is the number of X…": the counted phrase follows. */
const ASKS_COUNT = new RegExp(String.raw`(?:\bhow many|${WHAT_QUANTITY}number of)\s+(.*)$`, 'i');

/**
 * "When…", "What date…", "During which years…": a time in the singular or the plural (not "What
 * _years of_ cooperation…", a duration's things).
 */
const TIME_QUESTION =
  /\b(?:when|how long ago|what (?:year|date|day|time|month)(?:s(?!\s+of\b))?|which (?:year|date|day|month)(?:s(?!\s+of\b))?)\b/;

/** "Who…", "Whom…", "Whose…", "Which person / official / country…": a person or another actor. */
const PERSON_QUESTION =
  /\b(?:who|whom|whose|which (?:person|people|official|leader|country|organi[sz]ation|group))\b/;
/**
 * "Where…", "Which place…", "Which (broader) region / city…", "In what city…": a place. A qualifier
 * may come before a settlement or region ("Which broader region"), not before "place" ("What took
 * place…" asks what happened), and it is no auxiliary ("What did city officials say…", "What is
 * capital of…"). An area is a place only so qualified ("What wider area…"): "In which areas do
 * they cooperate?" asks for fields.
 */
const PLACE_QUESTION = new RegExp(
  String.raw`\b(?:where|(?:which|what) place|(?:which|what) (?:(?!(?:${AUXILIARIES.join('|')})\b)[\p{L}\p{N}-]+ )?(?:city|cities|town|towns|region|regions|district|districts|territory|territories|capital|village|province)|(?:which|what) (?:wider|broader|larger|surrounding|border|coastal|rural|urban|northern|southern|eastern|western|central|geographic(?:al)?) areas?)\b`,
  'u',
);

/**
 * What the question asks for, by the question word that comes first: "Which city did Blinken
 * mention _when_ talking about…" asks for a place, and "Who was president _when_…" for a person;
 * the later one belongs to a clause of the question.
 */
function answerTypeOf(text: string, tagged: readonly Token[]): AnswerType {
  const lower = text.toLowerCase();
  let asked: AnswerType = 'other';
  let first = Infinity;
  // A "who" opening a relative clause ("What was the rank of the man _who_ declared himself
  // leader?") asks for no person (see `isRelativeWhoAt`).
  const firstWho = tagged.findIndex((token) => /^who$/i.test(token.text));
  const relativeWho = firstWho >= 0 && isRelativeWhoAt(tagged, firstWho);
  for (const [type, pattern] of ANSWER_TYPE_PATTERNS) {
    const found = pattern.exec(lower);
    const relative = type === 'person' && found?.[0] === 'who' && relativeWho;
    const at = found === null || relative ? Infinity : found.index;
    if (at < first) {
      asked = type;
      first = at;
    }
  }
  return asked;
}

/** Each answer type but "other", with the question words that ask for it. */
const ANSWER_TYPE_PATTERNS: readonly (readonly [AnswerType, RegExp])[] = [
  ['number', ASKS_NUMBER],
  ['time', TIME_QUESTION],
  ['person', PERSON_QUESTION],
  ['place', PLACE_QUESTION],
  ['reason', REASON_QUESTION],
];

/** Words that end the counted phrase of "how many …" (the verb or auxiliary that follows it). */
const COUNTED_PHRASE_END =
  /^(?:are|is|was|were|be|been|did|do|does|have|has|had|will|would|could|can|should|may|might|must|in|of|on|at|for|from|by|with|during|since|to)$/i;

function measureOf(text: string): AskedMeasure | null {
  const lower = text.toLowerCase();
  const count = ASKS_COUNT.exec(text);
  if (count) {
    const counted: string[] = [];
    for (const token of tokensOf(count[1] ?? '').slice(0, 4)) {
      if (COUNTED_PHRASE_END.test(token)) break;
      if (termOf(token) !== null) counted.push(token.toLowerCase());
    }
    return { kind: 'count', counted };
  }
  // "What trade figures…": an amount of trade, not any amount.
  const field = FIELD_FIGURES.exec(lower);
  if (field) return { kind: 'amount', counted: [field[1] as string] };
  // "How much time passed between…" asks how long, not an amount.
  if (/\bhow long\b(?! ago)|\bhow much time\b/.test(lower)) return { kind: 'duration', counted: [] };
  if (ASKS_AMOUNT.test(lower)) return { kind: 'amount', counted: [] };
  if (/\bhow old\b|\bwhat age\b/.test(lower)) return { kind: 'age', counted: [] };
  if (/\bhow far\b/.test(lower)) return { kind: 'distance', counted: [] };
  return /\bhow (?:big|large|often)\b|\bwhat percentage\b/.test(lower)
    ? { kind: 'other', counted: [] }
    : null;
}

/** Each lower-case word of the question with its part of speech (the first, if it occurs twice). */
function partsOfSpeechOf(tokens: readonly Token[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const token of tokens) {
    const word = token.text.toLowerCase();
    if (!tags.has(word)) tags.set(word, token.pos);
  }
  return tags;
}
