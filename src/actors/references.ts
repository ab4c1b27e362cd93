import type { Sentence } from '../corpus/types';
import { normalName, wordsOf, containsRun } from './find';
import { editDistance } from '../text/editDistance';
import type {
  NameFinding,
  PronounFinding,
  RoleNounFinding,
  SentenceFindings,
  TitleFinding,
} from './findings';
import { HEAD_ROLE, OFFICE_NOUNS, PAST_MODIFIERS } from './lexicon';
import type { ActorKind, ActorRole, MentionKind, MentionRule } from './types';

/** A mention inside one article; offsets are sentence-relative until the table is built. */
export interface LocalMention {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly rule: MentionRule;
}

/** One actor as one article knows it, before articles are merged. */
export interface LocalActor {
  readonly articleId: string;
  readonly kind: ActorKind;
  /** Names as written, title included ("Secretary Blinken"), in order. */
  readonly surfaces: string[];
  /** Names without titles ("Antony Blinken", "Blinken"). */
  readonly cores: string[];
  /** The longest core, split into words (persons), for surname matching across articles. */
  fullWords: readonly string[];
  readonly country: string | null;
  readonly family: 'army' | 'guard' | null;
  readonly roles: ActorRole[];
  readonly mentions: LocalMention[];
  /** Sentences it is credited with by `Sentence.attribution`. */
  readonly said: Set<number>;
  /** Sentences where it is the subject of a speech verb ("Tiani said in the broadcast…, CNN reported"). */
  readonly spoke: Set<number>;
}

/** How many sentences back a pronoun may look for the person it means. */
export const PRONOUN_REACH = 3;

type Item =
  | { readonly type: 'name'; readonly finding: NameFinding; readonly actor: LocalActor | null }
  | { readonly type: 'military'; readonly finding: RoleNounFinding; readonly actor: LocalActor }
  | { readonly type: 'title'; readonly finding: TitleFinding }
  | { readonly type: 'pronoun'; readonly finding: PronounFinding }
  | { readonly type: 'role'; readonly finding: RoleNounFinding; readonly index: number };

interface Seen {
  readonly actor: LocalActor;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly subject: boolean;
}

/**
 * The actors of one article and every mention of them. Two passes:
 *
 * 1. Names. A full name ("Mohamed Bazoum") is one actor per article, whatever title it carries. A
 *    lone surname ("Bazoum") is the full name ending with it: the nearest one before it, else the
 *    first after it. A name with no actor yet becomes one if it looks like a person's (see
 *    `looksLikePerson`); a surname-only actor is merged across articles later. Armies with a country ("the Nigerien army
 *    command") are one actor per country; an army word without one ("the West African country’s
 *    military", "the military") is the army named nearest before it, else after it.
 * 2. References, in reading order, each tied to the nearest fitting actor already seen:
 *    - a title alone ("The Secretary of State", "the general") → the actor most recently mentioned
 *      whose roles contain those words; "the president" skips a "former president" unless it says "former";
 *    - "he"/"she"/"him" → the person who is subject of the same sentence before it, else the person
 *      subject of the nearest earlier sentence (within PRONOUN_REACH), else the nearest person;
 *    - "himself" → the person subject of its own sentence;
 *    - "his" + an office ("his continuing leadership", "his own presidential guard") → the nearest
 *      current head of state or government (a "President", not a "former president" nor a Secretary),
 *      the sentence's subject first; any other "his" → the subject of its sentence, else the person
 *      named just before it in its sentence ("Mr Bazoum's son said his father…"), else like "he";
 *    - "it"/"its" → the nearest organisation, government, army or outlet earlier in the same sentence;
 *    - "the statement" → whoever last spoke "in a statement" (or whose statement it is: "The military’s
 *      statement"); "The announcement" → whoever last declared or announced;
 *    - "the department", "the ministry" → the organisation last named with that head word; "the bloc"
 *      → the nearest organisation;
 *    - a title just before a name ("The ousted president, Bazoum,") is that person, and a role of theirs.
 *    "they" is left alone: groups are not actors here.
 */
