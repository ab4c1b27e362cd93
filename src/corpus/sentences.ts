import { sentences as sbdSentences, type Options } from 'sbd';
import { tokensOf as taggedTokensOf } from '../text/taggedTokens';
import { escapeRegExp } from '../text/escapeRegExp';

/** A span of `text`, by character offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ParagraphSpan extends Span {
  /** The sentences of the paragraph, offsets into the same text. */
  readonly sentences: readonly Span[];
}

// sbd's own abbreviation list (titles, months, Inc., etc.) already covers news text; passing a list would replace it.
const SBD_OPTIONS: Options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: true,
};

/** Markdown that is structure, not prose: headings, rules, fenced code, images. */
const NON_PROSE_LINE = /^\s*(?:#{1,6}\s|[-*_]{3,}\s*$|```|!\[)/;

/** Splits text into paragraphs (separated by blank lines) and sentences, keeping exact offsets. */
export function paragraphsOf(text: string): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  const blockPattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const block of text.matchAll(blockPattern)) {
    const start = block.index ?? 0;
    const lines = block[0];
    if (lines.trim() === '' || NON_PROSE_LINE.test(lines)) continue;
    const sentences = sentencesIn(text, start, start + lines.length);
    if (sentences.length > 0) paragraphs.push({ start, end: start + lines.length, sentences });
  }
  return paragraphs;
}

/**
 * Finds the sentences of text[start, end). sbd decides the boundaries; each sentence it returns is
 * located in the original text so offsets stay exact even where sbd normalises whitespace.
 */
function sentencesIn(text: string, start: number, end: number): Span[] {
  const paragraph = text.slice(start, end);
  const spans: Span[] = [];
  let cursor = 0;
  for (const candidate of sbdSentences(paragraph, SBD_OPTIONS)) {
    const trimmed = candidate.trim();
    if (trimmed === '') continue;
    let at = paragraph.indexOf(trimmed, cursor);
    if (at < 0) at = locateLoosely(paragraph, trimmed, cursor);
    if (at < 0) continue;
    const sentenceEnd = at + trimmed.length;
    spans.push(...splitMissedEnds(text, { start: start + at, end: start + sentenceEnd }));
    cursor = sentenceEnd;
  }
  return mergeFragments(text, spans);
}

/**
 * A sentence end that sbd misses: a full stop beside a closing bracket or quote, often written with
 * a space before it as tokenised text has it ("… and Seinfeld ). I Love Lucy …", "… hit “ SOS ”.
 * Over …"), then a capital. Not "?" or "!": "“Why now?” Tiani asked." is one sentence.
 */
const END_BESIDE_CLOSER = /(?:[)\]"”’]\s?\.|\.\s?[)\]"”’])(?=\s+["“(]?\p{Lu})/gu;

/**
 * Where a caption or heading with no full stop may run into the sentence after it ("North Entrance
 * of Westminster Abbey The Collegiate Church … is …", "WAR DEPARTMENT The War Department …"): before
 * a capitalised word that opens sentences but rarely starts a name. "His" and "One" are left out
 * ("His Majesty", "Formula One"); after a capitalised word only "The" counts, since the others
 * end names there ("Series A", "Men In Black").
 */
const OPENER_AFTER_WORD =
  /(?<=([\p{L}\p{N}][\p{L}\p{N}'’.-]*))(?=\s+(The|A|An|In|It|Its|This|These|There|He|She|They|Their|During|After|On|At|Since|When|While|Although|However|According)\s)/gu;
/** A piece ending in one of these continues after it: "the treaty between ‖ The …". */
const CONTINUES =
  /\b(?:of|in|on|at|to|for|with|by|from|and|or|but|nor|if|the|a|an|between|into|than|as|that)$|['’]s?$/i;
/** Captions and headings are short; a longer piece is a sentence still going (and tagging it would cost). */
const MAX_CAPTION_WORDS = 12;

/** Splits one of sbd's sentences where it missed an end (see the two patterns above). */
function splitMissedEnds(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const ends = [
    ...[...slice.matchAll(END_BESIDE_CLOSER)].map((match) => ({
      at: span.start + (match.index ?? 0) + match[0].length,
      caption: false,
    })),
    ...[...slice.matchAll(OPENER_AFTER_WORD)]
      .filter(([, before = '', opener]) => opener === 'The' || !/^\p{Lu}/u.test(before))
      .map((match) => ({ at: span.start + (match.index ?? 0), caption: true })),
  ].sort((a, b) => a.at - b.at);
  const pieces: Span[] = [];
  let from = span.start;
  for (const { at, caption } of ends) {
    if (caption && !isCaption(text.slice(from, at))) continue;
    const next = at + (/^\s*/.exec(text.slice(at, span.end))?.[0].length ?? 0);
    if (next >= span.end) break;
    pieces.push({ start: from, end: at });
    from = next;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}

/**
 * A caption or heading: two to `MAX_CAPTION_WORDS` words, not ending in a word that continues
 * ("of", "and", a possessive), and without a verb. Tagging runs only here, on a short piece at a
 * rare candidate, never on every sentence.
 */
function isCaption(piece: string): boolean {
  const trimmed = piece.trim();
  // A cheap bound first (no caption averages 20 characters a word), then the words, then tagging.
  if (trimmed.length > MAX_CAPTION_WORDS * 20) return false;
  const words = trimmed.split(/\s+/).length;
  return (
    words >= 2 &&
    words <= MAX_CAPTION_WORDS &&
    !CONTINUES.test(trimmed) &&
    !taggedTokensOf(trimmed).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  );
}

/** Finds `needle` in `haystack` from `from`, allowing any run of whitespace where the needle has one. */
function locateLoosely(haystack: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(haystack);
  return match ? match.index : -1;
}

/**
 * Joins pieces that cannot stand as sentences: a closing quote or bracket left alone, or a piece
 * that starts in lower case after an abbreviation sbd did not know ("… at 5 p.m. local time").
 */
function mergeFragments(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    const previous = merged[merged.length - 1];
    if (previous && (/^[”"’')\]]+\W*$/.test(piece) || /^[a-z]/.test(piece))) {
      merged[merged.length - 1] = { start: previous.start, end: span.end };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
