import { isRegionAdjective } from '../actors/places';
import { noun as nounLemma, verb as verbLemma } from 'wink-lemmatizer';
import type { Token } from '../text/taggedTokens';
import { isRelativeWhoAt } from './questionWords';
import { STATEMENT_NOUNS } from './statementNouns';
import type { WeightedWord } from './weightedWord';

/**
 * What a question asks about is a common noun or a verb: not "else", "roughly" or "beyond", and not
 * the names of whom it asks about ("Where was _Tiani_ born?", "When did _Niger_ gain
 * independence?"), which the articles mention whether or not they answer. An untagged word is
 * given the benefit of the doubt.
 */
export function canBeFocus(word: WeightedWord): boolean {
  if (word.actors.size > 0 || word.partOfSpeech === 'PROPN') return false;
  return word.partOfSpeech === null || word.partOfSpeech === 'NOUN' || word.partOfSpeech === 'VERB';
}

/**
 * Whether a word is a verb reporting what someone said was so (see `SAYING_VERBS`): tagged a verb,
 * or one of the speech verbs the question puts after its speaker (`speechVerbs`).
 */
export function isSayingVerb(word: WeightedWord, speechVerbs: ReadonlySet<string>): boolean {
  return (
    (word.partOfSpeech === 'VERB' || speechVerbs.has(word.word.toLowerCase())) && isSayingWord(word.word)
  );
}

/**
 * Whether a word is a verb telling how someone spoke of something ("the State Department _calls_
 * Bazoum democratically elected", "How did Tiani _describe_…"): like a verb of saying, it says
 * whose words answer, not what is asked.
 */
export function isDescribingVerb(word: WeightedWord): boolean {
  return word.partOfSpeech === 'VERB' && DESCRIBING_VERBS.has(verbLemma(word.word.toLowerCase()));
}

/** Whether a word is a form of a verb reporting what someone said was so ("said", "reported"). */
export function isSayingWord(word: string): boolean {
  return SAYING_VERBS.has(verbLemma(word.toLowerCase()));
}

/** Verbs that report what someone said was so (as lemmas). */
const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'claim',
  'assert',
  'allege',
  'contend',
  'add',
  'note',
  'mention',
  'remark',
  'comment',
  'report',
  'write',
  'cite',
  'accuse',
  'blame',
]);

/** Texts that say things ("the statement", "the article"): asked what they say, no more what is asked about than a speaker. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, 'article', 'story']);

/** Verbs of describing, as lemmas: "How did the statement _describe_ the talks?". */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'describe',
  'characterise',
  'characterize',
  'portray',
  'depict',
  'call',
]);

/**
 * The words of a text the question asks what it says or how it describes something, lower case
 * ("How did _the official statement_ describe the talks…", "What did _the statement_ say about…"):
 * the text is where the answer is found, as a source cited is, not what is asked. The document
 * noun right before a verb of saying or describing, with the determiners, describing words and
 * nouns before it.
 */
export function documentSpeakerWordsOf(tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  tagged.forEach((token, at) => {
    if (token.pos !== 'NOUN' || !DOCUMENT_NOUNS.has(nounLemma(token.text.toLowerCase()))) return;
    const verb = tagged[at + 1];
    if (verb?.pos !== 'VERB') return;
    const lemma = verbLemma(verb.text.toLowerCase());
    if (!SAYING_VERBS.has(lemma) && !DESCRIBING_VERBS.has(lemma)) return;
    for (let before = at; before >= 0; before -= 1) {
      const word = tagged[before] as Token;
      if (!['NOUN', 'ADJ', 'DET', 'PART'].includes(word.pos)) break;
      words.add(word.text.toLowerCase());
    }
  });
  return words;
}

/**
 * The participles a question puts between a determiner and a noun, lower case ("the _ousted_
 * government", "the _detained_ president"): they describe the noun, and are not what is asked.
 */
export function participlesBeforeNounsOf(tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  tagged.forEach((token, at) => {
    if (
      token.pos === 'VERB' &&
      /(?:ed|en)$/i.test(token.text) &&
      tagged[at + 1]?.pos === 'NOUN' &&
      /^(?:the|a|an|his|her|its|their|this|that|these|those)$/i.test(tagged[at - 1]?.text ?? '')
    )
      // "the _self-declared_ leader" is read as two words, "self" and "declared".
      for (const part of token.text.toLowerCase().split('-')) words.add(part);
  });
  return words;
}

/**
 * The words of a relative clause that says who is meant before the main verb ("the general _who
 * seized power_ proclaim himself…"), lower case: they are not what is asked. The clause is "who",
 * its verb and the noun phrase after it; a main verb must follow (tagged so, or a noun before
 * "to", a pronoun or a determiner: "…who seized power _plan_ to hold…"). Not "that", which as often
 * opens what was said ("Did Tiani say _that_ the army backed him?").
 */
export function describingClauseWordsOf(tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  const opening = tagged.findIndex((_, at) => isRelativeWhoAt(tagged, at) && tagged[at + 1]?.pos === 'VERB');
  if (opening < 0) return words;
  let end = opening + 2;
  while (
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tagged[end]?.pos ?? '') &&
    !isMainVerbAt(tagged, end)
  )
    end += 1;
  if (!isMainVerbAt(tagged, end)) return words;
  for (let at = opening; at < end; at += 1) words.add((tagged[at] as Token).text.toLowerCase());
  return words;
}

/**
 * The words of a relative clause closing the question that says who is meant ("What request did
 * Blinken make of the man _who led Niger before Bazoum_?"), lower case: the names in it say who
 * is meant, and a passage about him need not speak of them.
 */
export function closingDescribingClauseWordsOf(tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  const opening = tagged.findIndex(
    (token, at) =>
      /^(?:who|whom)$/i.test(token.text) &&
      tagged[at - 1]?.pos === 'NOUN' &&
      tagged.slice(0, at).some((before) => before.pos === 'VERB' || before.pos === 'AUX'),
  );
  if (opening < 0) return words;
  for (const token of tagged.slice(opening + 1)) {
    if (token.pos === 'PUNCT' && token.text !== "'" && token.text !== '’') break;
    words.add(token.text.toLowerCase());
  }
  return words;
}

/** A verb, or a word tagged a noun that stands where a verb would ("…power _plan_ to hold…"). */
function isMainVerbAt(tagged: readonly Token[], at: number): boolean {
  const token = tagged[at];
  if (!token) return false;
  if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  const next = tagged[at + 1];
  return (
    token.pos === 'NOUN' && (next?.text.toLowerCase() === 'to' || ['PRON', 'DET'].includes(next?.pos ?? ''))
  );
}

/**
 * The words of a region's name typed as common words ("the _west african_ regional bloc"): they
 * say where, as "West African" does, and are not what is asked.
 */
export function regionWordsOf(tagged: readonly Token[]): ReadonlySet<string> {
  const words = new Set<string>();
  tagged.forEach((token, at) => {
    const next = tagged[at + 1];
    if (next && isRegionAdjective(`${token.text} ${next.text}`)) {
      words.add(token.text.toLowerCase());
      words.add(next.text.toLowerCase());
    }
  });
  return words;
}
