/**
 * No English word is longer. A longer token (a pasted hash, blob or link) is neither stemmed nor
 * tagged: the stemmer's and wink's time on one grows faster than its length.
 */
export const LONGEST_WORD = 40;
