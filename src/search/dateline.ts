import type { Sentence } from '../corpus/types';

/**
 * A news article's dateline: the place it was filed from, written before a colon or a dash at the
 * start of its first sentence ("Washington: …", "NIAMEY, Niger — …", "LONDON (Reuters) - …").
 * A question about where the story was filed is answered by it, though no word of the question
 * ("datelined", "filed") is in the article.
 */
const DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3}(?: \([^()]{1,40}\))?(?::| [—–-]) /u;

/** Whether a sentence is the opening of its article and starts with a dateline. */
export function opensWithDateline(sentence: Sentence): boolean {
  return sentence.sentence === 1 && DATELINE.test(sentence.text);
}

const STORY = String.raw`(?:story|article|report|piece|dispatch|news)`;
const ASKS_DATELINE = new RegExp(
  [
    String.raw`\bdatelin(?:e|ed)\b`,
    String.raw`\bwhere\b[^?]*\b${STORY}\b[^?]*\b(?:filed|written)\b`,
    String.raw`\bwhere (?:is|was|does|did) (?:the|this) ${STORY} (?:come )?from\b`,
  ].join('|'),
  'iu',
);

/** Whether a question asks where its story was filed from: "From which city is the report datelined?" */
export function asksForDateline(question: string): boolean {
  return ASKS_DATELINE.test(question);
}
