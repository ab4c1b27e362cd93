import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { termOf, tokenSpansOf } from './analysis';
import { mentionsIn } from './actorTerms';

/**
 * The terms a sentence has only inside the names it gives ("state" in "US _State_ Department said…",
 * "states" in "the _United States_ will…"). Names are the actor table's mentions by name or by a
 * title written with a capital.
 */
export function nameOnlyTermsOf(library: Library, sentenceId: number): ReadonlySet<string> {
  let memo = NAME_ONLY.get(library);
  if (!memo) NAME_ONLY.set(library, (memo = new Map()));
  const known = memo.get(sentenceId);
  if (known) return known;
  const sentence = library.sentences[sentenceId];
  const names = mentionsIn(library, sentenceId).filter(
    (mention) => (mention.kind === 'name' || mention.kind === 'title') && /^\p{Lu}/u.test(mention.text),
  );
  let terms: ReadonlySet<string> = NONE;
  if (sentence && names.length > 0) {
    const { inside, outside } = termsInAndOutside(sentence, names);
    terms = new Set([...inside].filter((term) => !outside.has(term)));
  }
  memo.set(sentenceId, terms);
  return terms;
}

/**
 * The terms a sentence has only as the end of hyphenated compounds, which describe a noun
 * ("led" in "the _civilian-led_ government"): no verb of a question is met by them.
 */
export function compoundEndOnlyTermsOf(library: Library, sentenceId: number): ReadonlySet<string> {
  let memo = COMPOUND_END_ONLY.get(library);
  if (!memo) COMPOUND_END_ONLY.set(library, (memo = new Map()));
  const known = memo.get(sentenceId);
  if (known) return known;
  const sentence = library.sentences[sentenceId];
  let terms: ReadonlySet<string> = NONE;
  if (sentence) {
    const ends = tokenSpansOf(sentence.text)
      .filter(
        ({ start }) => sentence.text[start - 1] === '-' && /\p{L}/u.test(sentence.text[start - 2] ?? ''),
      )
      .map(({ token, start }) => ({
        start: sentence.start + start,
        end: sentence.start + start + token.length,
      }));
    if (ends.length > 0) {
      const { inside, outside } = termsInAndOutside(sentence, ends);
      terms = new Set([...inside].filter((term) => !outside.has(term)));
    }
  }
  memo.set(sentenceId, terms);
  return terms;
}

/**
 * A sentence's terms said inside these spans (article offsets, such as mentions: overlapping ones
 * count as one) and those said outside all of them.
 */
export function termsInAndOutside(
  sentence: Sentence,
  spans: readonly { readonly start: number; readonly end: number }[],
): { inside: ReadonlySet<string>; outside: ReadonlySet<string> } {
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const { token, start } of tokenSpansOf(sentence.text)) {
    const term = termOf(token);
    if (term === null) continue;
    const at = sentence.start + start;
    (spans.some((span) => span.start <= at && at < span.end) ? inside : outside).add(term);
  }
  return { inside, outside };
}

const NONE: ReadonlySet<string> = new Set();

const NAME_ONLY = new WeakMap<Library, Map<number, ReadonlySet<string>>>();

const COMPOUND_END_ONLY = new WeakMap<Library, Map<number, ReadonlySet<string>>>();
