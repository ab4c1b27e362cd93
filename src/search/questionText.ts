import type { Library } from '../library';
import { editDistance } from '../text/editDistance';
import { termOf } from './analysis';
import { countryNamed } from '../actors/places';
import { actorOfCountry } from './ownCountry';
import { withArticlesPhrases } from './articlesPhrases';
import { questionProper } from './questionWording';
import { inCaseTyped } from './idioms';
import { articleWordCounts } from './articleWords';
import { spellingVariantsOf } from './spellingVariants';
import { lemmasOf } from './wordNetLookup';
import { STOP_WORDS } from './stopWords';
import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import { QUESTION_WORDS } from './questionWords';

/** A word of the question read as another: what was typed and the article word it was read as. */
export interface SpellingCorrection {
  readonly typed: string;
  readonly readAs: string;
}

/** The question to analyse, and the misspellings corrected in it (shown to the asker). */
export interface QuestionReading {
  readonly text: string;
  readonly corrections: readonly SpellingCorrection[];
}

/**
 * What the asker typed, made into the question to analyse: the question proper, without what is
 * typed around it (see `questionWording.ts`), without shouting, and with misspelt words of the
 * articles corrected ("Who detaned Bazum?" → "Who detained Bazoum?"). The text is unchanged when
 * none applies.
 */
export function readingOf(library: Library, typed: string): QuestionReading {
  const corrections: SpellingCorrection[] = [];
  // In any form: "stepped in" in a story keeps "step in" as typed.
  const articlesUse = (word: string): boolean => library.documentFrequency.has(termOf(word) ?? word);
  const proper = questionProper(typed, articlesUse);
  const lowered = withoutShouting(proper);
  const withUs = withCountryUs(lowered);
  const writtenOut = withCountryPossessives(
    library,
    withWordsWrittenOut(withUs, corrections, lowered !== proper),
    corrections,
  );
  // Written out, chat's words may make up an idiom or a wording typed around the question ("how
  // _r_ the talks going" is "how are the talks going"): read as the question proper once more.
  const reread = writtenOut === withUs ? writtenOut : questionProper(writtenOut, articlesUse);
  const text = withCopulaWrittenOut(
    withArticlesPhrases(
      library,
      withPersonSeizedAsDetained(
        library,
        withArticleSpelling(
          library,
          correctedSpelling(
            library,
            withDroppedGRestored(
              library,
              withQuestionWordsRestored(library, reread, corrections),
              corrections,
            ),
            corrections,
          ),
        ),
      ),
    ),
  );
  // Each rule notes what it reads in turn: the asker sees them in the order typed.
  const lower = typed.toLowerCase();
  const order = (correction: SpellingCorrection): number => lower.indexOf(correction.typed.toLowerCase());
  // A word typed twice is read otherwise once: "did u see… did u hear" lists "u" once.
  const distinct = [
    ...new Map(
      corrections.map((correction) => [`${correction.typed.toLowerCase()} ${correction.readAs}`, correction]),
    ).values(),
  ];
  return { text, corrections: distinct.sort((a, b) => order(a) - order(b)) };
}

/**
 * "Who's the US secretary of state?" is "Who is…": a question word's "'s" before a noun phrase is
 * "is", as the rules reading "who is the…" or "what is the…" expect. (Not "who's detained him",
 * where it is "has".)
 */
