import { ButtonStyle, ComponentType } from 'discord.js';
import type { Actor, ActorListing, ActorSummary, ActorTable, SummaryLine } from '../../src/actors';
import { findActor } from '../../src/actors';
import { actorChoices, lookupActor } from '../../src/discord/actor';
import { CUT_MARKER, DISCORD_LIMITS, embedProblems } from '../../src/discord/fitting';
import {
  ACTORS_PER_PAGE,
  actorDossier,
  actorLookupText,
  actorPages,
  renderActor,
  renderActorList,
  type ActorDossier,
} from '../../src/discord/renderActor';
import type { ReplyBody } from '../../src/discord/renderAnswer';
import { fromArticles, seedArticle } from '../actors/helpers';

const SEED_URL = 'https://news.example.com/world/us-niger-coup';

function line(overrides: Partial<SummaryLine> = {}): SummaryLine {
  return {
    sentenceId: 0,
    articleId: 'a',
    title: 'Article a',
    url: 'https://news.example.com/a',
    paragraph: 1,
    sentence: 1,
    text: 'Bazoum said the talks would go on.',
    attribution: 'Bazoum',
    ...overrides,
  };
}

/** A dossier made by hand, to put any size of input in front of the renderer. */
function dossierOf(options: {
  name?: string;
  said?: number;
  about?: number;
  linked?: number;
  text?: (index: number) => string;
  title?: string;
  url?: string | null;
  aliases?: number;
}): ActorDossier {
  const text = options.text ?? ((index: number) => `Sentence number ${index} about Bazoum.`);
  const lines = (count: number, from: number): SummaryLine[] =>
    Array.from({ length: count }, (_, index) =>
      line({
        sentenceId: from + index,
        paragraph: from + index + 1,
        text: text(from + index),
        title: options.title ?? 'Article a',
        url: options.url === undefined ? 'https://news.example.com/a' : options.url,
      }),
    );
  const said = lines(options.said ?? 0, 0);
  const about = lines(options.about ?? 0, 10_000);
  const linked = Array.from({ length: options.linked ?? 0 }, (_, index) => ({
    id: `actor-${index}`,
    name: `Linked Actor Number ${index}`,
    kind: 'person' as const,
    sentences: 100 - index,
  }));
  const summary: ActorSummary = {
    id: 'mohamed-bazoum',
    name: options.name ?? 'Mohamed Bazoum',
    kind: 'person',
    aliases: Array.from({ length: options.aliases ?? 1 }, (_, index) => `Bazoum ${index}`),
    roles: ['Nigerien President'],
    articles: [{ articleId: 'a', title: options.title ?? 'Article a', mentions: said.length + about.length }],
    mentions: [],
    said: said.slice(0, 10),
    about: about.slice(0, 5),
    linked: linked.slice(0, 8),
  };
  return {
    summary,
    urls: { a: options.url === undefined ? 'https://news.example.com/a' : options.url },
    moreSaid: said.slice(10),
    moreAbout: about.slice(5),
    moreLinked: linked.slice(8),
    unlisted: 0,
  };
}

function descriptionOf(body: ReplyBody): string {
  return body.embeds[0]?.description ?? '';
}

/** The quoted lines of every page, in order. */
function quotesOnAllPages(dossier: ActorDossier): string[] {
  return actorPages(dossier).flatMap((_, page) =>
    descriptionOf(renderActor(dossier, page, 'k3y'))
      .split('\n')
      .filter((text) => text.startsWith('> ')),
  );
}

