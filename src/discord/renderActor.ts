import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import {
  actorSummary,
  type ActorListing,
  type ActorLookup,
  type ActorSummary,
  type ActorTable,
  type MentionKind,
  type SummaryLine,
  type SummarySource,
} from '../actors';
import { DISCORD_LIMITS, cutAtWord, fitBlocks } from './fitting';
import { literal } from './markdown';
import { COLORS, NO_MENTIONS, quoteBlock, type ReplyBody } from './renderAnswer';
import { linkTarget } from './textFragment';

type LinkedActor = ActorSummary['linked'][number];

/**
 * Everything `/actor` can show of one actor: the summary's first page (the core's default counts)
 * and, for More, the lines after it. Plain data: the buttons keep it, not the Library.
 */
export interface ActorDossier {
  /** The summary as the first page shows it (`DEFAULT_SUMMARY_OPTIONS`). */
  readonly summary: ActorSummary;
  /** Each article's URL (null without one), for linking the articles the actor appears in. */
  readonly urls: Readonly<Record<string, string | null>>;
  /** Sentences credited to the actor after the summary's, in article order. */
  readonly moreSaid: readonly SummaryLine[];
  /** The next most central sentences about the actor, in article order. */
  readonly moreAbout: readonly SummaryLine[];
  /** Linked actors after the summary's, most shared sentences first. */
  readonly moreLinked: readonly LinkedActor[];
  /** Sentences that speak of or for the actor and that no page lists (past `DOSSIER_LIMITS`). */
  readonly unlisted: number;
}

/**
 * How many lines all pages of `/actor` list at most. More pages through them ten or so at a time;
 * beyond these the summary only counts what is left, so one remembered summary stays a few kB.
 */
export const DOSSIER_LIMITS = { said: 30, about: 30, linked: 25 } as const;

/** The dossier of one actor, or null when the table has no actor with that id. */
export function actorDossier(table: ActorTable, source: SummarySource, actorId: string): ActorDossier | null {
  const summary = actorSummary(table, source, actorId);
  const all = actorSummary(table, source, actorId, DOSSIER_LIMITS);
  const actor = table.actors.find((known) => known.id === actorId);
  if (summary === null || all === null || actor === undefined) return null;
  const firstAbout = new Set(summary.about.map((line) => line.sentenceId));
  const moreSaid = all.said.slice(summary.said.length);
  const moreAbout = all.about.filter((line) => !firstAbout.has(line.sentenceId));
  const spoken = new Set([...actor.said, ...actor.mentions.map((mention) => mention.sentenceId)]);
  const listed = new Set([...all.said, ...all.about].map((line) => line.sentenceId));
  const urls = Object.fromEntries(
    summary.articles.map((entry) => [entry.articleId, source.articles.get(entry.articleId)?.url ?? null]),
  );
  return {
    summary,
    urls,
    moreSaid,
    moreAbout,
    moreLinked: all.linked.slice(summary.linked.length),
    unlisted: [...spoken].filter((id) => !listed.has(id)).length,
  };
}

/** Custom-id prefixes of the buttons under an `/actor` summary; the key follows. */
export const ACTOR_BUTTON_IDS = { back: 'actor:back', more: 'actor:more' } as const;

/** One quote with its source line is cut to this, so every block fits a page with room to spare. */
const BLOCK_MAX = 1200;
/** The first page's lines above the sections: kind and roles, other names, where the actor appears. */
const HEADER_LINE_MAX = { roles: 600, aliases: 400, articles: 1200 } as const;
const SECTION = { said: 'What they said', about: 'What the articles say about them' } as const;
const EMPTY = {
  said: '*Nothing in the articles is credited to them.*',
  about: '*Nothing beyond what they said.*',
} as const;
/** In a section whose lines all went to the next page (a very long header left no room). */
const ON_NEXT_PAGE = '*On the next page: press More.*';
/** Room kept for a section's placeholder (`EMPTY`, `ON_NEXT_PAGE`). */
const PLACEHOLDER_ROOM = 60;
const MENTION_WORDS: Readonly<Record<MentionKind, string>> = {
  name: 'by name',
  title: 'by title',
  pronoun: 'by pronoun',
  role: 'by description',
};

/** One page of an `/actor` reply, as it is shown. */
export interface ActorPage {
  readonly description: string;
  /** The "Linked actors" field value, or null for none on this page. */
  readonly linked: string | null;
  /** How many quoted lines the page shows. */
  readonly lines: number;
}

