/**
 * English function words dropped at index and query time (the same `processTerm` runs on both).
 * Dropping them keeps OR queries fast and stops "the"/"of" from deciding a ranking. Question words
 * are here too; the question's type is read from the raw question before this runs.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are aren as at be because been before being below ' +
    'between both but by can cannot could couldn did didn do does doesn doing don down during each few for from ' +
    'further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is ' +
    'isn it its itself just let me more most mustn my myself no nor not of off on once only or other ought our ' +
    'ours ourselves out over own same shan she should shouldn so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was wasn we were weren what ' +
    'when where which while who whom whose why will with won would wouldn you your yours yourself yourselves ' +
    's t d ll m re ve also yet ever may might must shall us does doesn tell say says said name named called ' +
    'many much one ones get got per ' +
    // "whether" asks as "what" does; "Mr." and "Mrs." are titles, no word of what is asked.
    'whether mr mrs ms ' +
    // "non" only negates the word after it ("non-security"; see `setAside`).
    'non ' +
    // Chat for yes and no: "still locked up or _nah_", "wavering now, _yeah_?".
    'nah naw nope yeah yep yup ' +
    // Prepositions that say where only loosely: "leaders _around_ the world" are the world's leaders.
    'around across among amongst amid amidst throughout upon onto toward towards via within'
  ).split(/\s+/),
);