describe('renderActor', () => {
  const seed = { ...seedArticle(), url: SEED_URL };
  const { table, source } = fromArticles([seed]);
  const dossierNamed = (name: string): ActorDossier => {
    const found = findActor(table, name);
    if (found.status !== 'found') throw new Error(name);
    const dossier = actorDossier(table, source, found.actor.id);
    if (dossier === null) throw new Error(name);
    return dossier;
  };

  it('shows name, roles, where they appear, what they said and what is said of them, quoted and sourced', () => {
    const body = renderActor(dossierNamed('Tiani'), 0, 'k3y');
    const embed = body.embeds[0];
    expect(embed?.title).toBe('Abdourahamane Tiani');
    const description = embed?.description ?? '';
    expect(description).toContain('**Person** · Niger general; the country’s new leader (self-declared)');
    expect(description).toContain(
      `**Mentioned 5 times** (2 by name, 2 by pronoun, 1 by description) in 1 article: [US vows to keep working for the restoration of democratic rule in Niger](${SEED_URL}) (5)`,
    );
    expect(description).toContain(
      '**What they said**\n> Following the military coup that sparked international condemnation, Abdourahamane Tiani, a Niger general, declared himself as the country’s new leader on July 28 after appearing on national television.\n' +
        `— [US vows to keep working for the restoration of democratic rule in Niger](${SEED_URL}#:~:text=Following%20the%20military%20coup,appearing%20on%20national%20television.) · paragraph 9\n`,
    );
    expect(description).toContain(
      '**What the articles say about them**\n> The announcement came a day after the West African country’s military endorsed the leaders behind the toppling of President Mohamed Bazoum’s government.',
    );
    expect(embed?.fields).toEqual([
      { name: 'Linked actors', value: expect.stringContaining('Mohamed Bazoum (1)') },
    ]);
    expect(body.allowedMentions).toEqual({ parse: [] });
    expect(body.components).toEqual([]); // everything fits on one page: no buttons
    expect(embedProblems(body.embeds)).toEqual([]);
  });

  it('shows the title in italics, unlinked, when the article has no URL', () => {
    const { table: plain, source: plainSource } = fromArticles([seedArticle()]);
    const found = findActor(plain, 'CNN');
    if (found.status !== 'found') throw new Error('CNN');
    const dossier = actorDossier(plain, plainSource, found.actor.id);
    if (dossier === null) throw new Error('CNN');
    const description = descriptionOf(renderActor(dossier, 0, null));
    expect(description).toContain(
      'in 1 article: *US vows to keep working for the restoration of democratic rule in Niger* (2)',
    );
    expect(description).toContain(
      '— **US vows to keep working for the restoration of democratic rule in Niger** · paragraph 11',
    );
  });

  it('escapes markdown and neutralises mentions in names, quotes, titles and linked actors', () => {
    const dossier = dossierOf({
      name: 'Dr. **Bold** @everyone',
      said: 1,
      linked: 0,
      title: 'A *starred* [title](http://evil.example) <@123>',
      text: () => 'He wrote **bold** and _x_ to @everyone and <@123> [link](http://x.y)',
    });
    const body = renderActor(dossier, 0, null);
    const embed = body.embeds[0];
    expect(embed?.title).toBe('Dr. \\*\\*Bold\\*\\* @\u200beveryone');
    const description = embed?.description ?? '';
    expect(description).toContain(
      '> He wrote \\*\\*bold\\*\\* and \\_x\\_ to @\u200beveryone and <@\u200b123> \\[link\\](http://x.y)',
    );
    expect(description).toContain('[A \\*starred\\* \\[title\\](http://evil.example) <@\u200b123>](');
    expect(JSON.stringify(body)).not.toMatch(/@everyone|<@1/);
    expect(body.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps every page within Discord’s limits on huge input, and shows every line exactly once', () => {
    const dossier = dossierOf({
      said: 30,
      about: 30,
      linked: 25,
      aliases: 300,
      title: `A very long title ${'word '.repeat(200)}`,
      url: `https://news.example.com/${'path/'.repeat(300)}`,
      text: (index) => `Sentence ${index}: ${'a long clause, with words in it; '.repeat(25)}the end.`,
    });
    const pages = actorPages(dossier);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((_, page) => {
      const body = renderActor(dossier, page, 'k3y');
      expect(embedProblems(body.embeds)).toEqual([]);
      expect(body.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    });
    const quotes = quotesOnAllPages(dossier);
    expect(quotes).toHaveLength(60);
    expect(new Set(quotes).size).toBe(60);
    // The first page keeps the summary's order: its said lines, then its most central about lines.
    expect(quotes[0]).toMatch(/^> Sentence 0:/);
    expect(quotes.at(-1)).toMatch(/^> Sentence 10029:/);
    expect(descriptionOf(renderActor(dossier, 0, 'k3y'))).toMatch(
      /\*\*Also named:\*\* Bazoum 0 · .* and \d+ more\n/,
    );
  });

  it('cuts one enormous sentence at a sentence boundary with a visible marker', () => {
    const dossier = dossierOf({
      said: 1,
      text: () => 'First sentence of a speech. '.repeat(400) + 'x'.repeat(50),
    });
    const body = renderActor(dossier, 0, null);
    const quote = descriptionOf(body)
      .split('\n')
      .find((text) => text.startsWith('> '));
    expect(quote?.endsWith(`speech.${CUT_MARKER}`)).toBe(true);
    expect(embedProblems(body.embeds)).toEqual([]);
  });

  it('pages with Back and More, each disabled at its end, and says how much is left', () => {
    const dossier = dossierOf({ said: 25, about: 20, linked: 12 });
    const pages = actorPages(dossier).length;
    expect(pages).toBeGreaterThan(1);
    const first = renderActor(dossier, 0, 'k3y');
    expect(first.components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          expect.objectContaining({
            custom_id: 'actor:back:k3y',
            label: 'Back',
            disabled: true,
            style: ButtonStyle.Secondary,
          }),
          expect.objectContaining({ custom_id: 'actor:more:k3y', label: 'More', disabled: false }),
        ],
      },
    ]);
    expect(first.embeds[0]?.footer?.text).toMatch(
      new RegExp(`^Quoted word for word from the articles · page 1 of ${pages} · More: 30 more sentences$`),
    );
    const last = renderActor(dossier, pages - 1, 'k3y');
    expect(last.embeds[0]?.title).toBe('Mohamed Bazoum — continued');
    expect(descriptionOf(last)).toContain('(continued)');
    const buttons = last.components[0]?.components ?? [];
    expect(buttons.map((button) => ('disabled' in button ? button.disabled : null))).toEqual([false, true]);
    // The linked actors past the first eight come on the next page.
    expect(renderActor(dossier, 1, 'k3y').embeds[0]?.fields?.[0]?.value).toContain('Linked Actor Number 8');
  });

  it('says so when nothing is credited to the actor', () => {
    const description = descriptionOf(renderActor(dossierOf({ about: 1 }), 0, null));
    expect(description).toContain('**What they said**\n*Nothing in the articles is credited to them.*');
  });
});

