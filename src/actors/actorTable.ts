import type { Article, CorpusProblem, Sentence } from '../corpus/types';
import { containsRun, findActor, normalName, wordsOf } from './find';
import { findingsOf, type SentenceFindings } from './findings';
import { PAST_MODIFIERS } from './lexicon';
import { mergeAcrossArticles, type MergedActor } from './merge';
import { COUNTRIES } from './places';
import { articleActors, type CorpusWords, type LocalActor } from './references';
import {
  NO_OVERRIDES,
  type Actor,
  type ActorOverrides,
  type ActorRole,
  type ActorTable,
  type Mention,
} from './types';
import { escapeRegExp } from '../text/escapeRegExp';

/**
 * The actors of a corpus: people, organisations, governments, armies and news outlets, each with
 * its names, roles, every mention (name, title, pronoun or describing noun) and the sentences it is
 * credited with. Pure: the same articles, sentences and overrides always give the same table.
 */
export function actorsOf(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  overrides: ActorOverrides = NO_OVERRIDES,
): ActorTable {
  const articleOrder = articles.map((article) => article.id);
  const byArticle = new Map<string, Sentence[]>(articleOrder.map((id) => [id, []]));
  for (const sentence of sentences) byArticle.get(sentence.articleId)?.push(sentence);
  for (const list of byArticle.values()) list.sort((a, b) => a.sentence - b.sentence);

  const findings = new Map<string, SentenceFindings[]>();
  for (const [articleId, list] of byArticle)
    findings.set(
      articleId,
      list.map((sentence) => findingsOf(sentence.text)),
    );
  const corpus = corpusWordsOf(sentences, findings);
  const locals: LocalActor[] = [];
  for (const [articleId, list] of byArticle) {
    const actors = articleActors(list, findings.get(articleId) ?? [], corpus);
    creditAttributions(list, actors);
    locals.push(...actors);
  }
  const merged = mergeAcrossArticles(locals).map(actorOf);
  const problems: CorpusProblem[] = [];
  const corrected = applyOverrides(merged, overrides, sentences, articleOrder, problems);
  return { actors: withIds(sortActors(corrected)), articleOrder, problems };
}

function corpusWordsOf(
  sentences: readonly Sentence[],
  findings: ReadonlyMap<string, SentenceFindings[]>,
): CorpusWords {
  const surnames = new Set<string>();
  for (const list of findings.values()) {
    for (const found of list) {
      for (const name of found.names) {
        if (name.kind === 'person' && name.coreWords.length > 1)
          surnames.add(normalName(name.coreWords.at(-1) ?? ''));
      }
    }
  }
  const lowercase = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence.text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}]*/gu) ?? []) lowercase.add(word);
  }
  return { surnames, lowercase };
}

/** Ties each sentence's `attribution` to the actor it names: a mention in the sentence, else one of the article's names. */
function creditAttributions(sentences: readonly Sentence[], actors: readonly LocalActor[]): void {
  for (const sentence of sentences) {
    if (!sentence.attribution) continue;
    const source = normalName(sentence.attribution.source);
    const inSentence = actors.find((actor) =>
      actor.mentions.some((mention) => {
        if (
          mention.sentence.id !== sentence.id ||
          mention.kind === 'pronoun' ||
          mention.rule === 'statement-owner'
        )
          return false;
        const text = normalName(sentence.text.slice(mention.start, mention.end));
        return (
          text === source ||
          (text.length >= 3 && (` ${text} `.includes(` ${source} `) || ` ${source} `.includes(` ${text} `)))
        );
      }),
    );
    const named = actors.find((actor) =>
      [...actor.cores, ...actor.surfaces].some((name) => normalName(name) === source),
    );
    (inSentence ?? named)?.said.add(sentence.id);
  }
  // The speaker inside a sentence credited to a reporter is who said it: "Tiani said …, CNN reported."
  // A sentence credited to a speaker ("…," US State Department said) stays theirs alone.
  const creditedTo = new Map<number, LocalActor>();
  for (const actor of actors) for (const id of actor.said) creditedTo.set(id, actor);
  for (const actor of actors) {
    for (const id of actor.spoke) {
      const credited = creditedTo.get(id);
      if (!credited || credited === actor || credited.kind === 'outlet') actor.said.add(id);
    }
  }
}

