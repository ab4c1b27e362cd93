import { noun as nounLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import { headOf, type Actor, type ActorReference } from '../actors';
import { termOf, termsOf } from './analysis';
import { actorByIdOf, actorTermsOf, BODY_KINDS } from './actorTerms';
import type { WeightedWord } from './weightedWord';
import type { Token } from '../text/taggedTokens';
import { escapeRegExp } from '../text/escapeRegExp';
import { isWordOfKind } from './askedCategories';
import { listedFor } from './wordNetLookup';
import { doneByIn } from './answerKind';
import { nounsOf } from './sentenceNouns';
import { PRAISING_VERB } from './judgingVerbs';

/**
 * How far a sentence names the role a "who" question asks about: its own word (any inflection), or
 * another name for it (see `namesOfRole`), `firm` as far as the focus is met; not a word that only
 * shares its stem ("command" for "commander"), nor another role near it in the vector space (a
 * secretary of state is no ambassador).
 */
export function roleNamedIn(library: Library, id: number, role: WeightedWord, firm: number): number {
  const lemma = nounLemma(role.word);
  if ((library.wordsBySentence[id] ?? []).some((word) => nounLemma(word) === lemma)) return 1;
  const terms = library.termsBySentence[id];
  if (!terms || terms.has(role.term)) return 0;
  const { asNoun, otherSenses } = namesOfRole(library, role);
  const text = library.sentences[id]?.text ?? '';
  // (A sentence is tagged only once it has such a word.)
  return ([...asNoun].some((term) => terms.has(term)) &&
    // "the _chief_ of the committee" names a chief, "the committee's chief concern" does not.
    nounsOf(library, id).some((noun) => asNoun.has(noun.term))) ||
    ([...otherSenses].some((term) => terms.has(term)) && doneByIn(text, (term) => otherSenses.has(term)))
    ? firm
    : 0;
}

/**
 * What names a role besides its own word: another name WordNet gives it as a noun ("writer" for
 * "author"), or a person one of its less common senses is ("chief" for "head"); and the words of
 * its other senses (verbs, adjectives), which name it only as the role's doing with its holder
 * after "by" ("written by Betty Smith" for "author"): "head" is also "continue", in "will continue
 * to work". Once per question word: every candidate sentence asks.
 */
function namesOfRole(library: Library, role: WeightedWord): RoleNames {
  let names = ROLE_NAMES.get(role);
  if (!names) {
    const asNoun = new Set(listedFor(library.nounRelated, role).values());
    for (const [word, term] of listedFor(library.rarelyRelated, role)) {
      if (library.personNouns?.has(word)) asNoun.add(term);
    }
    names = { asNoun, otherSenses: new Set([...role.wordNetTerms].filter((term) => !asNoun.has(term))) };
    ROLE_NAMES.set(role, names);
  }
  return names;
}

interface RoleNames {
  readonly asNoun: ReadonlySet<string>;
  readonly otherSenses: ReadonlySet<string>;
}

const ROLE_NAMES = new WeakMap<WeightedWord, RoleNames>();

/** A role or kind asked of an earlier time ("…hold _before_ the coup?"). */
export const ASKS_EARLIER =
  /(?<!\b(?:appear(?:s|ed|ing)?|stand(?:s|ing)?|stood|come|came|comes|coming|brought|put)\s+)\b(?:before|prior to)\b|\b(?:previously|formerly)\b/i;

/** A sentence giving a role of an earlier time ("_former_ president Issoufou"). */
export const PAST_MARKER = /\b(?:former|formerly|previous|previously)\b|\bex-/i;

/** Nouns that ask for a role someone holds. */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'rank',
  'title',
  'position',
  'post',
  'role',
  'job',
  'office',
  'occupation',
  'profession',
  // A person's background or career is the roles they held ("whats tiani's background?").
  'background',
  'career',
]);

/**
 * Whether a question asks someone's rank, title or post by this word: not their "position on"
 * something, a stance.
 */
export function asksForRole(question: string, word: string): boolean {
  if (!ROLE_NOUNS.has(nounLemma(word))) return false;
  // "position on", or one taken on something ("What position did Tiani take on the government?").
  const stance = new RegExp(
    String.raw`\b${word}\s+(?:${ABOUT})\b|\b${word}\b[^?]{0,60}?\b(?:take|took|taken|taking|adopt|adopted|adopting)\s+(?:${ABOUT})\b`,
    'iu',
  );
  return !stance.test(question) && !(nounLemma(word) === 'role' && ROLE_AS_PART.test(question));
}

