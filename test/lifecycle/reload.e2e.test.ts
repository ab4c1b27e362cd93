import { rmSync } from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { startLocalBot, type LocalBot } from '../../src/demo/localBot';
import { RELOAD_MESSAGES, type ReloadService } from '../../src/discord/reload';
import { NO_RESOURCES, type Library } from '../../src/library';
import { loadOrBuildLibrary } from '../../src/libraryCache';
import { createReloader, type LoadLibrary } from '../../src/reload';
import type { InteractionReply } from '../../src/testing/fakeDiscord';
import { tempCorpus, tempDir, writeArticle } from './corpusFixture';

const GUILD = '400000000000000001';
const OTHER_GUILD = '400000000000000002';
const MODERATOR_ROLE = '500000000000000001';
const MODERATOR = { id: '300000000000000010', username: 'moderator' };
const MEMBER = { id: '300000000000000011', username: 'member' };
const MANAGE =
  PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const AS_MODERATOR = { user: MODERATOR, guildId: GUILD, memberPermissions: MANAGE, roles: [MODERATOR_ROLE] };

function textOf(reply: InteractionReply): string {
  const content = reply.message?.content ?? '';
  const embeds = reply.message?.embeds ?? [];
  return [content, ...embeds.map((embed) => `${embed.title ?? ''}\n${embed.description ?? ''}`)].join('\n');
}

const isFinal = (reply: InteractionReply): boolean =>
  /^(A reload was already running|Reloaded|Reload failed)/m.test(textOf(reply));

interface Harness {
  readonly local: LocalBot;
  readonly dir: string;
  /** How many times the corpus was loaded for a reload. */
  loads: number;
  /** While set, reloads wait for it before reading the folder. */
  gate: Promise<void> | null;
  ask(question: string, user?: typeof MEMBER): Promise<string>;
  reload(origin?: object): Promise<InteractionReply>;
  stop(): Promise<void>;
}

async function startHarness(
  policy: ReloadService['policy'] = { guildIds: [], roleIds: [] },
): Promise<Harness> {
  const corpus = tempCorpus();
  const cache = tempDir();
  const load: LoadLibrary = (onProgress) =>
    loadOrBuildLibrary(corpus.dir, {
      cacheDir: cache.dir,
      resources: NO_RESOURCES,
      buildInWorker: true,
      onProgress,
    });
  const first = await load(() => undefined);
  if (!first.ok) throw new Error('fixture corpus must load');
  let localBot: LocalBot | null = null;
  const harness: Partial<Harness> & { loads: number; gate: Promise<void> | null } = { loads: 0, gate: null };
  const reloader = createReloader({
    holder: {
      current: () => localBot?.holder.current() ?? null,
      swap: (next: Library) => (localBot as LocalBot).holder.swap(next),
    },
    load: async (onProgress) => {
      harness.loads += 1;
      if (harness.gate) await harness.gate;
      return load(onProgress);
    },
  });
  const service: ReloadService = {
    policy,
    reload: (request) => reloader.reload('command', request),
    progressAfterMs: 300,
  };
  localBot = await startLocalBot({
    library: first.library,
    fake: { guilds: [GUILD, OTHER_GUILD], defaultTimeoutMs: 20_000 },
    bot: { reload: service },
  });
  const local = localBot;
  return Object.assign(harness, {
    local,
    dir: corpus.dir,
    async ask(question: string, user = MEMBER) {
      const sent = local.fake.slashCommand('ask', { question }, { user, guildId: GUILD });
      return textOf(
        await local.fake.waitForInteractionReply(sent, {
          match: (reply) => reply.via !== 'callback' || reply.callbackType !== 5,
        }),
      );
    },
    async reload(origin: object = AS_MODERATOR) {
      const sent = local.fake.slashCommand('reload', {}, origin);
      return local.fake.waitForInteractionReply(sent, { match: isFinal, timeoutMs: 20000 });
    },
    async stop() {
      await local.stop();
      corpus.remove();
      cache.remove();
    },
  }) as Harness;
}

