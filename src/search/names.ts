/**
 * Capitalised runs in a sentence that look like names ("US State Department", "Mohamed Bazoum"),
 * the sentence's first word excluded unless it continues into a longer run. Indexed as their own
 * field so a question naming someone prefers the sentences that name them.
 */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  const run = /\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of|de|al|bin|\p{Lu}[\p{L}\p{M}’'.-]*))*/gu;
  for (const match of text.matchAll(run)) {
    const name = match[0].replace(/[’']s$/u, '').replace(/\s+(?:of|de|al|bin)$/u, '');
    const atSentenceStart = /^\W*$/u.test(text.slice(0, match.index));
    if (atSentenceStart && !/\s/.test(name)) continue;
    names.push(name);
  }
  return names;
}
