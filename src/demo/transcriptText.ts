import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { TranscriptEntry } from './session';

/** Discord markdown as a reader sees it, for a terminal: links as "title <url>", italics and escapes gone (bold kept as **). */
export function asDisplayed(markdown: string): string {
  return markdown
    .replace(/\u200b/g, '')
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, '$1 <$2>')
    .replace(/(?<![\\*])(^|\s)\*(?!\*)(\S(?:.*?[^\s*])?)\*(?=\s|$)/gm, '$1$2')
    .replace(/\\(.)/g, '$1');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n');
}

function invocation(entry: TranscriptEntry): string {
  if (entry.command === 'button') return `[presses “${String(entry.options['label'])}”]`;
  if ('message' in entry.options)
    return `[Apps → ${entry.command} on the message: “${String(entry.options['message'])}”]`;
  const options = Object.entries(entry.options).map(([name, value]) => `${name}: ${String(value)}`);
  return [`/${entry.command}`, ...options].join(' ');
}

/** A readable transcript: each step as the user typed it, then what the bot showed them. */
export function transcriptToText(transcript: readonly TranscriptEntry[]): string {
  return transcript
    .map((entry) => {
      const lines = [`${entry.user ?? 'reader'} › ${invocation(entry)}`];
      const reply = entry.reply;
      if (reply === null) {
        lines.push(`  (no reply: ${entry.error ?? 'unknown error'})`);
        return lines.join('\n');
      }
      const visibility = (reply.flags & MessageFlags.Ephemeral) !== 0 ? ' (only you can see this)' : '';
      lines.push(`citebot${visibility}:`);
      if (reply.content !== '') lines.push(indent(asDisplayed(reply.content), '  '));
      for (const embed of reply.embeds) {
        if (embed.title !== undefined) lines.push(indent(`■ ${asDisplayed(embed.title)}`, '  '));
        if (embed.description !== undefined) lines.push(indent(asDisplayed(embed.description), '  '));
        if (embed.footer !== undefined) lines.push(indent(`(${asDisplayed(embed.footer.text)})`, '  '));
      }
      const buttons = reply.components.flatMap((row) =>
        row.type === ComponentType.ActionRow
          ? row.components.map((button) =>
              'label' in button && button.label !== undefined
                ? `[${button.label}${button.disabled === true ? ' (disabled)' : ''}${button.style === ButtonStyle.Link ? ' ↗' : ''}]`
                : '[button]',
            )
          : [],
      );
      if (buttons.length > 0) lines.push(`  ${buttons.join(' ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
