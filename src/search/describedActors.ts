import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import {
  ASKS_PAST_HOLDER,
  ASKS_REMOVED_HOLDER,
  headOf,
  NEW_ROLE,
  PAST_ROLE,
  roleMarkedBy,
  type Actor,
  type ActorReference,
} from '../actors';
import type { Token } from '../text/taggedTokens';
import { countryNamed, isPlace } from '../actors/places';
import type { AnalysedQuestion } from './question';
import { termOf, termsOf } from './analysis';
import { actorByIdOf, actorTermsOf, BODY_KINDS } from './actorTerms';
import { TUNING } from './tuning';
import { cosine } from './wordVectors';
import { listedFor } from './wordNetLookup';
import { escapeRegExp } from '../text/escapeRegExp';
import { HEADING_NOUNS } from '../actors/lexicon';
import { normalName } from '../actors/find';

/**
 * The people a question describes in words the articles never use for them: "the top US diplomat"
 * → Blinken (the US Secretary of State), "the new strongman" → Tiani (the country's new leader),
 * "the ousted Nigerien leader" → Bazoum, where the actor table finds nobody. The described noun
 * must name a person (WordNet) and lie near one of the person's role nouns in the vector space
 * (diplomat ~ secretary 0.55) or be a kind of one (a chief is a leader); the words before it that
 * the person's names or roles use ("US", "new"), directly or through WordNet (America → US), tell
 * people apart, and "former" / "ousted" read as they do before a role. Only a clear winner counts.
 * `named` are the question's references already found, whose words are not read again; with an
 * `article`, only its people compete.
 */
export function describedActors(
  library: Library,
  question: Pick<AnalysedQuestion, 'tagged'>,
  named: readonly ActorReference[],
  article: string | null = null,
): ActorReference[] {
  const { personNouns } = library;
  if (!library.vectors || !personNouns) return [];
  const cast = castOf(library);
  const people = article === null ? cast.people : (cast.peopleByArticle.get(article) ?? []);
  if (people.length === 0) return [];
  const tokens = question.tagged;
  const described: ActorReference[] = [];
  for (let at = 0; at < tokens.length && described.length < MAX_DESCRIBED; at += 1) {
    const noun = describingNounAt(personNouns, tokens, at);
    if (!noun) continue;
    const headAt = at;
    at = noun.last;
    const start = (tokens[headAt] as Token).start;
    const end = (tokens[noun.last] as Token).end;
    if (named.some((reference) => reference.start < end && start < reference.end)) continue;
    const firstModifier = firstModifierOf(tokens, headAt);
    const describing = tokens.slice(firstModifier, headAt);
    // Someone is described by a definite phrase ("the top US diplomat", "Niger's head of state");
    // "any diplomat" is no one in particular, and after a reflexive, possessive or not, the phrase
    // says what he became ("proclaimed himself (as) _Niger's new head of state_").
    const before = tokens[firstModifier - 1]?.text.toLowerCase() ?? '';
    if (!DEFINITE.has(before) && !describing.some(isPossessive)) continue;
    if (becomesAfterReflexive(tokens, firstModifier)) continue;
    const modifiers = describing.filter(
      (modifier) => !isPossessive(modifier) || /\p{L}{2}/u.test(modifier.text),
    );
    const asksPast = modifiers.some((modifier) => {
      const lower = modifier.text.toLowerCase();
      return ASKS_PAST_HOLDER.has(lower) || ASKS_REMOVED_HOLDER.has(lower);
    });
    // "the commander of the presidential guard", "the State Department spokesperson" head or speak
    // for a body the question names after or before the noun: someone whose names and roles never
    // hold its head word ("guard", "department") is not described.
    const body = HEADING_NOUNS.has(noun.head)
      ? bodyHeadedBy(
          library,
          noun.head,
          bodyOfComplement(tokens, noun.last, named) ??
            bodyAmongModifiers(named, (tokens[firstModifier] as Token).start, start),
        )
      : undefined;
    // What the body's name says it is: "department", "guard", "community" in "Economic Community
    // of West African States".
    const bodyHead = body === undefined ? null : termOf(headOf(body.name));
    // "the US ambassador _to Niger_", "the envoy in / for Mali" name a post held in a country: only
    // someone holding that very role, or whose role says so, is described (the Secretary of State
    // is no ambassador to Niger; the president in Niger is still its president).
    const postedTo = placeOfPosting(library, tokens, noun.last, named);
    // Only people whose role the noun could name compete ("Niger's head of state" is no general).
    const candidates = people.flatMap((person) => {
      if (bodyHead !== null && !person.terms.has(bodyHead)) return [];
      if (
        postedTo !== null &&
        !person.roles.some((role) => role.head === noun.head) &&
        !person.actor.roles.some((role) => postedTo.test(role.text))
      )
        return [];
      const similarity = Math.max(
        0,
        ...person.roles
          // "the head of state" is the president, not the former one, unless the question says so.
          .filter((role) => asksPast || !role.past)
          .map((role) =>
            Math.max(
              roleSimilarity(library, noun.head, role.head),
              role.title !== null && namesTitle(library, noun.head, role.title) ? 1 : 0,
            ),
          ),
      );
      if (similarity < TUNING.describedMinSimilarity) return [];
      return [{ person, score: similarity + agreementOf(library, person, modifiers) }];
    });
    candidates.sort((a, b) => b.score - a.score);
    const [best, next] = candidates;
    if (!best || best.score === -Infinity) continue;
    const clear = best.score - (next?.score ?? -Infinity) >= TUNING.describedMargin;
    // A tie is broken by "former": "the former Nigerien leader" is the one the articles call
    // former (Issoufou), not the ousted one (Bazoum). Outside a tie the rest of the description
    // decides: "the former top US diplomat" is still Blinken.
    const formerOfTie =
      !clear && asksPast && next && best.person.holdsPastRole !== next.person.holdsPastRole
        ? best.person.holdsPastRole
          ? best
          : next
        : undefined;
    const chosen = clear ? best : formerOfTie;
    if (chosen)
      described.push({ actorId: chosen.person.actor.id, start: (tokens[firstModifier] as Token).start, end });
  }
  return described;
}

