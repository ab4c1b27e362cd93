/**
 * The held-out judge's path, end to end: the WikiQA summaries written as a corpus folder of
 * Markdown files, questions fed as JSON Lines to `npm run ask -- --jsonl`, passages read back and
 * placed in their summaries by their text.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { locatePassage } from './wikiqa';
import type { Span, SystemRun, WikiQADocument, WikiQASet } from './wikiqa';

/** The article file the judge writes: YAML front matter with `id` and `title`, the summary as one paragraph. */
export function markdownOf(document: WikiQADocument): string {
  return `---\n${YAML.stringify({ id: document.id, title: document.title })}---\n\n${document.text}\n`;
}

/** One passage of a CLI answer line, as far as scoring needs it. */
interface CliPassage {
  readonly article: string;
  readonly text: string;
}

interface CliAnswer {
  readonly id: string;
  readonly answered: boolean;
  readonly passages: readonly CliPassage[];
}

/** Reads one output line of `ask --jsonl`; null when it is not an answer line. */
export function parseCliAnswer(line: string): CliAnswer | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, answered, passages } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof answered !== 'boolean' || !Array.isArray(passages)) return null;
  const parsed: CliPassage[] = [];
  for (const passage of passages as unknown[]) {
    if (typeof passage !== 'object' || passage === null) return null;
    const { article, text } = passage as Record<string, unknown>;
    if (typeof article !== 'string' || typeof text !== 'string') return null;
    parsed.push({ article, text });
  }
  return { id, answered, passages: parsed };
}

/** Places a CLI answer's passages in the question's summary (null for one that is elsewhere or absent). */
export function runOfCliAnswer(document: WikiQADocument, answer: CliAnswer): SystemRun {
  const placed: Span[] = [];
  const passages = answer.passages.map((passage) => {
    if (passage.article !== document.id) return null;
    const span = locatePassage(document, passage.text, placed);
    if (span !== null) placed.push(span);
    return span;
  });
  return { answered: answer.answered, passages };
}

export type CliOutcome =
  | { ok: true; runs: Map<string, SystemRun>; milliseconds: number; stderr: string }
  | { ok: false; reason: string };

/** Runs `npm run --silent ask -- --corpus DIR --jsonl --top N` in `repoRoot` over the whole set. */
export async function runViaCli(set: WikiQASet, repoRoot: string, top: number): Promise<CliOutcome> {
  const dir = await mkdtemp(path.join(tmpdir(), 'citebot-wikiqa-'));
  try {
    await Promise.all(
      [...set.documents.values()].map((document) =>
        writeFile(path.join(dir, `${document.id}.md`), markdownOf(document), 'utf8'),
      ),
    );
    const input = set.questions
      .map((q) => JSON.stringify({ id: q.id, question: q.question, article: q.documentId }))
      .join('\n');
    const started = Date.now();
    const result = await runProcess(
      'npm',
      ['run', '--silent', 'ask', '--', '--corpus', dir, '--jsonl', '--top', String(top)],
      repoRoot,
      `${input}\n`,
    );
    const milliseconds = Date.now() - started;
    if (result.code !== 0) {
      return {
        ok: false,
        reason: `ask exited with ${result.code ?? result.signal}: ${lastLines(result.stderr)}`,
      };
    }
    const runs = new Map<string, SystemRun>();
    for (const line of result.stdout.split('\n')) {
      const answer = parseCliAnswer(line);
      if (answer === null) continue;
      const question = set.questions.find((q) => q.id === answer.id);
      const document = question && set.documents.get(question.documentId);
      if (document !== undefined) runs.set(answer.id, runOfCliAnswer(document, answer));
    }
    if (runs.size === 0)
      return { ok: false, reason: `ask printed no answer lines: ${lastLines(result.stderr)}` };
    return { ok: true, runs, milliseconds, stderr: result.stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Ten minutes: the whole dev set through a cold CLI takes seconds, so this only catches a hang. */
const CLI_TIMEOUT_MS = 10 * 60 * 1000;

function runProcess(
  command: string,
  args: readonly string[],
  cwd: string,
  stdin: string,
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], timeout: CLI_TIMEOUT_MS });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined); // the child may exit before reading everything
    child.on('error', (error) =>
      resolve({
        code: null,
        signal: null,
        stdout: '',
        stderr: `could not start ${command}: ${error.message}`,
      }),
    );
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    child.stdin.end(stdin);
  });
}

function lastLines(text: string): string {
  const lines = text.trim().split('\n');
  return lines.slice(-5).join(' | ') || '(no output)';
}
