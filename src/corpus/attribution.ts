import type { Attribution } from './types';

/**
 * Who an article credits for each of its sentences, found with rules over the sentence's own
 * wording and, for "the statement" or "he", from the sentences before it.
 *
 * - trailing:      `"…," US State Department said in an official statement.` / `…, CNN reported.`
 * - inverted:      `"…," read the official statement.` / `"…," said Smith.`
 * - leading:       `Earlier, the army command said it …` / `Blinken further stressed …`
 * - parenthetical: `Niger's former government, he said, did not …`
 * - according to:  `…, according to Reuters.`
 * A later rule never overrides an earlier one: the outermost credit (the reporter) wins.
 */

const SPEECH_VERBS =
  'said|says|say|added|adds|reported|reports|stated|states|told|tells|wrote|writes|warned|warns|stressed|stresses|' +
  'underscored|emphasized|emphasised|reiterated|declared|declares|announced|announces|noted|notes|explained|' +
  'claimed|claims|insisted|asked|urged|argued|argues|confirmed|confirms|denied|denies|expressed|praised|' +
  'acknowledged|spoke|speaks|tweeted|posted|read|reads|quoted|cited|alleged|accused|condemned|vowed|promised';

const WORD = "[\\p{Lu}\\p{Ll}\\p{N}][\\p{L}\\p{M}\\p{N}.’'&-]*";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}.’'&-]*";
/** A capitalised name ("US State Department", "Secretary of State Antony Blinken", "CNN"). */
const NAME = `${NAME_WORD}(?:\\s+(?:of|for|and|de|du|al|bin|the|${NAME_WORD}))*`;
/** "the statement", "the Nigerien army command", "The military’s statement" (up to five words). */
const THE_PHRASE = `[Tt]he\\s+${WORD}(?:\\s+${WORD}){0,4}?`;
const PRONOUN = '[Hh]e|[Ss]he|[Tt]hey|[Ii]t';
const SOURCE = `(?<source>${THE_PHRASE}|${NAME}|${PRONOUN})`;
const ADVERBS = '(?:(?:also|further|later|again|then|earlier|previously|separately|\\p{Ll}+ly)\\s+)*';
const NO_QUOTES_TO_END = '[^"“”]*$';

const TRAILING = new RegExp(
  `[,"”’]\\s*(?:["”’]\\s*)?${SOURCE}\\s+${ADVERBS}(?:${SPEECH_VERBS})\\b${NO_QUOTES_TO_END}`,
  'u',
);
// The source runs to the end of the sentence or to a comma ("…," said Smith, the minister.).
const INVERTED = new RegExp(
  `[,"”’]\\s*["”’]?\\s*(?:said|added|read|wrote|says|adds)\\s+${SOURCE}\\s*(?:[,.;!?]|$)${NO_QUOTES_TO_END}`,
  'u',
);
const ACCORDING_TO = new RegExp(`\\baccording to\\s+${SOURCE}`, 'u');
const LEADING = new RegExp(
  `^(?:\\p{Lu}[\\p{L} ]{0,30}:\\s+)?(?:[^,"“”]{1,40},\\s*){0,3}?${SOURCE}\\s+${ADVERBS}(?:${SPEECH_VERBS})\\b`,
  'u',
);
const PARENTHETICAL = new RegExp(`,\\s*${SOURCE}\\s+(?:said|says|added|told \\p{Lu}\\p{L}+),`, 'u');
// A speaker with a description set off by commas before or after the name: "The coach, Maria
// Silva, said…", "Maria Silva, the coach, said…". The name is credited.
const APPOSITIVE = new RegExp(
  `^(?:${THE_PHRASE},\\s*(?<named>${NAME})|(?<name>${NAME}),\\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+[^,"“”]{1,40}),\\s+${ADVERBS}(?:${SPEECH_VERBS})\\b`,
  'u',
);

const ORGANISATION_WORD =
  /\b(?:Department|Ministry|Army|army|Government|government|Council|Agency|Office|Command|command|Committee|Commission|Union|Nations|Organi[sz]ation|Party|News|Press|Times|Post|Journal|Reuters|Bloomberg|Associated|Agence|Bureau|Service|Forces|forces|military|Military|junta|spokesperson|statement|House|Kremlin|Pentagon|Parliament|Senate|Congress|Court|Bank|Fund|Institute|University|Company|Inc|Corp|Group)\b/;
const STATEMENT = /\bstatement\b/i;

export interface AttributionContext {
  /** Who made the statement most recently credited ("the statement added" refers to it). */
  readonly statementOwner: string | null;
  /** The most recent person named as a speaker or subject ("he said" refers to them). */
  readonly lastPerson: string | null;
}

export const EMPTY_CONTEXT: AttributionContext = { statementOwner: null, lastPerson: null };