/**
 * Whether the phrase at `first` follows a reflexive pronoun, with "as", "to be" or an article
 * between ("declared _himself as the_…", "called _himself to be_…").
 */
function becomesAfterReflexive(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  while (/^(?:as|to|be|a|an|the)$/i.test(tokens[at]?.text ?? '')) at -= 1;
  return /^(?:himself|herself|themselves|itself)$/i.test(tokens[at]?.text ?? '');
}

/**
 * The reference a described noun is "of", when the question names one right after it ("the
 * commander of (Niger's) presidential guard").
 */
function bodyOfComplement(
  tokens: readonly Token[],
  last: number,
  named: readonly ActorReference[],
): ActorReference | undefined {
  const of = tokens[last + 1];
  if (of?.text.toLowerCase() !== 'of') return undefined;
  return named
    .filter((reference) => reference.start >= of.end && reference.start - of.end <= COMPLEMENT_REACH)
    .sort((a, b) => b.end - a.end)[0];
}

/**
 * The country or city a post is held in, named after "to", "in" or "for" ("ambassador _to Niger_",
 * "_in Niamey_"), as a pattern for a role saying so, or null.
 */
function placeOfPosting(
  library: Library,
  tokens: readonly Token[],
  last: number,
  named: readonly ActorReference[],
): RegExp | null {
  const to = tokens[last + 1];
  if (!to || !/^(?:to|in|for)$/i.test(to.text)) return null;
  const reference = named.find(
    (candidate) => candidate.start >= to.end && candidate.start - to.end <= COMPLEMENT_REACH,
  );
  const country = reference && actorByIdOf(library).get(reference.actorId);
  // A country the table names, or a city or region it does not ("in _Niamey_").
  const next = tokens[last + 2];
  const place =
    country && countryNamed(country.name) !== undefined
      ? country.name
      : next && /^\p{Lu}/u.test(next.text) && isPlace(next.text)
        ? next.text
        : null;
  if (place === null) return null;
  return new RegExp(String.raw`\b(?:to|in|for)\s+(?:the\s+)?${escapeRegExp(place)}\b`, 'iu');
}

/** The last reference named among a description's modifiers, from `from` to `to` ("the _State Department_ spokesperson"). */
function bodyAmongModifiers(
  named: readonly ActorReference[],
  from: number,
  to: number,
): ActorReference | undefined {
  return named.filter((reference) => reference.start >= from && reference.end <= to).pop();
}

/**
 * The body a heading noun describes someone by, if the reference is one: an organisation, army or
 * outlet; a government only for its spokesperson, who speaks for it under that title (whoever heads
 * "the State Department" may hold any role there, as the Secretary of State does). A country is where
 * someone holds a post, not a body ("the Niger head of state").
 */
function bodyHeadedBy(
  library: Library,
  noun: string,
  reference: ActorReference | undefined,
): Actor | undefined {
  const body = reference && actorByIdOf(library).get(reference.actorId);
  if (!body) return undefined;
  if (BODY_KINDS.has(body.kind)) return body;
  return body.kind === 'government' && SPEAKING_NOUNS.has(noun) && countryNamed(body.name) === undefined
    ? body
    : undefined;
}

