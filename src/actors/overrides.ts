import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { CorpusProblem } from '../corpus/types';
import { NO_OVERRIDES, type ActorOverrides } from './types';

/** The overrides file names looked for in the corpus folder, first found wins. */
export const OVERRIDE_FILES = ['actors.yml', 'actors.yaml'] as const;

export type ActorOverridesLoad =
  | { readonly ok: true; readonly overrides: ActorOverrides }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/**
 * Reads `actors.yml` from the corpus folder: a moderator's corrections, applied by `actorsOf`.
 * No file means no overrides. Every bad entry is reported with its file and line.
 *
 *     aliases:                  # more names for an actor (named by any name it already has)
 *       Antony Blinken: [Tony Blinken, the top US diplomat]
 *     merge:                    # actors that are one; the first keeps its name
 *       - [Abdourahamane Tiani, Abdourahmane Tchiani]
 *     hide:                     # false actors
 *       - Washington
 */
export async function loadActorOverrides(dir: string): Promise<ActorOverridesLoad> {
  for (const file of OVERRIDE_FILES) {
    let text: string;
    try {
      text = await fs.readFile(path.join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { ok: false, problems: [{ file, reason: `cannot read the file: ${(error as Error).message}` }] };
    }
    return parseActorOverrides(text, file);
  }
  return { ok: true, overrides: NO_OVERRIDES };
}

/** Parses the text of an overrides file; `file` is how problems name it. */
export function parseActorOverrides(text: string, file: string): ActorOverridesLoad {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/\r\n?/g, '\n'), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineOf = (node: Node | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const problems: CorpusProblem[] = doc.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    reason: `not valid YAML: ${error.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { ok: false, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return { ok: true, overrides: NO_OVERRIDES };
  if (!isMap(root)) {
    return {
      ok: false,
      problems: [{ file, line: lineOf(root), reason: 'expected a mapping with aliases, merge and hide' }],
    };
  }

  const aliases: ActorOverrides['aliases'][number][] = [];
  const merges: ActorOverrides['merges'][number][] = [];
  const hidden: ActorOverrides['hidden'][number][] = [];
  const report = (node: Node | null | undefined, reason: string): void => {
    problems.push({ file, line: lineOf(node), reason });
  };
  const nameIn = (node: unknown): string | null =>
    isScalar(node) &&
    (typeof node.value === 'string' || typeof node.value === 'number') &&
    String(node.value).trim() !== ''
      ? String(node.value).trim()
      : null;

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'aliases') {
      if (value === null) continue;
      if (!isMap(value)) {
        report(
          value ?? (pair.key as Node),
          'aliases must map an actor to its extra names: "Antony Blinken: [Tony Blinken]"',
        );
        continue;
      }
      for (const entry of value.items) {
        const actor = nameIn(entry.key);
        const names = isSeq(entry.value) ? entry.value.items.map(nameIn) : [nameIn(entry.value)];
        if (!actor) report(entry.key as Node, 'an alias entry needs the name of an actor before the colon');
        else if (names.length === 0 || names.some((name) => name === null)) {
          report(
            (entry.value ?? entry.key) as Node,
            `the aliases of "${actor}" must be names (text), one or a list`,
          );
        } else aliases.push({ file, line: lineOf(entry.key as Node), actor, aliases: names as string[] });
      }
    } else if (key === 'merge') {
      if (value === null) continue;
      if (!isSeq(value)) {
        report(value ?? (pair.key as Node), 'merge must be a list of lists of names: "- [Tiani, Tchiani]"');
        continue;
      }
      for (const entry of value.items as Node[]) {
        const names = isSeq(entry) ? entry.items.map(nameIn) : [];
        if (names.length < 2 || names.some((name) => name === null)) {
          report(entry, 'each merge entry must list two or more actor names: "- [Tiani, Tchiani]"');
        } else merges.push({ file, line: lineOf(entry), actors: names as string[] });
      }
    } else if (key === 'hide') {
      if (value === null) continue;
      if (!isSeq(value)) {
        report(value ?? (pair.key as Node), 'hide must be a list of actor names: "- Washington"');
        continue;
      }
      for (const entry of value.items as Node[]) {
        const name = nameIn(entry);
        if (!name) report(entry, 'each hide entry must be one actor name');
        else hidden.push({ file, line: lineOf(entry), actor: name });
      }
    } else {
      report(pair.key as Node, `unknown key "${key}" (expected aliases, merge or hide)`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, overrides: { aliases, merges, hidden } };
}
