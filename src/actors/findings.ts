import {
  ANNOUNCE_VERBS,
  ANNOUNCEMENT_NOUNS,
  BETWEEN_SUBJECT_AND_VERB,
  CALENDAR_WORDS,
  LOCATIVE,
  NAME_CONNECTORS,
  NEVER_NAMES,
  NOT_ACTOR_ACRONYMS,
  OFFICE_NOUNS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  THING_PRONOUNS,
  TITLES,
  isKnownOrganisation,
  isKnownOutlet,
  isTitleModifier,
  kindOfHead,
} from './lexicon';
import { countryNamed, countryOfDemonym, isPlace, isRegionAdjective } from './places';
import { tokensOf, type Token } from '../text/taggedTokens';
import type { ActorKind } from './types';

/**
 * What one sentence says about who is in it, before anything is tied to an actor: names (with the
 * titles before them), titles standing alone, pronouns, describing nouns, appositive roles and
 * self-descriptions. Offsets index into the sentence text. Pure: the same text gives the same findings.
 */
export interface SentenceFindings {
  readonly names: readonly NameFinding[];
  readonly titles: readonly TitleFinding[];
  readonly pronouns: readonly PronounFinding[];
  readonly roleNouns: readonly RoleNounFinding[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  /** The subject of a verb: "Blinken further stressed", "Tiani, a Niger general, declared". */
  readonly subject: boolean;
  /** The speech verb it is the subject of ("said", "reported"), if any. */
  readonly speechVerb: string | null;
  /** It made an announcement ("declared himself…"). */
  readonly announces: boolean;
  /** Its speech is "in a statement" ("…," US State Department said in an official statement). */
  readonly makesStatement: boolean;
}

export interface NameFinding extends Span {
  readonly kind: ActorKind;
  /** The name without its title ("Antony Blinken"); for organisations the whole name. */
  readonly core: string;
  /** The words of `core`, for surname matching. */
  readonly coreWords: readonly string[];
  /** The title written before the name ("US Secretary of State", "former president"), if any. */
  readonly title: string | null;
  /** ", a Niger general," → "Niger general". */
  readonly appositive: string | null;
  /** "declared himself as the country’s new leader" → "the country’s new leader". */
  readonly selfDescription: string | null;
  /** The country a government, or an army's modifier, denotes. */
  readonly country: string | null;
  /** Followed by "’s". */
  readonly possessive: boolean;
}

export interface TitleFinding extends Span {
  /** The title words without "the" and modifiers ("Secretary of State"). */
  readonly title: string;
  /** "The ousted president, Bazoum, …": the index in `names` of the name the title introduces. */
  readonly introduces: number | null;
  /** "the former president": look for a past holder. */
  readonly past: boolean;
  readonly appositive: null;
  readonly selfDescription: string | null;
}

export interface PronounFinding extends Span {
  readonly pronoun: string;
  readonly refersTo: 'person' | 'thing';
  readonly case: 'subject' | 'object' | 'possessive' | 'reflexive';
  /** The noun after a possessive, skipping "own" ("his own presidential guard" → "presidential"). */
  readonly possessed: string | null;
  readonly selfDescription: string | null;
}

export interface RoleNounFinding extends Span {
  /**
   * - statement:    "the statement", "the official statement" → whoever last spoke in a statement
   * - announcement: "The announcement" → whoever last announced or declared
   * - military:     "the military", "the Nigerien army command" → that army
   * - organisation: "the department", "the ministry" → the organisation last named with that head
   */
  readonly type: 'statement' | 'announcement' | 'military' | 'organisation';
  readonly head: string;
  /** Army family: an army and its command are one actor; a presidential guard is another. */
  readonly family: 'army' | 'guard' | null;
  readonly country: string | null;
  /** The statement or announcement is someone's ("The military’s statement"): index of the name or role noun. */
  readonly possessor: { readonly list: 'names' | 'roleNouns'; readonly index: number } | null;
}

const OPENING = /^["“‘'([]$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}\p{N}.’'-]*$/u;
const POSSESSIVE = /^[’']s$/;
/** "I'm", "We’ll": never a name. */
const CONTRACTION = /[’'](?:m|re|ve|ll|d)$/i;
const SELF_VERBS =
  /^(?:declared|declares|proclaimed|proclaims|named|names|called|calls|styled|styles|crowned|appointed|described|describes|installed)$/i;
const TITLE_WORDS = TITLES.map((title) => title.split(' '));
/** Titles that never stand for a person without a name ("the Mr"). */
const NAME_ONLY_TITLES =
  /^(?:mr|mr\.|mrs|mrs\.|ms|ms\.|dr|dr\.|gen\.?|col\.|capt\.|lt\.|sen\.|gov\.|rep\.)$/i;
const STATEMENT_NOUN = /^statements?$/i;
const GENERIC_HEADS =
  /^(?:department|ministry|agency|council|union|commission|committee|bureau|office|government|embassy|court|bank|fund|army|military|forces|command|guard|junta|navy|party|group|press|news|times|post|administration|presidency|cabinet)$/i;
/** Nouns that, after "the", refer to an organisation already named ("the ministry", "the bloc"). */
const ORGANISATION_NOUNS =
  /^(?:department|ministry|agency|council|union|commission|committee|bureau|office|government|embassy|court|bank|fund|organisation|organization|alliance|bloc|body)$/i;
const MILITARY_HEADS: readonly { readonly words: readonly string[]; readonly family: 'army' | 'guard' }[] = [
  { words: ['armed', 'forces', 'command'], family: 'army' },
  { words: ['army', 'command'], family: 'army' },
  { words: ['military', 'command'], family: 'army' },
  { words: ['high', 'command'], family: 'army' },
  { words: ['armed', 'forces'], family: 'army' },
  { words: ['military', 'junta'], family: 'army' },
  { words: ['presidential', 'guard'], family: 'guard' },
  { words: ['military'], family: 'army' },
  { words: ['army'], family: 'army' },
  { words: ['junta'], family: 'army' },
];

export function findingsOf(text: string): SentenceFindings {
  const tokens = tokensOf(text);
  const used = new Set<number>();
  const titles = titleFindings(tokens, text, used);
  const names = nameFindings(tokens, text, used);
  for (const [index, title] of titles.entries()) {
    if (tokens[title.last + 1]?.text !== ',') continue;
    const named = names.findIndex((name) => name.kind === 'person' && name.first === title.last + 2);
    if (named >= 0) titles[index] = { ...title, introduces: named };
  }
  const roleNouns = roleNounFindings(tokens, text, names);
  const pronouns = pronounFindings(tokens, text);
  return { names, titles, pronouns, roleNouns };
}

// ---- names -------------------------------------------------------------------------------------

function nameFindings(tokens: readonly Token[], text: string, used: ReadonlySet<number>): NameFinding[] {
  const findings: NameFinding[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (used.has(index) || !isNameWord(tokens, index)) {
      index += 1;
      continue;
    }
    let last = index;
    // A run of capitalised words, joined by name particles ("Secretary of State Antony Blinken").
    for (;;) {
      const next = last + 1;
      if (next < tokens.length && !used.has(next) && isNameWord(tokens, next)) last = next;
      else if (
        NAME_CONNECTORS.test(tokens[next]?.text ?? '') &&
        next + 1 < tokens.length &&
        isNameWord(tokens, next + 1) &&
        !used.has(next + 1)
      )
        last = next + 1;
      else break;
    }
    let first = index;
    // Lower-case titles and qualifiers before the run: "former president Mahamadou Issoufou".
    // A verb is not a qualifier: "the guard detained President Bazoum" (but "the detained president").
    while (
      first > 0 &&
      !used.has(first - 1) &&
      isPrefixWord(tokens[first - 1] as Token) &&
      !((tokens[first - 1] as Token).pos === 'VERB' && !/^(?:the|a|an)$/i.test(tokens[first - 2]?.text ?? ''))
    ) {
      first -= 1;
    }
    const finding = nameFindingOf(tokens, text, first, index, last);
    if (finding) findings.push(finding);
    index = last + 1;
  }
  return findings;
}

function isNameWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!CAPITALISED.test(token.text) || token.date || CALENDAR_WORDS.test(token.text)) return false;
  if (NEVER_NAMES.test(token.text) || CONTRACTION.test(token.text)) return false;
  if (!atSentenceStart(tokens, index)) return true;
  // A capitalised first word is a name only if the tagger says so or it is a title ("Secretary Blinken").
  return token.pos === 'PROPN' || isTitleWord(token.text) || isTitleModifier(token.text);
}

function atSentenceStart(tokens: readonly Token[], index: number): boolean {
  for (let before = index - 1; before >= 0; before -= 1) {
    const token = tokens[before] as Token;
    if (!OPENING.test(token.text)) return false;
  }
  return true;
}

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.some((words) => words[0] === lower);
}

function isPrefixWord(token: Token): boolean {
  return isTitleWord(token.text) || isTitleModifier(token.text);
}

/** The length in tokens of the title starting at `index`, or 0. */
function titleLengthAt(tokens: readonly Token[], index: number, end: number): number {
  let best = 0;
  for (const words of TITLE_WORDS) {
    if (words.length <= best || index + words.length - 1 > end) continue;
    if (words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word))
      best = words.length;
  }
  return best;
}

