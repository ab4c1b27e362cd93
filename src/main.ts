import { configFromProcess, problemsMessage } from './config';

/**
 * `npm start`: validates the configuration first (exit 1 with every problem named, before anything
 * heavy is loaded), then serves (`serve.ts`).
 */
async function main(): Promise<void> {
  const result = configFromProcess('start');
  if (!result.ok) {
    process.stderr.write(problemsMessage(result.problems, 'citebot'));
    process.exitCode = 1;
    return;
  }
  const { isShardProcess, runShardManager } = await import('./sharding');
  // SHARD_COUNT > 1 or auto: this process manages the shards (each one runs this file again, as a shard).
  if (result.config.shardCount !== 1 && !isShardProcess()) {
    await runShardManager(result.config);
    return;
  }
  const { serve } = await import('./serve');
  await serve(result.config);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `citebot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
