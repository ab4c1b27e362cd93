import { verb as verbLemma } from 'wink-lemmatizer';
import type { Library } from '../library';
import type { Mention } from '../actors';
import { actorIdOfMention, mentionsIn } from './actorTerms';
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
  // The verb "did" takes is bare: not a participle describing the subject ("does the US
  // assistance _threatened_ by the coup support").
  const verb = tokens.findIndex(
    (token, index) =>
      index > auxiliary &&
      token.pos === 'VERB' &&
      verbLemma(token.text.toLowerCase()) === token.text.toLowerCase(),
  );
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
 * word: the actors mentioned right before it in its clause ("the country's military endorsed",
 * "Silva and Okafor endorsed"), or after "by" when it is passive ("was detained … by members of
 * his presidential guard"). An owner ("Bazoum's", "his") is not a doer. Where it says the verb more
 * than once, one saying it of an asked doer is enough. False when the sentence does not tell, or
 * for a verb two do together ("Trump met Putin" is Putin meeting Trump too).
 */
export function hasOtherDoer(library: Library, sentenceId: number, asked: DoerAsked): boolean {
  const sentence = library.sentences[sentenceId];
  if (sentence === undefined || MUTUAL_VERB_TERMS.has(asked.verbTerm)) return false;
  const mentions = mentionsIn(library, sentenceId)
    .filter((mention) => !isOwner(mention, sentence.text, sentence.start))
    .map((mention) => ({ mention, actorId: actorIdOfMention(library, mention) }))
    .sort((a, b) => a.mention.start - b.mention.start);
  let other = false;
  for (const word of sentence.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    if (termOf(word[0]) !== asked.verbTerm) continue;
    const at = word.index;
    // "was detained", not "was endorsing": a participle after a form of "be".
    const passive =
      !/ing$/iu.test(word[0]) &&
      /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(sentence.text.slice(0, at));
    const doers = passive
      ? doersAfterBy(mentions, sentence.text, sentence.start, at + word[0].length)
      : doersBefore(mentions, sentence.text, sentence.start, at);
    if (doers.some((doer) => doesFor(library, doer, asked.doers))) return false;
    if (doers.length > 0) other = true;
  }
  return other;
}

/** What ends a text before an object: a preposition, or a verb in "-ing" or "-ed". */
const OBJECT_BEFORE =
  /\b(?:of|to|for|with|by|from|in|on|at|about|against|toward|towards|into|than|\p{L}{2,}ing|\p{L}{2,}ed)\s+(?:the\s+)?$/iu;

/** Verbs two do together, as index terms: whoever is named beside them does them too. */
const MUTUAL_VERB_TERMS: ReadonlySet<string> = new Set(
  ['meet', 'speak', 'talk', 'chat', 'confer', 'negotiate', 'marry', 'agree', 'clash', 'play', 'trade', 'ally']
    .map(termOf)
    .filter((term): term is string => term !== null),
);

/**
 * Whether an actor is one of the asked doers, or acts for or through one: a country's official
 * for the country ("Did _Washington_ ask…" → "_He_ asked", Blinken), a country for its official.
 */
function doesFor(library: Library, doer: string, doers: ReadonlySet<string>): boolean {
  if (doers.has(doer)) return true;
  const doersCountry = countryActorOf(library, doer);
  return (
    (doersCountry !== undefined && doers.has(doersCountry)) ||
    [...doers].some((asked) => countryActorOf(library, asked) === doer)
  );
}

interface PlacedMention {
  readonly mention: Mention;
  readonly actorId: string | undefined;
}

/**
 * The actors mentioned right before a word in its clause, past adverbs only ("He _further_
 * praised"), and those joined to them by "and" or a comma ("Silva and Okafor endorsed").
 */
function doersBefore(mentions: readonly PlacedMention[], text: string, offset: number, at: number): string[] {
  const before = mentions.filter(({ mention }) => mention.end - offset <= at);
  let until = at;
  const doers: string[] = [];
  // Adverbs and auxiliaries: "He _further_ praised", "Silva _was_ endorsing", "it _will_ support".
  let joining =
    /^\s*(?:\p{Ll}+ly\s+|(?:also|then|later|still|not|had|has|have|is|are|was|were|been|will|would|could|can|may|might|must|should|did|does|do)\s+)*$/u;
  for (let last = before.length - 1; last >= 0; last -= 1) {
    const { mention, actorId } = before[last] as PlacedMention;
    if (!joining.test(text.slice(mention.end - offset, until))) break;
    // After a preposition or a verb, a mention is an object ("those detaining _Bazoum_ were…").
    if (OBJECT_BEFORE.test(text.slice(0, mention.start - offset))) break;
    if (actorId !== undefined) doers.push(actorId);
    until = mention.start - offset;
    joining = /^\s*(?:,\s*)?(?:and\s+)?$/u;
  }
  return doers;
}

/** The actor after "by" following a passive verb ("detained two days ago _by_ members of…"). */
function doersAfterBy(
  mentions: readonly PlacedMention[],
  text: string,
  offset: number,
  after: number,
): string[] {
  const by = /^[^,;.]{0,40}?\bby\b/iu.exec(text.slice(after));
  if (by === null) return [];
  const from = after + by[0].length;
  const next = mentions.find(({ mention }) => mention.start - offset >= from);
  if (next?.actorId === undefined) return [];
  return /^[\s\p{Ll}]{0,30}$/u.test(text.slice(from, next.mention.start - offset)) ? [next.actorId] : [];
}

/** Whether a mention owns what follows it: "Bazoum's government", "his own guard". */
function isOwner(mention: Mention, text: string, offset: number): boolean {
  return (
    /['’]s?$/u.test(mention.text) ||
    /^(?:his|her|its|their)$/iu.test(mention.text) ||
    /^['’]s?\b/u.test(text.slice(mention.end - offset))
  );
}