function nameFindingOf(
  tokens: readonly Token[],
  text: string,
  prefixFirst: number,
  runFirst: number,
  last: number,
): NameFinding | null {
  let first = prefixFirst;
  const whole = spanText(tokens, text, first, last);
  const context = spanContext(tokens, first, last);
  const possessive = POSSESSIVE.test(tokens[last + 1]?.text ?? '');
  const base = { possessive, appositive: null, selfDescription: null, title: null, ...context };
  const wholeCountry = countryNamed(whole);
  // "a Niger general", "US Secretary": a country before a role describes the role, it is not a mention.
  if (wholeCountry && ROLE_NOUNS.has(tokens[last + 1]?.text.toLowerCase() ?? '')) return null;
  if (wholeCountry) {
    return {
      ...base,
      ...spanOf(tokens, text, first, last),
      kind: 'government',
      core: wholeCountry.name,
      coreWords: [wholeCountry.name],
      country: wholeCountry.name,
    };
  }
  if (isKnownOutlet(whole)) {
    return {
      ...base,
      ...spanOf(tokens, text, first, last),
      kind: 'outlet',
      core: whole,
      coreWords: whole.split(/\s+/),
      country: null,
    };
  }
  const headKind = kindOfHead(whole) ?? kindOfHead(whole.replace(/\s+of\s+.*$/i, ''));
  // A generic head alone ("the Department said") is a describing noun, handled with the role nouns.
  if (headKind && first === last && GENERIC_HEADS.test(whole)) return null;
  if (headKind || isKnownOrganisation(whole)) {
    return {
      ...base,
      ...spanOf(tokens, text, first, last),
      kind: headKind ?? 'organisation',
      core: whole,
      coreWords: whole.split(/\s+/),
      country: countryOfPrefix(tokens, first, last),
    };
  }

  // Split "US Secretary of State | Antony Blinken": titles, qualifiers, countries and demonyms lead.
  let coreFirst = first;
  let sawTitle = false;
  while (coreFirst <= last) {
    const length = titleLengthAt(tokens, coreFirst, last);
    if (length > 0) {
      sawTitle = true;
      coreFirst += length;
      continue;
    }
    const word = (tokens[coreFirst] as Token).text;
    if (isTitleModifier(word) || countryOfDemonym(word) || countryNamed(word) || NAME_CONNECTORS.test(word)) {
      coreFirst += 1;
      continue;
    }
    break;
  }
  if (coreFirst > last) return null; // a title alone without "the": not a reference
  // Without a title, qualifiers before the name are not part of it ("Nigerien Tiani" is rare; keep the name).
  if (!sawTitle) coreFirst = runFirst;
  const core = spanText(tokens, text, coreFirst, last);
  const coreWords = core.split(/\s+/);
  const title = sawTitle ? spanText(tokens, text, first, coreFirst - 1) : null;
  if (!sawTitle) first = runFirst;

  if (!isActorName(tokens, core, coreFirst, last, title)) return null;
  if (NOT_ACTOR_ACRONYMS.test(core)) return null;
  const acronym = /^\p{Lu}{2,}$/u.test(core);
  const kind: ActorKind = acronym ? 'organisation' : 'person';
  const appositive = kind === 'person' ? appositiveAfter(tokens, text, last) : null;
  return {
    ...base,
    ...spanOf(tokens, text, first, last),
    kind,
    core,
    coreWords,
    title: kind === 'person' ? title : null,
    appositive,
    country: null,
  };
}