describe('/reload through the fake Discord', () => {
  let harness: Harness;
  afterEach(async () => {
    expect(harness.local.fake.problems).toEqual([]);
    await harness.stop();
  });

  it('is registered for Manage Server, in guilds only', async () => {
    harness = await startHarness();
    const registered = harness.local.fake.commands().find((command) => command.name === 'reload');
    expect(registered?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(registered?.contexts).toEqual([0]);
  });

  it('a moderator reloads after articles are added, changed and removed; answers follow', async () => {
    harness = await startHarness();
    expect(await harness.ask('What did farmers harvest this autumn?')).toMatch(/sorghum/);
    expect(await harness.ask('How much did the city council approve for new schools?')).toMatch(
      /four million dollars/,
    );

    writeArticle(
      harness.dir,
      'bridge.md',
      '---\nid: bridge\ntitle: Bridge\n---\nA new bridge over the Niger river opened in Niamey on Monday.\n',
    );
    writeArticle(
      harness.dir,
      'harvest.md',
      '---\nid: harvest\ntitle: Harvest report\n---\nFarmers harvested a record crop of millet this autumn.\n',
    );
    rmSync(path.join(harness.dir, 'budget.md'));
    const reply = await harness.reload();
    expect(reply.ephemeral).toBe(true);
    const text = textOf(reply);
    expect(text).toMatch(/^Reloaded in \d+\.\d s/);
    expect(text).toMatch(/Added 1: bridge/);
    expect(text).toMatch(/Changed 1: harvest/);
    expect(text).toMatch(/Removed 1: budget/);
    expect(text).toMatch(/Sentences: 6 → 4/);
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });

    expect(await harness.ask('What did farmers harvest this autumn?')).toMatch(/millet/);
    expect(await harness.ask('Which bridge opened in Niamey?')).toMatch(/bridge over the Niger river/);
    expect(await harness.ask('How much did the city council approve for new schools?')).not.toMatch(
      /four million dollars/,
    );
  });

  it('a reload with a broken article lists it and changes nothing; old answers are still served', async () => {
    harness = await startHarness();
    writeArticle(
      harness.dir,
      'harvest.md',
      '---\nid: harvest\ntitle: Harvest report\n---\nFarmers harvested millet.\n',
    );
    writeArticle(harness.dir, 'broken.md', '---\nid: two words\ntitle: Broken\n---\nText.\n');
    writeArticle(harness.dir, 'empty.md', '---\ntitle: Empty\n---\n');
    const text = textOf(await harness.reload());
    expect(text).toMatch(/^Reload failed after .* nothing was changed/);
    expect(text).toMatch(/- broken\.md:2: front matter id "two words"/);
    expect(text).toMatch(/- empty\.md: article has no text/);
    expect(await harness.ask('What did farmers harvest this autumn?')).toMatch(/sorghum/);
  });

  it('refuses members without Manage Server, outside RELOAD_GUILD_IDS, without a RELOAD_ROLE_IDS role, and in DMs', async () => {
    harness = await startHarness({ guildIds: [GUILD], roleIds: [MODERATOR_ROLE] });
    const refusal = async (origin: object): Promise<InteractionReply> => {
      const sent = harness.local.fake.slashCommand('reload', {}, origin);
      return harness.local.fake.waitForInteractionReply(sent);
    };
    const member = await refusal({ user: MEMBER, guildId: GUILD, roles: [MODERATOR_ROLE] });
    expect(textOf(member)).toBe(RELOAD_MESSAGES.noPermission);
    expect(member.ephemeral).toBe(true);
    expect(textOf(await refusal({ ...AS_MODERATOR, roles: [] }))).toBe(RELOAD_MESSAGES.noRole);
    expect(textOf(await refusal({ ...AS_MODERATOR, guildId: OTHER_GUILD }))).toBe(RELOAD_MESSAGES.notHere);
    expect(textOf(await refusal({ user: MODERATOR }))).toBe(RELOAD_MESSAGES.guildOnly);
    expect(harness.loads).toBe(0);
    expect(textOf(await harness.reload())).toMatch(/^Reloaded/);
    expect(harness.loads).toBe(1);
  });

  it('two reloads at once run as one; both moderators get the report; questions meanwhile are all answered', async () => {
    harness = await startHarness();
    let open: () => void = () => undefined;
    harness.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    writeArticle(
      harness.dir,
      'bridge.md',
      '---\nid: bridge\ntitle: Bridge\n---\nA new bridge over the Niger river opened in Niamey on Monday.\n',
    );
    const { fake } = harness.local;
    const first = fake.slashCommand('reload', {}, AS_MODERATOR);
    const second = fake.slashCommand(
      'reload',
      {},
      { ...AS_MODERATOR, user: { id: '300000000000000012', username: 'moderator2' } },
    );
    // A slow reload shows its progress by editing its reply.
    const progress = await fake.waitForInteractionReply(first, {
      match: (reply) => /^Reloading…/.test(textOf(reply)),
    });
    expect(textOf(progress)).toMatch(/Reloading… .* \(\d+ s so far\)/);
    const during = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        harness.ask(
          i % 2 === 0
            ? 'What did farmers harvest this autumn?'
            : 'Who declared himself the new leader of Niger?',
        ),
      ),
    );
    expect(during.every((text) => /sorghum|Tiani/.test(text))).toBe(true);
    open();
    const replies = await Promise.all(
      [first, second].map((sent) => fake.waitForInteractionReply(sent, { match: isFinal, timeoutMs: 20000 })),
    );
    const texts = replies.map(textOf);
    expect(texts.filter((text) => /^A reload was already running/.test(text))).toHaveLength(1);
    expect(texts.every((text) => /Added 1: bridge/.test(text))).toBe(true);
    expect(harness.loads).toBe(1);
    expect(await harness.ask('Which bridge opened in Niamey?')).toMatch(/bridge over the Niger river/);
  });
});
