import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';

/** The metadata an article may declare in YAML front matter. */
export interface FrontMatter {
  readonly id?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly date?: string;
}

export interface FrontMatterProblem {
  /** 1-based line in the file. */
  readonly line: number;
  readonly reason: string;
}

export interface SplitFile {
  readonly frontMatter: FrontMatter;
  /** The text after the front matter. */
  readonly body: string;
  readonly problems: readonly FrontMatterProblem[];
}

const FENCE = /^---[ \t]*\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/m;
const KNOWN_KEYS = new Set(['id', 'title', 'publisher', 'url', 'date']);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Splits a file (already decoded, newlines normalised to \n) into front matter and body.
 * A file without a leading `---` line has no front matter. Every problem is reported with its line.
 */
export function splitFrontMatter(content: string): SplitFile {
  if (!FENCE.test(content)) return { frontMatter: {}, body: content, problems: [] };
  const afterOpening = content.slice(content.indexOf('\n') + 1);
  const closing = CLOSING_FENCE.exec(afterOpening);
  if (!closing) {
    return { frontMatter: {}, body: '', problems: [{ line: 1, reason: 'front matter opened with --- is never closed' }] };
  }
  const yamlText = afterOpening.slice(0, closing.index);
  const bodyStart = closing.index + closing[0].length;
  const body = afterOpening.slice(bodyStart).replace(/^\n/, '');
  const { frontMatter, problems } = parseFrontMatter(yamlText);
  return { frontMatter, body, problems };
}

function parseFrontMatter(yamlText: string): { frontMatter: FrontMatter; problems: FrontMatterProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2 of the file (line 1 is the opening fence).
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const problems: FrontMatterProblem[] = doc.errors.map((error) => ({
    line: lineOf(error.pos[0]),
    reason: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { frontMatter: {}, problems };

  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { frontMatter: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { frontMatter: {}, problems: [{ line: 2, reason: 'front matter must be a mapping of key: value' }] };
  }

  const lineOfKey = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lineOfKey.set(String(pair.key.value), lineOf(pair.key.range[0]));
    }
  }
  const frontMatter: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const line = lineOfKey.get(key) ?? 2;
    if (!KNOWN_KEYS.has(key)) {
      problems.push({ line, reason: `unknown front matter key "${key}" (expected id, title, publisher, url, date)` });
      continue;
    }
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push({ line, reason: `front matter "${key}" must be a single line of text` });
      continue;
    }
    const text = String(raw).trim();
    const problem = checkField(key, text);
    if (problem) problems.push({ line, reason: problem });
    else if (text !== '') frontMatter[key] = text;
  }
  return { frontMatter, problems };
}

function checkField(key: string, text: string): string | null {
  if (key === 'id' && !ID_PATTERN.test(text)) {
    return `front matter id "${text}" must be letters, digits, ".", "_" or "-" (at most 100)`;
  }
  if (key === 'url' && text !== '' && !isHttpUrl(text)) return `front matter url "${text}" is not an http(s) URL`;
  if (key === 'date' && text !== '' && Number.isNaN(Date.parse(text))) {
    return `front matter date "${text}" is not a date (use YYYY-MM-DD)`;
  }
  if (key === 'title' && text.length > 300) return 'front matter title is longer than 300 characters';
  return null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