export function articleActors(
  sentences: readonly Sentence[],
  findings: readonly SentenceFindings[],
  corpus: CorpusWords,
): LocalActor[] {
  const articleId = sentences[0]?.articleId ?? '';
  const actors: LocalActor[] = [];
  const items: Item[][] = sentences.map(() => []);
  const create = (
    kind: ActorKind,
    country: string | null = null,
    family: LocalActor['family'] = null,
  ): LocalActor => {
    const actor: LocalActor = {
      articleId,
      kind,
      surfaces: [],
      cores: [],
      fullWords: [],
      country,
      family,
      roles: [],
      mentions: [],
      said: new Set(),
      spoke: new Set(),
    };
    actors.push(actor);
    return actor;
  };

  // Pass 1: names and armies (and so every title role, known before any title is resolved).
  const pendingSurnames: { sentenceIndex: number; finding: NameFinding }[] = [];
  const pendingArmies: { sentenceIndex: number; finding: RoleNounFinding }[] = [];
  findings.forEach((found, sentenceIndex) => {
    for (const finding of found.names) {
      if (finding.kind === 'person' && finding.coreWords.length === 1) {
        pendingSurnames.push({ sentenceIndex, finding });
        continue;
      }
      const owner = nameOwner(actors, finding);
      if (!owner && finding.kind === 'person' && !looksLikePerson(finding, corpus)) continue;
      const actor = owner ?? create(finding.kind, finding.country);
      addName(actor, finding, sentences[sentenceIndex] as Sentence);
      items[sentenceIndex]?.push({ type: 'name', finding, actor });
    }
    for (const finding of found.roleNouns) {
      if (finding.type !== 'military') continue;
      if (finding.country === null) {
        pendingArmies.push({ sentenceIndex, finding });
        continue;
      }
      const actor =
        actors.find(
          (known) =>
            known.kind === 'military' && known.family === finding.family && known.country === finding.country,
        ) ?? create('military', finding.country, finding.family);
      addArmyName(actor, finding);
      items[sentenceIndex]?.push({ type: 'military', finding, actor });
    }
  });
  for (const { sentenceIndex, finding } of pendingSurnames) {
    const surname = normalName(finding.core);
    const owner = nearestBy(
      items,
      sentenceIndex,
      finding.start,
      (actor) => actor.kind === 'person' && lastWord(actor) === surname,
    );
    const actor =
      owner ??
      (looksLikePerson(finding, corpus)
        ? (actors.find(
            (known) => known.kind === 'person' && known.fullWords.length === 1 && lastWord(known) === surname,
          ) ?? create('person'))
        : null);
    if (actor) addName(actor, finding, sentences[sentenceIndex] as Sentence);
    items[sentenceIndex]?.push({ type: 'name', finding, actor });
  }
  for (const { sentenceIndex, finding } of pendingArmies) {
    const actor =
      nearestBy(
        items,
        sentenceIndex,
        finding.start,
        (known) => known.kind === 'military' && known.family === finding.family,
      ) ??
      actors.find(
        (known) => known.kind === 'military' && known.family === finding.family && known.country === null,
      ) ??
      create('military', null, finding.family);
    addArmyName(actor, finding);
    items[sentenceIndex]?.push({ type: 'military', finding, actor });
  }
  for (const [sentenceIndex, found] of findings.entries()) {
    const list = items[sentenceIndex] as Item[];
    for (const finding of found.titles) {
      list.push({ type: 'title', finding });
      const introduced = introducedActor(list, found, finding);
      if (introduced)
        addRole(introduced, finding.text, 'appositive', (sentences[sentenceIndex] as Sentence).id);
    }
    for (const finding of found.pronouns) list.push({ type: 'pronoun', finding });
    found.roleNouns.forEach((finding, index) => {
      if (finding.type !== 'military') list.push({ type: 'role', finding, index });
    });
    list.sort((a, b) => a.finding.start - b.finding.start);
  }

  // Pass 2: every mention in reading order, references resolved against what came before.
  const seen: Seen[] = [];
  let statementOwner: LocalActor | null = null;
  let announcer: LocalActor | null = null;
  for (const [sentenceIndex, list] of items.entries()) {
    const sentence = sentences[sentenceIndex] as Sentence;
    const resolvedRoles = new Map<number, LocalActor>();
    const nameActors = new Map<number, LocalActor>();
    for (const item of list) {
      let actor: LocalActor | null = null;
      let kind: MentionKind = 'name';
      let rule: MentionRule = 'name';
      if (item.type === 'name') {
        actor = item.actor;
        rule =
          item.finding.coreWords.length === 1 &&
          item.finding.kind === 'person' &&
          actor &&
          actor.fullWords.length > 1
            ? 'surname'
            : 'name';
        const index = findingsAt(findings, sentenceIndex).names.indexOf(item.finding);
        if (actor) nameActors.set(index, actor);
      } else if (item.type === 'military') {
        actor = item.actor;
        kind = item.finding.country ? 'name' : 'role';
        rule = 'military';
        resolvedRoles.set(findingsAt(findings, sentenceIndex).roleNouns.indexOf(item.finding), actor);
      } else if (item.type === 'title') {
        actor =
          introducedActor(list, findingsAt(findings, sentenceIndex), item.finding) ??
          titleHolder(actors, seen, sentenceIndex, item.finding);
        kind = 'title';
        rule = 'title-role';
      } else if (item.type === 'pronoun') {
        const resolved = pronounReferent(seen, sentenceIndex, item.finding);
        actor = resolved?.actor ?? null;
        kind = 'pronoun';
        rule = resolved?.rule ?? 'subject';
        if (actor && item.finding.selfDescription)
          addRole(actor, item.finding.selfDescription, 'self-description', sentence.id);
      } else {
        const finding = item.finding;
        const possessor = finding.possessor
          ? finding.possessor.list === 'names'
            ? (nameActors.get(finding.possessor.index) ?? null)
            : (resolvedRoles.get(finding.possessor.index) ?? null)
          : null;
        if (finding.type === 'statement') {
          if (possessor) statementOwner = possessor;
          // "The military’s statement": the military is already mentioned by name.
          actor = possessor ? null : (statementOwner ?? creditedActor(actors, sentence));
          rule = 'statement-owner';
        } else if (finding.type === 'announcement') {
          if (possessor) announcer = possessor;
          actor = possessor ? null : announcer;
          rule = 'announcer';
        } else {
          actor = headHolder(seen, finding.head);
          rule = 'organisation-head';
        }
        kind = 'role';
        if (actor) resolvedRoles.set(item.index, actor);
      }
      if (!actor) continue;
      actor.mentions.push({ sentence, start: item.finding.start, end: item.finding.end, kind, rule });
      seen.push({ actor, sentenceIndex, start: item.finding.start, subject: item.finding.subject });
      if (item.finding.speechVerb) actor.spoke.add(sentence.id);
      if (item.finding.makesStatement) statementOwner = actor;
      if (item.finding.announces) announcer = actor;
    }
  }
  return actors.filter((actor) => actor.mentions.length > 0);
}

