import type { Actor, ActorReference } from '../actors';
import { countriesOfRegionAdjective, countryNamed, countryOfDemonym, type Country } from '../actors/places';
import type { Library } from '../library';
import type { Token } from '../text/taggedTokens';
import { actorByIdOf } from './actorTerms';

/**
 * "his own country", "her country's", "their nation", "Bazoum's own country": a country told by
 * whose it is. Not as the place something happened ("detained _in_ his own country"): there it adds
 * nothing to what is asked, and would rank any sentence naming the country up. ("only _within_ his
 * own country's borders" says how far something reached, which is asked.)
 */
const OWN_COUNTRY =
  /(?<!\b(?:in|at|inside|from|throughout|across)\s+)\b(?:his|her|their|\p{L}+['’]s)\s+(?:own\s+)?(?:country|nation|homeland)\b/giu;

/**
 * The countries a question calls someone's own ("Beyond _his own country_, which area has the
 * ousted president helped keep safe?"): the country of the person it refers to, the nearest one the
 * question names or describes before it (after it, if none is before), as that person's roles in
 * the articles tell it ("Nigerien President" → Niger), as a reference to the country's actor.
 */
export function ownCountryReferences(
  library: Library,
  question: string,
  people: readonly ActorReference[],
): ActorReference[] {
  const byId = actorByIdOf(library);
  const persons = people.filter((reference) => byId.get(reference.actorId)?.kind === 'person');
  return [...question.matchAll(OWN_COUNTRY)].flatMap((found) => {
    const start = found.index;
    const end = start + found[0].length;
    // "Bazoum's own country": its owner is the person named in it ("the army's own nation": none).
    const owner = /^(?:his|her|their)\b/iu.test(found[0])
      ? (persons.filter((reference) => reference.end <= start).at(-1) ??
        persons.find((reference) => reference.start >= end))
      : persons.find((reference) => reference.start >= start && reference.end <= end);
    const actor = owner && byId.get(owner.actorId);
    const country = actor && countryOf(actor);
    const countryActor = country && actorOfCountry(library, country);
    return countryActor ? [{ actorId: countryActor.id, start, end }] : [];
  });
}

/**
 * The one country a person's roles name ("Nigerien President", "a Niger general", "a Sierra Leone
 * army officer"), if just one: a demonym, or a name of up to three words, the longest first ("North
 * Korea", not also Korea).
 */
function countryOf(person: Actor): Country | undefined {
  const countries = new Set(person.roles.flatMap((role) => countriesIn(role.text)));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * The countries a text names, by a name of up to three words (the longest first: "North Korea",
 * not also Korea) or a demonym ("Nigerien").
 */
export function countriesIn(text: string): Country[] {
  const words = text
    .replace(/['’]s\b/gu, '')
    .split(/[\s,.;:!?()“”"]+/u)
    .filter((word) => word !== '');
  const found: Country[] = [];
  for (let at = 0; at < words.length;) {
    const size = [3, 2, 1].find(
      (length) => countryNamed(words.slice(at, at + length).join(' ')) !== undefined,
    );
    const country =
      size === undefined
        ? countryOfDemonym(words[at] ?? '')
        : countryNamed(words.slice(at, at + size).join(' '));
    if (country) found.push(country);
    at += size ?? 1;
  }
  return found;
}

/**
 * The id of the actor of the one country an actor acts for, as its name or roles tell it ("US State
 * Department", "Nigerien President" → Niger), if the articles name that country; else undefined.
 * Worked out once per actor and library.
 */
export function countryActorOf(library: Library, actorId: string): string | undefined {
  let byActor = COUNTRY_BY_ACTOR.get(library);
  if (byActor === undefined) {
    byActor = new Map();
    COUNTRY_BY_ACTOR.set(library, byActor);
  }
  if (!byActor.has(actorId)) {
    const actor = actorByIdOf(library).get(actorId);
    const countries = new Set(
      actor === undefined ? [] : [actor.name, ...actor.roles.map((role) => role.text)].flatMap(countriesIn),
    );
    const [country] = countries;
    byActor.set(
      actorId,
      countries.size === 1 && country !== undefined ? actorOfCountry(library, country)?.id : undefined,
    );
  }
  return byActor.get(actorId);
}

const COUNTRY_BY_ACTOR = new WeakMap<Library, Map<string, string | undefined>>();

/**
 * The actor standing for a country in the articles ("Niger", "the United States": its
 * government), if they speak of it.
 */
export function actorOfCountry(library: Library, country: Country): Actor | undefined {
  return library.actors.actors.find((candidate) => isActorOf(candidate, country));
}

function isActorOf(actor: Actor, country: Country): boolean {
  return (
    actor.kind === 'government' &&
    [actor.name, ...actor.aliases].some((name) => countryNamed(name) === country)
  );
}

/** Nouns for one country: "the West African _nation_". */
const COUNTRY_NOUN = /^(?:nation|country|state|republic)$/i;

/**
 * The country a question describes by its region ("What did Washington pledge to keep pursuing in
 * _the West African nation_?"): the one country of that region the articles speak of (those of
 * `article` only, when given), as a reference to its actor. None when the region's adjective is
 * unknown, or the articles speak of none or several of its countries. A possessive ("the West
 * African country's military") names the country just the same.
 */
export function regionCountryReferences(
  library: Library,
  tagged: readonly Token[],
  article: string | null,
): ActorReference[] {
  return tagged.flatMap((token, at): ActorReference[] => {
    if (token.text.toLowerCase() !== 'the') return [];
    for (const size of [2, 1]) {
      const adjective = tagged.slice(at + 1, at + 1 + size);
      const noun = tagged[at + 1 + size];
      if (adjective.length !== size || noun === undefined || !COUNTRY_NOUN.test(noun.text)) continue;
      const members = countriesOfRegionAdjective(adjective.map((word) => word.text).join(' '));
      if (members.length === 0) continue;
      const spoken = members
        .map((country) => actorOfCountry(library, country))
        .filter(
          (actor): actor is Actor =>
            actor !== undefined &&
            (article === null || actor.mentions.some((mention) => mention.articleId === article)),
        );
      const only = spoken.length === 1 ? spoken[0] : undefined;
      return only ? [{ actorId: only.id, start: (adjective[0] as Token).start, end: noun.end }] : [];
    }
    return [];
  });
}
