import { countryNamed, isPlace } from '../actors/places';

/**
 * Idioms read as the plain words a passage would use, in the tense typed: "Who is _taking part_ in
 * the talks?" ("take" and "part" each only shape a question, but together they are a verb of
 * their own, "participate"), "Who did Blinken _get on the phone with_?" (speak with), "who
 * _locked up_ Bazoum" (detained). Each is read as what it means in English, whatever the articles
 * say, and a passage must then meet it like any other word.
 */
export function withIdiomsRead(text: string, articlesUse: (word: string) => boolean = () => false): string {
  return IDIOMS.reduce(
    (read, { pattern, plain, keptWhereArticlesUse }) =>
      read.replace(pattern, (typed: string, ...rest: unknown[]) => {
        // The capture groups come first, then where the match starts and the whole text.
        const groups = rest
          .slice(0, groupCountOf(pattern))
          .map((group) => (typeof group === 'string' ? group : undefined));
        const kept = keptWhereArticlesUse?.(typed, ...groups) ?? '';
        return kept !== '' && articlesUse(kept.toLowerCase()) ? typed : plain(typed, ...groups);
      }),
    text,
  );
}

/** How many capture groups a pattern has, counted once per pattern. */
function groupCountOf(pattern: RegExp): number {
  let count = GROUP_COUNTS.get(pattern);
  if (count === undefined) {
    count = (new RegExp(`${pattern.source}|`, pattern.flags.replace('g', '')).exec('')?.length ?? 1) - 1;
    GROUP_COUNTS.set(pattern, count);
  }
  return count;
}

const GROUP_COUNTS = new Map<RegExp, number>();

/** One idiom: where it is typed, and its plain words for what matched (`typed`, then the groups). */
interface Idiom {
  readonly pattern: RegExp;
  readonly plain: (typed: string, ...groups: (string | undefined)[]) => string;
  /**
   * The word typed that the articles may use as it is ("Tesla _boss_ Elon Musk"), for what
   * matched: then the question is left in their words. Idioms without it are read everywhere.
   */
  readonly keptWhereArticlesUse?: (typed: string, ...groups: (string | undefined)[]) => string;
}

/**
 * A verb typed in some form, read as another verb in the same form (`forms` maps one to the other),
 * and what follows it: fixed, or made from the pattern's later groups ("give _Bazoum_ credit for"
 * → "credit _Bazoum_ for").
 */
function verbRead(
  forms: Readonly<Record<string, string>>,
  after: string | ((...groups: (string | undefined)[]) => string) = '',
): Idiom['plain'] {
  return (typed, verb, ...groups) =>
    inCaseTyped(
      typed,
      `${forms[(verb ?? '').toLowerCase()] ?? ''}${typeof after === 'string' ? after : after(...groups)}`,
    );
}

/** "declare" in the form of the verb typed: "proclaimed" → "declared", "names" → "declares". */
function declaredAs(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower.endsWith('ing')) return 'declaring';
  if (lower.endsWith('ed')) return 'declared';
  if (lower.endsWith('s')) return 'declares';
  return 'declare';
}

/** "become" in the form of each form of "take". */
const BECOME_FORMS: Readonly<Record<string, string>> = {
  take: 'become',
  takes: 'becomes',
  took: 'became',
  taken: 'become',
  taking: 'becoming',
};

/** Words for a point of view: "in the _view_ of…", "from the army's _perspective_". */
const VIEW = String.raw`view|opinion|estimation|perspective|point\s+of\s+view|standpoint`;

/** Things kept that are no person held: "Has the _promise_ been kept?", "Was the _score_ kept?" */
const KEPT_THINGS =
  'promises?|pledges?|vows?|word|commitments?|score|secrets?|records?|tally|count|peace|appointments?|order|track|quiet';

