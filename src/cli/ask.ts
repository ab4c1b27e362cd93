import readline from 'node:readline';
import { loadLibrary, type Library } from '../library';
import { answer } from '../search/answer';
import { answerToJson } from '../render/answerJson';
import { answerToText } from '../render/answerText';
import { ASK_USAGE, parseAskArgs, type AskArgs } from './askArgs';
import { problemsToText } from '../render/problemsText';

async function main(): Promise<number> {
  let args: AskArgs;
  try {
    // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
    args = parseAskArgs(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
  } catch (error) {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n${ASK_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  const loaded = await loadLibrary(args.corpus);
  if (!loaded.ok) {
    process.stderr.write(
      `ask: the corpus in ${args.corpus} cannot be loaded:\n${problemsToText(loaded.problems)}\n`,
    );
    return 1;
  }
  const { library } = loaded;
  if (args.listArticles) {
    for (const article of library.articles.values())
      process.stdout.write(`${article.id}\t${article.title}\n`);
    return 0;
  }
  if (args.format === 'jsonl') return answerJsonLines(library, args);
  const result = answer(library, args.question, {
    top: args.top,
    article: args.article,
    context: args.context,
  });
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(answerToJson(result))}\n`);
  else process.stdout.write(`${answerToText(result)}\n`);
  return result.status === 'unknown-article' ? 2 : 0;
}

/** One JSON line out per question line in, in input order; a bad line gets an error line and the rest go on. */
async function answerJsonLines(library: Library, args: AskArgs): Promise<number> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(answerJsonLine(library, args, line, lineNumber))}\n`);
  }
  return 0;
}

function answerJsonLine(library: Library, args: AskArgs, line: string, lineNumber: number): object {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: 'not valid JSON' };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return { id: null, line: lineNumber, error: 'expected an object {"id","question","article"?}' };
  }
  const { id = null, question, article } = request as Record<string, unknown>;
  if (typeof question !== 'string' || question.trim() === '') {
    return { id, line: lineNumber, error: '"question" must be a non-empty string' };
  }
  if (article !== undefined && article !== null && typeof article !== 'string') {
    return { id, line: lineNumber, error: '"article" must be a string' };
  }
  const result = answer(library, question, { top: args.top, article: article ?? args.article, context: 0 });
  return { id, ...answerToJson(result) };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ask: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
