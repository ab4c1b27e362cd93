import type { Library } from '../library';
import { actorByIdOf, SELF_STANDING_KINDS } from './actorTerms';
import { termOf, tokensOf } from './analysis';
import { STATEMENT_NOUNS } from './statementNouns';
import { STANCE_NOUN, STANCE_TOPIC } from './questionWords';

/**
 * Who a question asks to have said something: "What did Bazoum say to Blinken?", "How did Issoufou
 * respond?", "…, according to the general?", "What was Issoufou's reply?", "What did the presidential
 * guard say?". Not a government: it speaks through others ("What did Washington say?" is answered
 * by its Secretary of State).
 */

/** Verbs of saying, in the base form a question puts after "did" ("What did X _say_…"). */
const SPEECH_VERB =
  'say|tell|state|respond|reply|answer|claim|add|announce|declare|proclaim|stress|warn|insist|argue|' +
  'comment|remark|explain|note|mention|describe|characteri[sz]e|accuse|urge|ask|underscore|' +
  'emphasi[sz]e|reiterate|reaffirm|restate|express|voice|praise|condemn|critici[sz]e|promise|vow|' +
  'pledge|report|write|cite|blame|admit|deny|confirm|acknowledge|suggest|threaten';

/** Nouns of something said, as lemmas, after a possessive ("Issoufou's _reply_"): what is said, and more. */
const SAID_NOUNS: readonly string[] = [
  ...STATEMENT_NOUNS,
  'reply',
  'response',
  'answer',
  'reaction',
  'word',
  'explanation',
  'justification',
  'claim',
  'criticism',
  'accusation',
  'complaint',
  'warning',
  'argument',
  'speech',
  'address',
];

/** Nouns of something said that a speaker gives ("What _reasons_ did the general give?"), as lemmas. */
const GIVEN_NOUNS: readonly string[] = [
  ...SAID_NOUNS,
  'reason',
  'ground',
  'excuse',
  'account',
  'motive',
  'rationale',
  'assurance',
  'charge',
  'promise',
  'pledge',
  'commitment',
  'request',
  'demand',
  'appeal',
];

/** An alternation of nouns in the singular or the plural ("reply|replies|…"). */
function nounForms(lemmas: readonly string[]): string {
  return [...new Set(lemmas)].map((lemma) => `${lemma.replace(/y$/, '(?:y|ies)')}s?`).join('|');
}

const SPEECH_NOUN = nounForms(SAID_NOUNS);
const GIVEN_NOUN = nounForms(GIVEN_NOUNS);

/** One word of a speaker phrase: not a relative pronoun ("does the man _who_ claimed power hold"). */
const SPEAKER_WORD = String.raw`(?!(?:who|whom|which|that)\b)[\p{L}\p{N}'’.-]+`;
/** Up to six words: the speaker a question names, by name or description ("the top US diplomat"). */
const SPEAKER = String.raw`((?:${SPEAKER_WORD}\s+){0,5}?${SPEAKER_WORD})`;

/** A speech verb's word used as a noun is no verb: "the former head _of state_", "_the_ answer". */
const NOT_A_NOUN = String.raw`(?<!\b(?:of|the|a|an|his|her|its|their)\s+)`;

/**
 * "What did X say…", "Did X claim…", "How has X responded…": X between the auxiliary and the verb
 * (group 1), the verb after it (group 2).
 */
const SPEAKER_BEFORE_VERB = new RegExp(
  String.raw`\b(?:did|does|do|has|have|had|will|would)\s+${SPEAKER}\s+(?:\p{L}+ly\s+)?${NOT_A_NOUN}((?:${SPEECH_VERB}|said|told|wrote|replied|denied)(?:s|d|ed)?)\b(?!['’]s\b)`,
  'giu',
);

/**
 * Where a question names a speaker, whether an owner inside the phrase speaks ("Issoufou's reply"),
 * and whether it names only the source that reports the words ("According to CNN, …").
 */
const SPEAKER_PATTERNS: readonly {
  readonly pattern: RegExp;
  readonly ownerSpeaks: boolean;
  readonly source?: true;
}[] = [
  { pattern: SPEAKER_BEFORE_VERB, ownerSpeaks: false },
  // "…, according to X" / "According to X, …": X up to a comma or the end.
  {
    pattern: new RegExp(String.raw`\baccording to\s+${SPEAKER}\s*(?:[,?!.;:]|$)`, 'giu'),
    ownerSpeaks: false,
    source: true,
  },
  // "What was X's reply…": the reply asked for, not one answered ("How did Issoufou respond to
  // _Blinken's_ message?").
  {
    pattern: new RegExp(
      String.raw`\b(?:what|how)\s+(?:is|was|were|are)\s+${SPEAKER}['’]s\s+(?:${SPEECH_NOUN})\b`,
      'giu',
    ),
    ownerSpeaks: true,
  },
  // "What is X's stance on…", "X's position towards…?": where X stands is in X's words.
  {
    pattern: new RegExp(
      String.raw`(?:^\s*(?!(?:what|how|who|which)\b)|\b(?:what|how)\s+(?:is|was|were|are)\s+)${SPEAKER}['’]s?\s+(?:${STANCE_NOUN})\s+(?:${STANCE_TOPIC})\b`,
      'giu',
    ),
    ownerSpeaks: true,
  },
  // "What reasons did X give…", "What explanation did X offer…": reasons given are words said.
  {
    pattern: new RegExp(
      String.raw`\bwhat\s+(?:[\p{L}-]+\s+)?(?:${GIVEN_NOUN})\s+(?:did|does|do|has|have|had)\s+${SPEAKER}\s+(?:give|gave|given|offer|offered|provide|provided|cite|cited|put forward|make|made|issue|issued|level|levelled|leveled|voice|voiced|express|expressed|convey|conveyed|deliver|delivered|raise|raised|send|sent)\b`,
      'giu',
    ),
    ownerSpeaks: false,
  },
];