describe('actorLookupText', () => {
  it('offers the closest names for an unknown name, escaped', () => {
    expect(actorLookupText('Bazum **x**', { status: 'none', closest: ['Mohamed Bazoum'] })).toBe(
      'No actor named “Bazum \\*\\*x\\*\\*”. Closest: **Mohamed Bazoum**.',
    );
    expect(actorLookupText('@everyone', { status: 'none', closest: [] })).toBe(
      'No actor named “@\u200beveryone”. See them all with /actors.',
    );
  });

  it('lists the candidates for an ambiguous name', () => {
    const candidates = [actorOf('Mohamed Bazoum', 10), actorOf('Mahamadou Issoufou', 2)];
    expect(actorLookupText('president', { status: 'ambiguous', candidates })).toBe(
      '“president” could be any of: **Mohamed Bazoum** (person, 10 mentions), **Mahamadou Issoufou** (person, 2 mentions). Pick one from the suggestions as you type.',
    );
  });
});

function actorOf(name: string, mentions: number, extra: Partial<Actor> = {}): Actor {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind: 'person',
    aliases: [],
    roles: [],
    mentions: Array.from({ length: mentions }, (_, index) => ({
      sentenceId: index,
      articleId: 'a',
      paragraph: 1,
      sentence: index + 1,
      start: 0,
      end: 1,
      text: name,
      kind: 'name' as const,
      rule: 'name' as const,
    })),
    said: [],
    speaks: [],
    ...extra,
  };
}

function tableOf(actors: Actor[]): ActorTable {
  return {
    actors: [...actors].sort((a, b) => b.mentions.length - a.mentions.length),
    articleOrder: ['a'],
    problems: [],
  };
}

