import { namesOf, normalName } from './find';
import { TITLES } from './lexicon';
import {
  ASKS_PAST_HOLDER,
  ASKS_REMOVED_HOLDER,
  headOf,
  NEW_ROLE,
  PAST_ROLE,
  roleMarkedBy,
} from './roleWords';
import type { Actor, ActorTable } from './types';
import { countryNamed } from './places';

interface NameMatch {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  /** Lower wins a tie of equal length: a full alias beats a word of a name, which beats a role. */
  readonly tier: number;
  /** The role's head noun, when the match is a role's words. */
  readonly head?: string;
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

/**
 * Where a capital stands for its government: as the subject after an auxiliary ("What did
 * Washington say?", "How has Washington reacted?"), after "according to", or owning something
 * ("Washington's top diplomat"). Not beside another name ("the Washington Post", "Denzel
 * Washington", "Washington-based") nor as a place ("Who controls Niamey?", "the Niamey airport").
 */
function standsForGovernment(question: string, start: number, end: number): boolean {
  const before = question.slice(Math.max(0, start - 20), start);
  const after = question.slice(end, end + 20);
  if (/^(?:\s+\p{Lu}|-)/u.test(after) || /-$/u.test(before)) return false;
  if (/\b(?:did|does|do|has|have|had|will|would|could|can|should|might|may|according to)\s+$/iu.test(before))
    return true;
  // …or before its own verb of saying or wanting ("the statement says _Washington wants_…",
  // "Washington pledged"), not after a preposition ("the situation _in Niamey_ calmed").
  if (GOVERNMENT_VERB_AFTER.test(after) && !/\b(?:in|at|from|to|into|near|around|outside)\s+$/iu.test(before))
    return true;
  return /^['’]s\b/u.test(after) && !/\p{Lu}[\p{L}.]*\s+$/u.test(before);
}

/** A verb of saying, wanting or acting as a government, right after a capital. */
const GOVERNMENT_VERB_AFTER =
  /^\s+(?:wants?|wanted|says?|said|thinks?|believes?|pledged?|promised?|warned?|urged?|demanded?|insists?|insisted|called|condemned?|announced?|backs|backed|supports?|supported|will|would|could|can|should|might|may)\b/u;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our', 'your']);

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
  const named = new Map<string, Set<number>>();
  for (const { actor } of referencesIn(table, question)) {
    if (!named.has(actor.id))
      named.set(actor.id, new Set(actor.mentions.map((mention) => mention.sentenceId)));
  }
  return named;
}

/**
 * Where a question names an actor: the words that name it, a deciding "former" or "ousted" and a
 * place or body owning the role ("Niger's ex-president") included.
 */
export interface ActorReference {
  readonly actorId: string;
  /** Offsets into the question. */
  readonly start: number;
  readonly end: number;
}

/** Every place a question names an actor (see `sentencesMentioning`), in question order. */
export function actorReferencesIn(table: ActorTable, question: string): ActorReference[] {
  return referencesIn(table, question).map(({ actor, start, end }) => ({ actorId: actor.id, start, end }));
}

function referencesIn(table: ActorTable, question: string): { actor: Actor; start: number; end: number }[] {
  const text = fold(question);
  const matches: NameMatch[] = [];
  // Only the names whose first word is in the question can occur in it.
  const needles = needlesOf(table);
  // Needles have single spaces; a substring test is far cheaper than compiling a pattern, and most
  // needles whose first word is in the question do not occur in it.
  const spacedQuestion = question.replace(/\s+/g, ' ');
  const spacedText = text.replace(/\s+/g, ' ');
  const seen = new Set<Needle>();
  const typedInLowerCase = !/\p{Lu}/u.test(question);
  // Hyphenated words are looked up by their parts ("Tiani-led", "ex-president"); `occurrences`
  // decides whether a role counts inside one.
  for (const word of text.split(/[\s-]+/)) {
    for (const needle of needles.get(keyOf(word)) ?? []) {
      if (seen.has(needle)) continue;
      seen.add(needle);
      // Typed all in lower case ("what did washington say"), a capital is still told by its place.
      const exactCase = needle.exactCase && !(needle.capital === true && typedInLowerCase);
      const needleText = exactCase || needle.capital !== true ? needle.text : fold(needle.text);
      if (!(exactCase ? spacedQuestion : spacedText).includes(needleText)) continue;
      matches.push(
        ...occurrences(
          exactCase ? question : text,
          needleText,
          needle.actor,
          needle.tier,
          exactCase,
          needle.head !== undefined,
        )
          .filter((match) => !needle.capital || standsForGovernment(question, match.start, match.end))
          .map((match) => (needle.head === undefined ? match : { ...match, head: needle.head })),
      );
    }
  }

  const chosen: NameMatch[] = [];
  // Which characters a chosen match covers: a question naming thousands of actors is checked in
  // time linear in its matches, not by comparing each with every one chosen.
  const covered = new Uint8Array(text.length + 1);
  for (const match of matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.tier - b.tier)) {
    if (covered.subarray(match.start, match.end).includes(1)) continue;
    covered.fill(1, match.start, match.end);
    chosen.push(match);
  }
  const references = chosen
    .sort((a, b) => a.start - b.start)
    .flatMap((match): Found[] => {
      if (match.head === undefined)
        return [{ actor: match.actor, start: match.start, end: match.end, role: false }];
      const asked = holderAsked(table, text, match, match.head);
      return asked ? [{ ...asked, end: match.end, role: true }] : [];
    });
  // "Niger's ex-president" is one person: a place or body owning a role is part of naming its
  // holder ("Blinken's president" names both).
  const owns = (owner: Found, owned: Found | undefined): boolean =>
    owned?.role === true &&
    owner.actor.kind !== 'person' &&
    /^\s*'s\s+$/u.test(text.slice(owner.end, owned.start));
  return references.flatMap((reference, at) => {
    if (owns(reference, references[at + 1])) return [];
    const owner = references[at - 1];
    const start = owner !== undefined && owns(owner, reference) ? owner.start : reference.start;
    return [{ actor: reference.actor, start, end: reference.end }];
  });
}

