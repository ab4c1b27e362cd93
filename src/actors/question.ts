import { namesOf, normalName } from './find';
import { TITLES } from './lexicon';
import type { Actor, ActorTable } from './types';

interface NameMatch {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  /** Lower wins a tie of equal length: a full alias beats a word of a name, which beats a role. */
  readonly tier: number;
}

const STOP_WORDS = new Set([
  'the',
  'of',
  'a',
  'an',
  'and',
  'for',
  'de',
  'al',
  'in',
  'on',
  'to',
  "country's",
  'country',
]);

/** Single words of a name that never name an actor on their own in a question. */
const TOO_COMMON = new Set([
  ...TITLES.filter((title) => !title.includes(' ')),
  'state',
  'department',
  'army',
  'military',
  'command',
  'news',
  'united',
  'states',
  'republic',
  'national',
]);

/**
 * The actors a question names, each with every sentence that mentions it (by name, title, pronoun
 * or describing noun), for `/ask` to prefer. An actor is named by:
 * 1. any of its names (canonical or alias), case-insensitively, except all-capitals names ("US",
 *    "CNN"), which must be written in capitals so "tell us" is not the United States;
 * 2. a run of two or more words of its canonical name ("State Department"), or one capitalised word
 *    of it that is not a title or a common word ("Antony");
 * 3. two or more words of a role that only it holds ("Secretary of State", "Nigerien President").
 * Overlapping matches keep the longest, then the lower tier; an actor found twice is listed once.
 */
export function sentencesMentioning(table: ActorTable, question: string): Map<string, Set<number>> {
  const text = fold(question);
  const matches: NameMatch[] = [];
  const roleHolders = new Map<string, Actor[]>();
  for (const actor of table.actors) {
    const runs = new Set<string>();
    for (const role of actor.roles) {
      const words = normalName(role.text).split(' ');
      for (let size = 2; size <= words.length; size += 1) {
        for (let start = 0; start + size <= words.length; start += 1) {
          const run = words.slice(start, start + size);
          if (STOP_WORDS.has(run[0] as string) || STOP_WORDS.has(run[run.length - 1] as string)) continue;
          runs.add(run.join(' '));
        }
      }
    }
    for (const run of runs) roleHolders.set(run, [...(roleHolders.get(run) ?? []), actor]);
  }
  for (const actor of table.actors) {
    for (const name of namesOf(actor)) {
      const capitals = /^[\p{Lu}.]+$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);
      matches.push(
        ...occurrences(capitals ? question : text, capitals ? name : fold(name), actor, 0, capitals),
      );
    }
    const words = actor.name.split(/\s+/);
    for (let size = words.length - 1; size >= 1; size -= 1) {
      for (let start = 0; start + size <= words.length; start += 1) {
        const run = words.slice(start, start + size).join(' ');
        if (size === 1) {
          if (TOO_COMMON.has(normalName(run)) || normalName(run).length < 3) continue;
          // One word alone must be capitalised in the question to name someone.
          matches.push(...occurrences(question, run, actor, 1, true));
        } else if (!run.split(' ').every((word) => STOP_WORDS.has(normalName(word)))) {
          matches.push(...occurrences(text, fold(run), actor, 1));
        }
      }
    }
  }
  for (const [role, holders] of roleHolders) {
    if (holders.length === 1) matches.push(...occurrences(text, role, holders[0] as Actor, 2));
  }

  const chosen: NameMatch[] = [];
  for (const match of matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.tier - b.tier)) {
    if (chosen.some((other) => other.start < match.end && match.start < other.end)) continue;
    chosen.push(match);
  }
  const named = new Map<string, Set<number>>();
  for (const match of chosen.sort((a, b) => a.start - b.start)) {
    if (!named.has(match.actor.id))
      named.set(match.actor.id, new Set(match.actor.mentions.map((mention) => mention.sentenceId)));
  }
  return named;
}

/** Lower case, folded diacritics, straight quotes; the same length as the input so offsets agree. */
function fold(text: string): string {
  return [...text]
    .map((char) => {
      const folded = char.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
      return folded.length === char.length ? folded : char;
    })
    .join('');
}

function occurrences(
  haystack: string,
  needle: string,
  actor: Actor,
  tier: number,
  exactCase = false,
): NameMatch[] {
  const trimmed = needle.trim();
  if (trimmed === '') return [];
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, exactCase ? 'gu' : 'giu');
  return [...haystack.matchAll(pattern)].map((match) => ({
    actor,
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    tier,
  }));
}
