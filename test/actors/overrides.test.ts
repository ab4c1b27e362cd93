import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadActorOverrides, parseActorOverrides } from '../../src/actors/overrides';
import type { ActorOverrides } from '../../src/actors/types';
import { actorNamed, build, mentionedIn } from './helpers';

const TEXTS = {
  a: 'General Abdourahamane Tiani led the coup in Niamey. The top US diplomat called Mohamed Bazoum. Washington Post reported it.',
  b: 'Abdourahmane Tchiani addressed the nation. Tchiani said the junta would stay.',
};

function overridesOf(yaml: string): ActorOverrides {
  const parsed = parseActorOverrides(yaml, 'actors.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.overrides;
}

describe('parseActorOverrides', () => {
  it('reads aliases, merges and hides with their lines', () => {
    const parsed = parseActorOverrides(
      '# corrections\naliases:\n  Antony Blinken: [Tony Blinken, the top US diplomat]\n  Bazoum: Mohamed\nmerge:\n  - [Tiani, Tchiani]\nhide:\n  - Washington Post\n',
      'actors.yml',
    );
    expect(parsed).toEqual({
      ok: true,
      overrides: {
        aliases: [
          {
            file: 'actors.yml',
            line: 3,
            actor: 'Antony Blinken',
            aliases: ['Tony Blinken', 'the top US diplomat'],
          },
          { file: 'actors.yml', line: 4, actor: 'Bazoum', aliases: ['Mohamed'] },
        ],
        merges: [{ file: 'actors.yml', line: 6, actors: ['Tiani', 'Tchiani'] }],
        hidden: [{ file: 'actors.yml', line: 8, actor: 'Washington Post' }],
      },
    });
  });

  it('reports every bad entry with its file and line', () => {
    const parsed = parseActorOverrides(
      'aliases:\n  Blinken: [Tony, {a: 1}]\nmerge:\n  - [Tiani]\n  - Tchiani\nhide:\n  - [x, y]\ncolours: red\n',
      'actors.yml',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['actors.yml', 2],
      ['actors.yml', 4],
      ['actors.yml', 5],
      ['actors.yml', 7],
      ['actors.yml', 8],
    ]);
    expect(parsed.problems[4]?.reason).toBe('unknown key "colours" (expected aliases, merge or hide)');
  });

  it('reports invalid YAML at its line, and reads an empty file as no overrides', () => {
    const broken = parseActorOverrides('aliases:\n  Blinken: [Tony\nhide: x\n', 'actors.yml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.reason).toMatch(/^not valid YAML/);
    expect(parseActorOverrides('', 'actors.yml')).toEqual({
      ok: true,
      overrides: { aliases: [], merges: [], hidden: [] },
    });
    expect(parseActorOverrides('- a\n', 'actors.yml')).toEqual({
      ok: false,
      problems: [{ file: 'actors.yml', line: 1, reason: 'expected a mapping with aliases, merge and hide' }],
    });
  });
});

describe('loadActorOverrides', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-actors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('means no overrides when the corpus has no actors.yml', async () => {
    expect(await loadActorOverrides(dir)).toEqual({
      ok: true,
      overrides: { aliases: [], merges: [], hidden: [] },
    });
  });

  it('reads actors.yml from the corpus folder', async () => {
    writeFileSync(path.join(dir, 'actors.yml'), 'hide:\n  - Washington Post\n');
    expect(await loadActorOverrides(dir)).toEqual({
      ok: true,
      overrides: {
        aliases: [],
        merges: [],
        hidden: [{ file: 'actors.yml', line: 2, actor: 'Washington Post' }],
      },
    });
  });
});

describe('actorsOf with overrides', () => {
  it('merges two actors into the first, whose name stays', () => {
    const { table } = build(TEXTS, overridesOf('merge:\n  - [Abdourahamane Tiani, Tchiani]\n'));
    const tiani = actorNamed(table, 'Abdourahamane Tiani');
    expect(tiani.aliases).toEqual(expect.arrayContaining(['Abdourahmane Tchiani', 'Tchiani']));
    expect(mentionedIn(tiani)).toEqual(['a:1', 'b:1', 'b:2']);
    expect(table.actors.some((actor) => actor.name === 'Abdourahmane Tchiani')).toBe(false);
  });

  it('adds aliases and finds them in the text as name mentions', () => {
    const { table } = build(TEXTS, overridesOf('aliases:\n  Bazoum: [the top US diplomat]\n'));
    const bazoum = actorNamed(table, 'Mohamed Bazoum');
    expect(bazoum.aliases).toContain('the top US diplomat');
    expect(bazoum.mentions.map((mention) => [mention.text, mention.kind, mention.rule])).toEqual([
      ['The top US diplomat', 'name', 'override-alias'],
      ['Mohamed Bazoum', 'name', 'name'],
    ]);
  });

  it('hides a false actor', () => {
    const { table } = build(TEXTS, overridesOf('hide:\n  - Washington Post\n'));
    expect(table.actors.map((actor) => actor.name)).not.toContain('Washington Post');
  });

  it('reports entries naming no actor, or several, with file and line, and applies the rest', () => {
    const { table } = build(
      { ...TEXTS, c: 'President Joe Biden met Hunter Biden.' },
      overridesOf('hide:\n  - Macron\n  - Biden\n  - Washington Post\nmerge:\n  - [Tiani, Nobody]\n'),
    );
    expect(table.problems).toEqual([
      { file: 'actors.yml', line: 6, reason: 'cannot merge: no actor named "Nobody"' },
      { file: 'actors.yml', line: 2, reason: 'cannot hide: no actor named "Macron"' },
      {
        file: 'actors.yml',
        line: 3,
        reason: 'cannot hide: "Biden" names several actors: Joe Biden, Hunter Biden',
      },
    ]);
    expect(table.actors.map((actor) => actor.name)).not.toContain('Washington Post');
  });
});
