import { parentPort, workerData } from 'node:worker_threads';
import { runBuildRequest, type BuildRequest, type BuildResponse } from './libraryCache';

/** Entry of the build worker thread started by `loadOrBuildLibrary({ buildInWorker: true })`. */
const send = (response: BuildResponse): void => parentPort?.postMessage(response);

runBuildRequest(workerData as BuildRequest, send).catch((error: unknown) => {
  send({
    type: 'problems',
    problems: [
      { file: '.', reason: `the build failed: ${error instanceof Error ? error.message : String(error)}` },
    ],
  });
});
