/**
 * `npm run eval`: measures citebot on our seed-article questions and on the WikiQA dev split, side by
 * side with plain MiniSearch. A measurement, not a test: it exits 0 whatever the figures are, and 2
 * only on a bad flag or a missing data file.
 *
 *   --json              machine-readable output only
 *   --only seed|wikiqa  run one of the two sets
 *   --via-cli           also run WikiQA through `npm run ask -- --jsonl`, as the held-out judge does
 *   --wikiqa FILE       the WikiQA TSV (default ../shared/data/wikiqa-dev.tsv beside the repo)
 *   --questions FILE    our questions, repeatable (default: every bench/questions/*.jsonl, each scored apart)
 *   --corpus DIR        where the seed article is looked for (default corpus/; else ../shared/seed-article.txt)
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/corpus/types';
import type { Library } from '../src/library';
import { plainMiniSearch } from './eval/baseline';
import { parseQuestions, scoreSeed, verifyGold } from './eval/seed';
import type { SeedRun, SeedScores, VerifiedQuestion } from './eval/seed';
import { runViaCli } from './eval/via-cli';
import { articleOf, parseWikiQA, scoreWikiQA } from './eval/wikiqa';
import type { SystemRun, WikiQAScores, WikiQASet } from './eval/wikiqa';

const REPO_ROOT = path.resolve(__dirname, '..');
const DEFAULT_WIKIQA = path.resolve(__dirname, '../../shared/data/wikiqa-dev.tsv');
const QUESTIONS_DIR = path.resolve(__dirname, 'questions');
const DEFAULT_CORPUS = path.resolve(REPO_ROOT, 'corpus');
const SEED_TEXT = path.resolve(__dirname, '../../shared/seed-article.txt');
const SEED_ID = 'us-niger-coup';
/** WikiQA is asked as the held-out harness asks it. */
const WIKIQA_TOP = 50;
/** More than the seed article's 16 sentences, so MRR sees the whole ranking. */
const SEED_TOP = 20;

const USAGE = `usage: npm run eval -- [--json] [--only seed|wikiqa] [--via-cli] [--wikiqa FILE] [--questions FILE]... [--corpus DIR]`;

interface Flags {
  readonly json: boolean;
  readonly only: 'seed' | 'wikiqa' | null;
  readonly viaCli: boolean;
  readonly wikiqa: string;
  readonly questions: readonly string[];
  readonly corpus: string;
}

function usageError(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parsedArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: 'boolean', default: false },
        only: { type: 'string' },
        'via-cli': { type: 'boolean', default: false },
        wikiqa: { type: 'string' },
        questions: { type: 'string', multiple: true },
        corpus: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

