import { promises as fs } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from './frontMatter';
import type { Article, CorpusProblem } from './types';

export interface CorpusLoadOptions {
  /** Largest article file accepted, in bytes. Default 5 MiB: far above any news article. */
  readonly maxFileBytes: number;
}

export const DEFAULT_CORPUS_LOAD_OPTIONS: CorpusLoadOptions = { maxFileBytes: 5 * 1024 * 1024 };

export type CorpusLoad =
  | { readonly ok: true; readonly articles: readonly Article[] }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
/** Files in the corpus folder that are not articles. */
const IGNORED = /^(?:\.|_)|^README\.md$/i;

/** The article files under `dir` (recursively), corpus-relative, sorted so ids and order are stable. */
export async function articleFilesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).some((part) => IGNORED.test(part)))
    .sort();
}

/**
 * Reads and validates every article in `dir`. One bad file fails the whole load, with every
 * problem in every file listed, so a half-loaded corpus never serves.
 */
export async function loadCorpus(
  dir: string,
  options: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): Promise<CorpusLoad> {
  let files: string[];
  try {
    files = await articleFilesIn(dir);
  } catch (error) {
    return { ok: false, problems: [{ file: dir, reason: `cannot read the corpus folder: ${messageOf(error)}` }] };
  }
  if (files.length === 0) {
    return { ok: false, problems: [{ file: dir, reason: 'the corpus folder has no .md or .txt articles' }] };
  }
  const problems: CorpusProblem[] = [];
  const articles: Article[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(dir, file));
    } catch (error) {
      problems.push({ file, reason: `cannot read the file: ${messageOf(error)}` });
      continue;
    }
    const parsed = parseArticle(file, bytes, options);
    if ('article' in parsed) articles.push(parsed.article);
    else problems.push(...parsed.problems);
  }
  problems.push(...duplicateIdProblems(articles));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, articles };
}

/** Decodes, splits and validates one article file. Pure: the bytes in, an article or its problems out. */
export function parseArticle(
  file: string,
  bytes: Uint8Array,
  options: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): { article: Article } | { problems: CorpusProblem[] } {
  if (bytes.length > options.maxFileBytes) {
    return {
      problems: [{ file, reason: `file is too large (${bytes.length} bytes, limit ${options.maxFileBytes})` }],
    };
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problems: [{ file, reason: 'file is not valid UTF-8 text' }] };
  }
  if (content.includes('\u0000')) return { problems: [{ file, reason: 'file is binary, not text' }] };
  const normalised = content.replace(/\r\n?/g, '\n');
  const { frontMatter, body, problems } = splitFrontMatter(normalised);
  if (problems.length > 0) return { problems: problems.map((problem) => ({ file, ...problem })) };
  if (body.trim() === '') return { problems: [{ file, reason: 'article has no text' }] };
  const stem = path.basename(file, path.extname(file));
  return {
    article: {
      id: frontMatter.id ?? idFromFileName(stem),
      title: frontMatter.title ?? titleFromFileName(stem),
      publisher: frontMatter.publisher ?? null,
      url: frontMatter.url ?? null,
      date: frontMatter.date ?? null,
      file,
      text: body,
    },
  };
}

function idFromFileName(stem: string): string {
  return stem.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** "us-niger_coup" → "Us niger coup". */
function titleFromFileName(stem: string): string {
  const words = stem.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function duplicateIdProblems(articles: readonly Article[]): CorpusProblem[] {
  const firstFileOf = new Map<string, string>();
  const problems: CorpusProblem[] = [];
  for (const article of articles) {
    const first = firstFileOf.get(article.id);
    if (first === undefined) firstFileOf.set(article.id, article.file);
    else problems.push({ file: article.file, reason: `duplicate article id "${article.id}" (also used by ${first})` });
  }
  return problems;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