/** Heading nouns for whoever speaks for a body. */
const SPEAKING_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** How far after "of" the body's name may begin ("of Niger's presidential guard"). */
const COMPLEMENT_REACH = 24;

/** At most this many descriptions are read per question: each is compared with every person. */
const MAX_DESCRIBED = 4;

/** Words that make a description definite: one person the reader knows. */
const DEFINITE = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'your',
  'my',
]);

/** A possessive: wink tags "'s" apart, but may keep "Niger's" whole. */
function isPossessive(token: Token): boolean {
  return /['’‘]s$/iu.test(token.text);
}

/** A person with roles, read once per library: role heads, whether each is past, the words naming them. */
interface Person {
  readonly actor: Actor;
  readonly roles: readonly {
    readonly head: string;
    /** The role as one WordNet noun of several words ("secretary_of_state"), or null. */
    readonly title: string | null;
    readonly past: boolean;
  }[];
  /** Index terms of the person's names and roles. */
  readonly terms: ReadonlySet<string>;
  readonly holdsNewRole: boolean;
  readonly holdsPastRole: boolean;
  /** A sentence mentioning them says someone was toppled, ousted or deposed. */
  readonly saidRemoved: boolean;
}

interface Cast {
  readonly people: readonly Person[];
  readonly peopleByArticle: ReadonlyMap<string, readonly Person[]>;
  /** roleSimilarity by "describing noun role head", as questions share their nouns. */
  readonly similarities: Map<string, number>;
}

const CASTS = new WeakMap<Library, Cast>();

function castOf(library: Library): Cast {
  const known = CASTS.get(library);
  if (known) return known;
  const people = library.actors.actors
    .filter((actor) => actor.kind === 'person' && actor.roles.length > 0)
    .map((actor): Person => {
      const sentences = new Set(actor.mentions.map((mention) => mention.sentenceId));
      return {
        actor,
        roles: actor.roles.map((role) => ({
          head: headOf(role.text),
          title: titleOf(library, role.text),
          past: roleMarkedBy(role.text, PAST_ROLE),
        })),
        terms: actorTermsOf(library, actor).all,
        holdsNewRole: actor.roles.some((role) => roleMarkedBy(role.text, NEW_ROLE)),
        holdsPastRole: actor.roles.some((role) => roleMarkedBy(role.text, PAST_ROLE)),
        saidRemoved: [...sentences].some((id) =>
          [...(library.termsBySentence[id] ?? [])].some((term) => REMOVAL_TERMS.has(term)),
        ),
      };
    });
  const peopleByArticle = new Map<string, Person[]>();
  for (const person of people) {
    for (const articleId of new Set(person.actor.mentions.map((mention) => mention.articleId))) {
      peopleByArticle.set(articleId, [...(peopleByArticle.get(articleId) ?? []), person]);
    }
  }
  const cast = { people, peopleByArticle, similarities: new Map<string, number>() };
  CASTS.set(library, cast);
  return cast;
}

/**
 * The noun for one person that starts at a token, as a WordNet lemma ("diplomat", or of several
 * words "head_of_state"), with the index of its last token; or null.
 */
function describingNounAt(
  personNouns: ReadonlySet<string>,
  tokens: readonly Token[],
  at: number,
): { head: string; last: number } | null {
  for (const size of [3, 2]) {
    const words = tokens.slice(at, at + size);
    const compound = words.map((token) => token.text.toLowerCase()).join('_');
    if (words.length === size && personNouns.has(compound)) return { head: compound, last: at + size - 1 };
  }
  const token = tokens[at] as Token;
  const head = token.text.toLowerCase();
  if (
    token.pos !== 'NOUN' ||
    // "What did the US _pledge_ to restore?": a verb wink took for a noun (a pledge may be a person).
    isVerbBeforeInfinitive(tokens, at) ||
    termOf(head) === null ||
    // One person: "which political figures" asks about several.
    nounLemma(head) !== head ||
    !personNouns.has(head)
  )
    return null;
  return { head, last: at };
}

/** A word followed by "to" and a verb: "pledge to help", "vow to restore". */
function isVerbBeforeInfinitive(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.text.toLowerCase() === 'to' && tokens[at + 2]?.pos === 'VERB';
}

/**
 * How near a describing noun is to a role's head noun: 1 for the same word, else the cosine of their
 * vectors; for a name of several words, `describedKindSimilarity` when the role is a kind of it (a
 * president is a head of state).
 */
function roleSimilarity(library: Library, head: string, roleHead: string): number {
  const memo = castOf(library).similarities;
  const key = `${head} ${roleHead}`;
  let similarity = memo.get(key);
  if (similarity === undefined) {
    similarity = computeRoleSimilarity(library, head, roleHead);
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, similarity);
  }
  return similarity;
}

