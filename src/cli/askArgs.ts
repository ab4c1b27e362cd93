import path from 'node:path';
import { parseArgs } from 'node:util';

export interface AskArgs {
  readonly question: string;
  readonly top: number;
  readonly article: string | null;
  readonly corpus: string;
  readonly context: number;
  readonly format: 'text' | 'json' | 'jsonl';
  readonly listArticles: boolean;
  readonly help: boolean;
}

export const ASK_USAGE = `Usage: npm run ask -- [options] "question"

Answers a question from the articles with quoted sentences and their sources.

Options:
  --top N            how many passages (default 3)
  --article ID       search only the article with this id
  --corpus DIR       the corpus folder (default: corpus)
  --context N        neighbouring sentences shown around each passage (default 1, text output)
  --json             print the answer as JSON
  --jsonl            read JSON Lines {"id","question","article"?} from stdin, write one JSON line each
  --list-articles    list the articles in the corpus
  -h, --help         this help`;

/** Parses the command line. Throws an Error with a user-facing message on bad input. */
export function parseAskArgs(argv: readonly string[], cwd: string): AskArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      top: { type: 'string' },
      article: { type: 'string' },
      corpus: { type: 'string' },
      context: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'list-articles': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.json && values.jsonl) throw new Error('--json and --jsonl cannot be used together');
  const format = values.jsonl ? 'jsonl' : values.json ? 'json' : 'text';
  const question = positionals.join(' ').trim();
  const listArticles = values['list-articles'];
  if (!values.help && !listArticles && format !== 'jsonl' && question === '') {
    throw new Error('the question is empty: npm run ask -- "Who detained Bazoum?"');
  }
  if (format === 'jsonl' && question !== '')
    throw new Error('--jsonl reads its questions from stdin, not arguments');
  return {
    question,
    top: wholeNumber('--top', values.top, 3, 1),
    article: values.article?.trim() || null,
    corpus: path.resolve(cwd, values.corpus ?? 'corpus'),
    context: wholeNumber('--context', values.context, 1, 0),
    format,
    listArticles,
    help: values.help,
  };
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${flag} takes a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min) throw new Error(`${flag} must be at least ${min}`);
  return value;
}