/** An actor found in a question, and whether by a role's words. */
interface Found {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  readonly role: boolean;
}

/**
 * Whom a role named in a question stands for, read with the two words before it: "former
 * (Nigerien) president" is the holder of a past role with that head, or nobody when there is none;
 * "the ousted leader" is not the holder of a new role. Otherwise the role's holder. `start` takes
 * in the deciding word.
 */
function holderAsked(
  table: ActorTable,
  text: string,
  match: NameMatch,
  head: string,
): { actor: Actor; start: number } | undefined {
  // The word right before the role, or the one before that across a describing word ("former
  // Nigerien president"), never across a determiner: in "Who ousted the president?" it is a verb.
  const [beyond, adjacent] = lastWordsBefore(text, match.start, 2);
  const candidates = adjacent ? [adjacent] : [];
  if (adjacent && beyond && !DETERMINERS.has(keyOf(adjacent.word))) candidates.push(beyond);
  const deciding = (words: ReadonlySet<string>): number | undefined =>
    candidates.find((candidate) => words.has(keyOf(candidate.word)))?.index;
  const holdsRoleMarked = (actor: Actor, markers: ReadonlySet<string>): boolean =>
    actor.roles.some((role) => headOf(role.text) === head && roleMarkedBy(role.text, markers));
  const past = deciding(ASKS_PAST_HOLDER);
  if (past !== undefined) {
    const holders = table.actors.filter((actor) => holdsRoleMarked(actor, PAST_ROLE));
    return holders.length === 1 ? { actor: holders[0] as Actor, start: past } : undefined;
  }
  const removed = deciding(ASKS_REMOVED_HOLDER);
  if (removed !== undefined) {
    return holdsRoleMarked(match.actor, NEW_ROLE) ? undefined : { actor: match.actor, start: removed };
  }
  return { actor: match.actor, start: match.start };
}

/** How far back the words before a match are looked for: a word is never longer. */
const WORDS_BEFORE_REACH = 200;

/**
 * The last `count` words before `end`, with their offsets, read from a bounded stretch before it: a
 * question with thousands of matches is not read from its start for each.
 */
function lastWordsBefore(text: string, end: number, count: number): { word: string; index: number }[] {
  const from = Math.max(0, end - WORDS_BEFORE_REACH);
  const words = [...text.slice(from, end).matchAll(/\S+/g)].map((word) => ({
    word: word[0],
    index: from + (word.index ?? 0),
  }));
  // A word cut at the stretch's start is no word.
  if (from > 0 && words[0]?.index === from && /\S/.test(text.charAt(from - 1))) words.shift();
  return words.slice(-count);
}