/**
 * The pages of an actor's summary. The first shows the summary (roles, where the actor appears,
 * what it said, the most central sentences about it, the actors linked most); lines that do not
 * fit there, then the dossier's further lines, fill the next pages in order. Every page fits
 * Discord's limits, and every line appears on exactly one page.
 */
export function actorPages(dossier: ActorDossier): readonly ActorPage[] {
  const known = paged.get(dossier);
  if (known !== undefined) return known;
  const pages = pagesOf(dossier);
  paged.set(dossier, pages);
  return pages;
}

/** Each page turn renders from the remembered dossier: lay its pages out once. */
const paged = new WeakMap<ActorDossier, readonly ActorPage[]>();

function pagesOf(dossier: ActorDossier): ActorPage[] {
  const { summary } = dossier;
  const said = [...summary.said, ...dossier.moreSaid].map(blockOf).filter(isText);
  const about = [...summary.about, ...dossier.moreAbout].map(blockOf).filter(isText);
  const firstSaid = Math.min(said.length, summary.said.length);
  const firstAbout = Math.min(about.length, summary.about.length);

  // The first page: the header, then both sections sharing what is left of the description.
  const header = headerOf(summary, dossier.urls);
  const headings = `\n\n**${SECTION.said}**\n\n\n**${SECTION.about}**\n`;
  const room = DISCORD_LIMITS.embedDescription - header.length - headings.length - 2 * PLACEHOLDER_ROOM;
  const [saidRoom, aboutRoom] = share(
    room,
    joinedLength(said.slice(0, firstSaid)),
    joinedLength(about.slice(0, firstAbout)),
  );
  const saidShown = prefixThatFits(said.slice(0, firstSaid), saidRoom);
  const aboutShown = prefixThatFits(about.slice(0, firstAbout), aboutRoom);
  const linkedShown = linkedThatFit(summary.linked);
  const sectionText = (blocks: readonly string[], shown: number, empty: string): string =>
    shown > 0 ? blocks.slice(0, shown).join('\n\n') : blocks.length > 0 ? ON_NEXT_PAGE : empty;
  const pages: ActorPage[] = [
    {
      description: [
        header,
        `**${SECTION.said}**\n${sectionText(said, saidShown, EMPTY.said)}`,
        `**${SECTION.about}**\n${sectionText(about, aboutShown, EMPTY.about)}`,
      ].join('\n\n'),
      linked: summary.linked.length === 0 ? '*none*' : linkedText(summary.linked.slice(0, linkedShown)),
      lines: saidShown + aboutShown,
    },
  ];

  // The next pages: what did not fit, then the rest, said before about.
  const queues = { said: said.slice(saidShown), about: about.slice(aboutShown) };
  let linked = [...summary.linked.slice(linkedShown), ...dossier.moreLinked];
  while (queues.said.length > 0 || queues.about.length > 0 || linked.length > 0) {
    const parts: string[] = [];
    let lines = 0;
    let left = DISCORD_LIMITS.embedDescription;
    for (const kind of ['said', 'about'] as const) {
      const queue = queues[kind];
      if (queue.length === 0) continue;
      const heading = `**${SECTION[kind]}** (continued)\n`;
      const separator = parts.length === 0 ? 0 : 2;
      const taken = prefixThatFits(queue, left - heading.length - separator);
      if (taken === 0) break;
      const text = heading + queue.slice(0, taken).join('\n\n');
      parts.push(text);
      left -= text.length + separator;
      lines += taken;
      queues[kind] = queue.slice(taken);
    }
    const linkedHere = linkedThatFit(linked);
    // Cannot happen (a block is at most BLOCK_MAX, a linked name at most 100 characters); guards the loop.
    if (lines === 0 && linkedHere === 0) break;
    pages.push({
      description: parts.join('\n\n'),
      linked: linkedHere === 0 ? null : linkedText(linked.slice(0, linkedHere)),
      lines,
    });
    linked = linked.slice(linkedHere);
  }
  return pages;
}

/**
 * The reply for page `page` of an actor's summary: one embed (the name as its title, the quotes in
 * the description, linked actors in a field) and, when there are several pages and a `buttonsKey`,
 * Back and More. Pure, and always within Discord's limits.
 */