/**
 * A role praised is a part someone had in something ("Which is the role of Bazoum that the
 * Secretary commended?"), not a post held. (A role played may be a post: "What role does Tiani
 * play in the new government?")
 */
const ROLE_AS_PART = new RegExp(String.raw`\b(?:${PRAISING_VERB}|acknowledg(?:e|es|ed|ing))\b`, 'i');

/** Prepositions after a stance: what it is about. */
const ABOUT = 'on|about|regarding|concerning|toward|towards|over';

/** The roles the articles give the actors a question asks a role of (see `rolesAskedOf`). */
interface RolesAsked {
  /** Some actor the question names has a role in the articles: they say what roles it holds. */
  readonly known: boolean;
  /** The sentences giving one of those roles that the question asks for. */
  readonly sentences: ReadonlySet<number>;
}

/**
 * The roles of the actors the question's words name. Asked for a post in a body ("What position
 * did Tiani hold _in the presidential guard_?"), only a role naming that body counts; asked for
 * an earlier one ("…_before_ the coup?"), only a role marked as former ("former president"). When
 * the articles give an actor's roles and none is the one asked, no other sentence gives it: a
 * paraphrase of "position" ("a real _way_ out") is not a post.
 */
export function rolesAskedOf(
  library: Library,
  words: readonly WeightedWord[],
  body: Actor | undefined,
  earlier: boolean,
): RolesAsked {
  const byId = actorByIdOf(library);
  const bodyTerms = body === undefined ? undefined : actorTermsOf(library, body).name;
  const sentences = new Set<number>();
  let known = false;
  const isAsked = (text: string): boolean =>
    (!bodyTerms || termsOf(text).some((term) => bodyTerms.has(term))) && (!earlier || PAST_MARKER.test(text));
  for (const actorId of new Set(words.flatMap((word) => [...word.actors]))) {
    if (actorId === body?.id) continue;
    const actor = byId.get(actorId);
    const roles = (actor?.roles ?? []).filter((role) => role.sentenceId !== null);
    if (roles.length === 0) continue;
    known = true;
    for (const role of roles) if (isAsked(role.text)) sentences.add(role.sentenceId as number);
    // A role is given again as a title ("…reiterated to _President_ Bazoum…").
    const heads = new Set(roles.map((role) => headOf(role.text)));
    for (const mention of actor?.mentions ?? []) {
      const titled = mention.text
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .some((word) => heads.has(word));
      if (titled && isAsked(mention.text)) sentences.add(mention.sentenceId);
    }
  }
  return { known, sentences };
}

/** Words for a country's forces as a whole: a rank ("general") is a post in them without naming them. */
const WHOLE_FORCES: ReadonlySet<string> = new Set([
  'army',
  'military',
  'armed',
  'forces',
  'junta',
  'troops',
  'soldiers',
]);

/**
 * The body the question asks a post "in" ("…hold in / within the presidential guard"), if it
 * names one more particular than the forces as a whole ("What rank does Tiani hold in the military?").
 */
export function bodyRoleIsIn(
  library: Library,
  questionText: string,
  words: readonly WeightedWord[],
): Actor | undefined {
  const byId = actorByIdOf(library);
  for (const word of words) {
    const body = [...word.actors]
      .map((actorId) => byId.get(actorId))
      .find((actor) => BODY_KINDS.has(actor?.kind));
    if (!body || WHOLE_FORCES.has(word.word)) continue;
    const inBody = new RegExp(
      String.raw`\b(?:in|within|inside)\s+(?:[\p{L}'’-]+\s+){0,3}?${word.word}\b`,
      'iu',
    );
    if (inBody.test(questionText)) return body;
  }
  return undefined;
}

/** WordNet's name for a noun of several words: lower case, joined by "_", the last as a noun lemma. */
export function compoundNameOf(words: readonly string[]): string {
  const lowered = words.map((word) => word.toLowerCase());
  return [...lowered.slice(0, -1), nounLemma(lowered.at(-1) ?? '')].join('_');
}