function withCopulaWrittenOut(text: string): string {
  return text.replace(
    /^(\s*)(who|what|where|when|which)['’]s(?=\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b)/iu,
    '$1$2 is',
  );
}

/**
 * Seizing (or grabbing, read as seizing), capturing or holding a person is detaining them: "who
 * grabbed bazoum", "Who seized the president?", "bazoum being held", "When was Bazoum captured".
 * The person is a pronoun, "the president / leader", or a name of a person the articles name, in
 * whatever case typed; not power or a city seized, nor talks held.
 */
function withPersonSeizedAsDetained(library: Library, text: string): string {
  // "the detained leader being held": the detention is named already, and a word said twice
  // counts once, so "held" (or "captured") is left to say what is asked; seizing is read still.
  const detentionNamed = /\bdetain/iu.test(text);
  const active = detentionNamed ? SEIZE_FORMS : `${SEIZE_FORMS}|${HOLD_FORMS}`;
  const passive = detentionNamed ? 'seized' : 'seized|held|captured';
  return text
    .replace(
      new RegExp(String.raw`\b(${active})\s+((?:the\s+)?[\p{L}’'-]+)${NOT_DETAINED_AFTER}`, 'giu'),
      (typed, verb: string, whom: string) =>
        isPersonReference(library, whom)
          ? `${inCaseTyped(typed, SEIZE_AS_DETAIN[verb.toLowerCase()] ?? 'detain')} ${whom}`
          : typed,
    )
    .replace(
      // "bazoum got seized by…", "was the president seized", "bazoum being held": the person
      // before the passive.
      new RegExp(
        String.raw`\b((?:the\s+)?[\p{L}’'-]+)(\s+(?:(?:was|were|is|are)\s+)?(?:was|were|is|are|got|gets|get|been|being|be)\s+)(?:${passive})\b${NOT_DETAINED_AFTER}`,
        'giu',
      ),
      (typed, whom: string, between: string) =>
        isPersonReference(library, whom) ? `${whom}${between}detained` : typed,
    )
    .replace(
      // "was bazoum seized by…": the person after the auxiliary.
      new RegExp(
        String.raw`\b((?:was|were|is|are)\s+)((?:the\s+)?[\p{L}’'-]+)\s+(?:${passive})\b${NOT_DETAINED_AFTER}`,
        'giu',
      ),
      (typed, auxiliary: string, whom: string) =>
        isPersonReference(library, whom) ? `${auxiliary}${whom} detained` : typed,
    );
}

const SEIZE_FORMS = 'seize|seizes|seized|seizing';
const HOLD_FORMS = 'hold|holds|held|holding|capture|captures|captured|capturing';

/**
 * What makes holding or capturing someone no detention: holding them accountable, responsible, in
 * high esteem or back; capturing them on camera.
 */
const NOT_DETAINED_AFTER = String.raw`(?!\s+(?:accountable|responsible|liable|to\s+account|in\s+(?:high\s+|low\s+|great\s+)?(?:regard|esteem|contempt)|back|on\s+(?:camera|film|video|tape)))`;

const SEIZE_AS_DETAIN: Readonly<Record<string, string>> = {
  seize: 'detain',
  seizes: 'detains',
  seized: 'detained',
  seizing: 'detaining',
  hold: 'detain',
  holds: 'detains',
  held: 'detained',
  holding: 'detaining',
  capture: 'detain',
  captures: 'detains',
  captured: 'detained',
  capturing: 'detaining',
};

/** "him", "the president", or a word of the name of a person the articles name ("bazoum"). */
function isPersonReference(library: Library, words: string): boolean {
  const lower = words.toLowerCase();
  // An owner is not the one held: "the president's office".
  if (/['’]s$/u.test(lower)) return false;
  if (/^(?:him|her|them|the\s+(?:president|prez|leader|head))$/.test(lower)) return true;
  return personNameTermsOf(library).has(termOf(lower.replace(/^the\s+/, '')) ?? '');
}

/** The terms of the words of the names of the people a library names, once per library. */
function personNameTermsOf(library: Library): ReadonlySet<string> {
  let terms = PERSON_NAME_TERMS.get(library);
  if (!terms) {
    terms = new Set(
      library.actors.actors
        .filter((actor) => actor.kind === 'person')
        .flatMap((actor) => [actor.name, ...actor.aliases])
        .flatMap((name) => name.split(/\s+/))
        .map((word) => termOf(word))
        .filter((term): term is string => term !== null),
    );
    PERSON_NAME_TERMS.set(library, terms);
  }
  return terms;
}

const PERSON_NAME_TERMS = new WeakMap<Library, ReadonlySet<string>>();

/**
 * A question typed in capitals throughout ("WHO DETAINED BAZOUM") is read in lower case: written
 * so, every word would look like an acronym. (Real acronyms in it are lost, but for "the US", see
 * `withCountryUs`.)
 */
function withoutShouting(text: string): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && !/\p{Ll}/u.test(text) ? text.toLowerCase() : text;
}

/**
 * The name of a country the articles speak of, typed in lower case with the apostrophe of its
 * possessive left out, before a lower-case noun: "americas support for bazoum", "the nigers
 * army". Not a place after a preposition ("trade in the americas"), not before a verb or a name
 * ("hanging chads were", "both koreas agreed", "Frances Haugen"), nor a country the articles
 * never speak of (turkeys, guineas and chiles are more often birds, coins and peppers).
 */
function withCountryPossessives(library: Library, text: string, corrections: SpellingCorrection[]): string {
  return text.replace(
    /(?<!\b(?:in|across|throughout|of|to|from|around)\sthe\s)(?<![\p{L}\p{N}'’-])(\p{Ll}{3,})s(?=\s(\p{Ll}+)\b)/gu,
    (token, name: string, next: string) => {
      const country = countryNamed(name);
      if (
        country === undefined ||
        countryNamed(token) !== undefined ||
        actorOfCountry(library, country) === undefined ||
        !isNoun(library, next)
      ) {
        return token;
      }
      const readAs = `${name}'s`;
      corrections.push({ typed: token, readAs });
      return readAs;
    },
  );
}

/** Whether WordNet knows a word as a noun (it files kinds of nouns only). */
function isNoun(library: Library, word: string): boolean {
  return library.kinds?.has(nounLemma(word)) ?? false;
}

/**
 * "us" after a determiner is the country, whatever the case it was typed in ("what did the us
 * say", "the top us diplomat", "which us official"): the pronoun never follows one ("tell us").
 */
function withCountryUs(text: string): string {
  return text.replace(/\b((?:the|which|what|whose|a|an|top|senior)\s+)us\b/giu, '$1US');
}

/**
 * Shortenings and spellings typed in chat ("the old govt", "whose gov", "the state dept", "wat did
 * tiani say abt it", "whats his rank", "isnt he president"), each read as the word it stands for.
 * Read as typed, each would be a word the articles never use, taken for what is asked, and "wat" or
 * "whats" would hide the question word. None is an English word of its own.
 */
const SHORTENINGS: ReadonlyMap<string, string> = new Map([
  ['govt', 'government'],
  ['gov', 'government'],
  ['govs', 'governments'],
  ["gov't", 'government'],
  ['govts', 'governments'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['ppl', 'people'],
  ['yrs', 'years'],
  ['prez', 'president'],
  ['econ', 'economic'],
  ['cmd', 'command'],
  ['mgmt', 'management'],
  ['convo', 'conversation'],
  ['org', 'organization'],
  ['orgs', 'organizations'],
  ['abt', 'about'],
  ['b4', 'before'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['bcuz', 'because'],
  ['bcoz', 'because'],
  ['smth', 'something'],
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['wot', 'what'],
  ['whats', "what's"],
  ['wuts', "what's"],
  ['wats', "what's"],
  ['wots', "what's"],
  ['whos', "who's"],
  ['hows', "how's"],
  ['wheres', "where's"],
  ['whr', 'where'],
  ['wher', 'where'],
  ['whn', 'when'],
  ['hw', 'how'],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['dont', "don't"],
  ['doesnt', "doesn't"],
  ['didnt', "didn't"],
  ['hasnt', "hasn't"],
  ['havent', "haven't"],
  ['hadnt', "hadn't"],
  ['wouldnt', "wouldn't"],
  ['couldnt', "couldn't"],
  ['shouldnt', "shouldn't"],
]);

/**
 * Single letters typed in chat for a word: "did u see", "where r the talks". Only in lower case
 * and standing alone: a capital may be an initial ("George W. Bush"), "u.s." is the country and
 * "a u-turn" no pronoun.
 */
const CHAT_LETTERS: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  // "where is he rn": right now (not "RN", the National Rally, a nurse, the Royal Navy).
  ['rn', 'now'],
]);

/** "w" is "with" only before what "with" takes: "upset w the people", "w him" (not "george w bush"). */
const CHAT_WITH =
  /(?<![\p{L}\p{N}.'’-])w(?:\/|(?=\s+(?:the|a|an|his|her|him|them|their|its|my|your|our|us|me|it|this|that|these|those|anything|something|everything|nothing)\b))(?=\s)/gu;

/**
 * "acc to" is "according to": "when was he detained acc to the article". Not an account moved
 * ("from his business acc to his personal acc").
 */
const CHAT_ACCORDING =
  /(?<![\p{L}\p{N}'’-])(?<!\b(?:the|a|an|my|your|his|her|its|our|their|\p{L}+['’]s|business|personal|bank|savings|current|joint|user|twitter|x)\s)acc\.?(?=\s+to\b)/giu;

/**
 * "per" citing a source is "according to": "…, per Blinken?", "Per the statement, …". Not a rate
 * ("per year", "per cent"): only at the start or after a comma, before a name or "the".
 */
const PER_SOURCE =
  /(?<=^\s*|,\s*)per(?=\s+(?:the\s+)?\p{Lu}|\s+the\s+(?:article|statement|report|story|piece)\b)/giu;

/**
 * "mil" after "the" or an owner is "military" ("did the mil say…", "niger's mil"); after a number,
 * "a", or a verb of money ("spend the mil on") it is a million, left as typed.
 */
const CHAT_MILITARY =
  /(?<=\b(?:the|its|their|his|her|our|\p{L}+['’]s)\s)(?<!\b(?:spend|spent|spends|pay|paid|pays|cost|costs|raise|raised|earn|earned|owe|owed|worth|give|gave|get|got|lose|lost|save|saved)\s+\p{L}+\s)mil(?![\p{L}\p{N}'’-])/gu;

/**
 * "pres" is "president" ("did he credit the pres…", "the ex-pres"); after "my", "our" or "your" it
 * is a presentation ("for my pres"), and before "release" or "conference" the press: left as typed.
 */
const CHAT_PRESIDENT =
  /(?<![\p{L}\p{N}'’])(?<!\b(?:my|our|your)\s)pres(?![\p{L}\p{N}'’.-])(?!\s+(?:release|releases|conference|conferences|briefing|office|secretary|room|corps|pass|freedom)\b)/gu;

/**
 * "bc" or "b/c" is "because" (or "Bc" opening a sentence), standing alone: not "BC", nor after a
 * number ("300 bc" is a year) unless "of" follows ("cut in 2023 bc of the coup").
 */
const CHAT_BECAUSE =
  /(?<![\p{L}\p{N}.'’/-])(?:(?<!\p{N}\s*)[Bb]\/?c|[Bb]\/?c(?=\s+of\b))(?![\p{L}\p{N}'’/-]|\.[\p{L}\p{N}])/gu;

/**
 * "bout" is "about" after a word that takes it ("say bout", "what bout", "anything bout"), not a
 * contest ("the heavyweight bout", "Saturday's bout", "which bout").
 */
const CHAT_ABOUT =
  /(?<=\b(?:say|says|said|saying|talk|talks|talked|talking|ask|asks|asked|asking|think|thinks|thought|know|knows|knew|tell|tells|told|hear|heard|feel|feels|felt|care|cares|cared|worry|worried|what|how|anything|something|nothing|more|all|info|news|question|questions|sad|upset|happy|angry|mad)\s)bout(?![\p{L}\p{N}'’-])/giu;

/**
 * "sec" before "of" and a department is "secretary" ("the us sec of state"); not "SEC", a body,
 * nor seconds ("a few sec of footage").
 */
const CHAT_SECRETARY = /\b(?:sec|Sec)\.?(?=\s+of\s+(?:the\s+)?(\p{L}+))/gu;

/** What a secretary is "of": departments ("sec of state", "Sec. of Defense"). */
const DEPARTMENTS: ReadonlySet<string> = new Set([
  'state',
  'defense',
  'defence',
  'treasury',
  'war',
  'energy',
  'labor',
  'labour',
  'commerce',
  'education',
  'agriculture',
  'transportation',
  'interior',
  'homeland',
  'health',
  'housing',
  'veterans',
]);

/** Chat spellings that are English words elsewhere, so read only as a question's first word: "y did they", "wen was it". */
const CHAT_OPENINGS: ReadonlyMap<string, string> = new Map([
  ['y', 'why'],
  ['wen', 'when'],
]);

/**
 * Writes out the chat shortenings of `SHORTENINGS`, `CHAT_LETTERS`, `CHAT_WITH`, `CHAT_ABOUT`,
 * `CHAT_ACCORDING`, `CHAT_MILITARY`, `CHAT_PRESIDENT`, `CHAT_SECRETARY`, `CHAT_BECAUSE` and
 * `CHAT_OPENINGS`, each noted as a correction.
 */
function withWordsWrittenOut(text: string, corrections: SpellingCorrection[], shouted = false): string {
  const readAs = (token: string, written: string): string => {
    const read = inCaseTyped(token, written);
    corrections.push({ typed: token, readAs: read });
    return read;
  };
  const opening = /^(?<space>\s*)(?<word>\p{Ll}+)(?=[\s,])/u.exec(text);
  const { space = '', word = '' } = opening?.groups ?? {};
  const openingWritten = CHAT_OPENINGS.get(word);
  const opened =
    opening && openingWritten !== undefined
      ? space + readAs(word, openingWritten) + text.slice(opening[0].length)
      : text;
  return (
    opened
      .replace(CHAT_WITH, (token) => readAs(token, 'with'))
      .replace(CHAT_ABOUT, (token) => readAs(token, 'about'))
      .replace(CHAT_ACCORDING, (token) => readAs(token, 'according'))
      .replace(PER_SOURCE, (token) => readAs(token, 'according to'))
      .replace(CHAT_MILITARY, (token) => readAs(token, 'military'))
      .replace(CHAT_PRESIDENT, (token) => readAs(token, 'president'))
      .replace(CHAT_SECRETARY, (token, department: string) =>
        DEPARTMENTS.has(department.toLowerCase()) ? readAs(token, 'secretary') : token,
      )
      // Typed in capitals, "BC" was no chat spelling ("IS BC IN CANADA").
      .replace(CHAT_BECAUSE, (token) => (shouted ? token : readAs(token, 'because')))
      .replace(/(?<![\p{L}\p{N}.'’-])\p{Ll}{1,2}(?![\p{L}\p{N}.'’/-])/gu, (token) => {
        const written = CHAT_LETTERS.get(token);
        return written === undefined ? token : readAs(token, written);
      })
      // A possessive is kept as typed: "the govt's response" → "the government's response".
      .replace(
        /(\p{L}[\p{L}\p{N}]*(?:['’]t)?)(?=(?:['’]s)?(?![\p{L}\p{N}]))/gu,
        (token, _, at: number, whole: string) => {
          const written = SHORTENINGS.get(token.toLowerCase().replace('’', "'"));
          // "Gov." or "Gov Zulum" before a name is a governor's title, not "government".
          if (
            written === 'government' &&
            /^Gov$/u.test(token) &&
            /^\.?\s+\p{Lu}/u.test(whole.slice(at + token.length))
          )
            return token;
          return written === undefined ? token : readAs(token, written);
        },
      )
  );
}

/**
 * A word typed with its final "g" dropped ("r the talks goin anywhere", "wat r they sayin'") is the
 * "-ing" form of a verb: read so when WordNet knows that verb but not the word typed, and the
 * articles do not use it either (a name such as "Putin" is neither). "brin" is not "bring", which
 * is no "-ing" form. (A name typed in lower case may still be read so: "marin" as "maring".)
 */
function withDroppedGRestored(library: Library, text: string, corrections: SpellingCorrection[]): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{Ll}{2,}in(?:['’](?!\p{L})|(?![\p{L}\p{N}'’]))/gu, (token) => {
    const typed = token.replace(/['’]$/u, '');
    const written = `${typed}g`;
    const lemma = verbLemma(written);
    if (
      lemma === written ||
      articleWordCounts(library).has(typed) ||
      !unknownToWordNet(library, typed) ||
      unknownToWordNet(library, lemma) ||
      // "did blinkin say…": a name the articles use, mistyped, is that name, not "blinking".
      closestWord(nameWordsOf(library), typed, 1) !== null
    ) {
      return token;
    }
    corrections.push({ typed: token, readAs: written });
    return written;
  });
}

/**
 * The words of the actors' names, lower case, each counted once ("antony", "blinken"): not their
 * aliases, whose titles ("former", "president") are common words.
 */
function nameWordsOf(library: Library): ReadonlyMap<string, number> {
  let words = NAME_WORDS.get(library);
  if (!words) {
    words = new Map(
      library.actors.actors
        .flatMap((actor) => actor.name.toLowerCase().match(/\p{L}{2,}/gu) ?? [])
        .map((word) => [word, 1] as const),
    );
    NAME_WORDS.set(library, words);
  }
  return words;
}

const NAME_WORDS = new WeakMap<Library, ReadonlyMap<string, number>>();

/** The shortest word we correct: shorter ones have too many neighbours one edit away. */
const MIN_CORRECTED_LENGTH = 4;
/**
 * The shortest word the vectors know that may still be read as a typo: short ones are often real
 * words WordNet lacks. (7 → 6 read "suport" as "support": two more answered, WikiQA unchanged.)
 */
const MIN_VECTOR_TYPO_LENGTH = 6;
/** Each unknown word costs a scan of the vocabulary: a pasted wall of gibberish stops here. */
const MAX_LOOKUPS = 8;

/**
 * Replaces a word that neither the articles nor the word vectors' 300,000-word vocabulary know
 * (so it is no English word, nor any name the articles use) by the article word closest to it:
 * at most one edit away for words of up to five letters, two for longer ones; and a typo the
 * vectors learnt from web text, one edit from an article word or a common word with a letter left
 * out or two swapped. Without word vectors there is no dictionary to tell a typo from a rare
 * word, so nothing is corrected.
 */
function correctedSpelling(library: Library, text: string, corrections: SpellingCorrection[]): string {
  const vectors = library.vectors;
  if (!vectors) return text;
  const vocabulary = correctionVocabularyOf(library);
  let lookups = 0;
  return text.replace(/\p{L}+/gu, (token, offset: number) => {
    const lower = token.toLowerCase();
    if (
      lower.length < MIN_CORRECTED_LENGTH ||
      // An acronym ("STPP") is no misspelling of a word that happens to be close.
      token === token.toUpperCase() ||
      vocabulary.has(lower) ||
      termOf(token) === null ||
      lookups >= MAX_LOOKUPS
    ) {
      return token;
    }
    // A word the vectors know is taken for a typo they learnt from the web ("negotiatons") only
    // when long, unknown to WordNet in every inflection, and one edit from an article word, or a
    // common word with a letter left out or two swapped ("happend", see `commonWordLeftOutOrSwapped`).
    const knownToVectors = vectors.vectorOf(lower) !== undefined;
    if (knownToVectors && lower.length < MIN_VECTOR_TYPO_LENGTH) return token;
    lookups += 1;
    const unknownWord = unknownToWordNet(library, lower);
    if (knownToVectors && !unknownWord) return token;
    // A word WordNet knows ("bemuse") is read as an article word only, never as a function word.
    const correction =
      closestWord(
        unknownWord ? vocabulary : articleWordCounts(library),
        lower,
        knownToVectors ? 1 : lower.length <= 5 ? 1 : 2,
      ) ??
      (!unknownWord || !mayBeCommonWordMistyped(text, token, offset)
        ? null
        : knownToVectors
          ? commonWordLeftOutOrSwapped(library, lower)
          : commonWordNear(library, lower));
    if (correction === null) return token;
    // "bazoums govt": a name with its apostrophe left out is that name's, not the name.
    const possessive = lower === `${correction}s` && personNameTermsOf(library).has(termOf(correction) ?? '');
    const readAs = inCaseTyped(token, possessive ? `${correction}'s` : correction);
    corrections.push({ typed: token, readAs });
    return readAs;
  });
}

/**
 * A word the articles spell otherwise ("in _favour_ of" where they write "in favor of") read in
 * their spelling: one of its other spellings that is a word of theirs and that WordNet lists with
 * it ("filed" is no spelling of "filled"). Not listed as a correction: it was no mistake.
 */
function withArticleSpelling(library: Library, text: string): string {
  const words = articleWordCounts(library);
  return text.replace(/\p{L}+/gu, (token) => {
    const lower = token.toLowerCase();
    if (lower.length < MIN_CORRECTED_LENGTH || words.has(lower)) return token;
    const spelt = spellingVariantsOf(lower).filter(
      (variant) => words.has(variant) && !STOP_WORDS.has(variant) && listedTogether(library, lower, variant),
    );
    return spelt.length === 1 ? inCaseTyped(token, spelt[0] as string) : token;
  });
}

/** Whether WordNet lists two words together, under any of their lemmas ("favour" with "favor"). */
function listedTogether(library: Library, word: string, other: string): boolean {
  const others = lemmasOf(other);
  return [...lemmasOf(word)].some((lemma) =>
    (library.related?.get(lemma) ?? []).some((related) => others.has(related)),
  );
}

/** The longest word read as a typo of a common one: the edits to try grow with its length. */
const MAX_TYPO_LENGTH = 20;

/**
 * Whether a word no dictionary knows may be a common word mistyped: not a capitalised word inside
 * the question, a name ("Did Sunak resign?" is not "Did Sunk…"; the first word is capitalised for
 * opening it), nor one too long to try every edit of.
 */
function mayBeCommonWordMistyped(text: string, token: string, at: number): boolean {
  return token.length <= MAX_TYPO_LENGTH && !isNameInside(text, token, at);
}

/**
 * Whether a word at `at` is capitalised inside the question, after another word: a name, not a
 * word typed wrong (the first word is capitalised for opening the question).
 */
function isNameInside(text: string, token: string, at: number): boolean {
  return /^\p{Lu}/u.test(token) && /\p{L}/u.test(text.slice(0, at));
}
/** How common a word must be (its rank among the vectors' words) to be read for a typo of it. */
const MAX_COMMON_RANK = 30_000;

/**
 * A word the vectors learnt from the web that is a common word typed with a letter left out or two
 * letters swapped ("happend", "recieved", "goverment"), read as that word: the commonest such
 * word, far commoner than what was typed (`WEB_TYPO_RARITY` times). Not one letter put for another
 * nor one too many, which is how rare names differ from words ("lerman" / german, "milnor" /
 * minor): a name the articles do not know is left as typed, and a question about that person
 * declined.
 */
function commonWordLeftOutOrSwapped(library: Library, typo: string): string | null {
  const rankOf = library.vectors?.frequencyRankOf;
  const typoRank = rankOf?.(typo);
  if (!rankOf || typoRank === undefined) return null;
  const maxRank = Math.min(MAX_COMMON_RANK, typoRank / WEB_TYPO_RARITY);
  return commonestWordAmong(library, omissionsAndSwapsOf(typo), maxRank);
}

/** How many times commoner than a web typo the word it is read as must be ("happened": 135). */
const WEB_TYPO_RARITY = 50;

/** Every string with one letter added to a word, or two neighbouring letters swapped. */
function omissionsAndSwapsOf(word: string): Set<string> {
  const edits = new Set<string>();
  for (let at = 0; at <= word.length; at += 1) {
    const [head, tail] = [word.slice(0, at), word.slice(at)];
    if (tail.length > 1) edits.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const letter of LETTERS) edits.add(head + letter + tail);
  }
  edits.delete(word);
  return edits;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The commonest English word one edit from a typo no article word is near ("opose" → oppose, not
 * pose), that WordNet knows: a word of the question the articles need not use, typed wrong, is
 * read as meant rather than left as a noun nobody uses.
 */
function commonWordNear(library: Library, typo: string): string | null {
  return commonestWordAmong(library, oneEditFrom(typo), MAX_COMMON_RANK);
}

/** The commonest of some candidates ranked above `maxRank` that WordNet knows, not a function word. */
function commonestWordAmong(library: Library, candidates: Iterable<string>, maxRank: number): string | null {
  const rankOf = library.vectors?.frequencyRankOf;
  if (!rankOf) return null;
  let best: { word: string; rank: number } | null = null;
  for (const candidate of candidates) {
    const rank = rankOf(candidate);
    if (rank === undefined || rank >= maxRank || (best !== null && rank >= best.rank)) continue;
    if (STOP_WORDS.has(candidate) || unknownToWordNet(library, candidate)) continue;
    best = { word: candidate, rank };
  }
  return best?.word ?? null;
}

/** Every string one deletion, swap of neighbours, replacement or insertion of a letter from a word. */
function oneEditFrom(word: string): Set<string> {
  const edits = omissionsAndSwapsOf(word);
  for (let at = 0; at < word.length; at += 1) {
    const [head, tail] = [word.slice(0, at), word.slice(at + 1)];
    edits.add(head + tail);
    for (const letter of LETTERS) edits.add(head + letter + tail);
  }
  edits.delete(word);
  return edits;
}

/**
 * The words a typo may be read as: the articles' words and, used by none of them (count 0), the
 * function words the index drops ("aganist" → against), so a mistyped one is not left as a word to
 * look for.
 */
function correctionVocabularyOf(library: Library): ReadonlyMap<string, number> {
  let vocabulary = CORRECTION_VOCABULARIES.get(library);
  if (!vocabulary) {
    const words = new Map(articleWordCounts(library));
    for (const word of STOP_WORDS) {
      if (word.length >= MIN_CORRECTED_LENGTH && !words.has(word)) words.set(word, 0);
    }
    CORRECTION_VOCABULARIES.set(library, (vocabulary = words));
  }
  return vocabulary;
}

const CORRECTION_VOCABULARIES = new WeakMap<Library, ReadonlyMap<string, number>>();

/**
 * Question words mistyped ("wich city…", "In wich city…", "wehn was he detained"): taken for a word
 * asked about, each would hide what is asked. A word is read as the question word it is one edit
 * from when it is no word WordNet or the articles know and no other question word is as near
 * ("hwo" is who or how). A capitalised word inside the question is a name, left alone.
 */
function withQuestionWordsRestored(
  library: Library,
  text: string,
  corrections: SpellingCorrection[],
): string {
  return text.replace(/\p{L}+/gu, (token, offset: number) => {
    if (isNameInside(text, token, offset)) return token;
    const asked = mistypedQuestionWord(library, token.toLowerCase());
    if (asked === null) return token;
    const readAs = inCaseTyped(token, asked);
    corrections.push({ typed: token, readAs });
    return readAs;
  });
}

function mistypedQuestionWord(library: Library, word: string): string | null {
  if (word.length < 3 || QUESTION_WORDS.includes(word) || STOP_WORDS.has(word)) return null;
  if (library.documentFrequency.has(termOf(word) ?? word) || !unknownToWordNet(library, word)) return null;
  const near = QUESTION_WORDS.filter((asked) => editDistance(word, asked) === 1);
  return near.length === 1 ? (near[0] as string) : null;
}

/** Whether WordNet, when loaded, knows the word under none of its lemmas. */
function unknownToWordNet(library: Library, word: string): boolean {
  const dictionary = [library.related, library.kinds, library.antonyms];
  if (dictionary.every((map) => map === null)) return false;
  return ![...lemmasOf(word)].some((lemma) => dictionary.some((map) => map?.has(lemma)));
}

/** The article word at most `allowed` edits away, the closest and then the most used, or null. */
function closestWord(vocabulary: ReadonlyMap<string, number>, word: string, allowed: number): string | null {
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [known, count] of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const distance = editDistance(word, known);
    if (distance > allowed) continue;
    // Closest first; among equally close words, the one the articles use most.
    if (best === null || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: known, distance, count };
    }
  }
  return best?.word ?? null;
}