/** The attribution of every sentence of one article, in order. */
export function attributionsOf(sentences: readonly string[]): (Attribution | null)[] {
  let context = EMPTY_CONTEXT;
  return sentences.map((text) => {
    const result = attributionOf(text, context);
    context = result.context;
    return result.attribution;
  });
}

/** The attribution of one sentence given what came before, and the context for the next. */
export function attributionOf(
  text: string,
  context: AttributionContext,
): { attribution: Attribution | null; context: AttributionContext } {
  const found = firstCredit(text);
  let attribution: Attribution | null = null;
  let next = context;
  if (found) {
    const resolved = resolve(found.source, context);
    attribution = resolved ? { source: resolved.name, via: resolved.resolved ? 'resolved' : found.via } : null;
    if (resolved && STATEMENT.test(found.clause)) next = { ...next, statementOwner: resolved.name };
    if (resolved && isPersonLike(resolved.name)) next = { ...next, lastPerson: resolved.name };
  }
  // A person who opens the sentence is who a following "he" most likely means, even when the
  // sentence is credited to someone else ("Tiani said …, CNN reported." → "he said" is Tiani).
  const subject = leadingPersonSubject(text);
  if (subject) next = { ...next, lastPerson: subject };
  return { attribution, context: next };
}

interface Credit {
  readonly source: string;
  /** The whole credit clause, to see whether it mentions a statement. */
  readonly clause: string;
  readonly via: Attribution['via'];
}

function firstCredit(text: string): Credit | null {
  const rules: [RegExp, Attribution['via']][] = [
    [TRAILING, 'trailing'],
    [INVERTED, 'trailing'],
    [ACCORDING_TO, 'trailing'],
    [PARENTHETICAL, 'parenthetical'],
    [APPOSITIVE, 'leading'],
    [LEADING, 'leading'],
  ];
  for (const [pattern, via] of rules) {
    const match = pattern.exec(text);
    const source = match?.groups?.['source'] ?? match?.groups?.['named'] ?? match?.groups?.['name'];
    if (match && source && isPlausibleSource(source)) {
      return { source: trimSentencePunctuation(source), clause: text.slice(match.index), via };
    }
  }
  return null;
}

/** "statement." → "statement", but "U.S." stays. */
function trimSentencePunctuation(source: string): string {
  const trimmed = source.trim();
  return /(?:^|[\s.])\p{L}\.$/u.test(trimmed) ? trimmed : trimmed.replace(/[.,;:!?]+$/u, '');
}

/** Rejects matches that are clearly not a speaker: sentence openers and generic nouns. */
function isPlausibleSource(source: string): boolean {
  return (
    !/^(?:The|A|An|This|That|These|Those|But|And|Following|After|Before|Earlier|Later)$/i.test(source.trim()) &&
    // A clause is no speaker: "The coach, Maria Silva, said _the club would appeal the fine_."
    !CLAUSE_WORD.test(source)
  );
}

/** An auxiliary or modal verb: a phrase holding one is a clause, not a name. */
const CLAUSE_WORD = /\b(?:would|will|could|should|might|may|must|can|shall|is|are|was|were|has|have|had|did|does|do)\b/;

function resolve(
  source: string,
  context: AttributionContext,
): { name: string; resolved: boolean } | null {
  if (new RegExp(`^(?:${PRONOUN})$`, 'u').test(source)) {
    if (/^it$/i.test(source) || /^they$/i.test(source)) return null;
    return context.lastPerson ? { name: context.lastPerson, resolved: true } : null;
  }
  const possessive = /^(?:[Tt]he\s+)?(.+?)[’']s\s+(?:\S+\s+)*statement$/u.exec(source);
  if (possessive?.[1]) return { name: withoutArticle(`the ${possessive[1]}`), resolved: false };
  if (/^[Tt]he\s+(?:\S+\s+)?statement$/u.test(source)) {
    return context.statementOwner
      ? { name: context.statementOwner, resolved: true }
      : { name: withoutArticle(source), resolved: false };
  }
  return { name: withoutArticle(source), resolved: false };
}

function withoutArticle(source: string): string {
  return source.replace(/^[Tt]he\s+/, '');
}

function isPersonLike(name: string): boolean {
  if (ORGANISATION_WORD.test(name)) return false;
  if (/^[A-Z]{2,}$/.test(name)) return false;
  return /^\p{Lu}/u.test(name);
}

/** A sentence that opens with a person's name as its subject ("Bazoum was detained …"). */
function leadingPersonSubject(text: string): string | null {
  if (/^["“]/.test(text)) return null;
  const match = new RegExp(
    `^(?<name>${NAME})\\s+${ADVERBS}(?:was|is|has|had|${SPEECH_VERBS}|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
    'u',
  ).exec(text);
  const name = match?.groups?.['name'];
  if (!name || !isPersonLike(name) || /^(?:The|A|An|This|That|He|She|It|They)$/.test(name)) return null;
  return name;
}