/** "The ousted president, Bazoum, …": the actor of the name a title introduces. */
function introducedActor(
  list: readonly Item[],
  found: SentenceFindings,
  finding: TitleFinding,
): LocalActor | null {
  if (finding.introduces === null) return null;
  const name = found.names[finding.introduces];
  const item = list.find((candidate) => candidate.type === 'name' && candidate.finding === name);
  return item?.type === 'name' ? item.actor : null;
}

/** What the whole corpus says about words, for telling names from capitalised common nouns. */
export interface CorpusWords {
  /** The last words of full person names anywhere in the corpus ("bazoum"). */
  readonly surnames: ReadonlySet<string>;
  /** Words the corpus also writes in lower case ("security", "nation"): common nouns, not names. */
  readonly lowercase: ReadonlySet<string>;
}

/**
 * Whether a name with no actor yet is a person's. A title or a role settles it. Otherwise a name
 * whose last word the corpus also writes in lower case ("Social Security", "our Nation") is a
 * capitalised common noun, unless it speaks ("Brown said"); a lone word needs a sign of a person:
 * being a subject, a possessive, or the surname of a full name elsewhere in the corpus.
 */
function looksLikePerson(finding: NameFinding, corpus: CorpusWords): boolean {
  if (finding.title !== null || finding.appositive !== null) return true;
  const last = normalName(finding.coreWords[finding.coreWords.length - 1] ?? '');
  if (corpus.lowercase.has(last)) return finding.speechVerb !== null;
  return finding.coreWords.length > 1 || finding.subject || finding.possessive || corpus.surnames.has(last);
}

function findingsAt(findings: readonly SentenceFindings[], index: number): SentenceFindings {
  return findings[index] as SentenceFindings;
}

function lastWord(actor: LocalActor): string {
  return normalName(actor.fullWords[actor.fullWords.length - 1] ?? '');
}