function flagsOf(argv: readonly string[]): Flags {
  const { values } = parsedArgs(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = values.only ?? null;
  if (only !== null && only !== 'seed' && only !== 'wikiqa')
    usageError(`--only must be seed or wikiqa, not "${only}"`);
  const flags: Flags = {
    json: values.json,
    only,
    viaCli: values['via-cli'],
    wikiqa: values.wikiqa === undefined ? DEFAULT_WIKIQA : path.resolve(values.wikiqa),
    questions:
      values.questions === undefined
        ? readdirSync(QUESTIONS_DIR)
            .filter((name) => name.endsWith('.jsonl'))
            .sort()
            .map((name) => path.join(QUESTIONS_DIR, name))
        : values.questions.map((file) => path.resolve(file)),
    corpus: values.corpus === undefined ? DEFAULT_CORPUS : path.resolve(values.corpus),
  };
  if (flags.viaCli && only === 'seed')
    usageError('--via-cli runs WikiQA; it cannot be combined with --only seed');
  for (const file of only === 'wikiqa' ? [] : flags.questions) {
    if (!existsSync(file)) usageError(`questions file not found: ${file}`);
  }
  if (only !== 'seed' && !existsSync(flags.wikiqa)) {
    usageError(`WikiQA file not found: ${flags.wikiqa} (pass --wikiqa FILE, or --only seed)`);
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// The core, imported lazily so the baseline is still measured while the core is missing or broken.

type LibraryModule = typeof import('../src/library');
type AnswerModule = typeof import('../src/search/answer');

interface Core {
  readonly buildLibrary: (articles: readonly Article[]) => Library;
  readonly loadLibrary: LibraryModule['loadLibrary'];
  readonly answer: AnswerModule['answer'];
}

async function loadCore(): Promise<{ ok: true; core: Core } | { ok: false; reason: string }> {
  try {
    const [library, answer] = await Promise.all([import('../src/library'), import('../src/search/answer')]);
    const resources = await library.loadLibraryResources();
    return {
      ok: true,
      core: {
        buildLibrary: (articles) => library.buildLibrary(articles, resources),
        loadLibrary: library.loadLibrary,
        answer: answer.answer,
      },
    };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Seed questions.

interface SeedReport {
  readonly file: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly questions: number;
  readonly answerable: number;
  readonly unanswerable: number;
  readonly citebot: SeedScores & { readonly msPerQuestion: number };
  readonly baseline: SeedScores;
}

/** The library the seed questions are asked of: corpus/ when it holds the seed article, else the shared text. */
async function seedLibrary(
  core: Core,
  corpusDir: string,
): Promise<{ ok: true; library: Library; source: string; notes: string[] } | { ok: false; reason: string }> {
  const notes: string[] = [];
  const hasArticles = existsSync(corpusDir) && readdirSync(corpusDir).some((name) => name.endsWith('.md'));
  if (hasArticles) {
    const loaded = await core.loadLibrary(corpusDir);
    if (loaded.ok && loaded.library.articles.has(SEED_ID)) {
      return {
        ok: true,
        library: loaded.library,
        source: path.relative(process.cwd(), corpusDir) || '.',
        notes,
      };
    }
    if (loaded.ok) notes.push(`${corpusDir} has no article "${SEED_ID}"`);
    else {
      notes.push(`${corpusDir} did not load:`);
      for (const p of loaded.problems)
        notes.push(`  ${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.reason}`);
    }
  }
  if (!existsSync(SEED_TEXT))
    return { ok: false, reason: `no usable corpus and no seed text at ${SEED_TEXT}` };
  const text = (await readFile(SEED_TEXT, 'utf8')).trim();
  const article: Article = {
    id: SEED_ID,
    title: 'US vows to keep working for the restoration of democratic rule in Niger',
    publisher: null,
    url: null,
    date: null,
    file: 'seed-niger-coup.md',
    text,
  };
  notes.push(`seed article built in memory from ${path.relative(process.cwd(), SEED_TEXT)}`);
  return { ok: true, library: core.buildLibrary([article]), source: 'in memory', notes };
}

async function runSeed(core: Core, flags: Flags, file: string): Promise<SeedReport> {
  const parsed = parseQuestions(await readFile(file, 'utf8'));
  if (!parsed.ok) fail(`${file}:`, parsed.problems);
  const loaded = await seedLibrary(core, flags.corpus);
  if (!loaded.ok) fail('seed library:', [loaded.reason]);
  const { library } = loaded;
  const verified = verifyGold(parsed.questions, library.articles, library.sentences);
  if (!verified.ok) fail(`${file}: gold strings do not match the article's sentences:`, verified.problems);
  const questions = verified.questions;

  const started = Date.now();
  const citebotRuns: SeedRun[] = questions.map((q) => {
    const result = core.answer(library, q.question, { article: q.article, top: SEED_TOP });
    return { answered: result.answered, passages: result.passages };
  });
  const msPerQuestion = (Date.now() - started) / Math.max(1, questions.length);

  const baseline = plainMiniSearch(library.sentences);
  const baselineRuns: SeedRun[] = questions.map((q) => {
    const result = baseline(q.question, q.article, SEED_TOP);
    return { answered: result.answered, passages: result.hits };
  });
  const answerable = questions.filter((q: VerifiedQuestion) => q.goldSpans.length > 0).length;
  return {
    file: path.relative(process.cwd(), file),
    source: loaded.source,
    notes: loaded.notes,
    questions: questions.length,
    answerable,
    unanswerable: questions.length - answerable,
    citebot: { ...scoreSeed(questions, citebotRuns), msPerQuestion },
    baseline: scoreSeed(questions, baselineRuns),
  };
}

// ---------------------------------------------------------------------------------------------
// WikiQA.

type Measured = WikiQAScores & { readonly msPerQuestion: number };

interface WikiQAReport {
  readonly file: string;
  readonly questions: number;
  readonly documents: number;
  readonly citebot: Measured | { readonly unavailable: string };
  readonly cli: Measured | { readonly unavailable: string } | null;
  readonly baseline: Measured;
}

function measure(set: WikiQASet, run: (question: WikiQASet['questions'][number]) => SystemRun): Measured {
  const started = Date.now();
  const runs = new Map(set.questions.map((q) => [q.id, run(q)] as const));
  const msPerQuestion = (Date.now() - started) / Math.max(1, set.questions.length);
  return { ...scoreWikiQA(set, runs), msPerQuestion };
}

async function runWikiQA(core: Core | null, coreProblem: string, flags: Flags): Promise<WikiQAReport> {
  const parsed = parseWikiQA(await readFile(flags.wikiqa, 'utf8'));
  if (!parsed.ok) fail(`${flags.wikiqa}:`, parsed.problems);
  const set = parsed.set;
  const articles = [...set.documents.values()].map(articleOf);

  let citebot: WikiQAReport['citebot'] = { unavailable: coreProblem };
  if (core !== null) {
    const library = core.buildLibrary(articles);
    citebot = measure(set, (q) => {
      const result = core.answer(library, q.question, { article: q.documentId, top: WIKIQA_TOP });
      return { answered: result.answered, passages: result.passages };
    });
  }

  const sentences = [...set.documents.values()].flatMap((d) =>
    d.sentences.map((s) => ({ ...s, articleId: d.id })),
  );
  const search = plainMiniSearch(sentences);
  const baseline = measure(set, (q) => {
    const result = search(q.question, q.documentId, WIKIQA_TOP);
    return { answered: result.answered, passages: result.hits };
  });

  let cli: WikiQAReport['cli'] = null;
  if (flags.viaCli) {
    const outcome = await runViaCli(set, REPO_ROOT, WIKIQA_TOP);
    cli = outcome.ok
      ? {
          ...scoreWikiQA(set, outcome.runs),
          msPerQuestion: outcome.milliseconds / Math.max(1, set.questions.length),
        }
      : { unavailable: outcome.reason };
  }
  return {
    file: path.relative(process.cwd(), flags.wikiqa),
    questions: set.questions.length,
    documents: set.documents.size,
    citebot,
    cli,
    baseline,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering.

function fail(title: string, problems: readonly string[]): never {
  process.stderr.write(`eval: ${title}\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(2);
}

function num(value: number): string {
  return Number.isNaN(value) ? '  n/a' : value.toFixed(3);
}

function clip(text: string | null, width: number): string {
  if (text === null) return '(nothing)';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function row(label: string, cells: readonly string[]): string {
  return `  ${label.padEnd(16)}${cells.map((c) => c.padStart(9)).join('')}`;
}

function renderSeed(report: SeedReport): string[] {
  const lines = [
    `Seed article (${SEED_ID}, ${report.source}), ${report.file}: ${report.questions} questions, ` +
      `${report.answerable} answerable, ${report.unanswerable} not`,
    ...report.notes.map((n) => `  note: ${n}`),
    row('', ['P@1', 'R@3', 'MRR', 'abstain', 'false-ab', 'ms/q']),
  ];
  const scores = (label: string, s: SeedScores, ms: string): string =>
    row(label, [
      num(s.ranking.precisionAt1),
      num(s.ranking.recallAt3),
      num(s.ranking.mrr),
      num(s.abstention.abstention),
      num(s.abstention.falseAbstention),
      ms,
    ]);
  lines.push(scores('citebot', report.citebot, report.citebot.msPerQuestion.toFixed(1)));
  lines.push(scores('plain MiniSearch', report.baseline, ''));
  if (report.citebot.failures.length > 0)
    lines.push(`  failing (citebot), ${report.citebot.failures.length}:`);
  for (const f of report.citebot.failures) {
    const at = f.rightAt === null ? '' : ` (right at #${f.rightAt})`;
    lines.push(`    L${String(f.line).padEnd(3)} ${f.kind}${at}: ${clip(f.question, 70)}`);
    if (f.expected !== null) lines.push(`         want: ${clip(f.expected, 90)}`);
    lines.push(`         got:  ${clip(f.first, 90)}`);
  }
  return lines;
}

function renderWikiQA(report: WikiQAReport): string[] {
  const lines = [
    `WikiQA dev (${report.file}): ${report.questions} questions over ${report.documents} summaries`,
    row('', ['MAP', 'MRR', 'scored', 'trig-P', 'trig-R', 'trig-F1', 'answered', 'ms/q']),
  ];
  const scores = (label: string, s: Measured | { readonly unavailable: string }): string =>
    'unavailable' in s
      ? `  ${label.padEnd(16)}unavailable: ${clip(s.unavailable, 90)}`
      : row(label, [
          num(s.map),
          num(s.mrr),
          String(s.scored),
          num(s.triggering.precision),
          num(s.triggering.recall),
          num(s.triggering.f1),
          String(s.triggering.answered),
          s.msPerQuestion.toFixed(1),
        ]) + (s.missing + s.unplaced > 0 ? `  (${s.missing} missing, ${s.unplaced} unplaced passages)` : '');
  lines.push(scores('citebot', report.citebot));
  if (report.cli !== null) lines.push(scores('citebot via CLI', report.cli));
  lines.push(scores('plain MiniSearch', report.baseline));
  lines.push('  paper (test split): CNN-Cnt MAP 0.652; best answer-triggering F1 0.32');
  return lines;
}

async function main(): Promise<void> {
  const flags = flagsOf(process.argv.slice(2));
  const loaded = await loadCore();
  const core = loaded.ok ? loaded.core : null;
  const coreProblem = loaded.ok ? '' : `core not loadable: ${loaded.reason}`;

  let seed: (SeedReport | { readonly unavailable: string })[] | undefined;
  if (flags.only !== 'wikiqa') {
    seed = [];
    for (const file of flags.questions) {
      seed.push(core === null ? { unavailable: coreProblem } : await runSeed(core, flags, file));
    }
  }
  const wikiqa = flags.only === 'seed' ? undefined : await runWikiQA(core, coreProblem, flags);

  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ seed, wikiqa }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const report of seed ?? []) {
    lines.push(
      ...('unavailable' in report
        ? [`Seed article: unavailable (${report.unavailable})`]
        : renderSeed(report)),
    );
    lines.push('');
  }
  if (wikiqa !== undefined) lines.push(...renderWikiQA(wikiqa));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