/**
 * The WordNet name of a person of several words the question uses around one of its words ("prime
 * minister" → prime_minister, "head of state" → head_of_state, "prime ministers" too), or null.
 * The word is looked for where it stands in the question (its first use).
 */
export function personCompoundAt(library: Library, tagged: readonly Token[], word: string): string | null {
  const at = tagged.findIndex((token) => token.text.toLowerCase() === word);
  if (at < 0) return null;
  const text = (offset: number): string => tagged[at + offset]?.text.toLowerCase() ?? '';
  const candidates = [
    [text(-1), word],
    [word, text(1)],
    [word, text(1), text(2)],
    [text(-2), text(-1), word],
  ];
  const known = candidates.find(
    (parts) =>
      parts.every((part) => /^\p{L}/u.test(part)) &&
      (library.personNouns?.has(compoundNameOf(parts)) ?? false),
  );
  return known === undefined ? null : compoundNameOf(known);
}

/**
 * How far each sentence names a role of several words (1 or 0), by sentence id: in its words
 * (“prime minister”), in WordNet's other names for it ("secretary of state" for a foreign
 * minister; a short one only in capitals, "PM", not "8 pm") or by a kind of it ("President" is a
 * head of state). The patterns are built once, for a question.
 */
export function compoundRoleNamed(library: Library, compound: string): (id: number) => number {
  const patterns = [compound, ...(library.related?.get(compound) ?? [])].map((phrase) => {
    const words = phrase
      .split('_')
      .map(escapeRegExp)
      .join(String.raw`\s+`);
    const short = /^\p{L}{1,3}$/u.test(phrase);
    return new RegExp(
      String.raw`(?<![\p{L}\p{N}])${short ? words.toUpperCase() : words}(?![\p{L}\p{N}])`,
      short ? 'u' : 'iu',
    );
  });
  const said = [...patterns, ...(ROLES_SAID_OTHERWISE[compound] ?? [])];
  return (id) => {
    const sentence = library.sentences[id];
    if (!sentence) return 0;
    if (said.some((pattern) => pattern.test(sentence.text))) return 1;
    return (library.wordsBySentence[id] ?? []).some((word) => isWordOfKind(library, word, compound)) ? 1 : 0;
  };
}

/**
 * Roles news says in other words than WordNet's: a country's leader is its head of state ("declared
 * himself as _the country's new leader_").
 */
const COUNTRYS_LEADER =
  /\b(?:country|nation|state)['’]s\s+(?:new\s+|former\s+|current\s+)?leader\b|\bleader\s+of\s+(?:the\s+)?(?:country|nation)\b/i;
const ROLES_SAID_OTHERWISE: Readonly<Record<string, readonly RegExp[]>> = {
  head_of_state: [COUNTRYS_LEADER],
  chief_of_state: [COUNTRYS_LEADER],
};

/**
 * Whether a reference by role is part of another role of several words, WordNet's, that is no kind
 * of it and that the actor is never called: "the _vice_ president" is not the president (a vice
 * president is an executive), "the _attorney_ general" no general. "The new _military_ leader"
 * still is the leader: a military leader is a kind of leader.
 */
export function inAnotherRole(
  library: Library,
  tagged: readonly Token[],
  reference: ActorReference,
): boolean {
  const before = tagged.filter((token) => token.end <= reference.start).at(-1);
  const typed = tagged
    .filter((token) => token.start >= reference.start && token.end <= reference.end)
    .map((token) => token.text.toLowerCase());
  const head = typed.at(-1);
  if (before === undefined || head === undefined) return false;
  const compound = [before.text.toLowerCase(), ...typed.slice(0, -1), nounLemma(head)].join('_');
  if (!(library.personNouns?.has(compound) ?? false)) return false;
  if (library.kinds?.get(compound)?.includes(nounLemma(head)) ?? false) return false;
  const phrase = compound.replace(/_/g, ' ');
  const actor = actorByIdOf(library).get(reference.actorId);
  // A name is no role ("James _Dean_"; WordNet lists james_dean as a person).
  if (actor && typed.some((word) => actorTermsOf(library, actor).name.has(termOf(word) ?? ''))) return false;
  const calledSo = (text: string): boolean => text.toLowerCase().includes(phrase);
  return !(
    actor?.roles.some((role) => calledSo(role.text)) ||
    actor?.mentions.some((mention) => calledSo(mention.text))
  );
}