/** Working form of an actor while overrides apply; `id` is set last. */
type Draft = Omit<Actor, 'id'>;

function actorOf(group: MergedActor): Draft {
  const { parts, kind } = group;
  const cores = unique(parts.flatMap((part) => part.cores));
  const surfaces = unique(parts.flatMap((part) => part.surfaces));
  const country = COUNTRIES.find((known) =>
    parts.some((part) => part.country === known.name && part.cores.includes(known.name)),
  );
  let name: string;
  if (kind === 'government' && country) name = country.name;
  else if (kind === 'person') name = mostWords(cores, parts);
  else name = longest(cores.length > 0 ? cores : surfaces);
  const countryAliases = kind === 'government' && country ? [country.name, ...country.aliases] : [];
  const aliases = unique([...cores, ...surfaces, ...countryAliases]).filter(
    (alias) => normalName(alias) !== normalName(name),
  );
  const mentions = parts.flatMap((part) => part.mentions.map(mentionOf));
  const said = unique(parts.flatMap((part) => [...part.said]));
  const speaks = unique(parts.flatMap((part) => [...part.spoke]));
  return { name, kind, aliases, roles: rolesOf(parts.flatMap((part) => part.roles)), mentions, said, speaks };
}

function mentionOf(local: LocalActor['mentions'][number]): Mention {
  const { sentence } = local;
  return {
    sentenceId: sentence.id,
    articleId: sentence.articleId,
    paragraph: sentence.paragraph,
    sentence: sentence.sentence,
    start: sentence.start + local.start,
    end: sentence.start + local.end,
    text: sentence.text.slice(local.start, local.end),
    kind: local.kind,
    rule: local.rule,
  };
}

/** A person's canonical name: the fullest name ("Antony Blinken" over "Blinken"), then the most used. */
function mostWords(cores: readonly string[], parts: readonly LocalActor[]): string {
  const uses = (core: string): number => parts.filter((part) => part.cores.includes(core)).length;
  return [...cores].sort((a, b) => wordsOf(b).length - wordsOf(a).length || uses(b) - uses(a))[0] ?? '';
}

function longest(names: readonly string[]): string {
  return [...names].sort((a, b) => wordsOf(b).length - wordsOf(a).length)[0] ?? '';
}

/**
 * Roles without repeats: "President" goes when "Nigerien President" says more, unless the longer one
 * is over ("former president" does not swallow "President").
 */
function rolesOf(roles: readonly ActorRole[]): ActorRole[] {
  const distinct: ActorRole[] = [];
  for (const role of roles)
    if (!distinct.some((kept) => normalName(kept.text) === normalName(role.text))) distinct.push(role);
  return distinct.filter(
    (role) =>
      role.via !== 'title' ||
      !distinct.some(
        (other) =>
          other !== role &&
          !PAST_MODIFIERS.test(other.text) &&
          wordsOf(other.text).length > wordsOf(role.text).length &&
          containsRun(wordsOf(other.text), wordsOf(role.text)),
      ),
  );
}

