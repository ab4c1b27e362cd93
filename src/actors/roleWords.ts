import { normalName } from './find';

/** Words that make a role a past one: the "former president" is not "the president". */
export const PAST_ROLE: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'previous',
  'late',
  'outgoing',
  'erstwhile',
  'deposed',
  'ousted',
]);

/** In a question, these before a role ask for its past holder: "the former Nigerien president". */
export const ASKS_PAST_HOLDER: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'previous',
  'erstwhile',
  'outgoing',
]);

/**
 * ...and these for the one put out of it, never the one who replaced them: "the ousted leader" is
 * not "the country's new leader".
 */
export const ASKS_REMOVED_HOLDER: ReadonlySet<string> = new Set([
  'ousted',
  'deposed',
  'toppled',
  'overthrown',
  // Held by those who took power: "the detained leader" is not the new one.
  'detained',
  'jailed',
  'imprisoned',
  'arrested',
  'captive',
]);

/** Words that make a role a new one ("the country's new leader"). */
export const NEW_ROLE: ReadonlySet<string> = new Set(['new', 'incoming', 'interim']);

/** Whether a role has one of the marker words ("former president" is marked by PAST_ROLE). */
export function roleMarkedBy(role: string, markers: ReadonlySet<string>): boolean {
  return normalName(role)
    .split(' ')
    .some((word) => markers.has(word));
}

/** The head noun of a role: its last word before any "of" ("Secretary of State" → secretary). */
export function headOf(role: string): string {
  const words = normalName(role).split(' ');
  return words.slice(0, words.includes('of') ? words.indexOf('of') : words.length).pop() ?? '';
}