/** An owner before what it owns ("_Blinken's_ office"): the office speaks, not Blinken. */
const OWNER = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}.-]+['’]s\s+(?=\S)/gu;

/**
 * Where a speaker phrase ends: at a preposition or a participle, after which come other people
 * ("the detention _of Bazoum_", "those _detaining_ Bazoum", "the statement _on_ Bazoum"). Its head
 * stays: "the Secretary of State" is "the Secretary".
 */
const PHRASE_END =
  /\s+(?:(?:of|on|about|against|to|for|by|from|with|in|at|over|into|after|before|during|behind|toward|towards|regarding|concerning)\b|\p{Ll}+ing\b)/u;

/** Whose words a question asks for, and through whom they must have come. */
export interface AskedSpeakers {
  /**
   * The actors (ids) the question asks to be the speaker of its answer. Empty when it asks no one's
   * words, or names only a government as the speaker. A source the question cites ("According to
   * CNN, …") is the speaker only when it names no other.
   */
  readonly speakers: ReadonlySet<string>;
  /**
   * The source it cites for someone else's words ("_According to CNN_, what did the secretary of
   * state say…"): the words asked for must come through it. Empty when it cites none, or cites
   * only the one whose words it asks.
   */
  readonly reporters: ReadonlySet<string>;
}

/** Whose words a question asks for, given which actors each question term names. */
export function askedSpeakersOf(
  library: Library,
  questionText: string,
  actorsOfTerm: ReadonlyMap<string, ReadonlySet<string>>,
): AskedSpeakers {
  const named = speakersNamedBy(library, questionText, actorsOfTerm, false);
  const cited = speakersNamedBy(library, questionText, actorsOfTerm, true);
  return named.size > 0 ? { speakers: named, reporters: cited } : { speakers: cited, reporters: new Set() };
}

function speakersNamedBy(
  library: Library,
  questionText: string,
  actorsOfTerm: ReadonlyMap<string, ReadonlySet<string>>,
  asSource: boolean,
): Set<string> {
  const speakers = new Set<string>();
  const byId = actorByIdOf(library);
  for (const { pattern, ownerSpeaks, source } of SPEAKER_PATTERNS) {
    if ((source === true) !== asSource) continue;
    for (const match of questionText.matchAll(pattern)) {
      const phrase = (match[1] ?? '').split(PHRASE_END)[0] ?? '';
      for (const token of tokensOf(ownerSpeaks ? phrase : phrase.replace(OWNER, ''))) {
        const term = termOf(token);
        for (const actorId of term === null ? [] : (actorsOfTerm.get(term) ?? [])) {
          if (SELF_STANDING_KINDS.has(byId.get(actorId)?.kind)) speakers.add(actorId);
        }
      }
    }
  }
  return speakers;
}

/**
 * The speech verbs a question puts after the speaker it names ("Did the general _cite_…"), in
 * lower case: verbs there, though a tagger may read one as a noun ("the general cite").
 */
export function speechVerbsAfterSpeakerOf(questionText: string): ReadonlySet<string> {
  return new Set(
    [...questionText.matchAll(SPEAKER_BEFORE_VERB)].map((match) => (match[2] ?? '').toLowerCase()),
  );
}

/**
 * The sentences a source reports: those credited to it, and those right after one of them that the
 * asked speakers go on saying (`spoken`: "Tiani said …, CNN reported." then "Niger's former
 * government, he said, …": the report goes on).
 */
export function sentencesReportedBy(
  library: Library,
  reporters: ReadonlySet<string>,
  spoken: ReadonlySet<number>,
): ReadonlySet<number> {
  const reported = new Set(sentencesSpokenBy(library, reporters));
  for (const id of [...reported].sort((a, b) => a - b)) {
    const articleId = library.sentences[id]?.articleId;
    for (let next = id + 1; spoken.has(next) && library.sentences[next]?.articleId === articleId; next += 1)
      reported.add(next);
  }
  return reported;
}

/** The sentences any of the asked speakers says: credited with them, or the subject of their speech verb. */
export function sentencesSpokenBy(library: Library, speakers: ReadonlySet<string>): ReadonlySet<number> {
  const byId = actorByIdOf(library);
  return new Set(
    [...speakers].flatMap((actorId) => {
      const actor = byId.get(actorId);
      return actor ? [...actor.said, ...actor.speaks] : [];
    }),
  );
}