/** Whether a run with its title removed names an actor, not a place, a date or a nationality. */
function isActorName(
  tokens: readonly Token[],
  core: string,
  first: number,
  last: number,
  title: string | null,
): boolean {
  if (isPlace(core) || isRegionAdjective(core) || countryOfDemonym(core) || countryNamed(core)) return false;
  // "State of California", "Republic of Niger": a place.
  const after = /\sof\s+(.+)$/.exec(core)?.[1];
  if (after && (isPlace(after) || countryNamed(after))) return false;
  if (isRegionAdjective((tokens[last] as Token).text) || (!title && (tokens[last] as Token).pos === 'ADJ'))
    return false;
  if (isPlace((tokens[last] as Token).text) && first === last) return false;
  // An unknown single word after "in", "at", "from" is a place ("leadership in Niamey").
  if (first === last && !title && LOCATIVE.test(tokens[first - 1]?.text ?? '')) return false;
  if (
    /^(?:region|province|state|city|county|district|area|border|capital)$/.test(
      tokens[last + 1]?.text ?? '',
    ) &&
    !title
  )
    return false;
  return true;
}

function countryOfPrefix(tokens: readonly Token[], first: number, last: number): string | null {
  for (let index = first; index <= last; index += 1) {
    const word = (tokens[index] as Token).text;
    const country = countryOfDemonym(word) ?? countryNamed(word);
    if (country) return country.name;
  }
  return null;
}

