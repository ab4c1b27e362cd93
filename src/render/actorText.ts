import type { ActorLookup } from '../actors/find';
import type { ActorListing, ActorSummary, SummaryLine } from '../actors/summary';

/** Plain-text rendering of an actor summary for the terminal: every line quoted, its source below. */
export function actorToText(summary: ActorSummary): string {
  const mentions = summary.mentions.length;
  const articles = summary.articles.map((entry) => `"${entry.title}" (${entry.mentions})`).join(', ');
  const lines = [
    `${summary.name} (${summary.kind})`,
    summary.roles.length > 0 ? `Roles: ${summary.roles.join('; ')}` : null,
    summary.aliases.length > 0 ? `Also named: ${summary.aliases.join('; ')}` : null,
    `Mentioned ${mentions} time${mentions === 1 ? '' : 's'} in ${summary.articles.length} article${summary.articles.length === 1 ? '' : 's'}: ${articles}`,
    `Mentions: ${summary.mentions.map((mention) => `${mention.sentence} ${mention.kind} “${mention.text}”`).join(', ')}`,
    '',
    'What they said',
    section(summary.said, 'Nothing in the articles is credited to them.'),
    '',
    'What the articles say about them',
    section(summary.about, 'Nothing beyond what they said.'),
    '',
    summary.linked.length > 0
      ? `Linked actors: ${summary.linked.map((actor) => `${actor.name} (${actor.sentences})`).join(', ')}`
      : 'Linked actors: none',
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}

function section(lines: readonly SummaryLine[], empty: string): string {
  if (lines.length === 0) return `  ${empty}`;
  return lines.map((line, index) => `${index + 1}. “${line.text}”\n   — ${sourceOf(line)}`).join('\n');
}

function sourceOf(line: SummaryLine): string {
  const parts = [`"${line.title}"`, `paragraph ${line.paragraph}`, `sentence ${line.sentence}`];
  if (line.attribution) parts.push(`credited to ${line.attribution}`);
  if (line.url) parts.push(line.url);
  return parts.join(' · ');
}

/** An ambiguous name lists the candidates; an unknown one says so and offers the closest names. */
export function actorLookupToText(name: string, lookup: Exclude<ActorLookup, { status: 'found' }>): string {
  if (lookup.status === 'ambiguous') {
    const candidates = lookup.candidates.map(
      (actor) => `  ${actor.name} (${actor.kind}, ${actor.mentions.length} mentions)`,
    );
    return `"${name}" could be any of:\n${candidates.join('\n')}\nAsk again with a fuller name.`;
  }
  const closest = lookup.closest.length > 0 ? ` Closest: ${lookup.closest.join(', ')}.` : '';
  return `No actor named "${name}".${closest}`;
}

/** Every actor, one a line: mentions, name, kind and roles. */
export function actorListToText(listing: readonly ActorListing[]): string {
  if (listing.length === 0) return 'No actors found in the articles.';
  return listing
    .map((actor) => {
      const roles = actor.roles.length > 0 ? ` — ${actor.roles.join('; ')}` : '';
      return `${String(actor.mentions).padStart(4)}  ${actor.name} (${actor.kind})${roles}`;
    })
    .join('\n');
}
