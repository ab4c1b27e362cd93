import path from 'node:path';
import { parseArgs } from 'node:util';

export interface ActorArgs {
  /** The name asked for; empty with --list or --help. */
  readonly name: string;
  readonly list: boolean;
  readonly json: boolean;
  readonly corpus: string;
  /** How many central sentences "about" lists. */
  readonly about: number;
  readonly help: boolean;
}

export const ACTOR_USAGE = `Usage: npm run actor -- [options] "name"

Summarises an actor of the articles (a person, organisation, government, army or news outlet):
its names and roles, what it said and what the articles say about it, each line quoted with its source.
A name is found by any of the actor's names, a run of words of its name, or its role, in any case.

Options:
  --list           list every actor, most mentioned first
  --json           print JSON
  --about N        how many sentences about the actor (default 5)
  --corpus DIR     the corpus folder (default: corpus); corrections in DIR/actors.yml
  -h, --help       this help

Exit status: 0 found (or several candidates listed), 1 no such actor or the corpus cannot be loaded, 2 bad options.`;

/** Parses the command line. Throws an Error with a user-facing message on bad input. */
export function parseActorArgs(argv: readonly string[], cwd: string): ActorArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      about: { type: 'string' },
      corpus: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const name = positionals.join(' ').trim();
  if (values.list && name !== '') throw new Error('--list takes no name');
  if (!values.help && !values.list && name === '') {
    throw new Error('which actor? npm run actor -- "Bazoum" (or --list)');
  }
  return {
    name,
    list: values.list,
    json: values.json,
    corpus: path.resolve(cwd, values.corpus ?? 'corpus'),
    about: wholeNumber('--about', values.about, 5),
    help: values.help,
  };
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${flag} takes a whole number, got "${raw}"`);
  return Number(raw);
}
