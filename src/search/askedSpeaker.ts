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

const SPEAKER_PATTERNS: readonly RegExp[] = [
  // "What did X say…", "Did X claim…", "How has X responded…": X between the auxiliary and the verb.
  new RegExp(
    String.raw`\b(?:did|does|do|has|have|had|will|would)\s+${SPEAKER}\s+(?:\p{L}+ly\s+)?(?:${SPEECH_VERB}|said|told|wrote|replied|denied)(?:s|d|ed)?\b`,
    'giu',
  ),
  // "…, according to X" / "According to X, …": X up to a comma or the end.
  new RegExp(String.raw`\baccording to\s+${SPEAKER}\s*(?:[,?!.;:]|$)`, 'giu'),
  // "X's reply", "X’s response"
  new RegExp(String.raw`${SPEAKER}['’]s\s+(?:${SPEECH_NOUN})\b`, 'giu'),
];

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
  for (const pattern of SPEAKER_PATTERNS) {
    for (const match of questionText.matchAll(pattern)) {
      // A possessive speaker is the last word before "'s": "Blinken's request" is not Blinken's reply.
      for (const token of tokensOf(match[1] ?? '')) {
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
