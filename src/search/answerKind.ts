import { noun as nounLemma } from 'wink-lemmatizer';
import { termOf, termsOf, tokensOf } from './analysis';
import type { AnalysedQuestion } from './question';
import { escapeRegExp } from '../text/escapeRegExp';
import { countryNamed, countryOfDemonym, isPlace, type Country } from '../actors/places';
import { TITLES } from '../actors/lexicon';
import { BLAMING_VERB, PRAISING_VERB } from './judgingVerbs';

/**
 * What kind of thing a question asks for (a date for "when", a count of soldiers for "how many
 * soldiers") and whether a sentence holds one: a loose form that ranks, a strict one that a
 * passage must pass before it is offered as the answer.
 */

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const TIME_EVIDENCE = new RegExp(
  `\\b(?:${MONTH}\\b|${WEEKDAY}|(?:1[5-9]|20)\\d\\d\\b|\\d+(?:st|nd|rd|th)? century|ago\\b|yesterday|today|tomorrow|since\\b|until\\b|earlier|later|(?:last|next) (?:week|month|year))`,
  'u',
);
/** Every time a text names, to count two between which a span lies. */
const TIME_EVIDENCE_ALL = new RegExp(TIME_EVIDENCE.source, 'gu');
const YEAR = String.raw`\b(?:1[5-9]|20)\d\d\b`;
/** A calendar date: "July 28", "28 July", "2023-07-28", "28/07/2023". */
const DATE = String.raw`\b${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`;
const YEAR_EVIDENCE = new RegExp(YEAR, 'u');
const DATE_EVIDENCE = new RegExp(DATE, 'u');

/**
 * A question may ask for a time of one grain ("on which day of the week…", "in what year…"):
 * then only that grain answers it, not any date. Checked most specific first.
 */
const TIME_GRAINS: readonly (readonly [RegExp, RegExp])[] = [
  // "At what time of day…", "What time did the broadcast air?": a clock time or a part of the day,
  // not a date. (Not "what time period / frame", nor "what time of year".)
  [
    /\btime of (?:the )?day\b|\b(?:what|which) (?:time|hour)\b(?!\s+(?:period|frame|span|scale|line|zone)s?\b|\s+of\s+(?:the\s+)?(?:year|season|month|week|life|century|decade)\b)/i,
    /\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\p{L})|\b\d{1,2}:\d\d\b|\b(?:at|by|from|until|till|around|about|after|before)\s+\d{1,2}[.:]\d{2}\b|\bo['’]clock\b|\b(?:half|quarter)\s+(?:past|to)\b|\bearly\s+hours\b|\blocal\s+time\b|\b(?:noon|midday|midnight|morning|afternoon|evening|night|nightfall|overnight|dawn|daybreak|dusk|sunrise|sunset|tonight|lunchtime|teatime|dinnertime|breakfast)\b|\b(?:GMT|UTC)\b/iu,
  ],
  [/\bday of the week\b|\bweekday\b/i, new RegExp(`\\b${WEEKDAY}\\b`, 'u')],
  [/\b(?:what|which) years?\b/i, YEAR_EVIDENCE],
  [/\b(?:what|which) months?\b/i, new RegExp(`\\b${MONTH}\\b`, 'u')],
  [/\b(?:what|which) dates?\b/i, DATE_EVIDENCE],
  [
    /\b(?:what|which) day\b/i,
    new RegExp(`\\b${WEEKDAY}\\b|${DATE}|\\b(?:yesterday|today|tomorrow)\\b`, 'iu'),
  ],
];

/**
 * The days a text names, each as one string in lower case: weekdays ("wednesday") and calendar
 * dates ("jul 28" for "July 28" or "28 July"). Dates in other forms, and years alone, are left out.
 */
export function daysNamedIn(text: string): string[] {
  const days = [...text.matchAll(WEEKDAY_ALL)].map(([day]) => day.toLowerCase());
  for (const match of text.matchAll(MONTH_DAY_ALL)) {
    const month = (match[1] ?? match[4] ?? '').slice(0, 3).toLowerCase();
    const day = String(Number(match[2] ?? match[3]));
    days.push(`${month} ${day}`);
  }
  return days;
}

const WEEKDAY_ALL = new RegExp(`\\b${WEEKDAY}\\b`, 'gu');
const MONTH_DAY_ALL = new RegExp(
  String.raw`\b(${MONTH})\.? (\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})\b`,
  'gu',
);

/** The test for the time grain a question names, or null when it names none. */
function askedTimeGrain(question: string): RegExp | null {
  return TIME_GRAINS.find(([asks]) => asks.test(question))?.[1] ?? null;
}

/** Whether a sentence holds a time of the grain the question asks for, or any time when it names none. */
function holdsAskedTime(text: string, question: AnalysedQuestion): boolean {
  const grain = askedTimeGrain(question.text);
  if (grain) return grain.test(text);
  return TIME_EVIDENCE.test(text) || relativeSpanDatingAsked(text, question) !== null;
}

/**
 * The span by which a sentence dates what is asked from another event, or null: "The
 * _announcement_ came _a day after_ the military endorsed…" says when the announcement came (a word
 * of the question before the span), not when the endorsement or the toppling it names after it
 * happened.
 */
function relativeSpanDatingAsked(text: string, question: AnalysedQuestion): string | null {
  const match = RELATIVE_TIME.exec(text);
  if (!match) return null;
  const before = new Set(termsOf(text.slice(0, match.index)));
  const dates = question.words.some(
    (word) =>
      !word.isName &&
      !word.light &&
      (word.partOfSpeech === 'NOUN' || word.partOfSpeech === 'VERB') &&
      before.has(word.term),
  );
  return dates ? match[0] : null;
}

