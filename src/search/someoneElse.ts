import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import type { Actor, Mention } from '../actors';
import { noun as nounLemma } from 'wink-lemmatizer';
import { countryNamed, isPlace } from '../actors/places';
import { ACTOR_KIND_NOUNS } from '../actors/lexicon';
import { actorByIdOf } from './actorTerms';
import { actorReferencesIn } from '../actors';
import type { AnalysedQuestion } from './question';
import { clauseSpansOf, clauseSpansWith, type ClauseSpan } from './clauses';
import { perSentence } from './perSentence';
import { nounsOf } from './sentenceNouns';

/** What a "who" question leaves out of its answer, worked out once per question. */
export interface AskedForSomeone {
  /** Whom the question refers to by name or title, as actor ids of every article. */
  readonly namedActors: ReadonlySet<string>;
  /** The lemmas of the question's words: a person noun it uses ("leaders") is its own. */
  readonly questionLemmas: ReadonlySet<string>;
  /**
   * Whether whoever a passage is credited to may be the one asked for: asked who said something,
   * yes; asked who negotiates, "…, the State Department said" names no negotiator.
   */
  readonly sourcesCount: boolean;
  /**
   * The terms of the asked verb: whoever does it is named in a clause saying it (see
   * `clauseSpansWith`), or null to look in the whole sentence.
   */
  readonly doingTerms: ReadonlySet<string> | null;
  /**
   * Whether only a person may be the one asked for: "Which army _commander_ signed…?" is not
   * answered by "the army command said…", a body.
   */
  readonly personOnly: boolean;
  /**
   * The kind of person a "which" question asks for ("Which _lender_…"), or null: a passage calling
   * someone so names one of it ("Barclays, the club's main _lender_"), whether or not the actors
   * know the name.
   */
  readonly kindAsked: string | null;
}

/**
 * Whether a sentence names or mentions someone other than those a "who" question names: an actor
 * (not a country as where something happens, nor, unless saying is asked, the source it is
 * credited to), or a word used as a noun of people or of a kind of actor outside the actors'
 * mentions ("world _leaders_", "_members_ of his guard", "the civilian-led _government_"). "Who was negotiating on Bazoum's behalf?" is not answered by
 * "…Bazoum remains in detention and negotiations … were at an impasse": nobody there could be
 * the one asked for.
 */
export function namesSomeoneNotAsked(library: Library, sentence: Sentence, asked: AskedForSomeone): boolean {
  const within =
    asked.doingTerms === null ? null : clauseSpansWith(clausesOf(library, sentence.id), asked.doingTerms);
  const inside = (from: number, to: number): boolean =>
    within === null || within.some((span) => span.start <= from && to <= span.end);
  const offset = sentence.start;
  const mentioned: { start: number; end: number }[] = [];
  for (const actorId of library.actorsBySentence[sentence.id] ?? []) {
    const actor = actorByIdOf(library).get(actorId);
    if (!actor) continue;
    for (const mention of actor.mentions) {
      if (mention.sentenceId !== sentence.id) continue;
      const at = { start: mention.start - offset, end: mention.end - offset };
      mentioned.push(at);
      if (
        inside(at.start, at.end) &&
        !asked.namedActors.has(actorId) &&
        (!asked.personOnly || actor.kind === 'person') &&
        (asked.sourcesCount || !isSource(actor, mention, sentence)) &&
        !isPlaceWhere(actor, mention, sentence.text.slice(0, at.start))
      ) {
        return true;
      }
    }
  }
  // Without WordNet's person nouns nobody can be told apart: give the benefit of the doubt.
  if (library.personNouns === null) return true;
  const isKindAsked = (lemma: string): boolean => asked.kindAsked !== null && lemma === asked.kindAsked;
  if (
    !(library.wordsBySentence[sentence.id] ?? []).some(
      (word) => namesSomeone(library, nounLemma(word)) || isKindAsked(nounLemma(word)),
    )
  ) {
    return false;
  }
  return nounsOf(library, sentence.id).some(
    (noun) =>
      (isKindAsked(noun.lemma) && inside(noun.start, noun.end)) ||
      (noun.pos !== 'PROPN' &&
        (asked.personOnly
          ? (library.personNouns?.has(noun.lemma) ?? false)
          : namesSomeone(library, noun.lemma)) &&
        !asked.questionLemmas.has(noun.lemma) &&
        inside(noun.start, noun.end) &&
        !mentioned.some((span) => span.start <= noun.start && noun.end <= span.end)),
  );
}