/** ", a Niger general," after a name: the role, when its last word is a role noun. */
function appositiveAfter(tokens: readonly Token[], text: string, last: number): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  const determiner = tokens[last + 2];
  if (!determiner) return null;
  // ", a Niger general," / ", the head of…," / ", Niger’s foreign minister," / ", 62," (no role).
  let roleFirst = last + 3;
  let keepFrom = last + 3;
  if (!/^(?:a|an|the)$/i.test(determiner.text)) {
    const possessive = POSSESSIVE.test(tokens[last + 3]?.text ?? '') && CAPITALISED.test(determiner.text);
    if (!possessive) return null;
    roleFirst = last + 4;
    keepFrom = last + 2;
  }
  for (let end = roleFirst; end < Math.min(tokens.length, last + 12); end += 1) {
    const token = tokens[end] as Token;
    if (token.text === ',' || token.text === '.' || token.text === ';' || end === tokens.length - 1) {
      const roleLast = token.text === ',' || token.text === '.' || token.text === ';' ? end - 1 : end;
      if (roleLast < roleFirst) return null;
      const words = tokens.slice(roleFirst, roleLast + 1).map((word) => word.text.toLowerCase());
      // "the head of the presidential guard" or "a Niger general": a role noun heads the phrase.
      const headIndex = words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length - 1;
      if (!ROLE_NOUNS.has(words[headIndex] ?? '')) return null;
      return spanText(tokens, text, keepFrom, roleLast);
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') return null;
  }
  return null;
}