/** The "-ing" form of a verb typed in its base form: "offer" → "offering", "give" → "giving". */
function gerundOf(verb: string): string {
  if (/^be$/iu.test(verb)) return `${verb}ing`;
  if (/ie$/iu.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/iu.test(verb)) return `${verb.slice(0, -1)}ing`;
  // One vowel before one last consonant doubles it: "stop" → "stopping", "get" → "getting".
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/iu.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

/** Detaining, in the form of "lock (up)" or "hold" typed. */
const DETAIN: Readonly<Record<string, string>> = {
  lock: 'detain',
  locks: 'detains',
  locked: 'detained',
  locking: 'detaining',
  hold: 'detain',
  holds: 'detains',
  held: 'detained',
  holding: 'detaining',
};

/** Intervening, in the form of "step in" or "send troops" typed. */
const INTERVENE: Readonly<Record<string, string>> = {
  step: 'intervene',
  steps: 'intervenes',
  stepped: 'intervened',
  stepping: 'intervening',
  send: 'intervene',
  sends: 'intervenes',
  sent: 'intervened',
  sending: 'intervening',
};

/** Whom an owner pronoun before "captors" points at ("_his_ captors" → those detaining him). */
const HELD_PRONOUN: Readonly<Record<string, string>> = { his: 'him', her: 'her', their: 'them' };

/** Words before "credit" that make it a noun: "a credit", "extend credit", "take credit". */
const CREDIT_AS_NOUN_AFTER = [
  'a',
  'an',
  'the',
  'any',
  'some',
  'no',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'tax',
  'on',
  'of',
  'for',
  'with',
  'extend',
  'extends',
  'extended',
  'extending',
  'give',
  'gives',
  'gave',
  'given',
  'giving',
  'get',
  'gets',
  'got',
  'getting',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'deserve',
  'deserves',
  'deserved',
  'claim',
  'claims',
  'claimed',
  'receive',
  'receives',
  'received',
].join('|');
/** Nouns "credit" makes a compound with: "a credit line", "credit rating". */
const CREDIT_COMPOUNDS = [
  'line',
  'lines',
  'rating',
  'ratings',
  'card',
  'cards',
  'score',
  'scores',
  'history',
  'limit',
  'limits',
  'facility',
  'union',
  'unions',
  'default',
  'market',
  'markets',
].join('|');
/** What a source is credited with: words, not deeds. */
const REPORTED_THINGS = [
  'statement',
  'statements',
  'report',
  'reports',
  'reporting',
  'quote',
  'quotes',
  'remarks?',
  'comments?',
  'story',
  'article',
  'announcement',
  'claim',
  'claims',
  'words',
  'news',
  'information',
  'account',
  'scoop',
  'footage',
  'photos?',
  'images?',
].join('|');

/** A word of a subject, not a verb or "to" that makes it a clause ("Tiani _want_ Nigeriens _to_"). */
const SUBJECT_WORD = String.raw`(?!(?:to|want|wants|wanted|make|makes|made|let|lets|expect|expects|expected|ask|asks|asked|tell|tells|told|get|gets|got|help|helps|helped|that|and|or)\b)`;
/** A word of a noun phrase, not one linking it to more: "aid _to_ the junta" is not what is considered. */
const NOT_LINKING = String.raw`(?!(?:to|for|of|in|on|with|from|by|about|at|into|against|if|whether|that|and|or|a|an|the)\b)`;
/** What is considered: a pronoun, a name, or "the" and up to three words ("the coup", "Niger's president"). */
const CONSIDERED = String.raw`(?:him|her|them|it|(?:the\s+)?${NOT_LINKING}[\p{L}’'-]+(?:\s+${NOT_LINKING}[\p{L}’'-]+){0,2}?)`;
/** "say" in the form of the verb of considering typed, by its ending. */
const SAID_FORMS: Readonly<Record<string, string>> = { '': 'say', s: 'says', ed: 'said' };

/** A country by name, or "the country / nation" ("in charge of _Niger_", "of _the country_"). */
function isCountryReference(words: string): boolean {
  return /^the\s+(?:country|nation)$/i.test(words) || countryNamed(words) !== undefined;
}

/**
 * What may follow a comparative ending what is said ("getting worse _?_", "better _than_…"); not
 * a choice of both ("better or worse"), which asks how things went.
 */
const COMPARATIVE_ENDS = String.raw`(?!\s+or\s+(?:better|worse)\b)(?=\s*(?:[?.!,;]|$)|\s+(?:than|since|or|now|lately|recently|again|and|over|after|under|in|for|every|each|by)\b)`;

/** The forms of "get", "grow" and "become": base, "-s", past or participle, "-ing". */
const GET_FORMS: Readonly<Record<string, 'base' | 's' | 'ed' | 'ing'>> = {
  get: 'base',
  grow: 'base',
  become: 'base',
  gets: 's',
  grows: 's',
  becomes: 's',
  got: 'ed',
  gotten: 'ed',
  grew: 'ed',
  grown: 'ed',
  became: 'ed',
  getting: 'ing',
  growing: 'ing',
  becoming: 'ing',
};
const IMPROVE = { base: 'improve', s: 'improves', ed: 'improved', ing: 'improving' } as const;
const WORSEN = { base: 'worsen', s: 'worsens', ed: 'worsened', ing: 'worsening' } as const;

/**
 * Words after "party" that keep it a political party: what parties do as parties (win, hold,
 * form, lead, vote: "Which party won…"), auxiliaries, and nouns it describes ("party members").
 */
const KEEPS_PARTY_POLITICAL = String.raw`(?:won|wins|controls|controlled|formed|forms|holds|held|leads|led|governs|governed|gained|gains|lost|loses|took|takes|voted|votes|elected|nominated|campaigned|contested|ran|runs|secured|captured|swept|topped|dominated|does|did|is|was|has|had|members|officials|leaders|colours|colors|politics|lines)`;

/** "What (exact / single…)" before the noun for a word asked: "What _single_ word…". */
const WHAT_WORD = String.raw`\b(?:what|which)\s+(?:(?:single|one|exact|particular|specific|precise)\s+)?`;

/**
 * "What <word noun> did <subject> use <how>": the word noun (a few of `nouns`, perhaps "exact" or
 * "single"), the auxiliary and the subject captured, for `describedBy`.
 */
function wordUsedBy(nouns: string, how: string): RegExp {
  return new RegExp(
    String.raw`${WHAT_WORD}(?:${nouns})s?\s+(does|did|do)\s+((?:[\p{L}.'’-]+\s+){1,5}?)use\s+(?:${how})\b`,
    'giu',
  );
}

/** "How did <subject> describe…", from the auxiliary and subject `wordUsedBy` captured. */
const describedBy: Idiom['plain'] = (typed, auxiliary, subject) =>
  inCaseTyped(typed, `how ${auxiliary ?? 'did'} ${subject ?? ''}describe`);

/** "support" in the form of each form of "have". */
const SUPPORT: Readonly<Record<string, string>> = {
  has: 'supports',
  have: 'support',
  had: 'supported',
  having: 'supporting',
};

/** The pronoun a possessive's owner is named by as an object ("his back" → "him"). */
const OBJECT_OF_POSSESSIVE: Readonly<Record<string, string>> = {
  his: 'him',
  her: 'her',
  their: 'them',
  its: 'it',
  my: 'me',
  your: 'you',
  our: 'us',
};

/** "praise" in the form of each form of giving, paying or offering praise ("gave props", "paid compliments"). */
const GIVING_AS_PRAISING: Readonly<Record<string, string>> = {
  give: 'praise',
  gives: 'praises',
  gave: 'praised',
  given: 'praised',
  giving: 'praising',
  pay: 'praise',
  pays: 'praises',
  paid: 'praised',
  paying: 'praising',
  offer: 'praise',
  offers: 'praises',
  offered: 'praised',
  offering: 'praising',
};

/**
 * "source of / for" words said: "the source of _Tiani's remarks_", "…for _the army's warning_"; not
 * the source of anything else ("the source of the funding").
 */
const SOURCE_OF_WORDS = String.raw`source\s+(?:(?:cited|credited|quoted|given|named)\s+)?(?:of|for)(?=\s+(?:(?:the|a|an|this|that|[\p{L}.-]+['’]s)\s+){0,2}(?:[\p{L}-]+\s+){0,2}?(?:remarks?|words?|warnings?|claims?|statements?|reports?|quotes?|comments?|information|news|story|allegations?|account|accusations?|lines?|readouts?|assertions?)\b)`;

const IDIOMS: readonly Idiom[] = [
  // "in relation to", "with regard / reference to", "in regard / respect to", "in respect of":
  // about, a word of no passage. Not a comparison ("change in relation to 2001") nor "with respect
  // to time", a derivative's.
  {
    pattern:
      /(?<!\b(?:change|changed|changes|compared|comparison|relative|rise|fall|grow|grew|growth|ratio|derivative)\s{1,3})\b(?:in\s+relation\s+to|with\s+(?:regard|reference)\s+to|in\s+(?:regard|respect)\s+(?:to|of))\b(?!\s+\p{N})/giu,
    plain: (typed) => inCaseTyped(typed, 'about'),
  },
  // "What _word_ did Washington _use to describe_ its backing…?", "What adjective does the
  // statement use to characterise…": asks how the one named described it, in whatever words, as
  // "How did Washington describe its backing…?" does. (Its words about something, "What phrase did
  // Tiani use about…", are a quotation asked for; "What term do doctors use _for_ the condition?"
  // asks the term, which a story may give as one: "refer to the condition as long Covid".)
  {
    pattern: wordUsedBy(
      'word|term|adjective|adverb|noun|verb|descriptor',
      String.raw`to\s+(?:describe|characteri[sz]e|qualify)|when\s+describing|in\s+describing`,
    ),
    plain: describedBy,
  },
  // …and a describing word used _for_ it: "What adjective did the statement use for US support?"
  {
    pattern: wordUsedBy('adjective|adverb|descriptor', 'for|about'),
    plain: describedBy,
  },
  // "What _adjective_ describes America's backing?", "What word is used to describe…": how it is
  // described.
  {
    pattern: new RegExp(
      String.raw`${WHAT_WORD}(?:word|term|adjective|adverb|descriptor)s?\s+(?:(describes|described)|(is|was|are|were)\s+used\s+to\s+(?:describe|characteri[sz]e|qualify))\s+([^?.!]+)`,
      'giu',
    ),
    plain: (typed, describes, linking, described) =>
      inCaseTyped(
        typed,
        `how ${linking ?? (describes === 'described' ? 'was' : 'is')} ${(described ?? '').trim()} described`,
      ),
  },
  // "mismanagement", "mishandled": badly done, as a story says it ("_poor_ economic and social
  // governance").
  {
    pattern:
      /\bmis(management|handling|governance|rule|managed|handled|governed|ruled|managing|governing|ruling)\b/giu,
    plain: (typed, done) =>
      inCaseTyped(
        typed,
        `${/(?:ed|ing)$/iu.test(done ?? '') ? 'poorly' : 'poor'} ${(done ?? '').toLowerCase()}`,
      ),
    // "Which fund was mismanaged?" where a story says "mismanaged" keeps its word.
    keptWhereArticlesUse: (typed) => typed,
  },
  // "Which _party_ warned…": a party that does the asked thing is whoever did it, of any kind
  // (participant), when a verb follows. Not one asked about with an auxiliary or a describing
  // word ("Which party does Bazoum belong to?", "What political party…", "which party leader"),
  // nor one that wins, holds or forms what parties do ("Which party won the race?").
  {
    pattern: new RegExp(
      String.raw`\b(which|what)\s+part(y|ies)\b(?=\s+(?!${KEEPS_PARTY_POLITICAL}\b)(?:\p{Ll}+ed|\p{Ll}+s|said|told|spoke|made|gave|sent|wrote|threw|broke|began|came|went|saw|knew|thought|felt|stood|sought|brought|fought|put|set|let|hit|cut)\b)`,
      'giu',
    ),
    plain: (typed, asking, ending) =>
      inCaseTyped(typed, `${asking ?? ''} participant${ending === 'ies' ? 's' : ''}`),
  },
  // Not "take part _of_ the aid" (a share) nor "part-time".
  {
    pattern: /\b(take|takes|took|taken|taking)\s+part\b(?!-|\s+of\b)/giu,
    plain: verbRead({
      take: 'participate',
      takes: 'participates',
      took: 'participated',
      taken: 'participated',
      taking: 'participating',
    }),
  },
  // Taking over as something is becoming it ("who _took over as_ leader"); taking over, power or
  // charge, with nothing taken over named after it, is becoming leader ("the general who _took
  // over_"); taking charge of something is leading it, taking control of it seizing it. "took"
  // alone only shapes a question, and its vector neighbours ("came") say nothing of who leads.
  // (Not "seized power": a coup is one way of many, and "How did Sunak take power?" is answered by
  // "He became prime minister… after Liz Truss resigned". "Who took over Twitter?" and "Who took
  // over at United?" stay as typed: what was taken is asked about.)
  {
    pattern: /\b(take|takes|took|taken|taking)\s+over\s+as\b/giu,
    plain: verbRead(BECOME_FORMS),
  },
  // Taking over a country is becoming its leader ("the man who _took over Niger_"), as taking
  // over with nothing named after it is.
  {
    pattern:
      /\b(take|takes|took|taken|taking)\s+over\s+((?:the\s+)?\p{L}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)/giu,
    plain: (typed, take, taken) =>
      isCountryReference(taken ?? '')
        ? verbRead(BECOME_FORMS, ` leader of ${taken ?? ''}`)(typed, take)
        : typed,
  },
  {
    // (Typed in either case, but case-sensitive: a capital after it starts a name taken over.)
    pattern:
      /\b(take|takes|took|taken|taking|Take|Takes|Took|Taken|Taking)\s+(?:over|power|charge|control)\b(?!\s+(?:of|as|at|the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)(?!\s+\p{Lu})/gu,
    plain: verbRead(BECOME_FORMS, ' leader'),
  },
  {
    pattern: /\b(take|takes|took|taken|taking)\s+charge\s+of\b/giu,
    plain: verbRead({ take: 'lead', takes: 'leads', took: 'led', taken: 'led', taking: 'leading' }),
  },
  {
    pattern: /\b(take|takes|took|taken|taking)\s+control\s+of\b/giu,
    plain: verbRead({ take: 'seize', takes: 'seizes', took: 'seized', taken: 'seized', taking: 'seizing' }),
  },
  // "get on the phone / on the line / in touch with", "get through to": speak with someone, as
  // "spoke to" says it.
  {
    pattern:
      /\b(get|gets|got|gotten|getting)\s+(?:on\s+the\s+(?:phone|line|telephone)|in\s+touch|through)\s+(?:with|to)\b/giu,
    plain: verbRead(
      { get: 'speak', gets: 'speaks', got: 'spoke', gotten: 'spoken', getting: 'speaking' },
      ' with',
    ),
  },
  // Winning office, the presidency or an election is getting elected ("By what means did Bazoum _win
  // office_?" → get elected, as "Democratically-elected President Bazoum" says it).
  {
    pattern: /\b(win|wins|won|winning)\s+(?:the\s+)?(?:office|presidency|elections?|vote|polls?)\b/giu,
    plain: verbRead({
      win: 'get elected',
      wins: 'gets elected',
      won: 'got elected',
      winning: 'getting elected',
    }),
  },
  // Bringing something back is restoring it ("what else does Washington want fully _brought back_
  // in Niger?", "_bring back_ constitutional rule"); not bringing someone back from somewhere.
  {
    pattern: /\b(bring|brings|brought|bringing)\s+back\b(?![^?.!]{0,40}?\b(?:from|home|here)\b)/giu,
    plain: verbRead({ bring: 'restore', brings: 'restores', brought: 'restored', bringing: 'restoring' }),
  },
  // "reach out to" someone is getting in touch with them: speaking to them, as "spoke to" says it
  // ("the ex-president that the US secretary of state _reached out to_").
  {
    pattern: /\b(reach|reaches|reached|reaching)\s+out\s+to\b/giu,
    plain: verbRead({ reach: 'speak', reaches: 'speaks', reached: 'spoke', reaching: 'speaking' }, ' to'),
  },
  // Having or holding a conversation, a (phone) call, phone talks or talks with someone is speaking
  // ("With which persons did the diplomat have a conversation?", "held talks with Niger's
  // president"). Not "talks" alone, which are negotiations, nor an auxiliary opening the question
  // ("_Have_ conversations … stalled?").
  {
    pattern:
      /(?<!^\s*)\b(have|has|had|having|hold|holds|held|holding)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:phone|telephone)\s+(?:conversations?|calls?|talks)|conversations?|chats?|talks(?=\s+with\b))\b/giu,
    plain: verbRead({
      have: 'speak',
      has: 'speaks',
      had: 'spoke',
      having: 'speaking',
      hold: 'speak',
      holds: 'speaks',
      held: 'spoke',
      holding: 'speaking',
    }),
    // "Putin held talks with Xi": a story that says "talks" keeps them.
    keptWhereArticlesUse: (typed) => (/\btalks$/iu.test(typed) ? 'talks' : ''),
  },
  // Pointing to something _as_ a reason, a cause or part of one is citing it ("What failings did
  // the junta leader _point to_ as a reason for the takeover?"). Not a bare "point to", which may
  // only indicate, nor a pointing noun ("the point to make").
  {
    pattern:
      /(?<!\b(?:the|a|an|this|that|his|her|its|their)\s+)\b(point|points|pointed|pointing)\s+to\b(?=[^?.!,;]{0,60}?\bas\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:reasons?|causes?|motives?|justifications?|grounds?|evidence|proof|examples?|explanations?|excuses?|factors?|failings?|failures?|problems?)\b|part\s+of|one\s+of))/giu,
    plain: verbRead({ point: 'cite', points: 'cites', pointed: 'cited', pointing: 'citing' }),
  },
  // "outside" before a common noun, as a describing word after a determiner or a preposition, is
  // foreign: "_outside_ countries", "against _outside_ armed involvement" come from beyond the
  // country, as "foreign intervention" does; so, wherever it stands, before a word of those who
  // intervene or what they do ("caution _outside_ countries", "_outside_ meddling"). Not a
  // preposition of place: "outside the palace", "gathered outside parliament", "outside niger".
  {
    pattern:
      /(?:(?<=\b(?:the|any|by|from|of|with|to|against|no|all|more|other|about|on|and|or)\s+)|(?<=^\s*))([Oo]utside)(\s+)(\p{Ll}[\p{L}-]*)/gu,
    plain: outsideAsForeign,
  },
  {
    pattern:
      /\b([Oo]utside)(\s+)((?:armed\s+|military\s+)?(?:countries|nations|powers|forces|troops|actors|players|parties|governments|states|armies|intervention|involvement|interference|meddling|influence|help|aid|pressure))\b/gu,
    plain: outsideAsForeign,
  },
  // An army's "top brass" (or "brass") are its command: "Why did Niger's military top brass back
  // the power grab?". Not brass the metal ("brass band", "brass tacks").
  {
    pattern: /\b(?:top\s+)?brass\b(?!\s+(?:bands?|tacks|instruments?|section|plates?|knuckles))/giu,
    plain: (typed) => inCaseTyped(typed, 'command'),
  },
  // Having someone's back is supporting them ("the US still _has his back_", "has the president's
  // back"); not a back to the wall or turned.
  {
    pattern:
      /\b(has|have|had|having)\s+(his|her|their|its|my|your|our|(?:the\s+)?[\p{L}.-]+['’]s?)\s+back\b(?!\s+(?:to|against|turned|on)\b)/giu,
    plain: verbRead(
      SUPPORT,
      (whose = '') => ` ${OBJECT_OF_POSSESSIVE[whose.toLowerCase()] ?? whose.replace(/['’]s?$/u, '')}`,
    ),
  },
  // Making a (phone) call to or with someone is speaking to them ("the chief… that made a call
  // with the imprisoned president").
  {
    pattern:
      /\b([Mm]ake|[Mm]akes|[Mm]ade|[Mm]aking)\s+(?:a\s+)?(?:(?:phone|telephone)\s+)?calls?\s+(to|with)\b(?=\s+(?:the|his|her|their|him|her|them|\p{Lu}|[\p{L}.-]+['’]s\b))(?!\s+(?:action|arms)\b)/gu,
    plain: verbRead(
      { make: 'speak', makes: 'speaks', made: 'spoke', making: 'speaking' },
      (to = 'to') => ` ${to}`,
    ),
  },
  // "phoned" someone is "spoke to" them by phone; "a phone call" and "his phone" stay.
  {
    pattern: /\b(phoned|phoning|phones)\b/giu,
    plain: verbRead({ phoned: 'spoke', phoning: 'speaking', phones: 'speaks' }, ' to'),
  },
  // Ringing or telephoning someone is speaking to them ("the minister who _rang_ Niger's leader"):
  // only with a person after it (a pronoun, a name, "the … president", an owner), so not a bell,
  // an alarm or a telephone that rings, a claim that rings true, troops ringing a palace, nor the
  // noun ("a ring", "by telephone").
  {
    pattern:
      /(?<!\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|by|on|over|via|phone|telephone|wedding|bells?|alarm)\s+)\b([Rr]ang|[Rr]ung|[Rr]ing|[Rr]ings|[Rr]inging|[Tt]elephoned|[Tt]elephoning|[Tt]elephone|[Tt]elephones)\b(?:\s+up\b)?(?=\s+(?:him|her|them|me|us|\p{Lu}|the\s+(?:[\p{L}-]+\s+){0,2}?(?:president|prez|leader|minister|secretary|diplomat|general|head|envoy|ambassador)\b|[\p{L}.-]+['’]s\s))/gu,
    plain: verbRead(
      {
        rang: 'spoke',
        rung: 'spoken',
        ring: 'speak',
        rings: 'speaks',
        ringing: 'speaking',
        telephoned: 'spoke',
        telephoning: 'speaking',
        telephone: 'speak',
        telephones: 'speaks',
      },
      ' to',
    ),
  },
  // Arresting someone is detaining them, as a story usually says it ("foreign soldiers _arrested_
  // the Nigerien leader"); not the noun ("house arrest", "a wave of arrests", "made arrests"), a
  // heart that arrests, nor where the articles say "arrest" themselves.
  {
    pattern:
      /(?<!\b(?:cardiac|heart|under|house|an?|the|his|her|their|its|of|made|make|makes|mass|any|no|for|more|many)\s+)\b(arrest|arrests|arrested|arresting)\b(?!\s+(?:warrants?|records?)\b)/giu,
    plain: verbRead({ arrest: 'detain', arrests: 'detains', arrested: 'detained', arresting: 'detaining' }),
    keptWhereArticlesUse: () => 'arrest',
  },
  // "locked (him) up" is detained.
  {
    pattern: /\b(lock|locks|locked|locking)\s+((?:him|her|them|\p{Lu}\p{L}+)\s+)?up\b/gu,
    plain: (typed, lock, whom) =>
      inCaseTyped(typed, `${DETAIN[(lock ?? '').toLowerCase()] ?? 'detain'}${whom ? ` ${whom.trim()}` : ''}`),
  },
  // Holding a person is detaining them ("Who is holding the president?"): a pronoun, a name, or
  // "the (ousted…) president / leader / head of state" held; not talks, a rank, or a name held to
  // account ("hold Niger accountable").
  {
    pattern:
      /\b(hold|holds|held|holding)(?=\s+(?:him|her|them|the\s+(?:[\p{L}-]+\s+){0,2}?(?:president|prez|leader|head\s+of\s+state|captive|hostage|detainee)|\p{Lu}\p{L}+)\b(?!['’]s\b|\s+(?:accountable|responsible|liable|back|to\s+account|in\s+(?:high\s+|low\s+|great\s+)?(?:regard|esteem|contempt))))/gu,
    plain: verbRead(DETAIN),
  },
  // Naming, proclaiming or appointing oneself something is declaring oneself it ("When did the
  // general _name himself_ head of the country?", "Who _proclaimed himself_ head of state?"):
  // "name" is a stop word, so unread the question would lose what he did. Not naming oneself
  // after someone; nor calling oneself something, which asks for the name used; nor where the
  // articles use the verb typed.
  {
    pattern:
      /\b(name|names|named|naming|proclaim|proclaims|proclaimed|proclaiming|appoint|appoints|appointed|appointing|crown|crowns|crowned|crowning|install|installs|installed|installing)(?=\s+(?:himself|herself|themselves|itself)\b(?!\s+(?:after|in|into|on|at)\b))/giu,
    plain: (typed, verb) => inCaseTyped(typed, declaredAs(verb ?? '')),
    keptWhereArticlesUse: (_typed, verb) => (/^nam/iu.test(verb ?? '') ? '' : (verb ?? '').toLowerCase()),
  },
  // Claiming a post for oneself is declaring oneself in it ("What position did the soldier _claim
  // for himself_?", "…claimed the presidency for himself?"). Not claiming credit or a prize.
  {
    pattern:
      /\b(claim|claims|claimed|claiming)\s+((?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?)for\s+(himself|herself|themselves)\b/giu,
    plain: (typed, verb, claimed, self) =>
      /\b(?:credit|responsibility|prize|award|victory|win|title\s+of\s+champion)\b/iu.test(claimed ?? '')
        ? typed
        : inCaseTyped(
            typed,
            `${declaredAs(verb ?? '')} ${self ?? 'himself'}${claimed ? ` ${claimed.trim()}` : ''}`,
          ),
  },
  // Failing to do something is not doing it ("Who did Tiani say _failed to_ show people a way
  // out?" is answered by "did not give"): "did", "does" and "not" say only the tense and the
  // negation. Not after "has / had" ("has failed to win"), where the verb would need its
  // participle.
  {
    pattern:
      /(?<!\b(?:has|have|had|having)\s+(?:[\p{L}’'-]+\s+){0,3})\b(fail|fails|failed|failing)\s+to\s+(\p{L}+)/giu,
    plain: (typed, fail, verb = '') => {
      const lower = (fail ?? '').toLowerCase();
      // "of _failing to offer_" is "of _not offering_".
      if (lower === 'failing') return inCaseTyped(typed, `not ${gerundOf(verb)}`);
      return inCaseTyped(typed, `${{ failed: 'did not', fails: 'does not' }[lower] ?? 'not'} ${verb}`);
    },
    keptWhereArticlesUse: () => 'fail',
  },
  // Pushing or pressing for something is working toward it ("What will the US keep _pushing
  // for_?"); not "Who did the union push for?", where what is pushed for is asked.
  {
    pattern: /\b(push|pushes|pushed|pushing|press|presses|pressed|pressing)\s+for\b(?!\s*[?.!]*\s*$)/giu,
    plain: (typed, verb) =>
      `${verbRead({
        push: 'work',
        pushes: 'works',
        pushed: 'worked',
        pushing: 'working',
        press: 'work',
        presses: 'works',
        pressed: 'worked',
        pressing: 'working',
      })(typed, verb)} toward`,
    keptWhereArticlesUse: (typed) => (/^press/iu.test(typed) ? 'press' : 'push'),
  },
  // Talking someone or something up is praising it ("Blinken _talks up_ Bazoum's leadership").
  {
    pattern: /\b(talk|talks|talked|talking)\s+up\b(?!\s+to\b)/giu,
    plain: verbRead({ talk: 'praise', talks: 'praises', talked: 'praised', talking: 'praising' }),
  },
  // Someone "kept" somewhere is held there ("Where is Bazoum (being) _kept_?"); not kept in the
  // dark, kept secret or kept going, nor a promise or a score kept.
  {
    pattern: new RegExp(
      String.raw`(?<!\b(?:${KEPT_THINGS})\s+(?:(?:is|are|was|were|be|been|being)\s+)?)\b(?<=(?:is|are|was|were|be|been|being|\bwhere\b[^?]{1,60}?)\s+)kept(?=\s*(?:[?.!,]|$)|\s+(?:in|at|under|by|since|there|now|captive|prisoner|hostage)\b(?!\s+the\s+dark\b))`,
      'giu',
    ),
    plain: (typed) => inCaseTyped(typed, 'held'),
  },
  // "self declared", "self appointed" typed without the hyphen: "self" says only whose doing it
  // was, as "self-declared" does, and would be taken for what is asked. (Not "self government".)
  {
    pattern: /\bself\s+(?=(?:declared|proclaimed|appointed|styled|anointed|crowned|described)\b)/giu,
    plain: () => '',
  },
  // Whose view a question asks in, set off at its start or by commas, is whom the answer is
  // according to ("_In the view of_ the US Secretary of State, what…", "…, _in Tiani's view_,
  // …"): "view" is no word of what is asked. Not a view asked about ("a shift in the Fed's view of
  // inflation"), nor what is seen in someone's eyes.
  {
    pattern: new RegExp(
      String.raw`(?<=^\s*|,\s*)(?:in|from)\s+the\s+(?:${VIEW})\s+of\s+([^,?]{1,60}?)(?=\s*,)`,
      'giu',
    ),
    plain: (typed, whose) => `${inCaseTyped(typed, 'according to')} ${whose ?? ''}`,
  },
  {
    pattern: new RegExp(
      String.raw`(?<=^\s*|,\s*)(?:in|from)\s+((?:the\s+)?(?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+)['’]s?\s+(?:${VIEW})(?=\s*,)`,
      'giu',
    ),
    plain: (typed, whose) => `${inCaseTyped(typed, 'according to')} ${whose ?? ''}`,
  },
  // What came of something is its outcome ("what came of Issoufou's efforts?").
  {
    pattern: /\bwhat\s+(?:(?:has|have|had)\s+)?(?:came|come)\s+of\b/giu,
    plain: (typed) => inCaseTyped(typed, 'what was the outcome of'),
  },
  // A "power grab" is a seizure of power, and grabbing seizing.
  { pattern: /\bpower\s+grab\b/giu, plain: (typed) => inCaseTyped(typed, 'seizure of power') },
  {
    pattern: /\b(grab|grabs|grabbed|grabbing)\b/giu,
    plain: verbRead({ grab: 'seize', grabs: 'seizes', grabbed: 'seized', grabbing: 'seizing' }),
  },
  // Telling someone not to do something is warning them against it ("What did the military
  // tell other countries not to do?").
  {
    pattern: /\b(tell|tells|told|telling)\s+((?:[\p{L}’'-]+\s+){1,3}?)not\s+to\b/giu,
    plain: (typed, tell, whom) =>
      `${verbRead({ tell: 'warn', tells: 'warns', told: 'warned', telling: 'warning' })(typed, tell)} ${(whom ?? '').trim()} against`,
  },
  // Giving something one's blessing is endorsing it ("which institution gave its blessing to the
  // people who overthrew Bazoum's govt?").
  {
    pattern:
      /\b(give|gives|gave|given|giving)\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:full\s+)?blessing\s+to\b/giu,
    plain: verbRead({
      give: 'endorse',
      gives: 'endorses',
      gave: 'endorsed',
      given: 'endorsed',
      giving: 'endorsing',
    }),
    keptWhereArticlesUse: () => 'blessing',
  },
  // "It mattered that…" is "it was important that…": the articles speak of "the importance of".
  {
    pattern: /\bit\s+(matters|mattered|matter)\b(?=\s+(?:that|for|to)\b)/giu,
    plain: (typed, matters) =>
      inCaseTyped(typed, `it ${(matters ?? '').toLowerCase() === 'mattered' ? 'was' : 'is'} important`),
  },
  // Stepping in is intervening ("Did the army welcome foreign troops _stepping in_?"): at the end
  // of a clause, or before "to" and a verb, "and", "with". Not a step in something ("step in the
  // way"), nor stepping in as someone ("stepped in as CEO" replaced him).
  {
    pattern:
      /\b(step|steps|stepped|stepping)\s+in\b(?=\s*(?:[?.!,;:)]|$)|\s+(?:to\s+[\p{L}-]+|and|with|now|again|militarily|directly)\b)/giu,
    plain: verbRead(INTERVENE),
    keptWhereArticlesUse: (_typed, step) => step ?? '',
  },
  // Sending troops in is intervening militarily ("outside countries _sending in troops_", "send
  // troops in?"), and into a country; not sending them home, back or to a border.
  {
    pattern:
      /\b(send|sends|sent|sending)\s+(?:in\s+(?:their\s+|its\s+|the\s+|any\s+|more\s+)?(troops|soldiers|forces)\b|(?:their\s+|its\s+|the\s+|any\s+|more\s+)?(troops|soldiers|forces)\s+in\b(?=\s*(?:[?.!,;:)]|$|to\s+[\p{L}-]+)))/giu,
    plain: verbRead(INTERVENE, ' militarily'),
    keptWhereArticlesUse: (_typed, _send, before, after) => before ?? after ?? '',
  },
  // A boss is a leader ("who named himself the new _boss_ of niger"), where the articles never
  // say "boss" ("Tesla boss Elon Musk" is theirs).
  {
    pattern: /\b(boss|bosses)\b/giu,
    plain: (typed, boss) =>
      inCaseTyped(typed, (boss ?? '').toLowerCase() === 'bosses' ? 'leaders' : 'leader'),
    keptWhereArticlesUse: (_typed, boss) => boss ?? '',
  },
  // A "sitting" or "incumbent" president is the one in office: right before a title, or a
  // people's or country's name and a title ("the sitting niger president"). Not someone sitting
  // with a president.
  {
    pattern:
      /(?<!\b(?:with|beside|by|next\s+to|near|behind)\s+)\b(sitting|incumbent)\s+(?=(?:\p{L}+(?:an|ian|ese|ish|i)\s+|niger\s+|us\s+)?(?:president|prez|leader|head\s+of\s+state|prime\s+minister)\b)/giu,
    plain: () => '',
    keptWhereArticlesUse: (_typed, sitting) => sitting ?? '',
  },
  // A sentiment, an emotion or a mood someone showed is a feeling ("What _sentiment_ did Blinken
  // voice…" → "regret", which WordNet has as a feeling, not as the others' kind). Only as what is
  // asked, before the verb: not "mood disorder", nor a "sentiment analysis tool".
  {
    pattern:
      /\b(what|which)\s+(sentiment|emotion|mood)(s?)\b(?=\s+(?:did|does|do|was|were|is|are|has|have|had|would|could|will)\b)/giu,
    plain: (typed, which, _noun, plural) => inCaseTyped(typed, `${which ?? ''} feeling${plural ?? ''}`),
    keptWhereArticlesUse: (_typed, _which, noun) => noun ?? '',
  },
  // Someone's captors are those detaining them: "what were the president's captors jeopardizing"
  // asks what "those detaining Bazoum" threaten. The one held is the owner ("the ousted
  // president's captors", "the hostages' kidnappers"), a pronoun ("his captors"), after "of" ("the
  // captors of Bazoum"), or the one the story is about ("what _the captors_ are doing"). Not
  // "kidnappers" counted or described ("how many kidnappers", "the suspected kidnappers"), nor
  // where the articles use the word.
  {
    pattern:
      /(?:\b(the\s+(?:(?!(?:of|in|on|at|for|with|by|to|from|and|or)\s)[\p{L}.-]+\s+){0,2}?[\p{L}-]+|(?:\p{L}[\p{L}.-]*['’]s\s+)?\p{L}[\p{L}.-]*)(?:['’]s|s['’])\s+|\b(his|her|their)\s+)(captors?|kidnappers?|abductors?|jailers?|gaolers?)\b|\bthe\s+(captors?|kidnappers?|abductors?|jailers?|gaolers?)(?:\s+of)?\b/giu,
    plain: (typed, owner, pronoun) => {
      const held =
        owner === undefined
          ? pronoun === undefined
            ? ''
            : (HELD_PRONOUN[pronoun.toLowerCase()] ?? '')
          : owner.replace(/^The\b/, 'the') + (/s['’]$/u.test(typed.split(/\s+/).at(-2) ?? '') ? 's' : '');
      const read = held === '' ? 'those detaining' : `those detaining ${held}`;
      // A name typed first keeps its capital, not the words read before it.
      return owner !== undefined && !/^the\b/i.test(owner) && !isShouted(typed)
        ? read
        : inCaseTyped(typed, read);
    },
    keptWhereArticlesUse: (typed) =>
      /(captors?|kidnappers?|abductors?|jailers?|gaolers?)/iu.exec(typed)?.[1] ?? '',
  },
  // Considering someone something is saying they are: "Does the State Department consider Bazoum
  // a democratically chosen leader?", "regard Tiani as the leader". Not considering an action
  // ("considering military action"): what is considered is followed by what it is held to be, "a /
  // the…" or "as…". Not how something is viewed ("How does the US view Bazoum as a leader?"), the
  // same way as another, nor "as well / as soon as".
  {
    pattern: new RegExp(
      String.raw`(?<!^\s*how\b[^?]*)\b(consider|considers|considered|regard|regards|regarded|view|views|viewed|deem|deems|deemed)\s+(${CONSIDERED}\s+(?:as\s+|to\s+be\s+)?(?=(?:an?|the)\s+(?!(?:same|following|next|previous|last|day|days|week|weeks|month|months|year|years|while|moment|minute|time)\b))|${CONSIDERED}\s+as\s+(?!(?:it|well|soon|if|though|much|long|far|many|usual)\b))`,
      'giu',
    ),
    plain: (typed, verb, rest) => {
      const said =
        SAID_FORMS[(verb ?? '').toLowerCase().replace(/^(?:consider|regard|view|deem)/, '')] ?? 'say';
      const one = (rest ?? '').replace(/\s+(?:as|to\s+be)\s+$/iu, ' ').trim();
      return inCaseTyped(typed, `${said} ${one} is `);
    },
  },
  // Someone declaring themselves, said to be, or staying "in charge" is the leader ("declared
  // himself in charge", "he was now in charge", "Bazoum staying in charge", "Who is in charge?"),
  // of a country too ("in charge of Niger", "of the country"): "charge" alone is an accusation or a
  // fee. Not in charge of something else ("Who is in charge of the presidential guard?", which no
  // article says), nor whoever a question names ("Is Bazoum still in charge?" asks whether he
  // still leads).
  {
    pattern:
      /\b(who|he|she|they|himself|herself|themselves|stay|stays|stayed|staying|remain|remains|remained|remaining)(\s*(?:['’]s\s+|\s+(?:is|was|were|are|be|been)\s+)?(?:now\s+|still\s+)?)in\s+charge\b(?:\s+of\s+((?:the\s+)?[\p{L}’'-]+))?/giu,
    plain: (typed, who, between, of) =>
      of === undefined
        ? `${who ?? ''}${between ?? ' '}the leader`
        : isCountryReference(of)
          ? `${who ?? ''}${between ?? ' '}the leader of ${of}`
          : typed,
  },
  // Whoever runs, rules, governs or controls a country is its leader ("Who runs Niger now?", "who
  // is ruling the country"). Not anything else run ("Who ran the marathon?").
  {
    pattern:
      /\b(who|he|she|they)(['’]s\s+(?:now\s+|still\s+)?|\s+(?:is|was|are|were)\s+(?:now\s+|still\s+)?|\s+)(runs|running|ran|rules|ruling|ruled|governs|governing|governed|controls|controlling|controlled)\s+((?:the\s+)?[\p{L}’'-]+)/giu,
    plain: (typed, who, between, verb, country) => {
      if (country === undefined || !isCountryReference(country)) return typed;
      // "who's running" → "who is…"; "who ran" → "who was…": the tense of the verb typed.
      const be = /\b(?:is|was|are|were)\b/i.test(between ?? '')
        ? (between ?? ' ')
        : /['’]s/u.test(between ?? '')
          ? (between ?? '').replace(/^['’]s/u, ' is')
          : /^(?:ran|ruled|governed|controlled)$/i.test(verb ?? '')
            ? ' was '
            : ' is ';
      return `${who ?? ''}${be}the leader of ${country}`;
    },
  },
  // What someone thinks or believes is known from what they say: "What does the military think
  // would happen…", "did the junta leader think the old govt offered…". Only after "do / does /
  // did" and its subject, before what is thought: not "a thought", nor the asker's thinking ("Why
  // do you think…"), nor someone made to believe ("Did Tiani want Nigeriens to believe…"),
  // believing in something or someone ("believe in democracy", "believe Tiani?").
  {
    pattern: new RegExp(
      String.raw`\b(do|does|did)\s+(?!(?:you|u|i|we)\s)((?:${SUBJECT_WORD}[\p{L}’'-]+\s+){0,3}?${SUBJECT_WORD}[\p{L}’'-]+)\s+(?:think|believe|reckon)\b(?!\s+in\b)(?=\s+(?:that\b|[\p{L}’'-]+\s+[\p{L}’'-]+))`,
      'giu',
    ),
    plain: (typed, auxiliary, subject) => `${auxiliary ?? ''} ${subject ?? ''} say`,
  },
  // What someone meant by their words is what they said about them ("what did tiani mean by
  // 'deteriorating security situation'"): the articles give the words, seldom a gloss. Not what
  // is meant by a term ("What is meant by constitutional order?"), which asks for a definition.
  {
    pattern: /(?<!\b(?:is|was|are|were|be|been|being)\s+)\b(mean|means|meant)\s+by\b/giu,
    plain: verbRead({ mean: 'say', means: 'says', meant: 'said' }, ' about'),
  },
  // Crediting someone with something is praising them for it ("Did the Secretary credit Bazoum
  // with improving security…?"), and giving them props or kudos praising them. Not the noun ("a
  // credit line with the US", "extend credit to Niger with conditions"), nor a source credited
  // with a report ("Which outlet is credited with reporting…", "credit the State Department with
  // the statement"): that is saying whose words they are.
  {
    pattern: new RegExp(
      String.raw`(?<!\b(?:${CREDIT_AS_NOUN_AFTER})\s+)\b(credit|credits|credited|crediting)\s+(?!(?:${CREDIT_COMPOUNDS})\b)((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:with|w\/)\s+(?!(?:(?:the|a|an|its|his|her|their|[\p{L}.-]+['’]s)\s+)?(?:${REPORTED_THINGS})\b)`,
      'giu',
    ),
    plain: (typed, verb, whom) =>
      `${verbRead({ credit: 'praise', credits: 'praises', credited: 'praised', crediting: 'praising' })(typed, verb ?? '')} ${whom ?? ''} for `,
  },
  {
    pattern:
      /\b(give|gives|gave|given|giving)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:(?:any|some|major|big|huge|much|a\s+lot\s+of)\s+)?(?:props|kudos)\b/giu,
    plain: (typed, verb, whom) => `${verbRead(GIVING_AS_PRAISING)(typed, verb ?? '')} ${whom ?? ''}`,
  },
  // …and giving or paying someone compliments or praise is praising them ("For what role did
  // Blinken give compliments to the overthrown president?").
  {
    pattern:
      /\b(give|gives|gave|given|giving|pay|pays|paid|paying|offer|offers|offered|offering)\s+(?:(?:a|his|her|their|its|many|warm|high)\s+)?(?:compliments?|praise|plaudits|accolades)\s+to\b/giu,
    plain: verbRead(GIVING_AS_PRAISING),
  },
  // Benefiting from something is being helped by it ("Who benefits from the aid?" is who the aid
  // helps, which "assistance that support the Nigerien people" says), and its beneficiaries are
  // those it helps; to benefit someone is to help them. Not the noun ("the benefits of aid").
  {
    pattern: /\b(benefits|benefited|benefitted|benefiting|benefitting|benefit)\s+from\b/giu,
    plain: verbRead({
      benefits: 'is helped by',
      benefited: 'was helped by',
      benefitted: 'was helped by',
      benefiting: 'being helped by',
      benefitting: 'being helped by',
      benefit: 'be helped by',
    }),
  },
  { pattern: /\b(beneficiar(?:y|ies))\s+of\b/giu, plain: (typed) => inCaseTyped(typed, 'ones helped by') },
  // The present in more words is now: "is he still held _right now_", "_at the moment_" ("right"
  // and "moment" are no words to find). Not "at the time", which is then.
  {
    pattern:
      /\b(?:right now|just now|as of (?:now|today)|as we speak|at (?:the|this) (?:moment|point in time)|at present)\b/giu,
    plain: (typed) => inCaseTyped(typed, 'now'),
  },
  // A readout is a government's statement of what was said at a call or meeting (WordNet has only a
  // computer's): "the official readout of Blinken's calls" is the statement on them.
  {
    pattern: /\b(?:readout|read-out)(s?)\b/giu,
    plain: (typed, plural) => inCaseTyped(typed, `statement${plural ?? ''}`),
  },
  {
    pattern:
      /(?<=\b(?:to|does|do|did|will|would|can|could|may|might|should|must)\s+)(benefit)\b(?!\s+(?:of|for)\b)/giu,
    plain: verbRead({ benefit: 'help' }),
  },
  // A source of words asked as a heading, "source for the military warning about…?" asks who says it.
  {
    pattern: new RegExp(
      String.raw`^\s*(?:what\s+is\s+|what['’]s\s+)?(?:the\s+)?(?:original\s+|main\s+)?${SOURCE_OF_WORDS}`,
      'iu',
    ),
    plain: (typed) => inCaseTyped(typed.trimStart(), 'Who says'),
  },
  // Being (credited or cited as) the source of words is saying them: "Which news outlet is
  // credited as the source of Tiani's remarks?", "Who is the source for the army's warning?". Not
  // the source of anything else ("the source of the funding").
  {
    pattern: new RegExp(
      String.raw`\b(is|was|are|were)\s+(?:(?:credited|cited|named|given)\s+as\s+)?the\s+(?:original\s+|main\s+)?${SOURCE_OF_WORDS}`,
      'giu',
    ),
    plain: (typed, verb) => inCaseTyped(typed, /^(?:is|are)$/i.test(verb ?? '') ? 'says' : 'said'),
  },
  // Asked who says, reports or relays someone's words, what is asked is who reported what they said:
  // "Who is the source of Tiani's remarks?" (read as "Who says Tiani's remarks?" above), "Which
  // outlet relayed the military's statement?". The words' owner said them; another reported them.
  // (Not a channel that carried an announcement: it broadcast it.)
  {
    pattern:
      /^(\s*(?:who|which\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)(?:says|said|reported|reports|relayed|relays)\s+((?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+)['’]s?\s+(?:(?:exact|own)\s+)?(?:remarks?|words|quotes?|quotations?|comments?|claims?|statements?|speech|explanation|justification)\b(?=\s*(?:[?.!]|$)|\s+(?:about|on|regarding|concerning|in|to|during|after|before|from)\b)/iu,
    plain: (_, asking, owner) => `${asking ?? ''}reported what ${owner ?? ''} said`,
  },
  // …and someone's warning, announcement or other act of speech, named by its own noun, was reported
  // by whoever is asked as its source: "Who said the military's warning against intervention?"
  // (read from "Who is the source cited for the military's warning…?" above) asks who reported it.
  // Not where the noun goes on to a clause of its own ("Who said the army's warning was false?").
  {
    pattern:
      /^(\s*(?:who|which\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)(?:says|said)(?=\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+['’]s?\s+(?:warnings?|announcements?|declarations?|accusations?|pledges?|threats?|appeals?|denials?)(?=\s*(?:[?.!]|$)|\s+(?:about|on|against|over|regarding|concerning|in|to|during|after|before|from|of)\b))/iu,
    plain: (_, asking) => `${asking ?? ''}reported`,
  },
  // Being credited with reporting or saying something is reporting or saying it: "Who is credited
  // with reporting the army's warning?".
  {
    pattern: /\b(?:is|was|are|were)\s+credited\s+with\s+(reporting|saying|relaying|announcing|breaking)\b/giu,
    plain: verbRead({
      reporting: 'reported',
      saying: 'said',
      relaying: 'relayed',
      announcing: 'announced',
      breaking: 'broke',
    }),
  },
  // …and saying the claim that something is so is saying that it is ("Who says the claim that talks
  // have stalled?").
  {
    pattern:
      /\b(says|said)\s+the\s+(?:claims?|reports?|statements?|assertions?|allegations?|news|word|lines?)\s+that\b/giu,
    plain: (_, verb) => `${verb ?? 'says'} that`,
  },
  // Giving someone credit for something is crediting them with it: "What did Blinken give Bazoum
  // credit for?" asks what he credited Bazoum for.
  {
    pattern: /\b(give|gives|gave|given|giving)\s+((?:[\p{L}'’.-]+\s+){1,3}?)credit\s+for\b/giu,
    plain: verbRead(
      { give: 'credit', gives: 'credits', gave: 'credited', given: 'credited', giving: 'crediting' },
      (whom) => ` ${whom ?? ''}for`,
    ),
  },
  // Sorting something out is resolving it: "wanted Issoufou to sort things out", "sort out the
  // crisis". Not "sort" alone ("what sort of…").
  {
    pattern: /\b(sort|sorts|sorted|sorting)\s+(?:(things|it|this|that|matters|everything)\s+)?out\b/giu,
    plain: verbRead(
      { sort: 'resolve', sorts: 'resolves', sorted: 'resolved', sorting: 'resolving' },
      (object) => (object === undefined ? '' : ` ${object}`),
    ),
  },
  // Working together is cooperating ("how long has the US been working together with Niger"),
  // with "well" or not.
  {
    pattern: /\b(work|works|worked|working)\s+(?:well\s+)?together\b/giu,
    plain: verbRead({ work: 'cooperate', works: 'cooperates', worked: 'cooperated', working: 'cooperating' }),
  },
  // "_Has_ the security situation _become_ better?": "become" is the participle after its subject.
  {
    pattern: new RegExp(
      String.raw`^(\s*(?:has|have|had)\b[^?]{0,80}?\s)become\s+(worse|better)${COMPARATIVE_ENDS}`,
      'iu',
    ),
    plain: (_, before, comparative) =>
      `${before ?? ''}${((comparative ?? '').toLowerCase() === 'better' ? IMPROVE : WORSEN).ed}`,
  },
  // Getting (growing, becoming) worse is worsening, and better improving, in the form typed: the
  // comparative ends what is said of the subject ("was getting worse?", "got better than…"). Not
  // before what it describes ("get _better weapons_", "grow better armed").
  {
    pattern: new RegExp(
      String.raw`\b((?:has|have|had)\s+)?(get|gets|got|gotten|getting|grow|grows|grew|grown|growing|become|becomes|became|becoming)\s+(worse|better)${COMPARATIVE_ENDS}`,
      'giu',
    ),
    plain: (typed, perfect, verb, comparative) => {
      const forms = (comparative ?? '').toLowerCase() === 'better' ? IMPROVE : WORSEN;
      const read = perfect ? `${perfect}${forms.ed}` : forms[GET_FORMS[(verb ?? '').toLowerCase()] ?? 'base'];
      return inCaseTyped(typed, read);
    },
  },
  // What "took place" happened.
  {
    pattern: /\b(take|takes|took|taken|taking)\s+place\b/giu,
    plain: verbRead({
      take: 'happen',
      takes: 'happens',
      took: 'happened',
      taken: 'happened',
      taking: 'happening',
    }),
  },
  // What is "at stake" is under threat, and jeopardising it threatens it.
  { pattern: /\bat\s+stake\b/giu, plain: () => 'under threat' },
  {
    pattern: /\bjeopardi[sz](e|es|ed|ing)\b/giu,
    plain: verbRead({ e: 'threaten', es: 'threatens', ed: 'threatened', ing: 'threatening' }),
  },
  // Putting something in jeopardy, at risk or in danger is threatening it ("what are the people
  // holding the president _putting in jeopardy_?"); what is "in jeopardy" is under threat. "put"
  // after "did / will / to…" is the base form, else the past or the participle ("Who put the deal
  // at risk?", "were put at risk by…").
  {
    pattern:
      /\b(?:(did|does|do|will|would|can|could|should|may|might|must|to)\s+((?:[\p{L}’'-]+\s+){0,4}?))?(put|puts|putting)\s+((?:[\p{L}’'-]+\s+){0,4}?)(?:in\s+jeopardy|in\s+(danger)|at\s+(risk))\b/giu,
    plain: (typed, base, between, put, what, _danger, _risk) => {
      const threaten =
        { puts: 'threatens', putting: 'threatening' }[(put ?? '').toLowerCase()] ??
        (base === undefined ? 'threatened' : 'threaten');
      const read = `${base === undefined ? '' : `${base} ${between ?? ''}`}${threaten}${what ? ` ${what.trim()}` : ''}`;
      return inCaseTyped(typed, read);
    },
    keptWhereArticlesUse: (_typed, _base, _between, _put, _what, danger, risk) => danger ?? risk ?? '',
  },
  { pattern: /\bin\s+jeopardy\b/giu, plain: () => 'under threat' },
  // What "is at risk" is under threat ("What is at risk, according to Blinken?"), whatever else the
  // articles say risks: "risks having … consequences" tells what something may bring, not what is
  // threatened.
  {
    pattern: /(?:\b(is|are|was|were|be|being|been)\s+|['’]s\s+)at\s+risk\b/giu,
    plain: (typed, be) => inCaseTyped(typed, be === undefined ? ' is under threat' : `${be} under threat`),
  },
];

/** A word read in place of what was typed, capitalised as that was: its first letter, or all of it shouted. */
export function inCaseTyped(typed: string, read: string): string {
  if (isShouted(typed)) return read.toUpperCase();
  return /^\p{Lu}/u.test(typed) ? (read[0]?.toUpperCase() ?? '') + read.slice(1) : read;
}

/** Whether a text is typed in capitals throughout, two letters or more ("CAPTORS", not "I"). */
function isShouted(typed: string): boolean {
  return (typed.match(/\p{L}/gu) ?? []).length >= 2 && !/\p{Ll}/u.test(typed);
}

/** Words after "outside" that make it a preposition or an adverb, not "foreign". */
const NOT_AFTER_OUTSIDE: ReadonlySet<string> = new Set([
  'of',
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'it',
  'him',
  'them',
  'us',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'during',
  'while',
  'when',
  'where',
  'world',
]);

/** "outside" read as "foreign" before the word after it, unless that word makes it a preposition. */
function outsideAsForeign(typed: string, outside = '', space = ' ', next?: string): string {
  return next === undefined ||
    NOT_AFTER_OUTSIDE.has(next) ||
    countryNamed(next) !== undefined ||
    isPlace(next)
    ? typed
    : `${inCaseTyped(outside, 'foreign')}${space}${next}`;
}
