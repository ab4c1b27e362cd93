import type { Library } from '../library';
import { termsOf } from './analysis';
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
  const spans = mentionsIn(library, sentenceId).filter(
    (mention) => (mention.kind === 'name' || mention.kind === 'title') && /^\p{Lu}/u.test(mention.text),
  );
  let terms: ReadonlySet<string> = NONE;
  if (sentence && spans.length > 0) {
    const outside: string[] = [];
    const inside: string[] = [];
    let at = sentence.start;
    // Overlapping names ("US Secretary of State Antony Blinken", "Secretary of State") are one.
    for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (span.end <= at) continue;
      const from = Math.max(at, span.start);
      outside.push(sentence.text.slice(at - sentence.start, from - sentence.start));
      inside.push(sentence.text.slice(from - sentence.start, span.end - sentence.start));
      at = span.end;
    }
    outside.push(sentence.text.slice(at - sentence.start));
    const elsewhere = new Set(termsOf(outside.join(' ')));
    terms = new Set(termsOf(inside.join(' ')).filter((term) => !elsewhere.has(term)));
  }
  memo.set(sentenceId, terms);
  return terms;
}

const NONE: ReadonlySet<string> = new Set();

const NAME_ONLY = new WeakMap<Library, Map<number, ReadonlySet<string>>>();