// ---- titles standing alone ---------------------------------------------------------------------

/** "the Secretary", "The Secretary of State", "the former president", "the general". */
function titleFindings(tokens: readonly Token[], text: string, used: Set<number>): TitleFinding[] {
  // Mutable so a title can be tied to the name it introduces once names are found.
  const findings: TitleFinding[] = [];
  tokens.forEach((token, index) => {
    if (!/^the$/i.test(token.text) || POSSESSIVE.test(tokens[index - 1]?.text ?? '')) return;
    let cursor = index + 1;
    let past = false;
    while (cursor < tokens.length && isTitleModifier((tokens[cursor] as Token).text)) {
      if (/^(?:former|ex-?|late|outgoing)$/i.test((tokens[cursor] as Token).text)) past = true;
      cursor += 1;
    }
    const length = titleLengthAt(tokens, cursor, tokens.length - 1);
    if (length === 0) return;
    const last = cursor + length - 1;
    const titleText = spanText(tokens, text, cursor, last);
    if (NAME_ONLY_TITLES.test(titleText)) return;
    const next = tokens[last + 1];
    // Followed by a name it is a title prefix; followed by a noun it is an adjective ("the general election").
    if (next && CAPITALISED.test(next.text) && next.pos === 'PROPN') return;
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM')) return;
    if (next && POSSESSIVE.test(next.text)) return;
    const first = index + 1;
    for (let covered = first; covered <= last; covered += 1) used.add(covered);
    findings.push({
      ...spanOf(tokens, text, first, last),
      ...spanContext(tokens, first, last),
      title: titleText,
      introduces: null,
      past,
      appositive: null,
      selfDescription: null,
    });
  });
  return findings;
}

// ---- pronouns ----------------------------------------------------------------------------------

function pronounFindings(tokens: readonly Token[], text: string): PronounFinding[] {
  const findings: PronounFinding[] = [];
  tokens.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    const personCase = PERSON_PRONOUNS.get(lower);
    const thingCase = THING_PRONOUNS.get(lower);
    if (!personCase && !thingCase) return;
    if (token.pos !== 'PRON' && token.pos !== 'DET') return;
    const next = tokens[index + 1];
    // "it" resolves only as the subject of a verb ("which it said", "said it was"): most other "it"s are expletive.
    if (thingCase === 'subject' && !(next && (next.pos === 'VERB' || next.pos === 'AUX'))) return;
    if (
      thingCase === 'subject' &&
      /^(?:is|was|'s|’s)$/i.test(next?.text ?? '') &&
      /^(?:ADJ|SCONJ)$/.test(tokens[index + 2]?.pos ?? '')
    )
      return;
    // The noun possessed, past "own" and modifiers: "his continuing leadership" → "leadership".
    const possessedToken = tokens
      .slice(index + 1, index + 5)
      .find(
        (candidate) =>
          OFFICE_NOUNS.has(candidate.text.toLowerCase()) ||
          candidate.pos === 'NOUN' ||
          candidate.pos === 'PUNCT',
      );
    const selfDescription =
      lower === 'himself' || lower === 'herself' ? selfDescriptionAfter(tokens, text, index) : null;
    findings.push({
      ...spanOf(tokens, text, index, index),
      ...spanContext(tokens, index, index),
      pronoun: lower,
      refersTo: personCase ? 'person' : 'thing',
      case: personCase ?? (thingCase as 'subject' | 'possessive' | 'reflexive'),
      possessed:
        personCase === 'possessive' || thingCase === 'possessive'
          ? (possessedToken?.text.toLowerCase() ?? null)
          : null,
      selfDescription,
    });
  });
  return findings;
}

