import path from 'node:path';
import { watch } from 'chokidar';
import type { Reloader, ReloadReport } from './reload';

/**
 * The two unattended ways into a reload, beside /reload: SIGHUP (the Unix "re-read your files"
 * signal: `kill -HUP <pid>`) and, when `WATCH_CORPUS=1`, a watcher on the corpus folder. Both go
 * through the same Reloader (same validation, same atomic swap); the result goes to `onReport`.
 */

export interface Stoppable {
  stop(): Promise<void>;
}

/** Reloads on SIGHUP until stopped. */
export function reloadOnSignal(reloader: Reloader, onReport: (report: ReloadReport) => void): Stoppable {
  const onSignal = (): void => {
    void reloader.reload('signal').then(onReport);
  };
  process.on('SIGHUP', onSignal);
  return {
    stop: async () => {
      process.off('SIGHUP', onSignal);
    },
  };
}

export interface WatchOptions {
  /** Quiet time after the last change before reloading, in ms. Default 1000: an editor's save or a `cp -r` settles well within it. */
  readonly debounceMs?: number;
  /** Told when the watcher is ready (initial scan done), for tests. */
  readonly onReady?: () => void;
  readonly onError?: (error: unknown) => void;
}

export const DEFAULT_WATCH_DEBOUNCE_MS = 1000;

/**
 * Watches `dir` (chokidar) and reloads once changes have been quiet for `debounceMs`. A change during
 * a reload schedules another one afterwards (`fresh`), so the last state of the folder is always loaded.
 */
export function reloadOnChange(
  dir: string,
  reloader: Reloader,
  onReport: (report: ReloadReport) => void,
  options: WatchOptions = {},
): Stoppable {
  const debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let pending: Promise<void> = Promise.resolve();
  const watcher = watch(dir, {
    ignoreInitial: true,
    // Hidden files (editor swap files, .git) never feed the library.
    ignored: (file) =>
      path
        .relative(dir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.')),
  });
  const schedule = (): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      pending = reloader
        .reload('watch', { fresh: true })
        .then(onReport, (error: unknown) => options.onError?.(error));
    }, debounceMs);
  };
  watcher.on('all', schedule);
  watcher.on('error', (error) => options.onError?.(error));
  watcher.on('ready', () => options.onReady?.());
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await pending;
    },
  };
}