export function renderActor(dossier: ActorDossier, page: number, buttonsKey: string | null): ReplyBody {
  const pages = actorPages(dossier);
  const index = Math.min(Math.max(0, page), pages.length - 1);
  const shown = pages[index] as ActorPage;
  const { summary } = dossier;
  // Cut before escaping (an escape is never split) and leave room for "— continued".
  const name = literal(cutAtWord(summary.name, 200));
  const embed: APIEmbed = {
    title: cutAtWord(index === 0 ? name : `${name} — continued`, DISCORD_LIMITS.embedTitle),
    color: COLORS.answered,
    footer: { text: footerOf(dossier, pages, index) },
  };
  if (shown.description !== '') embed.description = shown.description;
  if (shown.linked !== null) embed.fields = [{ name: 'Linked actors', value: shown.linked }];
  return {
    embeds: [embed],
    components:
      buttonsKey === null || pages.length < 2
        ? []
        : [pageButtons(ACTOR_BUTTON_IDS, index, pages.length, buttonsKey)],
    allowedMentions: NO_MENTIONS,
  };
}

function footerOf(dossier: ActorDossier, pages: readonly ActorPage[], index: number): string {
  const parts = ['Quoted word for word from the articles'];
  if (pages.length > 1) parts.push(`page ${index + 1} of ${pages.length}`);
  const later = pages.slice(index + 1).reduce((sum, page) => sum + page.lines, 0);
  if (later > 0) parts.push(`More: ${later} more sentence${later === 1 ? '' : 's'}`);
  else if (dossier.unlisted > 0 && index === pages.length - 1)
    parts.push(`${dossier.unlisted} more sentence${dossier.unlisted === 1 ? '' : 's'} mention them`);
  return parts.join(' · ');
}

