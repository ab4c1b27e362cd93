import type { Library } from '../library';
import { actorByIdOf } from './actorTerms';
import { termOf, tokensOf } from './analysis';

/**
 * Who a question asks to have said something: "What did Bazoum say to Blinken?", "How did Issoufou
 * respond?", "…, according to the general?", "What was Issoufou's reply?". Only people count: a
 * government speaks through others ("What did Washington say?" is answered by its Secretary of State).
 */

/** Verbs of saying, in the base form a question puts after "did" ("What did X _say_…"). */
const SPEECH_VERB =
  'say|tell|state|respond|reply|answer|claim|add|announce|declare|proclaim|stress|warn|insist|argue|' +
  'comment|remark|explain|note|mention|describe|characteri[sz]e|accuse|urge|ask|underscore|' +
  'emphasi[sz]e|reiterate|reaffirm|restate|express|voice|praise|condemn|critici[sz]e|promise|vow|' +
  'pledge|report|write|cite|blame|admit|deny|confirm|acknowledge|suggest|threaten';

/** Nouns of something said, after a possessive ("Issoufou's _reply_"). */
const SPEECH_NOUN =
  'reply|replies|response|responses|answer|answers|reaction|words|statement|statements|remarks?|' +
  'comments?|explanation|justification|claims?|message|criticism|accusation|speech|address';

/** Up to six words: the speaker a question names, by name or description ("the top US diplomat"). */
const SPEAKER = String.raw`((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+)`;

/** Where a question names a speaker, and whether an owner inside the phrase speaks ("Issoufou's reply"). */
const SPEAKER_PATTERNS: readonly { readonly pattern: RegExp; readonly ownerSpeaks: boolean }[] = [
  // "What did X say…", "Did X claim…", "How has X responded…": X between the auxiliary and the verb.
  {
    pattern: new RegExp(
      String.raw`\b(?:did|does|do|has|have|had|will|would)\s+${SPEAKER}\s+(?:\p{L}+ly\s+)?(?:${SPEECH_VERB}|said|told|wrote|replied|denied)(?:s|d|ed)?\b`,
      'giu',
    ),
    ownerSpeaks: false,
  },
  // "…, according to X" / "According to X, …": X up to a comma or the end.
  {
    pattern: new RegExp(String.raw`\baccording to\s+${SPEAKER}\s*(?:[,?!.;:]|$)`, 'giu'),
    ownerSpeaks: false,
  },
  // "X's reply", "X’s response"
  { pattern: new RegExp(String.raw`${SPEAKER}['’]s\s+(?:${SPEECH_NOUN})\b`, 'giu'), ownerSpeaks: true },
];

/** An owner before what it owns ("_Blinken's_ office"): the office speaks, not Blinken. */
const OWNER = /[\p{L}\p{N}.-]+['’]s\s+(?=\S)/gu;

/**
 * The people (actor ids) the question asks to be the speaker of its answer, given which actors each
 * question term names. Empty when it asks no one's words, or names no person as the speaker.
 */
export function askedSpeakersOf(
  library: Library,
  questionText: string,
  actorsOfTerm: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const speakers = new Set<string>();
  const byId = actorByIdOf(library);
  for (const { pattern, ownerSpeaks } of SPEAKER_PATTERNS) {
    for (const match of questionText.matchAll(pattern)) {
      const phrase = match[1] ?? '';
      for (const token of tokensOf(ownerSpeaks ? phrase : phrase.replace(OWNER, ''))) {
        const term = termOf(token);
        for (const actorId of term === null ? [] : (actorsOfTerm.get(term) ?? [])) {
          if (byId.get(actorId)?.kind === 'person') speakers.add(actorId);
        }
      }
    }
  }
  return speakers;
}

/** Whether any of the asked speakers says the sentence: credited with it, or the subject of its speech verb. */
export function spokenByAny(library: Library, speakers: ReadonlySet<string>, sentenceId: number): boolean {
  const byId = actorByIdOf(library);
  return [...speakers].some((actorId) => {
    const actor = byId.get(actorId);
    return actor !== undefined && (actor.said.includes(sentenceId) || actor.speaks.includes(sentenceId));
  });
}
