import type { APIEmbed } from 'discord.js';
import type { Library } from '../library';
import { DISCORD_LIMITS, cutAtWord, fitBlocks } from './fitting';
import { literal } from './markdown';
import { linkTarget } from './textFragment';
import { NO_MENTIONS, type ReplyBody } from './renderAnswer';

/** One line per article: linked title, publisher, date and how many sentences it has. */
export function renderSources(library: Library): ReplyBody {
  const lines = [...library.articles.values()].map((article) => {
    const title = literal(cutAtWord(article.title, 150));
    const url = article.url === null ? null : linkTarget(article.url);
    const count = library.sentencesByArticle.get(article.id)?.length ?? 0;
    const details = [
      article.publisher === null ? null : literal(cutAtWord(article.publisher, 80)),
      article.date === null ? null : literal(article.date),
      `${count} sentence${count === 1 ? '' : 's'}`,
      `id \`${article.id.replace(/`/g, '')}\``,
    ].filter((part) => part !== null);
    return `${url === null ? `**${title}**` : `[${title}](${url})`}\n${details.join(' · ')}`;
  });
  const fitted = fitBlocks(
    lines,
    DISCORD_LIMITS.embedDescription,
    '\n\n',
    (omitted) => `*…and ${omitted} more not listed here.*`,
  );
  const count = library.articles.size;
  const embed: APIEmbed = {
    title: `${count} article${count === 1 ? '' : 's'} in the library`,
    description: fitted.text === '' ? 'The library is empty.' : fitted.text,
    footer: { text: 'Search one of them with /ask question: … article: …' },
  };
  return { embeds: [embed], components: [], allowedMentions: NO_MENTIONS };
}