/** The actor already holding this name in the article (same country, same full name, same organisation). */
function nameOwner(actors: readonly LocalActor[], finding: NameFinding): LocalActor | undefined {
  if (finding.kind === 'person') {
    return actors.find(
      (actor) => actor.kind === 'person' && fullNamesMatch(actor.fullWords, finding.coreWords),
    );
  }
  if (finding.kind === 'government' && finding.core === finding.country) {
    return actors.find(
      (actor) =>
        actor.kind === 'government' &&
        actor.country === finding.country &&
        actor.cores.includes(finding.core),
    );
  }
  const base = organisationBase(finding.core);
  return actors.find(
    (actor) =>
      actor.kind === finding.kind &&
      actor.cores.some((core) => organisationBase(core) === base) &&
      (actor.country === null || finding.country === null || actor.country === finding.country),
  );
}

/** "US State Department" → "state department": an organisation's name without its country. */
export function organisationBase(name: string): string {
  return wordsOf(name)
    .filter((word, index) => index > 0 || !/^(?:us|usa|uk|un|eu)$/.test(word))
    .join(' ');
}

/**
 * Whether two full names are one person: same surname and compatible first names (equal, one an
 * initial of the other, or one letter apart in names of four letters or more: "Antony"/"Anthony").
 */
export function fullNamesMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const [firstA, lastA] = [normalName(a[0] as string), normalName(a[a.length - 1] as string)];
  const [firstB, lastB] = [normalName(b[0] as string), normalName(b[b.length - 1] as string)];
  if (lastA !== lastB) return false;
  if (firstA === firstB) return true;
  if (firstA.length === 1 || firstB.length === 1) return firstA[0] === firstB[0];
  return Math.min(firstA.length, firstB.length) >= 4 && editDistance(firstA, firstB) <= 1;
}

/** The actor that fits, named nearest before (sentence, offset); else the first that fits after it. */
function nearestBy(
  items: readonly Item[][],
  sentenceIndex: number,
  start: number,
  fits: (actor: LocalActor) => boolean,
): LocalActor | null {
  let before: { actor: LocalActor; at: number } | null = null;
  let after: { actor: LocalActor; at: number } | null = null;
  items.forEach((list, index) => {
    for (const item of list) {
      if ((item.type !== 'name' && item.type !== 'military') || !item.actor || !fits(item.actor)) continue;
      const at = index * 1e6 + item.finding.start;
      const here = sentenceIndex * 1e6 + start;
      if (at < here && (!before || at > before.at)) before = { actor: item.actor, at };
      if (at > here && (!after || at < after.at)) after = { actor: item.actor, at };
    }
  });
  const chosen = (before ?? after) as { actor: LocalActor } | null;
  return chosen?.actor ?? null;
}

/** The actor the sentence's attribution names ("the statement added" was credited by the attribution rules). */
function creditedActor(actors: readonly LocalActor[], sentence: Sentence): LocalActor | null {
  const source = sentence.attribution ? normalName(sentence.attribution.source) : '';
  if (source === '') return null;
  return (
    actors.find((actor) => [...actor.cores, ...actor.surfaces].some((name) => normalName(name) === source)) ??
    null
  );
}

function addName(actor: LocalActor, finding: NameFinding, sentence: Sentence): void {
  if (!actor.surfaces.includes(finding.text)) actor.surfaces.push(finding.text);
  if (!actor.cores.includes(finding.core)) actor.cores.push(finding.core);
  if (finding.coreWords.length > actor.fullWords.length) actor.fullWords = finding.coreWords;
  if (finding.title) addRole(actor, finding.title, 'title', sentence.id);
  if (finding.appositive) addRole(actor, finding.appositive, 'appositive', sentence.id);
}

/** An army's names: with a country they name it ("Nigerien army command"); without, they describe it. */
function addArmyName(actor: LocalActor, finding: RoleNounFinding): void {
  const names = finding.country ? actor.cores : actor.surfaces;
  if (!names.includes(finding.text)) names.push(finding.text);
  if (!actor.surfaces.includes(finding.head)) actor.surfaces.push(finding.head);
}

function addRole(actor: LocalActor, written: string, via: ActorRole['via'], sentenceId: number): void {
  // "Mr", "Dr": a courtesy, not a role. "Gen." is "General".
  if (HONORIFIC.test(written)) return;
  const text = written.replace(ABBREVIATION, (short: string) => ABBREVIATIONS[short.toLowerCase()] ?? short);
  if (actor.roles.some((role) => normalName(role.text) === normalName(text))) return;
  actor.roles.push({ text, via, sentenceId });
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|madam|sir|dame)\.?$/i;
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'gen.': 'General',
  'col.': 'Colonel',
  'capt.': 'Captain',
  'lt.': 'Lieutenant',
  'sen.': 'Senator',
  'gov.': 'Governor',
  'rep.': 'Representative',
};
const ABBREVIATION = /\b(?:Gen|Col|Capt|Lt|Sen|Gov|Rep)\./gi;

