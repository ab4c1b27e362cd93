import path from 'node:path';
import { loadLibrary, type Library } from '../../src/library';

const CORPUS = path.resolve(__dirname, '../../corpus');

/** The library of the bundled corpus (the seed article), as the CLI and the bot load it. */
export async function loadSeedLibrary(): Promise<Library> {
  const loaded = await loadLibrary(CORPUS);
  if (!loaded.ok) throw new Error(`corpus did not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.library;
}
