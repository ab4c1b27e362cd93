import { normalName, wordsOf } from './find';
import { COUNTRIES } from './places';
import { fullNamesMatch, organisationBase, type LocalActor } from './references';
import type { ActorKind } from './types';

/** Actors of several articles found to be one, before ids and overrides. */
export interface MergedActor {
  readonly kind: ActorKind;
  readonly parts: readonly LocalActor[];
}

/**
 * Groups the actors of all articles into corpus actors:
 * - people with full names match by surname and compatible first name ("Antony"/"Anthony Blinken");
 * - a surname-only person (an article that only says "General Tiani") joins the one full name with
 *   that surname in the corpus; if several share it, the one sharing a role word; else surname-only
 *   actors with the same surname stay together as their own actor;
 * - a country is one government; an outlet one outlet; organisations match by name without their
 *   country ("State Department" / "US State Department") when their countries do not differ;
 * - armies match by country; an army with no country stays with its article.
 */
export function mergeAcrossArticles(locals: readonly LocalActor[]): MergedActor[] {
  const parent = locals.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    parent[index] = at;
    return at;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const surnameOnly = (actor: LocalActor): boolean => actor.kind === 'person' && actor.fullWords.length === 1;

  // Only actors sharing a key can be one, so each is compared with its bucket, not with everyone.
  const buckets = new Map<string, number[]>();
  locals.forEach((actor, index) => {
    for (const key of mergeKeys(actor)) {
      const bucket = buckets.get(key) ?? [];
      for (const other of bucket) if (sameActor(locals[other] as LocalActor, actor)) union(other, index);
      bucket.push(index);
      buckets.set(key, bucket);
    }
  });
  // Surname-only people, once full names are grouped.
  locals.forEach((actor, index) => {
    if (!surnameOnly(actor)) return;
    const surname = normalName(actor.fullWords[0] ?? '');
    const groups = new Map<number, LocalActor[]>();
    (buckets.get(`person:${surname}`) ?? []).forEach((otherIndex) => {
      const other = locals[otherIndex] as LocalActor;
      if (other.kind !== 'person' || surnameOnly(other)) return;
      const group = groups.get(root(otherIndex)) ?? [];
      group.push(other);
      groups.set(root(otherIndex), group);
    });
    let choices = [...groups.keys()];
    if (choices.length > 1) {
      const words = new Set(actor.roles.flatMap((role) => wordsOf(role.text)));
      choices = choices.filter((key) =>
        (groups.get(key) ?? []).some((other) =>
          other.roles.some((role) => wordsOf(role.text).some((word) => words.has(word))),
        ),
      );
    }
    if (choices.length === 1) union(index, choices[0] as number);
    else {
      const twin =
        (buckets.get(`person:${surname}`) ?? []).find(
          (otherIndex) => otherIndex !== index && surnameOnly(locals[otherIndex] as LocalActor),
        ) ?? -1;
      if (
        twin >= 0 &&
        !locals.some((other) => !surnameOnly(other) && root(locals.indexOf(other)) === root(twin))
      )
        union(index, twin);
    }
  });

  const groups = new Map<number, LocalActor[]>();
  locals.forEach((actor, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(actor);
    groups.set(root(index), group);
  });
  return [...groups.values()].map((parts) => ({ kind: kindOf(parts), parts }));
}

/** The buckets an actor is compared within: its surname, country, outlet name, organisation name, initials. */
function mergeKeys(actor: LocalActor): string[] {
  if (actor.kind === 'person')
    return [`person:${normalName(actor.fullWords[actor.fullWords.length - 1] ?? '')}`];
  const keys = actor.country === null ? [] : [`country:${actor.country}:${actor.family ?? ''}`];
  for (const core of actor.cores) {
    keys.push(`name:${organisationBase(core)}`, `name:${normalName(core)}`);
    if (/^\p{Lu}{2,}$/u.test(core)) keys.push(`initials:${core}`);
    for (const letters of initialsOf(core)) keys.push(`initials:${letters}`);
  }
  return [...new Set(keys)];
}

function sameActor(a: LocalActor, b: LocalActor): boolean {
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  if (a.articleId === b.articleId && a.kind !== 'government') return false; // already one per article
  if (a.kind === 'person' || b.kind === 'person') {
    return a.kind === b.kind && fullNamesMatch(a.fullWords, b.fullWords);
  }
  if (a.kind === 'military' && b.kind === 'military' && (a.family !== null || b.family !== null)) {
    return a.family === b.family && a.country !== null && a.country === b.country;
  }
  if (a.kind === 'government' && b.kind === 'government' && isCountry(a) && isCountry(b))
    return a.country === b.country;
  if (a.kind === 'outlet' && b.kind === 'outlet') {
    return a.cores.some((core) => b.cores.some((other) => normalName(core) === normalName(other)));
  }
  if (a.kind !== b.kind) return false;
  const countriesAgree = a.country === null || b.country === null || a.country === b.country;
  return (
    countriesAgree &&
    a.cores.some((core) => b.cores.some((other) => organisationBase(core) === organisationBase(other)))
  );
}

/** "AU" and "African Union", "ECOWAS" and "Economic Community of West African States". */
function isAcronymOf(short: LocalActor, long: LocalActor): boolean {
  if (short.kind === 'person' || long.kind === 'person') return false;
  const acronyms = short.cores.filter((core) => /^\p{Lu}{2,}$/u.test(core));
  if (acronyms.length === 0) return false;
  return long.cores.some((core) => initialsOf(core).some((letters) => acronyms.includes(letters)));
}

/** "Economic Community of West African States" → ECWAS and ECOWAS: with and without the particles. */
function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !/^(?:the|and|&)$/i.test(word));
  if (words.length < 2) return [];
  const forms = [words.filter((word) => /^\p{Lu}/u.test(word)), words].map((kept) =>
    kept.map((word) => (word[0] ?? '').toUpperCase()).join(''),
  );
  return [...new Set(forms)].filter((letters) => letters.length >= 2);
}

function isCountry(actor: LocalActor): boolean {
  return actor.cores.every((core) => COUNTRIES.some((country) => country.name === core));
}

function kindOf(parts: readonly LocalActor[]): ActorKind {
  return (parts[0] as LocalActor).kind;
}
