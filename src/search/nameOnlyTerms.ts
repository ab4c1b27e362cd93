import type { Sentence } from '../corpus/types';
import { termOf, tokenSpansOf } from './analysis';
import { mentionsIn } from './actorTerms';
import { perSentence } from './perSentence';

/**
 * The terms a sentence has only inside the names it gives ("state" in "US _State_ Department said…",
 * "states" in "the _United States_ will…"). Names are the actor table's mentions by name or by a
 * title written with a capital.
 */
export const nameOnlyTermsOf = perSentence((library, sentenceId): ReadonlySet<string> => {
  const sentence = library.sentences[sentenceId];
  const names = mentionsIn(library, sentenceId).filter(
    (mention) => (mention.kind === 'name' || mention.kind === 'title') && /^\p{Lu}/u.test(mention.text),
  );
  return sentence && names.length > 0 ? termsOnlyWithin(sentence, names) : NONE;
});

/**
 * The terms a sentence has only as the end of hyphenated compounds, which describe a noun
 * ("led" in "the _civilian-led_ government"): no verb of a question is met by them.
 */
export const compoundEndOnlyTermsOf = perSentence((library, sentenceId): ReadonlySet<string> => {
  const sentence = library.sentences[sentenceId];
  if (!sentence) return NONE;
  const ends = tokenSpansOf(sentence.text)
    .filter(({ start }) => sentence.text[start - 1] === '-' && /\p{L}/u.test(sentence.text[start - 2] ?? ''))
    .map(({ token, start }) => ({
      start: sentence.start + start,
      end: sentence.start + start + token.length,
    }));
  return ends.length > 0 ? termsOnlyWithin(sentence, ends) : NONE;
});

/** The terms a sentence says inside these spans and nowhere outside them. */
function termsOnlyWithin(
  sentence: Sentence,
  spans: readonly { readonly start: number; readonly end: number }[],
): ReadonlySet<string> {
  const { inside, outside } = termsInAndOutside(sentence, spans);
  return new Set([...inside].filter((term) => !outside.has(term)));
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
