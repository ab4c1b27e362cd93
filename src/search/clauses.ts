import type { Library } from '../library';
import { CONTINUATION_EVIDENCE, holdsPlace } from './answerKind';
import { termsOf } from './analysis';
import { isSayingWord } from './focus';
import { TUNING } from './tuning';
import { listedFor } from './wordNetLookup';
import type { WeightedWord } from './weightedWord';

/**
 * Whether a sentence says something goes on in a clause holding one of the question's words, in
 * any form or a firm paraphrase (see `placeClauseTermsOf`): "_Bazoum_ _remains_ in _detention_" for
 * "Is Bazoum still being held?", not a clause that says so of something else.
 */
export function saysGoesOn(text: string, wordsTerms: readonly ReadonlySet<string>[]): boolean {
  return clausesOf(text).some(
    ({ clause, terms }) => CONTINUATION_EVIDENCE.test(clause) && meetsAnyOf(wordsTerms, terms),
  );
}

/** A sentence's clauses (split at `CLAUSE_BREAK`), each with its index terms. */
export function clausesOf(text: string): { clause: string; terms: ReadonlySet<string> }[] {
  return clauseSpansOf(text).map(({ start, end, terms }) => ({ clause: text.slice(start, end), terms }));
}

/** Whether a set of terms meets any of a question's words, each given by the terms that meet it. */
function meetsAnyOf(wordsTerms: readonly ReadonlySet<string>[], terms: ReadonlySet<string>): boolean {
  return wordsTerms.some((meeting) => [...meeting].some((term) => terms.has(term)));
}

/**
 * Where a clause of its own begins: "…in detention _and that_ negotiations…", "…, _which_ it said…",
 * "…spoke to Bazoum and Issoufou_, saying_ the US will…" (what was said, of other things). Not
 * the "but" of "not only in Niger but the wider region", which goes on with the same clause.
 */
const CLAUSE_BREAK =
  /,?\s*\b(?:and that|that|which|who|whom|while|(?<!\bnot only\b[^,;]{0,80})but|whereas)\b\s*|,\s*(?:saying|adding|noting|stressing|warning|insisting|arguing|claiming)\b\s*|;/i;

/** `CLAUSE_BREAK`, every one (for `matchAll`, which copies it: no state is shared between calls). */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/**
 * Whether a sentence names a place in a clause holding one of the question's words that it meets
 * (in any form, a WordNet word or a close neighbour). A sentence meeting none of them passes: what
 * it says of a place is all it says. A place the question names (`asked`, its text) is none it asks.
 */
export function placeInClauseOf(
  text: string,
  sentenceTerms: ReadonlySet<string>,
  wordsTerms: readonly ReadonlySet<string>[],
  asked = '',
): boolean {
  const met = wordsTerms.filter((meeting) => meetsAnyOf([meeting], sentenceTerms));
  if (met.length === 0) return true;
  // A relative clause ("a villa _that_ the guard controls in Zinder") may say where the place of
  // the clause before it is: a clause meeting the words is read with the one relative to it.
  const clauses = clausesOf(text);
  const relative = [...text.matchAll(CLAUSE_BREAKS)].map((found) => /^\W*(?:that|which)\W*$/i.test(found[0]));
  return clauses.some(({ clause, terms }, at) => {
    if (!meetsAnyOf(met, terms)) return false;
    return (
      holdsPlace(clause, asked) || (relative[at] === true && holdsPlace(clauses[at + 1]?.clause ?? '', asked))
    );
  });
}

/** A clause of a sentence: where it stands, its index terms, and whether a relative word opens it. */
export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
  readonly terms: ReadonlySet<string>;
  /** Opened by "that / which / who / whom" joining it to the clause before ("…guard, _who_ detained him"). */
  readonly relative: boolean;
}

/**
 * A text's clauses (split at `CLAUSE_BREAK`) as spans. A "that" after a verb of saying opens what
 * was said ("diplomats said _that_ negotiations…"), not a relative clause.
 */
export function clauseSpansOf(text: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  let relative = false;
  const close = (end: number): void => {
    spans.push({ start, end, terms: new Set(termsOf(text.slice(start, end))), relative });
  };
  for (const found of text.matchAll(CLAUSE_BREAKS)) {
    const at = found.index ?? 0;
    close(at);
    start = at + found[0].length;
    relative =
      /^\W*(?:that|which|who|whom)\W*$/i.test(found[0]) &&
      !(/^\W*that/i.test(found[0]) && endsInSaying(text.slice(0, at)));
  }
  close(text.length);
  return spans;
}

/**
 * Of a text's clauses, the spans of those holding any of `terms`, each with the clause before it
 * when a relative word joins them ("members of his guard, _who_ detained him": the doer is
 * before), or null when no clause holds one.
 */
export function clauseSpansWith(
  clauses: readonly ClauseSpan[],
  terms: ReadonlySet<string>,
): { start: number; end: number }[] | null {
  const holding = clauses.flatMap((clause, at) => {
    if (![...terms].some((term) => clause.terms.has(term))) return [];
    const before = clauses[at - 1];
    return clause.relative && before !== undefined ? [{ start: before.start, end: clause.end }] : [clause];
  });
  return holding.length === 0 ? null : holding;
}

/** Whether a text ends in a verb of saying ("Diplomats _said_"): a "that" after it opens what was said. */
function endsInSaying(text: string): boolean {
  const last = /([\p{L}]+)\W*$/u.exec(text)?.[1];
  return last !== undefined && isSayingWord(last);
}

/** The terms that meet a question's word in a place clause: its own, WordNet's, a rare sense's, a firm neighbour's. */
export function placeClauseTermsOf(library: Library, word: WeightedWord): ReadonlySet<string> {
  return new Set([
    word.term,
    ...word.wordNetTerms,
    ...listedFor(library.rarelyRelated, word).values(),
    ...[...word.alternatives].flatMap(([term, weight]) =>
      weight >= TUNING.similarWeight * TUNING.firmSimilarity ? [term] : [],
    ),
  ]);
}