/**
 * Whom a question refers to by name or title, as actor ids: not by a word describing a noun
 * ("foreign _military_ intervention" is no army), nor by the title a "Who is the…" question asks
 * about ("Who is _the general_ who declared himself…?" asks who he is), nor by the kind a "which"
 * question asks for ("Which army _general_…?").
 */
export function actorsReferredToIn(library: Library, question: AnalysedQuestion): string[] {
  const tokens = question.tagged;
  const references = actorReferencesIn(library.actors, question.text);
  // "Who is the…", and "What is the name of the…", which asks who they are by another road.
  const opening =
    /^\W*(?:who(?:'s|’s|\s+(?:is|was|are|were))|what(?:'s|’s|\s+(?:is|was))\s+the\s+(?:(?:full|first|last)\s+)?name\s+of)\s+(?:the|a|an)\s/i.exec(
      question.text,
    );
  // "Which army _general_ proclaimed himself…": the noun of the kind asked ends what is asked for.
  const askedKind = /^\W*(?:which|what)\s/i.test(question.text)
    ? tokens.find(
        (token) => token.pos === 'NOUN' && nounLemma(token.text.toLowerCase()) === question.askedCategory,
      )
    : undefined;
  // (A name may end inside the noun's token: "general" in "generals".)
  const endsAskedKind = (end: number): boolean =>
    askedKind !== undefined && askedKind.start < end && end <= askedKind.end;
  // Whoever the opening title refers to is asked for, however else the question describes them.
  const asked = new Set(
    references
      .filter((reference) => reference.start === opening?.[0].length || endsAskedKind(reference.end))
      .map((reference) => reference.actorId),
  );
  return references.flatMap((reference) => {
    const last = tokens.findIndex((token) => token.start < reference.end && reference.end <= token.end);
    const describes = tokens[last]?.pos === 'ADJ' && tokens[last + 1]?.pos === 'NOUN';
    // "…declared themselves _leader_": what someone is called, not whom the question refers to.
    const first = tokens.findIndex((token) => token.start <= reference.start && reference.start < token.end);
    const predicated = PREDICATE_BEFORE.test(tokens[first - 1]?.text ?? '');
    return describes || predicated || asked.has(reference.actorId) ? [] : [reference.actorId];
  });
}

/** Words after which a title is what someone is called or made: "declared _himself_ leader", "named _as_ head". */
const PREDICATE_BEFORE = /^(?:himself|herself|themselves|itself|as)$/i;

/**
 * Whom a question refers to, as the ids of every article's actor of that name:
 * each article has its own ("the junta" of one is not another's actor).
 */
export function actorsOfTheSameName(library: Library, actorIds: Iterable<string>): Set<string> {
  const names = new Set([...actorIds].flatMap((id) => actorByIdOf(library).get(id)?.name ?? []));
  return new Set(library.actors.actors.filter((actor) => names.has(actor.name)).map((actor) => actor.id));
}

/**
 * Whether a mention is of the source a sentence is credited to, or of a speech act standing for
 * its speaker ("_the statement_ added", "_The announcement_ came…").
 */
function isSource(actor: Actor, mention: Mention, sentence: Sentence): boolean {
  const credit = sentence.attribution;
  return (
    mention.rule === 'statement-owner' ||
    mention.rule === 'announcer' ||
    (credit?.via === 'trailing' && (credit.source === mention.text || credit.source === actor.name))
  );
}

/** A country or place after one of these is where something happens ("order _in Niger_", "aid _to Niger_"). */
const PLACE_BEFORE = /\b(?:in|across|throughout|within|inside|to|of)\s+(?:the\s+)?$/i;

function isPlaceWhere(actor: Actor, mention: Mention, before: string): boolean {
  return (
    (countryNamed(mention.text) !== undefined || isPlace(mention.text) || isPlace(actor.name)) &&
    PLACE_BEFORE.test(before)
  );
}

const clausesOf = perSentence((library, id): readonly ClauseSpan[] =>
  clauseSpansOf(library.sentences[id]?.text ?? ''),
);

/** Whether a noun's lemma names people or a kind of actor. */
function namesSomeone(library: Library, lemma: string): boolean {
  return (library.personNouns?.has(lemma) ?? false) || ACTOR_KIND_NOUNS.has(lemma);
}
