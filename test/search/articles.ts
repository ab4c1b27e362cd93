import type { Article } from '../../src/corpus/types';

/** An article made from text, as a test's own corpus holds it: its id for a title, no front matter. */
export function articleOf(id: string, text: string): Article {
  return { id, title: id, publisher: null, url: null, date: null, file: `${id}.md`, text };
}