/**
 * The role as a WordNet noun of several words, from its head on ("US _Secretary of State_") or with
 * the word before the head ("the _prime minister_"), or null.
 */
function titleOf(library: Library, role: string): string | null {
  const words = normalName(role).split(' ');
  const head = (words.includes('of') ? words.indexOf('of') : words.length) - 1;
  const titles = [words.slice(head), words.slice(head - 1, head + 1)]
    .filter((span) => head >= 0 && span.length >= 2)
    .map((span) => span.join('_'));
  return titles.find((title) => library.personNouns?.has(title)) ?? null;
}

/**
 * Whether a describing noun of several words names a role held under a title of several words: the
 * title itself or a WordNet synonym of it (a foreign minister is a secretary of state). Not a kind the
 * title is of: a secretary of state is a chief and a leader, as the coup's leader is.
 */
function namesTitle(library: Library, noun: string, title: string): boolean {
  return noun === title || (noun.includes('_') && library.related?.get(noun)?.includes(title) === true);
}

function computeRoleSimilarity(library: Library, head: string, roleHead: string): number {
  if (roleHead === head) return 1;
  // Names of several words have no vector; WordNet tells which roles are kinds of them.
  if (head.includes('_'))
    return library.kinds?.get(roleHead)?.includes(head) ? TUNING.describedKindSimilarity : 0;
  const headVector = library.vectors?.vectorOf(head);
  const roleVector = library.vectors?.vectorOf(roleHead);
  const near = headVector && roleVector ? cosine(headVector, roleVector) : 0;
  // A chief is a kind of leader (WordNet): as close as any kind, whatever the vectors say.
  return library.kinds?.get(head)?.includes(roleHead) ? Math.max(near, TUNING.describedKindSimilarity) : near;
}

/** Where the words describing a noun begin: adjectives, nouns, names, possessives, "ousted" before it. */
function firstModifierOf(tokens: readonly Token[], at: number): number {
  let first = at;
  let possessed = false;
  for (let index = at - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    const lower = token.text.toLowerCase();
    // Past a possessive only its owner's name belongs to the phrase ("called Niger's head…").
    const describes = possessed
      ? ['NOUN', 'PROPN'].includes(token.pos) && !isPossessive(token)
      : ['ADJ', 'NOUN', 'PROPN'].includes(token.pos) ||
        isPossessive(token) ||
        (token.pos === 'VERB' && (ASKS_REMOVED_HOLDER.has(lower) || /ed$/.test(lower)));
    if (!describes) break;
    possessed ||= isPossessive(token);
    // "Niger's" as one token is the owner itself: nothing before it belongs to the phrase.
    first = index;
    if (isPossessive(token) && /\p{L}{2}/u.test(token.text)) break;
  }
  return first;
}

/**
 * How far the describing words fit a person: +1 for each the person's names or roles use (or one
 * WordNet relates to them), +1 for "former" before a past role, +1 for "ousted" when a sentence
 * about them says someone was toppled; -Infinity when "former" or "ousted" asks for someone put
 * out of a role and this person holds a new one.
 */
function agreementOf(library: Library, person: Person, modifiers: readonly Token[]): number {
  let agreement = 0;
  for (const modifier of modifiers) {
    const word = modifier.text.replace(/['’‘]s$/u, '');
    const lower = word.toLowerCase();
    if (ASKS_PAST_HOLDER.has(lower) || ASKS_REMOVED_HOLDER.has(lower)) {
      if (person.holdsNewRole) return -Infinity;
      if (ASKS_PAST_HOLDER.has(lower) && person.holdsPastRole) agreement += 1;
      if (ASKS_REMOVED_HOLDER.has(lower) && person.saidRemoved) agreement += 1;
      continue;
    }
    const term = termOf(word);
    const related = term === null ? [] : [...listedFor(library.related, { word: lower, term }).values()];
    if ((term !== null && person.terms.has(term)) || related.some((other) => person.terms.has(other)))
      agreement += 1;
  }
  return agreement;
}

/** The index terms of being put out of office ("toppling", "ousted", "deposed", "overthrow"). */
const REMOVAL_TERMS = new Set(
  termsOf([...ASKS_REMOVED_HOLDER, 'oust', 'depose', 'topple', 'toppling', 'overthrow'].join(' ')),
);
