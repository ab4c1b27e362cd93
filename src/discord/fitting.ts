import type { APIEmbed } from 'discord.js';

/**
 * Discord's documented size limits (characters). Lengths here are measured in UTF-16 code units,
 * which is never less than Discord's count, so anything that fits here fits there.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title + description + field names and values + footer + author, over all embeds of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Appended where text was cut, so a reader sees that something is missing. */
export const CUT_MARKER = ' […]';

/** A sentence ends after . ! ? (and any closing quotes or brackets) followed by whitespace. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

/**
 * `text` if it is at most `max` long; else the longest prefix ending at a sentence boundary that fits
 * with `marker` after it, else the longest ending at a word boundary, else (one word longer than
 * `max`) a cut between characters. The result is never longer than `max`.
 */
export function cutAtSentence(text: string, max: number, marker: string = CUT_MARKER): string {
  if (text.length <= max) return text;
  const room = max - marker.length;
  if (room <= 0) return marker.trim().length <= max ? marker.trim() : '';
  let sentenceCut = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > room) break;
    sentenceCut = end;
  }
  if (sentenceCut > 0) return text.slice(0, sentenceCut) + marker;
  return cutAtWord(text, max, marker);
}

/**
 * `text` if it fits; else the longest prefix ending at a word boundary that fits with `marker`, else
 * (a single word longer than `max`) a cut that does not split a surrogate pair.
 */
export function cutAtWord(text: string, max: number, marker: string = '…'): string {
  if (text.length <= max) return text;
  const room = max - marker.length;
  if (room <= 0) return marker.trim().length <= max ? marker.trim() : '';
  const head = text.slice(0, room + 1);
  const lastSpace = head.search(/\s\S*$/);
  if (lastSpace > 0) return text.slice(0, lastSpace).trimEnd() + marker;
  // The first word does not fit: cut inside it only if it could never fit whole (a huge URL).
  const firstWord = /^\S*/.exec(text)?.[0] ?? '';
  if (firstWord.length <= max) return marker.trim().length <= max ? marker.trim() : '';
  return safeSlice(text, room) + marker;
}

/** The first `length` code units, one fewer if that would split a surrogate pair. */
function safeSlice(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/**
 * The rendering of `text`, or of its longest cut that fits in `max`, for text that grows when
 * rendered (markdown escapes, a quote prefix, a source line). `render` gets the (cut) text and the
 * marker to show after it ('' when nothing was cut), so the marker itself is never escaped. Null
 * when not even an empty cut fits.
 */
export function fitRendered(
  text: string,
  max: number,
  render: (text: string, marker: string) => string,
  marker: string = CUT_MARKER,
): string | null {
  const whole = render(text, '');
  if (whole.length <= max) return whole;
  let budget = text.length;
  for (;;) {
    const cut = cutAtSentence(text, budget, '').trimEnd();
    const rendered = render(cut, marker);
    if (rendered.length <= max) return rendered;
    if (budget <= 0) return null;
    // Shrink by at least the overflow: escapes make rendering grow at least as fast as its text.
    budget = Math.max(0, Math.min(budget, cut.length) - Math.max(1, rendered.length - max));
  }
}

export interface FittedBlocks {
  readonly text: string;
  /** How many blocks are in `text`. */
  readonly shown: number;
  /** How many did not fit (counted in the `overflow` line when there is one). */
  readonly omitted: number;
}

/**
 * Joins whole blocks with `separator` while they fit in `max`; when some do not, ends with
 * `overflow(omitted)` (itself kept within `max`). A block is never split here: cut it beforehand.
 */
export function fitBlocks(
  blocks: readonly string[],
  max: number,
  separator: string,
  overflow: (omitted: number) => string,
): FittedBlocks {
  const all = blocks.join(separator);
  if (all.length <= max) return { text: all, shown: blocks.length, omitted: 0 };
  for (let shown = blocks.length - 1; shown >= 0; shown--) {
    const kept = blocks.slice(0, shown);
    const note = overflow(blocks.length - shown);
    const text = [...kept, note].join(separator);
    if (text.length <= max) return { text, shown, omitted: blocks.length - shown };
  }
  return { text: cutAtWord(overflow(blocks.length), max), shown: 0, omitted: blocks.length };
}

/** The characters of one embed that count towards Discord's 6000-per-message total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every Discord limit these embeds break, as readable problems; empty when they are all valid. */
export function embedProblems(embeds: readonly APIEmbed[]): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, limit: number): void => {
    if (length > limit) problems.push(`${what} is ${length} characters (limit ${limit})`);
  };
  over('embed count', embeds.length, DISCORD_LIMITS.embedsPerMessage);
  embeds.forEach((embed, index) => {
    over(`embed ${index} title`, embed.title?.length ?? 0, DISCORD_LIMITS.embedTitle);
    over(`embed ${index} description`, embed.description?.length ?? 0, DISCORD_LIMITS.embedDescription);
    over(`embed ${index} footer`, embed.footer?.text.length ?? 0, DISCORD_LIMITS.footerText);
    over(`embed ${index} author`, embed.author?.name.length ?? 0, DISCORD_LIMITS.authorName);
    over(`embed ${index} field count`, embed.fields?.length ?? 0, DISCORD_LIMITS.embedFields);
    (embed.fields ?? []).forEach((field, at) => {
      over(`embed ${index} field ${at} name`, field.name.length, DISCORD_LIMITS.fieldName);
      over(`embed ${index} field ${at} value`, field.value.length, DISCORD_LIMITS.fieldValue);
    });
  });
  over(
    'embeds total',
    embeds.reduce((sum, embed) => sum + embedLength(embed), 0),
    DISCORD_LIMITS.embedTotal,
  );
  return problems;
}