describe('actorChoices', () => {
  const table = tableOf([
    actorOf('Antony Blinken', 7, { aliases: ['Blinken', 'Secretary Blinken'], roles: [] }),
    actorOf('Mohamed Bazoum', 10, {
      aliases: ['Bazoum', 'President Bazoum'],
      roles: [{ text: 'Nigerien President', via: 'title', sentenceId: 0 }],
    }),
    actorOf('Abdourahamane Tiani', 5, {
      roles: [{ text: 'Niger general', via: 'appositive', sentenceId: 0 }],
    }),
    actorOf('US State Department', 4),
    actorOf('Bazoumville Council', 1),
    actorOf('Tvln Group', 3, { aliases: ['The Very Long Name '.repeat(20).trim()] }),
    ...Array.from({ length: 40 }, (_, index) => actorOf(`Person ${String(index).padStart(2, '0')}`, 1)),
  ]);

  it('suggests the most mentioned actors when nothing is typed, at most 25', () => {
    const choices = actorChoices(table, '');
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    expect(choices.slice(0, 3).map((choice) => choice.name)).toEqual([
      'Mohamed Bazoum',
      'Antony Blinken',
      'Abdourahamane Tiani',
    ]);
  });

  it('puts the best matches first: a whole name, then a name starting with it, then a word', () => {
    expect(actorChoices(table, 'bazoum').map((choice) => choice.name)).toEqual([
      'Mohamed Bazoum',
      'Bazoumville Council',
    ]);
    expect(actorChoices(table, 'state dep')).toEqual([
      { name: 'US State Department', value: 'us-state-department' },
    ]);
    expect(actorChoices(table, 'sec')).toEqual([
      { name: 'Antony Blinken (Secretary Blinken)', value: 'antony-blinken' },
    ]);
    expect(actorChoices(table, 'general')).toEqual([
      { name: 'Abdourahamane Tiani (Niger general)', value: 'abdourahamane-tiani' },
    ]);
  });

  it('falls back to names like a mistyped one', () => {
    expect(actorChoices(table, 'Blinkin').map((choice) => choice.name)[0]).toBe('Antony Blinken');
  });

  it('keeps names within 100 characters', () => {
    const long = actorChoices(table, 'very long');
    expect(long).toHaveLength(1);
    expect(long[0]?.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
    expect(long[0]?.name.endsWith('…')).toBe(true);
    for (const choice of actorChoices(table, 'person')) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
    }
  });

  it('finds an actor by the id a choice sends, or by any name', () => {
    expect(lookupActor(table, 'antony-blinken')).toMatchObject({
      status: 'found',
      actor: { name: 'Antony Blinken' },
    });
    expect(lookupActor(table, 'Secretary Blinken')).toMatchObject({
      status: 'found',
      actor: { name: 'Antony Blinken' },
    });
    expect(lookupActor(table, 'Macron')).toMatchObject({ status: 'none' });
  });
});

describe('renderActorList', () => {
  const listing: ActorListing[] = Array.from({ length: 45 }, (_, index) => ({
    id: `actor-${index}`,
    name: index === 0 ? `**Loud** @everyone ${'x'.repeat(300)}` : `Actor ${index + 1}`,
    kind: index % 2 === 0 ? 'person' : 'organisation',
    roles: [],
    mentions: 100 - index,
    articles: index === 1 ? 1 : 3,
  }));

  it('lists rank, name, kind, mentions and articles, most mentioned first, page by page', () => {
    const first = renderActorList(listing, 0, 'k3y');
    const embed = first.embeds[0];
    expect(embed?.title).toBe('45 actors in the articles');
    const lines = (embed?.description ?? '').split('\n');
    expect(lines).toHaveLength(ACTORS_PER_PAGE);
    expect(lines[0]).toMatch(
      /^\*\*1\.\*\* \\\*\\\*Loud\\\*\\\* @\u200beveryone… — person · 100 mentions · 3 articles$/,
    );
    expect(lines[1]).toBe('**2.** Actor 2 — organisation · 99 mentions · 1 article');
    expect(embed?.footer?.text).toBe('Most mentioned first · page 1 of 3 · Summarise one with /actor');
    expect(embedProblems(first.embeds)).toEqual([]);
    expect(first.allowedMentions).toEqual({ parse: [] });
    const ids = (body: ReplyBody): [string, boolean][] =>
      (body.components[0]?.components ?? []).map((button) => [
        'custom_id' in button ? button.custom_id : '',
        'disabled' in button ? button.disabled === true : false,
      ]);
    expect(ids(first)).toEqual([
      ['actors:previous:k3y', true],
      ['actors:next:k3y', false],
    ]);
    const last = renderActorList(listing, 2, 'k3y');
    expect((last.embeds[0]?.description ?? '').split('\n')[0]).toBe(
      '**41.** Actor 41 — person · 60 mentions · 3 articles',
    );
    expect(ids(last)).toEqual([
      ['actors:previous:k3y', false],
      ['actors:next:k3y', true],
    ]);
  });

  it('has no buttons for a single page, and says when there are no actors', () => {
    expect(renderActorList(listing.slice(0, 3), 0, 'k3y').components).toEqual([]);
    expect(renderActorList([], 0, null).embeds[0]?.description).toBe('No actors found in the articles.');
  });
});
