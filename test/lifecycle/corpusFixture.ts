import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Small articles for life-cycle tests: each has a distinctive fact a question can find. */
export const ARTICLES = {
  'niger.md':
    '---\nid: niger\ntitle: Coup in Niger\n---\nGeneral Abdourahamane Tiani declared himself the new leader of Niger.\n\nThe army closed the borders of the country on Thursday, officials said.\n',
  'budget.md':
    '---\nid: budget\ntitle: City budget\n---\nThe city council approved a budget of four million dollars for new schools.\n\nThe mayor praised the vote.\n',
  'harvest.md':
    '---\nid: harvest\ntitle: Harvest report\n---\nFarmers harvested a record crop of sorghum this autumn.\n\nRain came early in the season.\n',
} as const;

/** A fresh temporary folder holding `files`; `remove()` deletes it. */
export function tempCorpus(files: Record<string, string | Buffer> = ARTICLES): {
  dir: string;
  remove: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-lifecycle-'));
  for (const [name, content] of Object.entries(files)) writeArticle(dir, name, content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeArticle(dir: string, name: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-cache-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