/**
 * A time of the grain a question names ("on which day of the week…" → Wednesday) counts this many
 * times the usual evidence: few sentences hold one, and no other sentence answers. 1 / 2 / 3 → seed
 * P@1 0.832 / 0.842 / 0.842 pooled (set B 0.767 → 0.800), answerable wrongly declined 0.168 → 0.158,
 * WikiQA MAP 0.695, MRR 0.698 / 0.699 / 0.699. (The same for a measure, "how long", "how old":
 * one more unanswerable answered, WikiQA F1 −0.003.)
 */
const NAMED_GRAIN_EVIDENCE = 2;

/**
 * For "when", a time given only from another event ("The announcement came _a day after_ the
 * military endorsed…") answers less than one naming a date or a day ("…declared himself … leader _on
 * July 28_"): readers asking when want the date. 1 / 0.5 / 0.25 / 0 → 3 more questions first at 0.25
 * or 0 (BP, DZ, N), one at 0.5, none lost; WikiQA dev the same.
 */
const RELATIVE_TIME_EVIDENCE = 0.25;

const NUMBER_EVIDENCE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|percent)\b/i;
/** A purpose said to be one: "in a bid to thwart bloodshed", "so that…", "aims to…". */
const STATED_PURPOSE_WORDS = String.raw`in order to|in a bid to|so that|aim(?:s|ed|ing)? to`;
const STATED_PURPOSE = new RegExp(String.raw`\b(?:${STATED_PURPOSE_WORDS})\b`, 'i');
const REASON_EVIDENCE = new RegExp(
  String.raw`\b(?:because|due to|${STATED_PURPOSE_WORDS}|motivated|reason|caused|led to|to (?:prevent|thwart|avoid|ensure|protect|preserve))\b`,
  'i',
);
const REASON_EVIDENCE_ALL = new RegExp(REASON_EVIDENCE.source, 'gi');
const PLACE_EVIDENCE = /\b(?:in|at|from|near|to) (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)/gu;
/** A name before a word for an area: "the wider West Africa _region_", "Tillabéri province". */
const NAMED_AREA = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+) (?:region|province|district|county)(?![\p{L}\p{N}])/gu;

/**
 * Whether a text names a place ("in Niamey", "on national television", "the West Africa region").
 * A people's adjective before a title names a person, not a place: "spoke _to Nigerien_ President
 * Bazoum". A place the question itself puts something in (`asked`, its text) is not where it asks:
 * "Where were the talks on order _in Niger_ held?" is not answered by "…constitutional order in
 * Niger…", nor a country it describes something by ("_Niger's_ order", "the _Nigerien_ army").
 * (Only those: "Where did Hull City play _Leeds_ United?" is answered by "in Leeds", as is a
 * choice, "Ohio or Michigan?".)
 */
export function holdsPlace(text: string, asked = ''): boolean {
  const read = text.replace(DEMONYM_BEFORE_TITLE, (found, demonym: string) =>
    countryOfDemonym(demonym) !== undefined ? found.toLowerCase() : found,
  );
  const askedWords = new Set([
    ...[...asked.matchAll(PLACED_IN_QUESTION)].flatMap((found) =>
      (found[1] as string).toLowerCase().split(/\s+/),
    ),
    // So is a country the question describes something by ("talks over _Niger's_ order", "the
    // _Nigerien_ army"): it is what the question already says. (Not one offered as a choice:
    // "…, Mexico or Canada?")
    ...[
      ...[...asked.matchAll(POSSESSIVE_NAME)].map((found) => countryEnding(found[1] as string)),
      ...tokensOf(asked).map(countryOfDemonym),
    ].flatMap((country) =>
      country === undefined
        ? []
        : [country.name, ...country.aliases].flatMap((name) => name.toLowerCase().split(' ')),
    ),
  ]);
  // One the question names only in part is another place ("_West_ Africa" for "…in Africa").
  const notAsked = (name: string): boolean =>
    name.split(' ').some((word) => !askedWords.has(word.toLowerCase()));
  // Each pattern's first group that matched is the place's name.
  const named = (found: RegExpMatchArray): string => found.slice(1).find((name) => name !== undefined) ?? '';
  return (
    [...read.matchAll(PLACE_EVIDENCE)].some((found) => notAsked(named(found))) ||
    [...read.matchAll(LOCATIVE_EVIDENCE)].some((found) => notAsked(named(found))) ||
    [...read.matchAll(NAMED_AREA)].some((found) => {
      // The capitalised words before it belong to its name, looked back over a few words: one
      // pattern repeating over them took seconds on a long run of capitalised words.
      const before = read.slice(Math.max(0, (found.index ?? 0) - AREA_NAME_LOOKBACK), found.index);
      const more = /((?:\p{Lu}\p{L}+ ){0,4})$/u.exec(before)?.[1] ?? '';
      const name = `${more}${found[1] as string}`;
      // …a name, not a word capitalised for opening the sentence ("The region was calm").
      return (found.index !== 0 || name.includes(' ')) && notAsked(name);
    })
  );
}

/** How far back from an area's word the rest of its name is looked for. */
const AREA_NAME_LOOKBACK = 80;

/**
 * The up to three words before a possessive's apostrophe: "_Niger_'s order", "the _United States_'
 * support", "_Burkina Faso_'s army".
 */
