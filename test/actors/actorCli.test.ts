import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { findActor } from '../../src/actors/find';
import { actorSummary, listActors } from '../../src/actors/summary';
import { parseActorArgs } from '../../src/cli/actorArgs';
import { actorLookupToJson, actorToJson } from '../../src/render/actorJson';
import { actorListToText, actorLookupToText, actorToText } from '../../src/render/actorText';
import { fromArticles, seedArticle } from './helpers';

describe('parseActorArgs', () => {
  it('reads a name, --json, --list, --about and --corpus', () => {
    expect(parseActorArgs(['--json', 'Mohamed', 'Bazoum'], '/work')).toEqual({
      name: 'Mohamed Bazoum',
      list: false,
      json: true,
      corpus: '/work/corpus',
      about: 5,
      help: false,
    });
    expect(parseActorArgs(['--list', '--corpus', 'other', '--about', '2'], '/work')).toMatchObject({
      list: true,
      corpus: '/work/other',
      about: 2,
    });
  });

  it('rejects bad options with a message', () => {
    expect(() => parseActorArgs([], '/work')).toThrow('which actor?');
    expect(() => parseActorArgs(['--list', 'Bazoum'], '/work')).toThrow('--list takes no name');
    expect(() => parseActorArgs(['--about', 'x', 'Bazoum'], '/work')).toThrow('--about takes a whole number');
    expect(() => parseActorArgs(['--bogus'], '/work')).toThrow();
  });
});

describe('actor renderings', () => {
  const { table, source } = fromArticles([seedArticle()]);
  const summaryOf = (name: string) => {
    const found = findActor(table, name);
    if (found.status !== 'found') throw new Error(name);
    const summary = actorSummary(table, source, found.actor.id);
    if (!summary) throw new Error(name);
    return summary;
  };

  it('prints the JSON the issue asks for', () => {
    const json = actorToJson(summaryOf('Bazoum'));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['name', 'aliases', 'roles', 'mentions', 'said', 'about', 'linked']),
    );
    expect(json.mentions[0]).toEqual({
      article: 'us-niger-coup',
      paragraph: 1,
      sentence: 1,
      text: 'Nigerien President Mohamed Bazoum',
      kind: 'name',
    });
    expect(Object.keys(json.about[0] ?? {})).toEqual([
      'article',
      'title',
      'paragraph',
      'sentence',
      'text',
      'attribution',
      'url',
    ]);
  });

  it('prints a readable summary with every line quoted and sourced', () => {
    const text = actorToText(summaryOf('Tiani'));
    expect(text).toContain('Abdourahamane Tiani (person)');
    expect(text).toContain('Roles: Niger general; the country’s new leader (self-declared)');
    expect(text).toContain(
      '“Tiani said in the broadcast that Wednesday’s coup was motivated by both the desire to “preserve our homeland” in a context of a “deteriorating security situation,” and poor economic and social governance, CNN reported.”\n   — "US vows to keep working for the restoration of democratic rule in Niger" · paragraph 11 · sentence 11 · credited to CNN',
    );
  });

  it('lists candidates for an ambiguous name and the closest names for an unknown one', () => {
    const ambiguous = findActor(table, 'president');
    const none = findActor(table, 'Bazum');
    if (ambiguous.status === 'found' || none.status === 'found') throw new Error('expected no single actor');
    expect(actorLookupToText('president', ambiguous)).toBe(
      '"president" could be any of:\n  Mohamed Bazoum (person, 10 mentions)\n  Mahamadou Issoufou (person, 2 mentions)\nAsk again with a fuller name.',
    );
    expect(actorLookupToText('Bazum', none)).toBe('No actor named "Bazum". Closest: Mohamed Bazoum.');
    expect(actorLookupToJson('Bazum', none)).toEqual({
      status: 'none',
      query: 'Bazum',
      error: 'No actor named "Bazum"',
      closest: ['Mohamed Bazoum'],
    });
  });

  it('lists actors most mentioned first', () => {
    expect(actorListToText(listActors(table)).split('\n')[0]).toBe(
      '  10  Mohamed Bazoum (person) — Nigerien President; Democratically-elected President',
    );
  });
});

describe('npm run actor', () => {
  const run = promisify(execFile);
  const root = path.join(__dirname, '../..');
  const actor = async (...args: string[]): Promise<{ code: number; stdout: string }> => {
    try {
      const { stdout } = await run(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/actor.ts', ...args], {
        cwd: root,
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  };

  it('prints JSON for a name, exits 1 for an unknown one and 2 for a bad option', async () => {
    const [found, unknown, bad] = await Promise.all([
      actor('--json', 'Bazoum'),
      actor('Macron'),
      actor('--bogus'),
    ]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({
      name: 'Mohamed Bazoum',
      roles: ['Nigerien President', 'Democratically-elected President'],
    });
    expect(unknown).toEqual({ code: 1, stdout: 'No actor named "Macron".\n' });
    expect(bad.code).toBe(2);
  }, 120_000); // three processes that each start tsx and load the corpus
});
