import type { Sentence } from '../corpus/types';
import { countryNamed, isPlace } from '../actors/places';

/**
 * A news article's dateline: the place it was filed from, at the start of its first sentence
 * before a colon or a dash, perhaps with a country, a date and an agency ("Washington: …",
 * "NIAMEY, Niger — …", "NIAMEY, July 28 (Reuters) - …"). A question about where the story was
 * filed is answered by it, though no word of the question ("datelined", "filed") is in the article.
 */
const DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})` +
    String.raw`(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?` +
    String.raw`(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)?` +
    String.raw`(?<agency> \([^()]{1,40}\))?` +
    // A colon, or a dash before a new sentence: "Bazoum — who was elected…" is no dateline.
    String.raw`(?::|\s[—–-])\s+(?=[\p{Lu}"“'‘\d])`,
  'u',
);

/**
 * An opening the way a dateline is written that is not one: a label ("Exclusive:", "Analysis:"),
 * a byline ("By Jane Doe:").
 */
const KICKERS = new Set([
  'exclusive',
  'analysis',
  'update',
  'updated',
  'breaking',
  'opinion',
  'editorial',
  'comment',
  'explainer',
  'factbox',
  'timeline',
  'review',
  'interview',
  'correction',
  'live',
  'watch',
  'note',
  'summary',
]);

/**
 * Whether a sentence is the opening of its article and starts with a dateline: a place written in
 * capitals as wires do ("NIAMEY"), or one known as a place ("Washington", "Niger"), or any place
 * followed by an agency in brackets.
 */
export function opensWithDateline(sentence: Sentence): boolean {
  return datelineOf(sentence) !== null;
}

/** The dateline a sentence opens with ("Washington: "), or null (see `opensWithDateline`). */
export function datelineOf(sentence: Sentence): string | null {
  if (sentence.sentence !== 1) return null;
  const match = DATELINE.exec(sentence.text);
  const place = match?.groups?.place;
  if (!match || place === undefined) return null;
  const words = place.toLowerCase().split(' ');
  if (words[0] === 'by' || words.some((word) => KICKERS.has(word))) return null;
  return place === place.toUpperCase() ||
    isPlace(place) ||
    countryNamed(place) !== undefined ||
    match.groups?.agency !== undefined
    ? match[0]
    : null;
}

/**
 * The story itself: "the article", "this news story", "the news". Not the news of something ("the
 * news _of the coup_"), which is what happened, not the story telling it.
 */
const STORY = String.raw`(?:(?:news\s+)?(?:story|article|report|piece|dispatch|item)|news(?!\s+(?:of|about|on|that)\b))`;
/** Verbs of a story's being filed from somewhere. */
const FILED = String.raw`(?:filed|written|reported)`;
const ASKS_DATELINE = new RegExp(
  [
    String.raw`\bdatelin(?:e|es|ed)\b`,
    String.raw`\bwhere\s+(?:is|was)\s+(?:the|this|that)\s+${STORY}\s+from\b`,
  ].join('|'),
  'iu',
);

/**
 * "Where was the article filed (from)?", "Name the city the report was written in": the story filed
 * or written, perhaps with what it is about between ("was the report _on the calls_ filed", words
 * of no other clause). Only asked for a place (`ASKS_PLACE`): "Who was the article written by?"
 * asks something else. Not at the time of writing ("How long had Bazoum been detained _when the
 * article was written_?", "Where was Bazoum held at the time the story was filed?"), nor when it
 * was written.
 */
const STORY_WRITTEN = new RegExp(
  [
    String.raw`\b${STORY}\s+(?:was\s+|is\s+|been\s+)?${FILED}\b`,
    String.raw`\b(?:was|is)\s+(?:the|this|that)\s+${STORY}(?:\s+(?!(?:what|whether|that|who|whom|which|when|while|before|after|if|because|since|until)\b)[\p{L}'’-]+){1,10}?\s+${FILED}\b`,
  ].join('|'),
  'iu',
);
/**
 * A question asking for a place: "where", "in / from which…", "which city / country…", or
 * naming one ("Was the article written in Washington?").
 */
const ASKS_PLACE =
  /\bwhere\b|\b(?:in|from)\s+(?:which|what)\b|\b(?:city|town|place|location|capital|country|nation)\b/iu;
const NAMES_PLACE = new RegExp(String.raw`\b${FILED}\s+(?:in|from)\s+\p{Lu}`, 'u');
/** "Who was the article written by?" asks who wrote it, whatever else it says. */
const ASKS_WRITER = /\bby\s*\?*\s*$/iu;
const AT_TIME_OF_WRITING = new RegExp(
  String.raw`\b(?:when|while|at the time|by the time|before|after|since|until|as of)\s+(?:the|this|that)\s+${STORY}\s+(?:was\s+|is\s+|had been\s+|been\s+)?${FILED}\b|^\s*(?:when|how long|how many|how much)\b`,
  'iu',
);

/**
 * Who put the story out, asked with the dateline only to say which story ("Which _newspaper_ or
 * website published this article datelined Washington?"): a publisher or a writer, not a place.
 */
const ASKS_PUBLISHER =
  /\b(?:(?:which|what)\s+(?:[\p{L}-]+\s+)?(?:newspapers?|papers?|websites?|sites?|outlets?|publications?|publishers?|authors?|writers?|reporters?|journalists?)|who\s+(?:wrote|published|writes|publishes))\b/iu;

/** Whether a question asks where its story was filed from: "From which city is the report datelined?" */
export function asksForDateline(question: string): boolean {
  if (ASKS_PUBLISHER.test(question) && !/\bwhere\b|\b(?:city|town|place|location)\b/iu.test(question))
    return false;
  return (
    ASKS_DATELINE.test(question) ||
    (STORY_WRITTEN.test(question) &&
      (ASKS_PLACE.test(question) || NAMES_PLACE.test(question)) &&
      !ASKS_WRITER.test(question) &&
      !AT_TIME_OF_WRITING.test(question))
  );
}