/** Kind and roles; other names; how often and in which articles (linked to them). */
function headerOf(summary: ActorSummary, urls: ActorDossier['urls']): string {
  const roles =
    summary.roles.length === 0
      ? ''
      : ` · ${
          fitBlocks(
            summary.roles.map((role) => literal(cutAtWord(role, 200))),
            HEADER_LINE_MAX.roles,
            '; ',
            (n) => `and ${n} more`,
          ).text
        }`;
  const lines = [`**${summary.kind[0]?.toUpperCase()}${summary.kind.slice(1)}**${roles}`];
  if (summary.aliases.length > 0) {
    const aliases = summary.aliases.map((alias) => literal(cutAtWord(alias, 100)));
    const fitted = fitBlocks(aliases, HEADER_LINE_MAX.aliases, ' · ', (n) => `and ${n} more`);
    lines.push(`**Also named:** ${fitted.text}`);
  }
  const count = summary.mentions.length;
  const byKind = (Object.keys(MENTION_WORDS) as MentionKind[])
    .map((kind) => ({ kind, n: summary.mentions.filter((mention) => mention.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => `${n} ${MENTION_WORDS[kind]}`);
  const articles = summary.articles.map((entry) => {
    const article = literal(cutAtWord(entry.title, 100));
    const given = urls[entry.articleId];
    const url = given == null ? null : linkTarget(given);
    return `${url === null ? `*${article}*` : `[${article}](${url})`} (${entry.mentions})`;
  });
  const where = fitBlocks(articles, HEADER_LINE_MAX.articles, ', ', (n) => `and ${n} more`).text;
  lines.push(
    `**Mentioned ${count} time${count === 1 ? '' : 's'}**${byKind.length > 1 ? ` (${byKind.join(', ')})` : ''} in ${summary.articles.length} article${summary.articles.length === 1 ? '' : 's'}: ${where}`,
  );
  return lines.join('\n');
}

/** A line as a quote and its source; unlinked if its URL alone would not fit (a URL thousands of characters long). */
function blockOf(line: SummaryLine): string | null {
  return quoteBlock(line, BLOCK_MAX) ?? quoteBlock({ ...line, url: null }, BLOCK_MAX);
}

function isText(value: string | null): value is string {
  return value !== null;
}

function joinedLength(blocks: readonly string[]): number {
  return blocks.reduce((sum, block, index) => sum + block.length + (index === 0 ? 0 : 2), 0);
}

/** How many blocks from the start fit in `max` when joined by a blank line. */
function prefixThatFits(blocks: readonly string[], max: number): number {
  let used = 0;
  let count = 0;
  for (const block of blocks) {
    const next = used + block.length + (count === 0 ? 0 : 2);
    if (next > max) break;
    used = next;
    count += 1;
  }
  return count;
}

/** Splits `room` between two wants: each gets what it wants if that leaves the other enough, else half. */
function share(room: number, first: number, second: number): [number, number] {
  const half = Math.floor(room / 2);
  if (first + second <= room) return [first, room - first];
  if (first <= half) return [first, room - first];
  if (second <= half) return [room - second, second];
  return [half, room - half];
}

function linkedText(linked: readonly LinkedActor[]): string {
  return linked.map((actor) => `${literal(cutAtWord(actor.name, 100))} (${actor.sentences})`).join(' · ');
}

/** How many linked actors from the start fit in one field. */
function linkedThatFit(linked: readonly LinkedActor[]): number {
  let count = 0;
  while (count < linked.length && linkedText(linked.slice(0, count + 1)).length <= DISCORD_LIMITS.fieldValue)
    count += 1;
  return count;
}

/** The ephemeral reply to a name that is no one actor's: the closest names, or the candidates. */
export function actorLookupText(name: string, lookup: Exclude<ActorLookup, { status: 'found' }>): string {
  const asked = literal(cutAtWord(name, 100));
  if (lookup.status === 'ambiguous') {
    const candidates = lookup.candidates
      .slice(0, 10)
      .map((actor) => `**${literal(actor.name)}** (${actor.kind}, ${actor.mentions.length} mentions)`);
    const more = lookup.candidates.length - candidates.length;
    return `“${asked}” could be any of: ${candidates.join(', ')}${more > 0 ? ` and ${more} more` : ''}. Pick one from the suggestions as you type.`;
  }
  const closest =
    lookup.closest.length === 0
      ? ' See them all with /actors.'
      : ` Closest: ${lookup.closest.map((known) => `**${literal(known)}**`).join(', ')}.`;
  return `No actor named “${asked}”.${closest}`;
}

/** Custom-id prefixes of the buttons under an `/actors` list; the key follows. */
export const ACTOR_LIST_BUTTON_IDS = { previous: 'actors:previous', next: 'actors:next' } as const;
/** Actors per `/actors` page: 20 lines of at most ~170 characters leave the description half empty. */
export const ACTORS_PER_PAGE = 20;

/** How many pages `/actors` has for this many actors. */
export function actorListPageCount(listing: readonly ActorListing[]): number {
  return Math.max(1, Math.ceil(listing.length / ACTORS_PER_PAGE));
}

/** Page `page` of every actor, most mentioned first: rank, name, kind, mentions, articles. */
export function renderActorList(
  listing: readonly ActorListing[],
  page: number,
  buttonsKey: string | null,
): ReplyBody {
  const pages = actorListPageCount(listing);
  const index = Math.min(Math.max(0, page), pages - 1);
  const first = index * ACTORS_PER_PAGE;
  const lines = listing.slice(first, first + ACTORS_PER_PAGE).map((actor, offset) => {
    const articles = `${actor.articles} article${actor.articles === 1 ? '' : 's'}`;
    const mentions = `${actor.mentions} mention${actor.mentions === 1 ? '' : 's'}`;
    return `**${first + offset + 1}.** ${literal(cutAtWord(actor.name, 100))} — ${actor.kind} · ${mentions} · ${articles}`;
  });
  const fitted = fitBlocks(
    lines,
    DISCORD_LIMITS.embedDescription,
    '\n',
    (n) => `*…and ${n} more on this page.*`,
  );
  const count = listing.length;
  const embed: APIEmbed = {
    title: `${count} actor${count === 1 ? '' : 's'} in the articles`,
    description: count === 0 ? 'No actors found in the articles.' : fitted.text,
    footer: {
      text: `Most mentioned first${pages > 1 ? ` · page ${index + 1} of ${pages}` : ''} · Summarise one with /actor`,
    },
  };
  return {
    embeds: [embed],
    components:
      buttonsKey === null || pages < 2
        ? []
        : [
            pageButtons(
              { back: ACTOR_LIST_BUTTON_IDS.previous, more: ACTOR_LIST_BUTTON_IDS.next },
              index,
              pages,
              buttonsKey,
              { back: 'Previous', more: 'Next' },
            ),
          ],
    allowedMentions: NO_MENTIONS,
  };
}

/** A row with a back and a forward button, each disabled at its end. */
function pageButtons(
  ids: { readonly back: string; readonly more: string },
  index: number,
  pages: number,
  key: string,
  labels: { readonly back: string; readonly more: string } = { back: 'Back', more: 'More' },
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${ids.back}:${key}`,
        label: labels.back,
        disabled: index === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${ids.more}:${key}`,
        label: labels.more,
        disabled: index >= pages - 1,
      },
    ],
  };
}
