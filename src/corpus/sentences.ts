import { sentences as sbdSentences, type Options } from 'sbd';

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
    spans.push(...splitAfterClosers(text, { start: start + at, end: start + sentenceEnd }));
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

function splitAfterClosers(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (const match of text.slice(span.start, span.end).matchAll(END_BESIDE_CLOSER)) {
    const end = span.start + (match.index ?? 0) + match[0].length;
    const next = end + (/^\s*/.exec(text.slice(end, span.end))?.[0].length ?? 0);
    if (next >= span.end) break;
    pieces.push({ start: from, end });
    from = next;
  }
  pieces.push({ start: from, end: span.end });
  return pieces;
}

/** Finds `needle` in `haystack` from `from`, allowing any run of whitespace where the needle has one. */
function locateLoosely(haystack: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(haystack);
  return match ? match.index : -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
