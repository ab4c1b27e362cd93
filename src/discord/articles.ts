import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Article } from '../corpus/types';
import type { Library } from '../library';
import { DISCORD_LIMITS, cutAtWord } from './fitting';

/**
 * Autocomplete choices for an article option: titles (cut to Discord's 100 characters) whose title
 * or id contains what was typed, those starting with it first; at most 25. The value is the id.
 */
export function articleChoices(
  articles: Iterable<Article>,
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const needle = typed.trim().toLowerCase();
  const scored: { article: Article; rank: number }[] = [];
  for (const article of articles) {
    if (article.id.length > DISCORD_LIMITS.choiceValue) continue;
    const title = article.title.toLowerCase();
    const id = article.id.toLowerCase();
    const rank =
      needle === ''
        ? 1
        : title.startsWith(needle) || id.startsWith(needle)
          ? 0
          : title.includes(needle) || id.includes(needle)
            ? 1
            : -1;
    if (rank >= 0) scored.push({ article, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.article.title.localeCompare(b.article.title))
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(({ article }) => ({
      name: cutAtWord(article.title.replace(/\s+/g, ' ').trim() || article.id, DISCORD_LIMITS.choiceName),
      value: article.id,
    }));
}

/**
 * The article id an option names: normally the id an autocomplete choice sent; a title typed in
 * full (any case) also works. Null when it names no article.
 */
export function resolveArticle(library: Library, given: string): string | null {
  const wanted = given.trim();
  if (library.articles.has(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  for (const article of library.articles.values()) {
    if (article.title.trim().toLowerCase() === lower || article.id.toLowerCase() === lower) return article.id;
  }
  return null;
}
