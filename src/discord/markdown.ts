import { escapeMarkdown } from 'discord.js';

/** A zero-width space: placed after `@` or `<@` it keeps the text visible but unable to mention. */
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Text that renders as a mention (`@everyone`, `@here`, `<@123>`, `<@&123>`, `<#123>`) made inert.
 * `allowedMentions: { parse: [] }` already stops pings; this also stops a quote from *showing* a mention.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/g, `<$1${ZERO_WIDTH_SPACE}`);
}

/**
 * Text from an article or a user, to be shown exactly as written: whitespace collapsed to single
 * spaces (a newline would end a block quote), every markdown construct escaped, mentions made inert.
 */
export function literal(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const escaped = escapeMarkdown(oneLine, { heading: true, bulletedList: true, numberedList: true })
    // A leading > would start a nested quote; brackets would open a masked link.
    .replace(/^>/, '\\>')
    .replace(/[[\]]/g, (bracket) => `\\${bracket}`);
  return neutraliseMentions(escaped);
}
