/**
 * Links that open an article scrolled to, and highlighting, one exact sentence: a URL text fragment
 * (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/).
 */

/** Sentences longer than this are linked as a `start,end` range so the URL stays short. */
const WHOLE_SENTENCE_MAX = 100;
/** Words quoted at each end of a range. */
const RANGE_WORDS = 4;

/**
 * Percent-encodes one text directive term. Beyond `encodeURIComponent`, the spec requires `-`, `,` and
 * `&` (directive syntax) to be encoded; `!'()*~` are encoded too so the URL is safe inside a markdown link.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(
    /[-!'()*~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The `text=` directive value for a sentence: the whole sentence, or its first and last words. */
export function textDirective(sentence: string): string {
  const normalised = sentence.replace(/\s+/g, ' ').trim();
  const words = normalised.split(' ');
  if (normalised.length <= WHOLE_SENTENCE_MAX || words.length <= 2 * RANGE_WORDS) {
    return encodeFragmentText(normalised);
  }
  const start = words.slice(0, RANGE_WORDS).join(' ');
  const end = words.slice(-RANGE_WORDS).join(' ');
  return `${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/**
 * `url` as the target of a markdown link: null unless it is an http(s) URL; characters that would end
 * the link (`(`, `)`, `<`, `>`, whitespace) percent-encoded.
 */
export function linkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(
    /[()<>\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * `url` with a text fragment pointing at `sentence`, or null when `url` is not an http(s) URL. An
 * existing fragment is kept (`#frag:~:text=…` is valid).
 */
export function linkToSentence(url: string, sentence: string): string | null {
  const base = linkTarget(url);
  if (base === null || sentence.trim() === '') return base;
  const separator = base.includes('#') ? ':~:text=' : '#:~:text=';
  return `${base}${separator}${textDirective(sentence)}`;
}