/** "The Secretary of State" → the actor most recently mentioned whose roles contain those words. */
function titleHolder(
  actors: readonly LocalActor[],
  seen: readonly Seen[],
  sentenceIndex: number,
  finding: TitleFinding,
): LocalActor | null {
  const title = wordsOf(finding.title);
  const holds = (actor: LocalActor, past: boolean): boolean =>
    actor.roles.some(
      (role) => containsRun(wordsOf(role.text), title) && PAST_MODIFIERS.test(role.text) === past,
    );
  const fits = (actor: LocalActor): boolean =>
    finding.past
      ? holds(actor, true)
      : holds(actor, false) || (!actors.some((other) => holds(other, false)) && holds(actor, true));
  for (let index = seen.length - 1; index >= 0; index -= 1) {
    const entry = seen[index] as Seen;
    if (entry.sentenceIndex <= sentenceIndex && fits(entry.actor)) return entry.actor;
  }
  return actors.find(fits) ?? null;
}

/** The rules for "he", "his", "himself" and "it", documented on `articleActors`. */
function pronounReferent(
  seen: readonly Seen[],
  sentenceIndex: number,
  finding: PronounFinding,
): { actor: LocalActor; rule: MentionRule } | null {
  const inSentence = seen.filter(
    (entry) => entry.sentenceIndex === sentenceIndex && entry.start < finding.start,
  );
  if (finding.refersTo === 'thing') {
    const nearest = [...inSentence].reverse().find((entry) => entry.actor.kind !== 'person');
    return nearest ? { actor: nearest.actor, rule: 'nearest-organisation' } : null;
  }
  const people = (entries: readonly Seen[]): Seen[] =>
    entries.filter((entry) => entry.actor.kind === 'person');
  const sentenceSubject = people(inSentence).find((entry) => entry.subject)?.actor ?? null;
  if (finding.case === 'reflexive') {
    const actor = sentenceSubject ?? [...people(inSentence)].pop()?.actor ?? null;
    return actor ? { actor, rule: 'reflexive' } : null;
  }
  if (finding.case === 'possessive' && finding.possessed && OFFICE_NOUNS.has(finding.possessed)) {
    const isHead = (actor: LocalActor): boolean =>
      actor.roles.some((role) => HEAD_ROLE.test(role.text) && !PAST_MODIFIERS.test(role.text));
    if (sentenceSubject && isHead(sentenceSubject)) return { actor: sentenceSubject, rule: 'office-holder' };
    const head = [...people(seen)].reverse().find((entry) => isHead(entry.actor));
    if (head) return { actor: head.actor, rule: 'office-holder' };
  }
  if (finding.case !== 'object' && sentenceSubject) return { actor: sentenceSubject, rule: 'subject' };
  // "Mr Bazoum's son said his father…": a possessive goes to the person just named in its sentence.
  const namedBefore = [...people(inSentence)].pop();
  if (finding.case === 'possessive' && namedBefore) return { actor: namedBefore.actor, rule: 'subject' };
  for (let back = sentenceIndex - 1; back >= Math.max(0, sentenceIndex - PRONOUN_REACH); back -= 1) {
    const subject = people(seen).find((entry) => entry.sentenceIndex === back && entry.subject);
    if (subject) return { actor: subject.actor, rule: 'subject' };
  }
  const nearest = [...people(seen)]
    .reverse()
    .find((entry) => entry.sentenceIndex >= sentenceIndex - PRONOUN_REACH);
  return nearest ? { actor: nearest.actor, rule: 'subject' } : null;
}

/** "the department" → the organisation last mentioned whose name ends with "Department". */
function headHolder(seen: readonly Seen[], head: string): LocalActor | null {
  const named = [...seen]
    .reverse()
    .find(
      (entry) =>
        entry.actor.kind !== 'person' &&
        entry.actor.cores.some((core) => wordsOf(core).pop() === head.toLowerCase()),
    );
  if (named) return named.actor;
  // "the bloc", "the organisation": any organisation will do, the nearest one.
  if (!GENERIC_ORGANISATION_NOUNS.test(head)) return null;
  return [...seen].reverse().find((entry) => entry.actor.kind === 'organisation')?.actor ?? null;
}

const GENERIC_ORGANISATION_NOUNS = /^(?:bloc|organisation|organization|alliance|group|body)$/i;