/** "declared himself as the country’s new leader on July 28" → "the country’s new leader". */
function selfDescriptionAfter(tokens: readonly Token[], text: string, reflexive: number): string | null {
  if (!SELF_VERBS.test(tokens[reflexive - 1]?.text ?? '')) return null;
  let first = reflexive + 1;
  if (/^as$/i.test(tokens[first]?.text ?? '')) first += 1;
  let last = first - 1;
  for (let index = first; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.pos === 'PUNCT' && !POSSESSIVE.test(token.text)) break;
    if (
      (token.pos === 'ADP' && !/^of$/i.test(token.text)) ||
      token.pos === 'VERB' ||
      token.pos === 'SCONJ' ||
      token.date
    )
      break;
    last = index;
  }
  if (last < first) return null;
  const words = tokens.slice(first, last + 1).map((token) => token.text.toLowerCase());
  const headIndex = words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length - 1;
  return ROLE_NOUNS.has(words[headIndex] ?? '') ? spanText(tokens, text, first, last) : null;
}

// ---- describing nouns --------------------------------------------------------------------------

function roleNounFindings(
  tokens: readonly Token[],
  text: string,
  names: readonly NameFinding[],
): RoleNounFinding[] {
  const findings: RoleNounFinding[] = [];
  const covered = (index: number): boolean => names.some((name) => index >= name.first && index <= name.last);
  for (let index = 0; index < tokens.length; index += 1) {
    if (covered(index)) continue;
    const military = militaryAt(tokens, index);
    if (military) {
      const { first, last, family } = military;
      const { first: modifierFirst, country } = militaryModifiers(tokens, first);
      findings.push({
        ...spanOf(tokens, text, modifierFirst, last),
        ...spanContext(tokens, modifierFirst, last),
        type: 'military',
        head: spanText(tokens, text, first, last).toLowerCase(),
        family,
        country,
        possessor: null,
      });
      index = last;
      continue;
    }
    const token = tokens[index] as Token;
    const word = token.text;
    if (STATEMENT_NOUN.test(word) || ANNOUNCEMENT_NOUNS.test(word) || ORGANISATION_NOUNS.test(word)) {
      const found = definiteNounAt(tokens, text, index, names, findings);
      if (found) findings.push(found);
    }
  }
  return findings;
}

/** An army word used as a noun: "the military endorsed", "the army command said", not "military coup". */
function militaryAt(
  tokens: readonly Token[],
  index: number,
): { first: number; last: number; family: 'army' | 'guard' } | null {
  for (const { words, family } of MILITARY_HEADS) {
    const last = index + words.length - 1;
    if (!words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word)) continue;
    const next = tokens[last + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !POSSESSIVE.test(next.text)) continue;
    const previous = tokens[index - 1];
    // "foreign military intervention" fails above; "a military" / "any army" are not one actor.
    if (previous && /^(?:a|an|any|no|foreign|every|its|their)$/i.test(previous.text)) continue;
    return { first: index, last, family };
  }
  return null;
}

/** The modifiers before an army word: "the Nigerien", "the West African country’s", "Niger’s". */
function militaryModifiers(
  tokens: readonly Token[],
  first: number,
): { first: number; country: string | null } {
  let start = first;
  let country: string | null = null;
  for (let index = first - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    if (/^the$/i.test(token.text)) break;
    const fromDemonym =
      countryOfDemonym(token.text) ??
      (POSSESSIVE.test(tokens[index + 1]?.text ?? '') ? countryNamed(token.text) : undefined);
    if (fromDemonym) country = fromDemonym.name;
    if (/^(?:own|his|her|its|their|our|my|your)$/i.test(token.text)) break;
    if (
      POSSESSIVE.test(token.text) ||
      token.pos === 'ADJ' ||
      token.pos === 'PROPN' ||
      (token.pos === 'NOUN' && POSSESSIVE.test(tokens[index + 1]?.text ?? '')) ||
      fromDemonym
    ) {
      start = index;
      continue;
    }
    break;
  }
  // A lone possessive mark never starts the span.
  while (start < first && POSSESSIVE.test((tokens[start] as Token).text)) start += 1;
  return { first: start, country };
}

