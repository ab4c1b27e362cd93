import { editDistance } from '../text/editDistance';
import { TITLES, isTitleModifier } from './lexicon';
import type { Actor, ActorTable } from './types';

/** The result of looking a name up: one actor, several that fit equally, or none (with the closest names). */
export type ActorLookup =
  | { readonly status: 'found'; readonly actor: Actor }
  | { readonly status: 'ambiguous'; readonly candidates: readonly Actor[] }
  | { readonly status: 'none'; readonly closest: readonly string[] };

/** How many closest names an unknown name gets. */
export const CLOSEST_NAMES = 5;
/**
 * How alike a name must be to be offered as closest: "Bazum"/"Bazoum" scores 0.83; "Hunter Bidden"
 * against "Antony Blinken" (a surname half alike, a first name not at all) 0.36 and is left out.
 */
const CLOSEST_MIN_SIMILARITY = 0.5;

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'de', 'al', 'in', 'on', 'to']);

/**
 * A name as compared: diacritics folded, lower case, curly quotes straightened, dots of acronyms
 * ("U.S.") and a possessive "’s" dropped, hyphens as spaces, no leading "the".
 */
export function normalName(name: string): string {
  const known = normalised.get(name);
  if (known !== undefined) return known;
  // Names repeat a great deal (every mention, every comparison); a bounded cache keeps this cheap.
  if (normalised.size > 50_000) normalised.clear();
  const normal = normalise(name);
  normalised.set(name, normal);
  return normal;
}

const normalised = new Map<string, string>();

function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\.(?=\S|$)/g, '')
    .replace(/[-–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the(?: |$)/, '');
}

export function wordsOf(name: string): string[] {
  const normal = normalName(name);
  return normal === '' ? [] : normal.split(' ');
}

/**
 * Finds an actor by name, case-insensitively, in three tiers; the first tier that matches decides:
 * 1. the whole name is the actor's id, canonical name or an alias ("Blinken", "US");
 * 2. the name is a run of words of its canonical name ("State Department" → "US State Department");
 * 3. the name is a run of words of one of its roles ("Secretary of State");
 * 4. the name without the titles before it is a name of it ("President Bazoum" → "Bazoum").
 * Several actors in the deciding tier → ambiguous; no tier → none, with the closest names.
 */
export function findActor(table: ActorTable, name: string): ActorLookup {
  const query = wordsOf(name);
  if (query.length === 0 || query.every((word) => STOP_WORDS.has(word))) {
    return { status: 'none', closest: closestNames(table, name) };
  }
  const joined = query.join(' ');
  // "President Bazoum" when the articles only say "Bazoum": the name without the titles before it.
  const untitled = withoutTitles(query);
  const tiers: ((actor: Actor) => boolean)[] = [
    (actor) =>
      actor.id === name.trim().toLowerCase() || namesOf(actor).some((known) => normalName(known) === joined),
    (actor) => containsRun(wordsOf(actor.name), query),
    (actor) => actor.roles.some((role) => containsRun(wordsOf(role.text), query)),
    (actor) =>
      untitled.length > 0 &&
      untitled.length < query.length &&
      (containsRun(wordsOf(actor.name), untitled) ||
        namesOf(actor).some((known) => normalName(known) === untitled.join(' '))),
  ];
  for (const fits of tiers) {
    const matches = table.actors.filter(fits);
    if (matches.length === 1) return { status: 'found', actor: matches[0] as Actor };
    if (matches.length > 1) return { status: 'ambiguous', candidates: matches };
  }
  return { status: 'none', closest: closestNames(table, name) };
}

function withoutTitles(words: readonly string[]): string[] {
  let first = 0;
  while (
    first < words.length &&
    (TITLE_WORDS.has(words[first] as string) || isTitleModifier(words[first] as string))
  ) {
    first += 1;
  }
  return words.slice(first);
}

const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(' ')));

/** The canonical name and every alias. */
export function namesOf(actor: Actor): readonly string[] {
  return [actor.name, ...actor.aliases];
}

/** Whether `run` occurs as consecutive words of `words`. */
export function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start += 1) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The canonical names most like `name`: by the best of word overlap (Jaccard) and edit-distance
 * similarity over each actor's names, best first; actors sharing nothing with it are left out.
 */
export function closestNames(table: ActorTable, name: string, count = CLOSEST_NAMES): string[] {
  const query = normalName(name);
  if (query === '') return [];
  const queryWords = new Set(wordsOf(name));
  return table.actors
    .map((actor) => {
      const score = Math.max(
        ...namesOf(actor).map((known) => {
          const normal = normalName(known);
          const words = new Set(normal.split(' '));
          const shared = [...queryWords].filter((word) => words.has(word)).length;
          const overlap = shared / (queryWords.size + words.size - shared || 1);
          const longest = Math.max(normal.length, query.length) || 1;
          const edit = 1 - editDistance(normal, query) / longest;
          // A surname typed with a typo ("Bazum") should find "Mohamed Bazoum": compare word by word
          // too, each word of the query with its most similar word of the name.
          const wordEdit =
            [...queryWords].reduce(
              (sum, asked) => sum + Math.max(0, ...[...words].map((word) => similarity(word, asked))),
              0,
            ) / (queryWords.size || 1);
          return Math.max(overlap, edit, wordEdit);
        }),
      );
      return { actor, score };
    })
    .filter(({ score }) => score >= CLOSEST_MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || b.actor.mentions.length - a.actor.mentions.length)
    .slice(0, count)
    .map(({ actor }) => actor.name);
}

function similarity(a: string, b: string): number {
  return 1 - editDistance(a, b) / (Math.max(a.length, b.length) || 1);
}