function applyOverrides(
  drafts: readonly Draft[],
  overrides: ActorOverrides,
  sentences: readonly Sentence[],
  articleOrder: readonly string[],
  problems: CorpusProblem[],
): Draft[] {
  let actors = [...drafts];
  const lookup = (name: string): { actor: Draft | null; reason: string } => {
    const table: ActorTable = { actors: withIds(actors), articleOrder, problems: [] };
    const found = findActor(table, name);
    if (found.status === 'found')
      return { actor: actors[table.actors.indexOf(found.actor)] ?? null, reason: '' };
    if (found.status === 'ambiguous') {
      return {
        actor: null,
        reason: `"${name}" names several actors: ${found.candidates.map((actor) => actor.name).join(', ')}`,
      };
    }
    return { actor: null, reason: `no actor named "${name}"` };
  };

  for (const entry of overrides.merges) {
    const found = entry.actors.map(lookup);
    const missing = found.find(({ actor }) => actor === null);
    if (missing) {
      problems.push({ file: entry.file, line: entry.line, reason: `cannot merge: ${missing.reason}` });
      continue;
    }
    const [into, ...rest] = unique(found.map(({ actor }) => actor as Draft));
    if (!into) continue;
    const mergedActor: Draft = {
      ...into,
      aliases: unique([...into.aliases, ...rest.flatMap((other) => [other.name, ...other.aliases])]).filter(
        (alias) => normalName(alias) !== normalName(into.name),
      ),
      roles: rolesOf([...into.roles, ...rest.flatMap((other) => other.roles)]),
      mentions: [...into.mentions, ...rest.flatMap((other) => other.mentions)],
      said: unique([...into.said, ...rest.flatMap((other) => other.said)]),
      speaks: unique([...into.speaks, ...rest.flatMap((other) => other.speaks)]),
    };
    actors = actors
      .filter((actor) => !rest.includes(actor))
      .map((actor) => (actor === into ? mergedActor : actor));
  }

  for (const entry of overrides.aliases) {
    const { actor, reason } = lookup(entry.actor);
    if (!actor) {
      problems.push({ file: entry.file, line: entry.line, reason: `cannot add aliases: ${reason}` });
      continue;
    }
    const mentions = [...actor.mentions, ...aliasMentions(entry.aliases, sentences, actor.mentions)];
    const aliases = unique([...actor.aliases, ...entry.aliases]);
    actors = actors.map((known) => (known === actor ? { ...actor, aliases, mentions } : known));
  }

  for (const entry of overrides.hidden) {
    const { actor, reason } = lookup(entry.actor);
    if (!actor) problems.push({ file: entry.file, line: entry.line, reason: `cannot hide: ${reason}` });
    else actors = actors.filter((known) => known !== actor);
  }

  const position = new Map(articleOrder.map((id, index) => [id, index]));
  const sentenceOrder = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  const orderOf = (articleId: string, start: number): number => (position.get(articleId) ?? 0) * 1e9 + start;
  const inArticleOrder = (a: number, b: number): number => {
    const [sa, sb] = [sentenceOrder.get(a), sentenceOrder.get(b)];
    return orderOf(sa?.articleId ?? '', sa?.start ?? 0) - orderOf(sb?.articleId ?? '', sb?.start ?? 0);
  };
  return actors.map((actor) => ({
    ...actor,
    mentions: distinctMentions(actor.mentions).sort(
      (a, b) => orderOf(a.articleId, a.start) - orderOf(b.articleId, b.start) || a.end - b.end,
    ),
    said: [...actor.said].sort(inArticleOrder),
    speaks: [...actor.speaks].sort(inArticleOrder),
  }));
}

/** Mentions of an override alias in the text, where the actor has no mention already. */
function aliasMentions(
  aliases: readonly string[],
  sentences: readonly Sentence[],
  existing: readonly Mention[],
): Mention[] {
  const found: Mention[] = [];
  for (const alias of aliases) {
    const escaped = escapeRegExp(alias.trim()).replace(/\s+/g, '\\s+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const sentence of sentences) {
      for (const match of sentence.text.matchAll(pattern)) {
        const start = sentence.start + (match.index ?? 0);
        const end = start + match[0].length;
        const overlaps = [...existing, ...found].some(
          (mention) => mention.sentenceId === sentence.id && mention.start < end && start < mention.end,
        );
        if (overlaps) continue;
        found.push({
          sentenceId: sentence.id,
          articleId: sentence.articleId,
          paragraph: sentence.paragraph,
          sentence: sentence.sentence,
          start,
          end,
          text: match[0],
          kind: 'name',
          rule: 'override-alias',
        });
      }
    }
  }
  return found;
}

function distinctMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = `${mention.sentenceId}:${mention.start}:${mention.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Most mentioned first, then by name. */
function sortActors(actors: readonly Draft[]): Draft[] {
  return [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Readable, unique ids from canonical names: "antony-blinken", a second "military" is "military-2". */
function withIds(actors: readonly Draft[]): Actor[] {
  const used = new Map<string, number>();
  return actors.map((actor) => {
    const base = normalName(actor.name).replace(/'/g, '').replace(/\s+/g, '-') || 'actor';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, ...actor };
  });
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
