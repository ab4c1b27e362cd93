/**
 * Nouns of something said or put out, as lemmas: "make _an announcement_", "How did _the
 * statement_ describe…". What they say is asked about, not they themselves.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'announcement',
  'communique',
  'communiqué',
  'declaration',
  'readout',
  'remark',
  'comment',
  'release',
  'report',
  'message',
]);
