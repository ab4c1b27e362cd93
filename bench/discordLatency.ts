/**
 * `npm run bench:discord`: how much the Discord layer adds to an answer. For each of N `/ask`s
 * (one at a time, through the local fake Discord and the real discord.js client), the time from
 * the fake sending INTERACTION_CREATE to the reply's HTTP request arriving back at the fake; against
 * the core's own `answer()` time for the same question with the same options the bot uses, timed just
 * before it (so both see the same machine load).
 *
 *   npm run bench:discord -- [--corpus DIR] [--questions FILE.jsonl] [--runs 200] [--json]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { InteractionResponseType } from 'discord.js';
import { invocationDir } from '../src/config';
import { CONTEXT_SENTENCES, PASSAGES_FETCHED } from '../src/discord/ask';
import { startLocalBot } from '../src/demo/localBot';
import { loadLibrary, type Library } from '../src/library';
import { answer } from '../src/search/answer';

const WARM_UP = 20;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function questionsFrom(file: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines
    .map((line) => (JSON.parse(line) as { question?: unknown }).question)
    .filter((question): question is string => typeof question === 'string' && question.length <= 300);
}

/** Core time per question: `answer()` as /ask calls it, timed alone. */
function coreTimes(library: Library, questions: readonly string[]): number[] {
  return questions.map((question) => {
    const started = performance.now();
    answer(library, question, { top: PASSAGES_FETCHED, article: null, context: CONTEXT_SENTENCES });
    return performance.now() - started;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      questions: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const cwd = invocationDir();
  const corpus = path.resolve(cwd, values.corpus ?? 'corpus');
  const questionFile = path.resolve(cwd, values.questions ?? path.join(__dirname, 'questions/seed.jsonl'));
  const runs = Number(values.runs ?? 200);
  const loaded = await loadLibrary(corpus);
  if (!loaded.ok) {
    process.stderr.write(`bench:discord: cannot load ${corpus}\n`);
    return 1;
  }
  const library = loaded.library;
  const pool = await questionsFrom(questionFile);
  if (pool.length === 0) {
    process.stderr.write(`bench:discord: no questions in ${questionFile}\n`);
    return 1;
  }
  const questions = Array.from({ length: runs }, (_, i) => pool[i % pool.length] as string);

  // The core is timed just before each Discord round trip, so both see the same machine load.
  const local = await startLocalBot({ library, cooldown: null });
  const discord: number[] = [];
  const core: number[] = [];
  try {
    for (let i = -WARM_UP; i < runs; i++) {
      const question = questions[((i % runs) + runs) % runs] as string;
      const [coreMs] = coreTimes(library, [question]);
      const started = performance.now();
      const sent = local.fake.slashCommand('ask', { question });
      // The request that carries the answer: the reply callback, or the edit after a deferral.
      await local.fake.waitForRequest(
        (request) =>
          (request.path.includes(`/interactions/${sent.id}/`) &&
            (request.body as { type?: unknown } | null)?.type ===
              InteractionResponseType.ChannelMessageWithSource) ||
          (request.method === 'PATCH' && request.path.includes(sent.token)),
      );
      if (i >= 0) {
        discord.push(performance.now() - started);
        core.push(coreMs ?? 0);
      }
      await local.fake.waitForInteractionReply(sent);
    }
  } finally {
    await local.stop();
  }
  const added = discord.map((ms, i) => ms - (core[i] ?? 0));

  const result = {
    corpus: path.relative(process.cwd(), corpus) || '.',
    articles: library.articles.size,
    sentences: library.sentences.length,
    runs,
    discordMedianMs: round(median(discord)),
    discordP90Ms: round(percentile(discord, 90)),
    coreMedianMs: round(median(core)),
    coreP90Ms: round(percentile(core, 90)),
    addedMedianMs: round(median(added)),
    ratio: round(median(discord) / median(core)),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      [
        `Discord layer latency, ${runs} /ask (corpus ${result.corpus}: ${result.articles} articles, ${result.sentences} sentences)`,
        `  INTERACTION_CREATE sent → reply request at the fake: median ${result.discordMedianMs} ms (p90 ${result.discordP90Ms} ms)`,
        `  core answer() alone, same questions and options:    median ${result.coreMedianMs} ms (p90 ${result.coreP90Ms} ms)`,
        `  ratio of medians ${result.ratio}× — the Discord layer adds ${result.addedMedianMs} ms (median of the paired differences)`,
      ].join('\n') + '\n',
    );
  }
  return 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:discord: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