const POSSESSIVE_NAME = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)['’](?:s\b|(?!\p{L}))/gu;

/** The country whose name ends some words, the longest name first ("South Sudan", not Sudan). */
function countryEnding(words: string): Country | undefined {
  const split = words.split(/\s+/u);
  for (let from = 0; from < split.length; from += 1) {
    const country = countryNamed(split.slice(from).join(' '));
    if (country !== undefined) return country;
  }
  return undefined;
}

/** The words a question puts something in, after a preposition of place ("talks _in Niger_"). */
const PLACED_IN_QUESTION =
  /\b(?:in|at|from|near|inside|outside|across|throughout|within)\s+(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/giu;

/** A capitalised word (a demonym, when the countries list has it) before a whole title ("Nigerien _President_"). */
const DEMONYM_BEFORE_TITLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{L}+) (?=(?:${TITLES.map(escapeRegExp).join('|')})(?![\p{L}\p{N}]))`,
  'giu',
);

/** Whether a text holds a time: a date, a weekday, a year, "ago", "earlier"… */
export function holdsTime(text: string): boolean {
  return TIME_EVIDENCE.test(text);
}

const CONSEQUENCE_EVIDENCE =
  /\b(?:risks?|risking|consequences?|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|threaten(?:s|ed|ing)?)\b/i;

/** Whether a sentence says what something risks or leads to ("risks having disastrous consequences"). */
export function givesConsequence(text: string): boolean {
  return CONSEQUENCE_EVIDENCE.test(text);
}

/** Words saying how a process stands: "at an _impasse_", "_stalled_", "a _breakthrough_". */
const STATUS_EVIDENCE =
  /\b(?:impasse|stalled|stalemate|deadlock(?:ed)?|breakthrough|progress(?:ed|ing)?|headway|collapsed|broke down|broken down|stuck|on track|resumed|suspended|under ?way)\b/i;

/** Whether a sentence says how a process stands ("negotiations … were at an impasse"). */
export function givesStatus(text: string): boolean {
  return STATUS_EVIDENCE.test(text);
}

/** "remains", "still", "no longer", "ongoing": something goes on (or has stopped). Not "continuing", an adjective. */
export const CONTINUATION_EVIDENCE = /\b(?:remains?|remained|still|ongoing|no longer)\b/i;

/** Whether a sentence says something is a cause ("motivated by", "because"), not only a purpose. */
export function givesCause(text: string): boolean {
  return CAUSE_EVIDENCE.test(text);
}

/** Words saying a cause is one: "because", "motivated by"… */
const CAUSE_WORDS = String.raw`because|due to|owing to|motivated|caused|as a result of`;
const CAUSE_EVIDENCE = new RegExp(String.raw`\b(?:${CAUSE_WORDS}|reasons?)\b`, 'i');

/** How many words after a sign of a reason say what it is ("in a bid to _thwart bloodshed_"). */
const REASON_WORDS = 6;

/**
 * Whether the only reason or purpose a sentence gives is the question's own: "Why were the
 * negotiations to restore constitutional order at an impasse?" is not answered by "negotiations _to
 * ensure constitutional order_ … were at an impasse", whose purpose is what the question names the
 * talks by. A sentence with no sign of a reason may still give one in its own way ("Storms took
 * power lines down, leaving homes without electricity"), and one with a cause, a consequence or
 * another sign ("arrested _over_ bribery") gives one.
 */
function givesOnlyTheQuestionsOwnReason(text: string, question: AnalysedQuestion): boolean {
  const signs = [...text.matchAll(REASON_EVIDENCE_ALL)];
  if (signs.length === 0) return false;
  if (
    givesCause(text) ||
    givesConsequence(text) ||
    JUDGED_FOR.test(text) ||
    REASON_SIGN.test(text) ||
    (ASKS_WHAT_PROMPTED.test(question.text) && PROMPTING_VERB.test(text))
  ) {
    return false;
  }
  const asked = new Set(question.words.map((word) => word.term));
  return signs.every((sign) => {
    // "Why did the negotiations end up at an impasse?": in "negotiations _to ensure_ constitutional
    // order … were at an impasse" the purpose is the talks', which the question names, not the
    // reason for what it asks of them, which the sentence says after it. ("The army seized power _to
    // prevent_ bloodshed" says nothing asked after it: the purpose is the seizure's.)
    const rest = text.slice((sign.index ?? 0) + sign[0].length);
    const saidAfter = new Set(
      tokensOf(rest)
        .map(termOf)
        .filter((term): term is string => term !== null),
    );
    const before = /(\p{L}+)\s+$/u.exec(text.slice(0, sign.index ?? 0))?.[1];
    const nounBefore =
      before === undefined
        ? undefined
        : question.words.find((word) => word.partOfSpeech === 'NOUN' && word.term === termOf(before));
    if (
      nounBefore !== undefined &&
      /^to\s/i.test(sign[0]) &&
      question.words.some(
        (word) =>
          word !== nounBefore &&
          (word.partOfSpeech === 'NOUN' || word.partOfSpeech === 'VERB') &&
          saidAfter.has(word.term),
      )
    )
      return true;
    const after = rest.split(/[,.;:!?"“”()]/u)[0] ?? '';
    const said = tokensOf(after)
      .slice(0, REASON_WORDS)
      // Where it is pursued is no reason: "to ensure constitutional order _in Niger_".
      .filter((token) => !isPlace(token) && countryNamed(token) === undefined)
      .map(termOf)
      .filter((term): term is string => term !== null);
    return said.length > 0 && said.every((term) => asked.has(term));
  });
}

/**
 * Praise or blame names what it is for ("praised Bazoum's _role in_ promoting security",
 * "condemned them _for_…"), in the clause of the verb: the reason asked for "Why did Blinken praise
 * Bazoum?". Not past a comma ("praised Bazoum, who had called for elections").
 */
const JUDGED_FOR = new RegExp(
  String.raw`\b(?:${PRAISING_VERB}|${BLAMING_VERB}|thank(?:s|ed|ing)?)\b[^.;,]{0,40}?\b(?:for|role in)\b`,
  'i',
);

/** Whether a sentence praises or blames someone for something ("praised Bazoum's _role in_…"). */
export function givesJudgedFor(text: string): boolean {
  return JUDGED_FOR.test(text);
}

/**
 * Signs of a reason broader than "because": "arrested _for_ taking bribes", "strike _over_ pay",
 * "resigned _amid_ protests / _after_ an inquiry / _citing_ health", "_in response to_".
 */
const REASON_SIGN =
  /\b(?:for\s+\p{L}+ing|over|amid|amidst|after|following|citing|in\s+(?:response|reply|retaliation|protest)|on\s+(?:suspicion|charges|grounds)\s+of|accused\s+of|to\s+demand|thanks\s+to)\b/iu;

/** "What _prompted_ the denunciation?" is answered by what "sparked" it. */
const ASKS_WHAT_PROMPTED = /\bwhat\s+(?:prompted|caused|triggered|sparked|led\s+to)\b/i;
const PROMPTING_VERB = /\b(?:sparked|prompted|triggered|caused)\b/i;

/** Whether a sentence gives a reason or a purpose ("motivated by", "in a bid to", "to ensure"). */
export function givesReasonOrPurpose(text: string): boolean {
  return REASON_EVIDENCE.test(text);
}

/**
 * How far a sentence holds the kind of thing the question asks for, to rank by: 0, 1, or for a time
 * of the grain the question names `NAMED_GRAIN_EVIDENCE`. Where the question says what it wants (a
 * time, a place, a number or what it measures) that is the strict test, `holdsKind` (see
 * `holdsAskedKind`); for "why" and "who" a loose sign ("because", a name the question does not
 * use); nothing for other questions.
 */
export function answerTypeEvidence(
  text: string,
  question: AnalysedQuestion,
  holdsKind: boolean,
  namesAskedEvent: (term: string) => boolean,
): number {
  switch (question.answerType) {
    case 'time':
      return holdsKind
        ? askedTimeGrain(question.text)
          ? NAMED_GRAIN_EVIDENCE
          : TIME_EVIDENCE.test(text) || DATE_EVIDENCE.test(text)
            ? 1
            : RELATIVE_TIME_EVIDENCE
        : 0;
    case 'place':
    case 'number':
      return holdsKind ? 1 : 0;
    case 'reason':
      // Why someone is against something: what it risks is their reason ("Why is the army
      // opposed to intervention?" → it "risks having disastrous consequences").
      return REASON_EVIDENCE.test(text) || (question.asksWhyAgainst && givesConsequence(text))
        ? SAID_CAUSE.test(text)
          ? SAID_CAUSE_EVIDENCE
          : 1
        : 0;
    case 'person':
      return agentOfAskedEvent(text, namesAskedEvent)
        ? AGENT_EVIDENCE
        : hasNewName(text, question.text)
          ? 1
          : 0;
    case 'other':
      // What followed something is told by a passage ordering events ("Following the coup, …");
      // which of two came first, most plainly by one giving the time between them ("a day after").
      return (ASKS_WHAT_FOLLOWED.test(question.text) && SAYS_LATER.test(text)) ||
        (ASKS_ORDER.test(question.text) && relativeSpanIn(text) !== null)
        ? 1
        : 0;
  }
}

/**
 * A cause said to be one ("motivated by", "because") tells why more surely than a purpose or a
 * sign of one ("to ensure", "reason"): 2 rather than 1 answered 4 more questions first over the
 * question files and flagged one more unanswerable, losing none; WikiQA unchanged.
 */
const SAID_CAUSE_EVIDENCE = 2;

/** A cause said to be one: "because", "motivated by"… (not the bare word "reason", as `CAUSE_EVIDENCE` has). */
const SAID_CAUSE = new RegExp(String.raw`\b(?:${CAUSE_WORDS})\b`, 'i');

/** A span relating two events ("a day after", "two weeks before"): how many of which unit, and where it ends. */
export interface RelativeSpan {
  /** Null when not a plain number ("a few days after"). */
  readonly count: number | null;
  readonly unit: string;
  readonly end: number;
}

/** The first span in a text relating two events, or null. */
export function relativeSpanIn(text: string): RelativeSpan | null {
  const match = RELATIVE_TIME.exec(text);
  if (!match) return null;
  const words = match[0].toLowerCase().split(/\s+/);
  const amount = words.slice(0, -2).join(' ');
  const number = Number(amount);
  return {
    count: SPAN_COUNTS[amount] ?? (Number.isFinite(number) && amount !== '' ? number : null),
    unit: nounLemma(words.at(-2) ?? ''),
    end: match.index + match[0].length,
  };
}

/** How many a word before a unit counts ("a", "the", "one" day; "two" days). */
const SPAN_COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  the: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const AGENT_EVIDENCE = 2;
/** How many words may stand between a passive verb and its "by" ("detained two days ago by"). */
const AGENT_GAP = 5;
/** A form of "be" or "get" before a participle makes it passive ("was reportedly detained"). */
export const PASSIVE_AUXILIARY = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/i;
/** What follows "by" and names no doer: a time ("by Thursday") or a means ("by phone"). */
const NOT_A_DOER = new RegExp(
  String.raw`^(?:${MONTH}|${WEEKDAY}|\d+|phone|telephone|email|mail|letter|video|car|plane|air|road|sea|force|far|then|now|law|decree|default|chance|means|way)$`,
  'i',
);

/**
 * "Who detained Bazoum?" is answered by "Bazoum was detained … by members of his guard": the
 * asked event as a passive participle (`namesAskedEvent` says which words name it), its doer
 * after "by".
 */
function agentOfAskedEvent(text: string, namesAskedEvent: (term: string) => boolean): boolean {
  return hasDoerAfter(text, namesAskedEvent, true);
}

/**
 * Whether a text says a verb the terms name was done by someone it names after "by": "a novel
 * _written by_ Betty Smith".
 */
export function doneByIn(text: string, names: (term: string) => boolean): boolean {
  return hasDoerAfter(text, names, false);
}

/** A verb the terms name with a doer after "by", as a passive after its auxiliary only if asked. */
function hasDoerAfter(text: string, names: (term: string) => boolean, passiveOnly: boolean): boolean {
  const tokens = tokensOf(text);
  return tokens.some((token, at) => {
    // "reportedly" is stemmed like "report", but no adverb is the event.
    if (token.length < 3 || /ly$/i.test(token)) return false;
    const term = termOf(token);
    if (term === null || !names(term)) return false;
    // The auxiliary right before it, or before one adverb ("was reportedly detained").
    const before = tokens.slice(Math.max(0, at - 2), at);
    if (passiveOnly && !before.some((word) => PASSIVE_AUXILIARY.test(word))) return false;
    const by = tokens.slice(at + 1, at + 1 + AGENT_GAP).findIndex((next) => next === 'by');
    const doer = by < 0 ? undefined : tokens[at + 2 + by];
    return doer !== undefined && !NOT_A_DOER.test(doer);
  });
}

/** A capitalised word past the sentence start that the question does not already name. */
function hasNewName(text: string, question: string): boolean {
  const asked = new Set((question.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()));
  for (const match of text.matchAll(/(?<=[\s“"(])\p{Lu}\p{L}+/gu)) {
    if (!asked.has(match[0].toLowerCase())) return true;
  }
  return / by (?:the |his |her |their |members of )?\p{L}/u.test(text);
}

/** Verbs saying a post began: "_became_ president", "was _sworn in_ as…", "_took_ office". */
const POST_BEGAN = String.raw`became|become|becomes|becoming|appointed|named|promoted|elected|sworn|took|taken|declared|proclaimed|made|installed|assumed|inaugurated|started|began`;

/** Nouns naming a post someone holds ("president", "head of state" by its head). */
const POST_NOUN = String.raw`(?:president|prime minister|minister|leader|head|ruler|chief|commander|general|king|queen|governor|mayor|chairman|chairwoman|chair|secretary|member|premier|chancellor|director|ambassador|speaker|senator|emperor|dictator)`;

/** A number written in digits or words. */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|billions|several|a few)`;
const WHOLE_NUMBER = new RegExp(String.raw`^${NUMBER}$`, 'iu');
const TIME_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)`;
/** A span before or after another event: "a day after", "two weeks before", "the day after". */
const RELATIVE_TIME = new RegExp(
  String.raw`\b(?:(?:${NUMBER}|a|an) ${TIME_UNIT}|the (?:day|week|month|year)) (?:after|before|later)\b`,
  'iu',
);
/** A span of time: "two days", "a week", "the past year". */
const SPAN = String.raw`(?:${NUMBER}|a|an|the past|the last) ${TIME_UNIT}\b`;
/** A span not counted: "_years of_ successful cooperation", "for decades". */
const UNCOUNTED_SPAN = String.raw`\b(?:years|decades|months|weeks|centuries) of\b|\bfor (?:years|decades|months|weeks|centuries)\b`;
const DURATION_EVIDENCE = new RegExp(String.raw`\b${SPAN}|\b(?:since|until) |${UNCOUNTED_SPAN}`, 'iu');
/**
 * A span saying how long something lasted ("for two years", "since…", "until…"), not one followed
 * by any of `notBefore`, which makes it an offset or a date ("a day _after_", "two days _ago_").
 */
function lastingSpan(notBefore: string): string {
  return String.raw`(?<!\bfor )\b${SPAN}(?!\s+(?:${notBefore})\b)|\bfor ${SPAN}|\b(?:since|until) `;
}

/**
 * `DURATION_EVIDENCE` but for a span between two events ("a day after the army…"): that says how
 * long one came after the other, not how long a state has lasted ("How long has he been president?").
 */
const DURATION_NOT_OFFSET_EVIDENCE = new RegExp(
  String.raw`${lastingSpan('after|before|later|earlier')}|${UNCOUNTED_SPAN}`,
  'iu',
);
/**
 * "How long after…", "How long was it between…", "How long did X come after Y?", "How much time
 * separated X and Y?" ask for a span between two events; "How long had he been president
 * before…", "How long were the twins separated?" ask how long a state lasted.
 */
const ASKS_OFFSET =
  /\bhow (?:long|much time)\b[^?]{0,80}?\b(?:after|before|between)\b|\bhow much time\b[^?]{0,80}?\bseparat(?:e|es|ed|ing)\b|\bhow (?:much|long) (?:later|earlier)\b/i;
const ASKS_STATE_DURATION =
  /\bhow long\b[^?]{0,60}?\b(?:been|served?|serving|ruled?|ruling|reigned|held|lasted|stayed|remained)\b/i;
/**
 * "How long has he been _president_ / _in power_", "…served as…", "…ruled…": how long someone held
 * a post. The post is captured: a span "ago" measures it only from a sentence that names it ("took
 * _power_ two days ago"), not from another event's date ("detained two days ago"). Any other state
 * ("been detained", "been missing", "since the coup") is measured from the event that began it.
 */
const ASKS_POST_DURATION = new RegExp(
  String.raw`\bhow long\b[^?]{0,60}?\b(?:been|being)\s+(?:(?:the|a|an)\s+)?(?:\p{L}+['’]s\s+)?(?:\p{L}+\s+)?(${POST_NOUN}|in\s+(?:power|office|charge)|at\s+the\s+helm)\b|\bhow long\b[^?]{0,60}?\b(serve[ds]?|serving|rule[ds]?|ruling|reign(?:ed|s)?|reigning)\b`,
  'iu',
);
/** The state-duration evidence less "ago": "for two years", "since 2021", "a ten-year rule". */
const LASTING_SPAN_EVIDENCE = new RegExp(
  String.raw`${lastingSpan('after|before|later|earlier|ago')}|\b${NUMBER}-(?:year|month|week|day)\b`,
  'iu',
);
const SPAN_AGO = new RegExp(String.raw`\b${SPAN}\s+ago\b`, 'iu');
/**
 * "How long did the call _last_?", "…go on?": how long an event went on. A span "ago" or a date
 * says when it happened, not for how long; a lasting span or a range of dates says that.
 */
const ASKS_EVENT_DURATION =
  /\bhow long (?:did|does|do|will|would|could|can|has|have|had)\b[^?]{0,80}?\b(?:last(?:ed)?|go(?:ne)? on|went on|continued?)(?:\s+for)?(?=\s*(?:[?,.;!]|$))|\bhow long (?:was|is|were|will be)\s+(?:the|a|an|this|that|his|her|their|its|\p{L}+['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|speech|address|meeting|conversation|talks|broadcast|visit|trip|interview|session|summit|hearing|trial|strike|war|siege|flight|journey)\b/iu;
/** A span between two times: "from 1861 to 1865", "between July 28 and August 3", "1861–1865". */
const TIME_POINT = String.raw`(?:${DATE}|${YEAR})`;
const TIME_RANGE = new RegExp(
  String.raw`\b(?:from|between)\s+${TIME_POINT}[^.;]{0,40}?\b(?:to|until|till|through|and)\s+${TIME_POINT}|${YEAR}\s*[–—-]\s*${YEAR}`,
  'iu',
);

/** Whether a sentence says how long an event went on: a lasting span, or a range of times. */
function measuresEvent(text: string): boolean {
  return LASTING_SPAN_EVIDENCE.test(text) || TIME_RANGE.test(text);
}

/**
 * Whether a sentence measures how long the asked post has been held: a lasting span, a date
 * (taking office "in April 2021"), or a span "ago" in a sentence naming the post itself.
 */
function measuresPost(text: string, post: string): boolean {
  if (LASTING_SPAN_EVIDENCE.test(text)) return true;
  const head = post.split(/\s+/).pop() as string;
  const stem = head.replace(/(?:e[sd]?|s|ing)$/, '');
  // A date says when the post began only where the sentence says it began: "became president in
  // 2021", not "Tiani, a Niger general, declared himself leader on July 28".
  if (
    (YEAR_EVIDENCE.test(text) || DATE_EVIDENCE.test(text)) &&
    new RegExp(String.raw`\b(?:${POST_BEGAN})\b[^.;]{0,40}?\b${escapeRegExp(stem)}|\bsince\b`, 'iu').test(
      text,
    )
  ) {
    return true;
  }
  return (
    SPAN_AGO.test(text) &&
    new RegExp(String.raw`\b${escapeRegExp(stem)}(?:e|es|ed|ing|s|d)?\b`, 'i').test(text)
  );
}

const AGE_EVIDENCE = new RegExp(
  String.raw`\b\d+[- ]years?[- ]old\b|\baged? \d+|\b${NUMBER}-year-old\b|\(\d+\)`,
  'iu',
);
const DISTANCE_EVIDENCE = new RegExp(
  String.raw`\b${NUMBER} (?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|yards?)\b`,
  'iu',
);
const AMOUNT_EVIDENCE = new RegExp(String.raw`[$€£¥]\s?\d|\b${NUMBER}\b`, 'iu');
/** Where something is, broadly: a preposition of place before a word ("in Niamey", "on national television"). */
const LOCATIVE_EVIDENCE =
  /\b(?:in|at|on|inside|outside|near|from|to) (?:the |a |an |his |her |its |their )?(?:(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)|[\p{Ll}]{3,} (television|radio|headquarters|base|camp|palace|residence|capital|city|country|region|prison|border))/gu;
/**
 * A number that says how many: digits (not a year) or a number word (not "one of"), not
 * "hundreds", "dozens" or "several" as `NUMBER` also reads.
 */
const DEFINITE_NUMBER =
  /(?<![\d,.])(?!(?:1[5-9]|20)\d\d(?![\d,.]))\d|\b(?:one(?! of\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** Whether a sentence states a definite number, for a question asking an exact amount. */
export function statesDefiniteNumber(text: string): boolean {
  return DEFINITE_NUMBER.test(text);
}

/** How many words may stand between a number and the noun it counts ("two hundred armed soldiers"). */
const COUNTED_GAP = 4;
/** Words that end a number's phrase ("of" does not: "hundreds of millions of dollars"). */
const ENDS_COUNTED_PHRASE =
  /^(?:ago|by|in|at|on|for|to|from|with|after|before|since|than|and|or|but|that|which|who|was|were|is|are|has|have|had)$/i;

/**
 * Whether a sentence holds the kind of answer the question asks for, strictly: "how many soldiers"
 * needs a number counting soldiers (or a word that stands for them, per `standsFor`), "how old" an
 * age, "when" a time, "where" a place. Questions of other kinds pass.
 */
export function holdsAskedKind(
  text: string,
  question: AnalysedQuestion,
  standsFor: (token: string, counted: string) => boolean,
): boolean {
  // "What would the US do if the talks stay at an impasse?": what follows on a condition is said
  // only by a passage speaking of what will, would or could be, or of a risk or a consequence.
  if (ASKS_WHAT_FOLLOWS_IF.test(question.text) && !SAYS_WHAT_MAY_BE.test(text)) return false;
  // "Did Blinken call Issoufou before or after Bazoum?" is answered only by a passage ordering
  // events ("a day after", "earlier", "then").
  if (ASKS_ORDER.test(question.text) && !SAYS_ORDER.test(text)) return false;
  // "What happened after the talks hit an impasse?" asks for a later event, told as one ("a day
  // after", "following"): a passage telling only the impasse does not say what followed it.
  if (ASKS_WHAT_FOLLOWED.test(question.text) && !tellsWhatFollowed(text, question, standsFor)) return false;
  // "What would the army _do_ if…" asks what it would do, which a risk of what may happen is not.
  if (ASKS_WHAT_DONE_IF.test(question.text) && !SAYS_WHAT_WILL_BE_DONE.test(text)) return false;
  switch (question.answerType) {
    case 'time':
      return holdsAskedTime(text, question);
    case 'place':
      return holdsPlace(text, question.text);
    case 'number':
      return holdsMeasure(text, question, standsFor);
    case 'reason':
      return (
        !givesOnlyTheQuestionsOwnReason(text, question) &&
        // "Why did Blinken call Issoufou _rather than_ the junta?" asks why that choice.
        (!ASKS_WHY_OF_CHOICE.test(question.text) || givesReasonForChoice(text))
      );
    default:
      return true;
  }
}

/** A period a figure is asked for: "last year", "each year", "annual", "in 2022", "per month". */
const PERIOD_ASKED =
  /\b(?:(?:last|this|next|past|previous|(?:most\s+)?recent|current|each|every|per|a)\s+(?:year|month|week|quarter|decade)|annual(?:ly)?|yearly|monthly|weekly|in\s+(?:19|20)\d\d)\b/iu;

/**
 * A period a passage states for a figure: "a year", "last year", "annual", "in 2022". Not "years
 * of cooperation", a span of something else.
 */
const PERIOD_STATED =
  /\b(?:(?:a|per|each|every|last|this|next|that|the\s+(?:same|previous|past))\s+(?:year|month|week|quarter|decade)|annual(?:ly)?|yearly|monthly|weekly|quarterly|daily|fiscal|(?:19|20)\d\d)\b/iu;

/** Which of two events came first, asked: "before or after", "which came first". */
const ASKS_ORDER = /\b(?:before\s+or\s+after|after\s+or\s+before|which\s+came\s+first|in\s+what\s+order)\b/iu;

/**
 * What came after something, asked: "what happened (to X) after…", "what happens next", "what
 * followed the coup?". (Not "what is happening after…", nor a clause set off before the verb.)
 */
const ASKS_WHAT_FOLLOWED =
  /\bwhat\b[^?]{0,60}?\b(?:happen(?:s|ed)?|occur(?:s|red)?|came|comes|followed|follows)\s+(?:next|then|afterwards?|[^?]{0,60}?\b(?:after|since|once|following)\b)|\bwhat\s+(?:(?:has|had)\s+)?followed\b/iu;

/**
 * Whether a passage tells an event as later than another and, when the question names the event it
 * asks what followed ("after _the talks hit an impasse_"), speaks of that event: "The announcement
 * came a day after the army endorsed…" tells what followed the endorsement, not the impasse. Words
 * only: which event the passage tells as the later one is not read, so "The talks stalled after the
 * coup" still passes for "What happened after the talks stalled?".
 */
function tellsWhatFollowed(
  text: string,
  question: AnalysedQuestion,
  standsFor: (token: string, counted: string) => boolean,
): boolean {
  if (!SAYS_LATER.test(text)) return false;
  const anchor = FOLLOWED_EVENT.exec(question.text)?.[1];
  if (anchor === undefined) return true;
  // Its things, not its verbs: "the talks _reached_ an impasse" is no event "came" a day after.
  const anchorTokens = new Set(tokensOf(anchor).map((token) => token.toLowerCase()));
  const anchorWords = question.words.filter(
    (word) =>
      anchorTokens.has(word.word.toLowerCase()) &&
      word.partOfSpeech !== 'VERB' &&
      !GENERIC_EVENT_TERMS.has(word.term),
  );
  if (anchorWords.length === 0) return true;
  const tokens = tokensOf(text);
  const said = new Set(termsOf(text));
  return anchorWords.some(
    (word) => said.has(word.term) || tokens.some((token) => standsFor(token, word.word)),
  );
}

/** The event a question asks what followed: the clause after "after", "since", "once", "following", "followed". */
const FOLLOWED_EVENT = /\b(?:after|since|once|following|followed)\s+([^?]+)/iu;

/** Terms of any event, which do not tell one from another ("after it _happened_"). */
const GENERIC_EVENT_TERMS: ReadonlySet<string> = new Set(
  termsOf('happened happens took place occurred event'),
);

/** Words telling an event as later than another ("a day _after_", "_Following_ the coup"); not "earlier". */
const SAYS_LATER = /\b(?:after|afterwards?|later|then|followed|following|since|subsequently|next)\b/iu;

/** Words ordering events in time. */
const SAYS_ORDER =
  /\b(?:before|after|afterwards?|earlier|later|then|first|followed|following|preceded|preceding|prior|since|subsequently|previously|next|until)\b/iu;

/** "what … <verb> if / should / unless / in case", for the given verbs. */
function asksWhatOnCondition(verbs: string): RegExp {
  return new RegExp(
    String.raw`\bwhat\b[^?]{0,100}?\b(?:${verbs})\s+(?:(?:\p{L}+\s+){0,2}?)(?:if|should|unless|in\s+case)\b`,
    'iu',
  );
}

/** What is asked to follow on a condition: "what would X do if…", "what happens if…", "X's plan if…". */
const ASKS_WHAT_FOLLOWS_IF = asksWhatOnCondition('do|happen|happens|plan|plans');

/** What someone is asked to do on a condition: "what would X do if…", "what will they do should…". */
const ASKS_WHAT_DONE_IF = asksWhatOnCondition('do');

/** What someone will or would do: a modal before a verb, a plan, an intent, a threat or a vow. */
const SAYS_WHAT_WILL_BE_DONE =
  /\b(?:(?:will|would|could|might|shall)\s+(?:not\s+)?(?:\p{L}+ly\s+)?(?!be\b|have\b)\p{L}+|plans?\s+to|planned\s+to|intends?\s+to|threat\p{L}*|vow\p{L}*|pledg\p{L}*|promis\p{L}*)\b/iu;

/** What will, would or could be: a modal, a plan, a risk or a consequence. */
const SAYS_WHAT_MAY_BE =
  /\b(?:will|would|could|might|may|shall|can|plans?|planned|intends?|risks?|consequences?|threat\p{L}*|if|unless|otherwise)\b/iu;

/** A reason asked for one thing over another: "…rather than…", "…instead of…". */
const ASKS_WHY_OF_CHOICE = /\b(?:rather\s+than|instead\s+of)\b/i;
/**
 * Whether a sentence gives a reason for what it says was done: a cause ("because", "motivated
 * by"), a sign of one ("citing", "after", "over", "as it needed…"), praise or blame for something,
 * a purpose said to be one ("in a bid to"), or another purpose, except in words reported ("…,
 * _saying_ the US will continue to work _to ensure_…"), where it may belong to anything said
 * rather than to what was done.
 */
function givesReasonForChoice(text: string): boolean {
  if (
    givesCause(text) ||
    REASON_SIGN.test(text) ||
    JUDGED_FOR.test(text) ||
    AS_REASON.test(text) ||
    STATED_PURPOSE.test(text)
  )
    return true;
  return [...text.matchAll(REASON_EVIDENCE_ALL), ...text.matchAll(PURPOSE_AFTER_COMMA)].some(
    (sign) => !REPORTING.test(text.slice(0, sign.index)),
  );
}

/** "…, as it needed cash", "since he feared…": a reason given by "as" or "since" and a clause. */
const AS_REASON =
  /\b(?:as|since)\s+(?:it|he|she|they|we|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:\p{L}+ly\s+)?(?:was|were|is|are|had|has|have|needed|wanted|feared|believed|felt|could|would|did|saw)\b/iu;

/** A purpose set off after the clause: "…rather than cut them, _to give_ inflation time". */
const PURPOSE_AFTER_COMMA = /,\s+(?:in\s+order\s+)?to\s+\p{Ll}+/gu;

/** A verb reporting words: a purpose after it is in what was said. */
const REPORTING = /\b(?:said|saying|says|say|stated|stating|added|adding|told|telling)\b/iu;

/** Numbers as written, each in lower case: "$5m", "300", "hundreds", "millions". */
const NUMBER_WRITTEN = new RegExp(String.raw`[$€£¥]\s?\d[\d,.]*\p{L}*|\b${NUMBER}\b`, 'giu');

/**
 * Whether a text states a number the question does not (any, when the question states none), or a
 * share of the whole it names ("_All_ 12 jurors", "_None_ of the 300 passengers", "_Half_ of the
 * 20 states").
 */
function statesNumberBeyond(text: string, asked: string): boolean {
  const askedNumbers = new Set([...asked.matchAll(NUMBER_WRITTEN)].map(([number]) => number.toLowerCase()));
  if (askedNumbers.size === 0 || SHARE_OF_WHOLE.test(text)) return true;
  return [...text.matchAll(NUMBER_WRITTEN)].some(([number]) => !askedNumbers.has(number.toLowerCase()));
}

/** A share of a whole the number goes with: "all 12", "none of the 300", "half of the 20", "40%". */
const SHARE_OF_WHOLE = new RegExp(
  String.raw`\b(?:all|none|both|each|most|half|entire|whole|(?:a\s+)?(?:majority|minority|quarter|third|fifth))\s+(?:of\s+(?:the|them|its|their)\s+)?(?:[$€£¥]\s?\d|${NUMBER}\b)|\d\s*(?:%|percent|per cent)`,
  'iu',
);

function holdsMeasure(
  text: string,
  question: AnalysedQuestion,
  standsFor: (token: string, counted: string) => boolean,
): boolean {
  const measure = question.measure;
  // "How much _of the hundreds of millions_ … is military aid?": a sentence stating no number but
  // those the question already holds gives none of what is asked.
  if (measure?.kind === 'count' || measure?.kind === 'amount') {
    if (!statesNumberBeyond(text, question.text)) return false;
    // "How much aid did the US give Niger _last year_ / _each year_?": a figure for no period says
    // nothing of that one.
    if (PERIOD_ASKED.test(question.text) && !PERIOD_STATED.test(text)) return false;
  }
  switch (measure?.kind) {
    case 'count': {
      if (measure.counted.length === 0) return NUMBER_EVIDENCE.test(text);
      const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N},.'’-]*/gu) ?? [];
      return tokens.some((token, at) => {
        // "How many days after…": "_a_ day after" counts one, of the unit asked, as the span dating
        // what the sentence names before it from another event ("The announcement came a day
        // after…"); not "twice a day" or "less than a day".
        if (/^an?$/i.test(token)) {
          const unit = /^an?\s+(\p{L}+)/iu.exec(relativeSpanDatingAsked(text, question) ?? '')?.[1];
          return (
            unit !== undefined &&
            measure.counted.some((counted) => nounLemma(counted) === nounLemma(unit.toLowerCase()))
          );
        }
        if (!WHOLE_NUMBER.test(token.replace(/[.,]$/, ''))) return false;
        const gap = tokens.slice(at + 1, at + 1 + COUNTED_GAP);
        // The counted noun is in the number's own phrase: "two days ago by members" counts days.
        const phraseEnd = gap.findIndex(
          (next, index) =>
            ENDS_COUNTED_PHRASE.test(next.replace(/[.,;:’']+$/, '')) || (index > 0 && /^[,;:]/.test(next)),
        );
        return gap
          .slice(0, phraseEnd < 0 ? gap.length : phraseEnd)
          .some((next) =>
            measure.counted.some((counted) => standsFor(next.replace(/[.,’']+$/, ''), counted)),
          );
      });
    }
    case 'amount':
      // An amount of the field asked ("trade figures") is said with the field's word.
      return (
        AMOUNT_EVIDENCE.test(text) &&
        (measure.counted.length === 0 ||
          (text.match(/\p{L}+/gu) ?? []).some((token) =>
            measure.counted.some((counted) => standsFor(token, counted)),
          ))
      );
    case 'duration':
      {
        const post = ASKS_POST_DURATION.exec(question.text);
        if (post) return measuresPost(text, (post[1] ?? post[2]) as string);
      }
      if (ASKS_EVENT_DURATION.test(question.text)) return measuresEvent(text);
      // "How long before the general's announcement did the army back…": a span between events
      // ("a day after"), or two times to count between; one date is when, not how long between.
      if (ASKS_OFFSET.test(question.text) && !ASKS_STATE_DURATION.test(question.text)) {
        return DURATION_EVIDENCE.test(text) || (text.match(TIME_EVIDENCE_ALL) ?? []).length >= 2;
      }
      return DURATION_NOT_OFFSET_EVIDENCE.test(text) || TIME_EVIDENCE.test(text);
    case 'age':
      return AGE_EVIDENCE.test(text);
    case 'distance':
      return DISTANCE_EVIDENCE.test(text);
    default:
      return NUMBER_EVIDENCE.test(text);
  }
}
