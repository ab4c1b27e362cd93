import { actorSummary, findActor, listActors } from '../actors';
import { loadLibrary } from '../library';
import { actorListToJson, actorLookupToJson, actorToJson } from '../render/actorJson';
import { actorListToText, actorLookupToText, actorToText } from '../render/actorText';
import { problemsToText } from '../render/problemsText';
import { ACTOR_USAGE, parseActorArgs, type ActorArgs } from './actorArgs';

async function main(): Promise<number> {
  let args: ActorArgs;
  try {
    // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
    args = parseActorArgs(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
  } catch (error) {
    process.stderr.write(
      `actor: ${error instanceof Error ? error.message : String(error)}\n${ACTOR_USAGE}\n`,
    );
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${ACTOR_USAGE}\n`);
    return 0;
  }
  // The library's actor table is built with DIR/actors.yml; its problems fail the load like articles'.
  const loaded = await loadLibrary(args.corpus);
  if (!loaded.ok) {
    process.stderr.write(
      `actor: the corpus in ${args.corpus} cannot be loaded:\n${problemsToText(loaded.problems)}\n`,
    );
    return 1;
  }
  const { library } = loaded;
  const table = library.actors;
  if (table.problems.length > 0) {
    process.stderr.write(
      `actor: some corrections in actors.yml were not applied:\n${problemsToText(table.problems)}\n`,
    );
  }
  const print = (text: string): void => {
    process.stdout.write(`${text}\n`);
  };

  if (args.list) {
    const listing = listActors(table);
    print(args.json ? JSON.stringify(actorListToJson(listing)) : actorListToText(listing));
    return 0;
  }
  const lookup = findActor(table, args.name);
  if (lookup.status !== 'found') {
    print(
      args.json ? JSON.stringify(actorLookupToJson(args.name, lookup)) : actorLookupToText(args.name, lookup),
    );
    return lookup.status === 'ambiguous' ? 0 : 1;
  }
  const summary = actorSummary(table, library, lookup.actor.id, { about: args.about });
  if (!summary) return 1;
  print(args.json ? JSON.stringify(actorToJson(summary)) : actorToText(summary));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `actor: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
