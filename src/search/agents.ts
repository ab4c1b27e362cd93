import type { Library } from '../library';
import type { Mention } from '../actors';
import { actorByIdOf, mentionsIn } from './actorTerms';
import { termOf } from './analysis';
import { countryActorOf } from './ownCountry';
import type { AnalysedQuestion } from './question';
import type { WeightedWord } from './weightedWord';

/*
 * Who does what a question asks about, and who does it in a passage: "Why did _Bazoum_ endorse
 * Tiani?" is not answered by "…the country's _military_ endorsed the leaders behind the toppling
 * of President Mohamed Bazoum's government", which names Bazoum, but not as the one endorsing.
 */

/** The verb a question asks about and the actors it says do it. */
export interface DoerAsked {
  /** The verb's index term ("endors"). */
  readonly verbTerm: string;
  /** The actors of the subject before it ("did _Bazoum_ endorse"), as ids. */
  readonly doers: ReadonlySet<string>;
}

/**
 * The verb after "did / does / do" and its subject, when the subject names actors: "Why did
 * Bazoum endorse Tiani?" → endorse, done by Bazoum. A subject's owner ("did _Tiani's_ forces
 * detain") is not the doer; nor is anyone in a question of another shape.
 */
export function doerAskedOf(
  question: AnalysedQuestion,
  words: readonly Pick<WeightedWord, 'word' | 'actors'>[],
): DoerAsked | null {
  const tokens = question.tagged;
  const auxiliary = tokens.findIndex((token) => token.pos === 'AUX' && /^(?:did|does|do)$/i.test(token.text));
  if (auxiliary < 0) return null;
  const verb = tokens.findIndex((token, index) => index > auxiliary && token.pos === 'VERB');
  if (verb < 0) return null;
  const subject = tokens.slice(auxiliary + 1, verb);
  if (subject.some((token) => /^['’]s?$/u.test(token.text))) return null;
  const subjectWords = new Set(subject.map((token) => token.text.toLowerCase()));
  const doers = new Set(
    words.filter((word) => subjectWords.has(word.word)).flatMap((word) => [...word.actors]),
  );
  const verbTerm = termOf(tokens[verb]?.text ?? '');
  return doers.size === 0 || verbTerm === null ? null : { verbTerm, doers };
}

/**
 * Whether a sentence has someone other than the asked doers do the asked verb, said in its own
 * word: the actor mentioned right before it in its clause ("the country's military endorsed"), or
 * after "by" when it is passive ("was detained … by members of his presidential guard"). An owner
 * ("Bazoum's", "his") is not the doer. False when the sentence does not tell.
 */
export function hasOtherDoer(library: Library, sentenceId: number, asked: DoerAsked): boolean {
  const sentence = library.sentences[sentenceId];
  if (sentence === undefined) return false;
  const mentions = mentionsIn(library, sentenceId)
    .filter((mention) => !isOwner(mention, sentence.text, sentence.start))
    .map((mention) => ({ mention, actorId: actorOf(library, mention) }));
  for (const word of sentence.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    if (termOf(word[0]) !== asked.verbTerm) continue;
    const at = word.index;
    const before = sentence.text.slice(0, at);
    const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(before);
    const doer = passive
      ? doerAfterBy(mentions, sentence.text, sentence.start, at + word[0].length)
      : doerBefore(mentions, sentence.text, sentence.start, at);
    if (doer !== undefined) return !doesFor(library, doer, asked.doers);
  }
  return false;
}

/**
 * Whether an actor is one of the asked doers, or acts for or through one: a country's official
 * for the country ("Did _Washington_ ask…" → "_He_ asked", Blinken), a country for its official.
 */
function doesFor(library: Library, doer: string, doers: ReadonlySet<string>): boolean {
  if (doers.has(doer)) return true;
  const byId = actorByIdOf(library);
  const countryOf = (actorId: string): string | undefined => {
    const actor = byId.get(actorId);
    return actor === undefined ? undefined : countryActorOf(library, actor);
  };
  const doersCountry = countryOf(doer);
  return (
    (doersCountry !== undefined && doers.has(doersCountry)) ||
    [...doers].some((asked) => countryOf(asked) === doer)
  );
}

interface PlacedMention {
  readonly mention: Mention;
  readonly actorId: string | undefined;
}

/** The actor mentioned right before a word in its clause, past adverbs only ("He _further_ praised"). */
function doerBefore(
  mentions: readonly PlacedMention[],
  text: string,
  offset: number,
  at: number,
): string | undefined {
  const last = mentions
    .filter(({ mention }) => mention.end - offset <= at)
    .sort((a, b) => b.mention.end - a.mention.end)[0];
  if (last === undefined) return undefined;
  const between = text.slice(last.mention.end - offset, at);
  return /^\s*(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|had\s+|has\s+|have\s+)*$/u.test(between)
    ? last.actorId
    : undefined;
}

/** The actor after "by" following a passive verb ("detained two days ago _by_ members of…"). */
function doerAfterBy(
  mentions: readonly PlacedMention[],
  text: string,
  offset: number,
  after: number,
): string | undefined {
  const by = /^[^,;.]{0,40}?\bby\b/iu.exec(text.slice(after));
  if (by === null) return undefined;
  const from = after + by[0].length;
  const next = mentions
    .filter(({ mention }) => mention.start - offset >= from)
    .sort((a, b) => a.mention.start - b.mention.start)[0];
  if (next === undefined) return undefined;
  return /^[\s\p{Ll}]{0,30}$/u.test(text.slice(from, next.mention.start - offset)) ? next.actorId : undefined;
}

/** Whether a mention owns what follows it: "Bazoum's government", "his own guard". */
function isOwner(mention: Mention, text: string, offset: number): boolean {
  return (
    /['’]s?$/u.test(mention.text) ||
    /^(?:his|her|its|their)$/iu.test(mention.text) ||
    /^['’]s?\b/u.test(text.slice(mention.end - offset))
  );
}

/** The actor a mention refers to, from a table built once per library. */
function actorOf(library: Library, mention: Mention): string | undefined {
  let byMention = ACTOR_BY_MENTION.get(library);
  if (byMention === undefined) {
    byMention = new Map();
    for (const actor of actorByIdOf(library).values()) {
      for (const each of actor.mentions) byMention.set(each, actor.id);
    }
    ACTOR_BY_MENTION.set(library, byMention);
  }
  return byMention.get(mention);
}

const ACTOR_BY_MENTION = new WeakMap<Library, Map<Mention, string>>();
