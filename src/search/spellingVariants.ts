/**
 * British and American spellings of one word: "favour" / "favor", "characterise" / "characterize",
 * "analyse" / "analyze", "centre" / "center", "defence" / "defense", "travelled" / "traveled". A
 * question typed in one spelling asks about the word an article writes in the other.
 */
const VARIANT_RULES: readonly (readonly [RegExp, string])[] = [
  [/(?<=\p{L}{3})our(?=s?$|ed$|ing$|ite|able|ably|er|ers$)/u, 'or'],
  [/(?<=[^aeiou])or(?=s?$|ed$|ing$|ite|able|ably)/, 'our'],
  [/is(?=e$|es$|ed$|ing$|ation|ations$|er$|ers$)/, 'iz'],
  [/iz(?=e$|es$|ed$|ing$|ation|ations$|er$|ers$)/, 'is'],
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
 * ("major" → "majour"), which a caller keeps where a text it knows uses them.
 */
export function spellingVariantsOf(word: string): string[] {
  return VARIANT_RULES.flatMap(([pattern, replacement]) =>
    pattern.test(word) ? [word.replace(pattern, replacement)] : [],
  ).filter((variant) => variant !== word);
}