/** One way a question can name an actor. */
interface Needle {
  /** Folded, except for `exactCase` needles, which must match as written. */
  readonly text: string;
  readonly actor: Actor;
  readonly tier: number;
  readonly exactCase: boolean;
  /** For a role's words (tiers 2 and 3), the role's head noun ("president"), to read "former …" against. */
  readonly head?: string;
  /** A capital, naming its government only where it stands for it (see `standsForGovernment`). */
  readonly capital?: boolean;
}

/** The needles of each table, by the key of their first word; built once per table (tables are immutable). */
const NEEDLES = new WeakMap<ActorTable, Map<string, Needle[]>>();

function needlesOf(table: ActorTable): Map<string, Needle[]> {
  const cached = NEEDLES.get(table);
  if (cached) return cached;
  const needles: Needle[] = [];
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
      const text = name.replace(/\s+/g, ' ');
      needles.push({ text: capitals ? text : fold(text), actor, tier: 0, exactCase: capitals });
    }
    const words = actor.name.split(/\s+/);
    for (let size = words.length - 1; size >= 1; size -= 1) {
      for (let start = 0; start + size <= words.length; start += 1) {
        const run = words.slice(start, start + size).join(' ');
        if (size === 1) {
          if (TOO_COMMON.has(normalName(run)) || normalName(run).length < 3) continue;
          // Of a body's name only its last word names it alone: "Nigerien" in "the Nigerien people"
          // is not the Nigerien army command. A person is named by any one of their names.
          if (actor.kind !== 'person' && start + size < words.length) continue;
          // One word alone must be capitalised in the question to name someone.
          needles.push({ text: run, actor, tier: 1, exactCase: true });
        } else if (!run.split(' ').every((word) => STOP_WORDS.has(normalName(word)))) {
          needles.push({ text: fold(run), actor, tier: 1, exactCase: false });
        }
      }
    }
  }
  // "What did Washington say?": a country's capital, written as a name, stands for its government.
  for (const actor of table.actors) {
    const capital = actor.kind === 'government' ? countryNamed(actor.name)?.capital : undefined;
    if (capital) needles.push({ text: capital, actor, tier: 4, exactCase: true, capital: true });
  }
  for (const [role, holders] of roleHolders) {
    if (holders.length === 1)
      needles.push({ text: role, actor: holders[0] as Actor, tier: 2, exactCase: false, head: headOf(role) });
  }
  // "the general", "the junta leader": a role's head noun names its holder when no other role ends
  // in it, or when every other holder's role is a past one ("the president" is not the "former
  // president", who is named by those two words).
  const headHolders = new Map<string, Set<Actor>>();
  const currentHolders = new Map<string, Set<Actor>>();
  for (const actor of table.actors) {
    for (const role of actor.roles) {
      const head = headOf(role.text);
      if (head.length < 4 || STOP_WORDS.has(head)) continue;
      headHolders.set(head, (headHolders.get(head) ?? new Set()).add(actor));
      if (!roleMarkedBy(role.text, PAST_ROLE))
        currentHolders.set(head, (currentHolders.get(head) ?? new Set()).add(actor));
    }
  }
  for (const [head, holders] of headHolders) {
    const current = currentHolders.get(head) ?? new Set<Actor>();
    const holder = holders.size === 1 ? [...holders][0] : current.size === 1 ? [...current][0] : undefined;
    if (holder) needles.push({ text: head, actor: holder, tier: 3, exactCase: false, head });
  }
  const byKey = new Map<string, Needle[]>();
  for (const needle of needles) {
    const key = keyOf(fold(needle.text.trim()).split(/\s+/)[0] ?? '');
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), needle]);
  }
  NEEDLES.set(table, byKey);
  return byKey;
}

/** A folded word reduced to letters and digits, possessive dropped: "bazoum's" → bazoum, "u.s." → us. */
function keyOf(word: string): string {
  return word.replace(/'s$/u, '').replace(/[^\p{L}\p{N}]/gu, '');
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
  role = false,
): NameMatch[] {
  const trimmed = needle.trim();
  if (trimmed === '') return [];
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // A role is not read inside a hyphenated word ("vice-president", "president-elect"), but for "ex-".
  const edges = role ? ['(?<!(?<!\\bex)-)', '(?!-\\p{L})'] : ['', ''];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${edges[0]}${escaped}(?![\\p{L}\\p{N}])${edges[1]}`,
    exactCase ? 'gu' : 'giu',
  );
  return [...haystack.matchAll(pattern)].map((match) => ({
    actor,
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    tier,
  }));
}