/** "the statement", "the official statement", "The announcement", "the ministry" — or "X’s statement". */
function definiteNounAt(
  tokens: readonly Token[],
  text: string,
  index: number,
  names: readonly NameFinding[],
  roleNouns: readonly RoleNounFinding[],
): RoleNounFinding | null {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !POSSESSIVE.test(next.text)) return null;
  let first = index;
  while (first > 0 && (tokens[first - 1] as Token).pos === 'ADJ') first -= 1;
  const before = tokens[first - 1];
  const type = STATEMENT_NOUN.test(token.text)
    ? 'statement'
    : ANNOUNCEMENT_NOUNS.test(token.text)
      ? 'announcement'
      : 'organisation';
  const context = spanContext(tokens, first - 1 >= 0 ? first - 1 : first, index);
  if (before && POSSESSIVE.test(before.text)) {
    if (type === 'organisation') return null;
    const ownerEnd = first - 2;
    const nameIndex = names.findIndex((name) => name.last === ownerEnd);
    const roleIndex = roleNouns.findIndex((role) => role.last === ownerEnd);
    if (nameIndex < 0 && roleIndex < 0) return null;
    return {
      ...spanOf(tokens, text, first, index),
      ...context,
      type,
      head: token.text.toLowerCase(),
      family: null,
      country: null,
      possessor:
        nameIndex >= 0 ? { list: 'names', index: nameIndex } : { list: 'roleNouns', index: roleIndex },
    };
  }
  if (!before || !/^(?:the|this|that)$/i.test(before.text)) return null;
  return {
    ...spanOf(tokens, text, first - 1, index),
    ...context,
    type,
    head: token.text.toLowerCase(),
    family: null,
    country: null,
    possessor: null,
  };
}

// ---- shared ------------------------------------------------------------------------------------

function spanText(tokens: readonly Token[], text: string, first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

function spanOf(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
): { start: number; end: number; text: string; first: number; last: number } {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { start, end, text: text.slice(start, end), first, last };
}

/** Whether the span is a subject, of which verb, and whether that speech is a statement or an announcement. */
function spanContext(
  tokens: readonly Token[],
  first: number,
  last: number,
): { subject: boolean; speechVerb: string | null; announces: boolean; makesStatement: boolean } {
  const none = { subject: false, speechVerb: null, announces: false, makesStatement: false };
  const previous = tokens[first - 1];
  // "those detaining Bazoum were…": after a verb or preposition a name is an object.
  if (previous && (previous.pos === 'VERB' || previous.pos === 'ADP')) return none;
  let index = last + 1;
  if (POSSESSIVE.test(tokens[index]?.text ?? '')) return none;
  if (tokens[index]?.text === ',') {
    // Skip an appositive: "Abdourahamane Tiani, a Niger general, declared".
    const close = tokens.findIndex((token, at) => at > index && at <= index + 10 && token.text === ',');
    const inside = close > 0 ? tokens.slice(index + 1, close) : [];
    if (
      close > 0 &&
      inside.length > 0 &&
      inside.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX')
    )
      index = close + 1;
    else return none;
  }
  while (
    index < tokens.length &&
    BETWEEN_SUBJECT_AND_VERB.test((tokens[index] as Token).text) &&
    (tokens[index] as Token).pos !== 'VERB'
  ) {
    index += 1;
  }
  let verb = tokens[index];
  // wink tags "further" in "He further praised" as a verb: look one word on for the real one.
  if (verb && /^further$/i.test(verb.text) && tokens[index + 1]?.pos === 'VERB') verb = tokens[index + 1];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return none;
  const speechVerb = SPEECH_VERBS.test(verb.text) ? verb.text.toLowerCase() : null;
  const verbAt = tokens.indexOf(verb);
  const after = tokens.slice(verbAt + 1, verbAt + 7);
  return {
    subject: true,
    speechVerb,
    announces: ANNOUNCE_VERBS.test(verb.text),
    makesStatement: speechVerb !== null && after.some((token) => STATEMENT_NOUN.test(token.text)),
  };
}
