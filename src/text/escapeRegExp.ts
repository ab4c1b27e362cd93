/** A text as a regular expression matching it literally ("U.S." matches only "U.S."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
