import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { invocationDir, parseCooldown } from '../config';
import { loadLibrary } from '../library';
import { problemsToText } from '../render/problemsText';
import { startLocalBot } from '../demo/localBot';
import { DEFAULT_SCRIPT_JSON, parseScript } from '../demo/script';
import { playSession } from '../demo/session';
import { transcriptToText } from '../demo/transcriptText';

export const DEMO_USAGE = `Usage: npm run demo -- [options]

Starts a local fake Discord and the real bot together, plays a session of interactions and prints
what the users would see.

Options:
  --corpus DIR       the articles to answer from (default: corpus)
  --script FILE      a JSON list of steps to play instead of the built-in session, e.g.
                     [{"command": "ask", "options": {"question": "Who detained Bazoum?", "top": 2}},
                      {"press": "More"}, {"command": "sources"},
                      {"command": "Find in articles", "message": "Bazoum fled to Chad."},
                      {"command": "ask", "options": {"question": "…"}, "user": "alice"}]
  --cooldown N/S     apply the per-user cooldown (default: off, so long scripts are not throttled)
  --json             print [{"command","options","reply":{content,embeds,components,flags}}]
  -h, --help         this help`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        corpus: { type: 'string' },
        script: { type: 'string' },
        cooldown: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n${DEMO_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${DEMO_USAGE}\n`);
    return 0;
  }
  const cwd = invocationDir();
  const cooldown = values.cooldown === undefined ? null : parseCooldown(values.cooldown);
  if (cooldown !== null && 'problem' in cooldown) {
    process.stderr.write(`demo: --cooldown: ${cooldown.problem}\n`);
    return 2;
  }
  let scriptJson: unknown = DEFAULT_SCRIPT_JSON;
  if (values.script !== undefined) {
    try {
      scriptJson = JSON.parse(await readFile(path.resolve(cwd, values.script), 'utf8'));
    } catch (error) {
      process.stderr.write(
        `demo: cannot read the script ${values.script}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  const script = parseScript(scriptJson);
  if (!script.ok) {
    process.stderr.write(
      `demo: the script has problems:\n${script.problems.map((problem) => `  ${problem}`).join('\n')}\n`,
    );
    return 2;
  }
  const corpus = path.resolve(cwd, values.corpus ?? 'corpus');
  const loaded = await loadLibrary(corpus);
  if (!loaded.ok) {
    process.stderr.write(
      `demo: the corpus in ${corpus} cannot be loaded:\n${problemsToText(loaded.problems)}\n`,
    );
    return 1;
  }
  const local = await startLocalBot({ library: loaded.library, cooldown: cooldown?.value ?? null });
  try {
    const transcript = await playSession(local.fake, script.steps);
    process.stdout.write(
      values.json ? `${JSON.stringify(transcript, null, 2)}\n` : `${transcriptToText(transcript)}\n`,
    );
    return transcript.every((entry) => entry.reply !== null) ? 0 : 1;
  } finally {
    await local.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `demo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
