import { otherSpellingOf } from './wordNetLookup';

/**
 * British and American spellings of one word: "favour" / "favor", "characterise" / "characterize",
 * "analyse" / "analyze", "centre" / "center", "defence" / "defense", "travelled" / "traveled". A
 * question typed in one spelling asks about the word an article writes in the other.
 */
const VARIANT_RULES: readonly (readonly [RegExp, string])[] = [
  [/(?<=\p{L}{3})our(?=s?$|ed$|ing$|ite|able|ably|er|ers$)/u, 'or'],
  [/(?<=[^aeiou])or(?=s?$|ed$|ing$|ite|able|ably)/, 'our'],
  [/yse(?=s?$|d$)/, 'yze'],
  [/yze(?=s?$|d$)/, 'yse'],
  [/tre(?=s?$)/, 'ter'],
  [/ter(?=s?$)/, 'tre'],
  [/ence(?=s?$)/, 'ense'],
  [/ense(?=s?$)/, 'ence'],
  [/ll(?=ed$|ing$|er$|ers$)/, 'l'],
  [/(?<=[^aeiou][aeiou])l(?=ed$|ing$|er$|ers$)/, 'll'],
];

/**
 * The other spellings of a lower-case word, by each rule that applies to it: candidates only
 * ("major" → "majour", "filed" → "filled"), which a caller keeps where a dictionary lists the two
 * as one word.
 */
export function spellingVariantsOf(word: string): string[] {
  return [
    ...VARIANT_RULES.flatMap(([pattern, replacement]) =>
      pattern.test(word) ? [word.replace(pattern, replacement)] : [],
    ),
    ...otherSpellingOf(word),
  ].filter((variant) => variant !== word);
}
