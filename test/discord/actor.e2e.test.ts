import path from 'node:path';
import { InteractionResponseType, type APIEmbed } from 'discord.js';
import { actorExpiredMessage, ONLY_THE_ASKER_ACTOR } from '../../src/discord/actor';
import { actorsExpiredMessage, ONLY_THE_ASKER_ACTORS } from '../../src/discord/actors';
import { embedProblems } from '../../src/discord/fitting';
import { startLocalBot, type LocalBot } from '../../src/demo/localBot';
import { loadLibrary, type Library } from '../../src/library';
import type { InteractionReply } from '../../src/testing/fakeDiscord';

/** The seed article with a URL, the /ask fixture about the coup, and a summit with many actors. */
const CORPUS = path.join(__dirname, 'fixtures/actor-corpus');
const SEED_TITLE = 'US vows to keep working for the restoration of democratic rule in Niger';
const SEED_URL = 'https://news.example.com/world/us-niger-coup';
const ASKER = { id: '300000000000000001', username: 'asker' };
const OTHER = { id: '300000000000000002', username: 'other' };

let library: Library;

beforeAll(async () => {
  const loaded = await loadLibrary(CORPUS);
  if (!loaded.ok) throw new Error(`fixture corpus: ${JSON.stringify(loaded.problems)}`);
  library = loaded.library;
}, 180_000); // on a clean clone the first load also builds the word-vector caches

function embedOf(reply: InteractionReply): APIEmbed {
  const embed = reply.message?.embeds[0];
  if (embed === undefined) throw new Error(`reply has no embed: ${JSON.stringify(reply.data)}`);
  return embed;
}

function buttonsOf(reply: InteractionReply): { id: string; label: string; disabled: boolean }[] {
  const rows = (reply.data['components'] ?? []) as {
    components: { custom_id: string; label: string; disabled?: boolean }[];
  }[];
  return rows.flatMap((row) =>
    row.components.map((button) => ({
      id: button.custom_id,
      label: button.label,
      disabled: button.disabled === true,
    })),
  );
}

function idOf(reply: InteractionReply, label: string): string {
  const button = buttonsOf(reply).find((known) => known.label === label);
  if (button === undefined) throw new Error(`no ${label} button in ${JSON.stringify(buttonsOf(reply))}`);
  return button.id;
}

describe('/actor and /actors, through a local fake Discord', () => {
  let local: LocalBot;
  let offset = 0;
  beforeAll(async () => {
    local = await startLocalBot({ library, cooldown: null, bot: { now: () => Date.now() + offset } });
  });
  afterAll(async () => {
    await local.stop();
  });
  afterEach(() => {
    offset = 0;
    expect(local.fake.problems).toEqual([]);
  });

  const send = (
    name: string,
    options: Record<string, string> = {},
    user = ASKER,
  ): Promise<InteractionReply> =>
    local.fake.waitForInteractionReply(local.fake.slashCommand(name, options, { user }));
  const click = (reply: InteractionReply, label: string, user = ASKER): Promise<InteractionReply> =>
    local.fake.waitForInteractionReply(
      local.fake.buttonClick(idOf(reply, label), { message: reply.message?.id ?? '', user }),
    );

  it('registers both commands, the name option with autocomplete', () => {
    const commands = local.fake.commands();
    expect(commands.map((command) => command.name)).toEqual(expect.arrayContaining(['actor', 'actors']));
    const actor = commands.find((command) => command.name === 'actor');
    expect(actor?.options).toEqual([
      expect.objectContaining({ name: 'name', required: true, autocomplete: true, max_length: 100 }),
    ]);
  });

  it('summarises Blinken: roles, articles, quoted sentences with their sources, pinging nobody', async () => {
    const reply = await send('actor', { name: 'Blinken' });
    expect(reply.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.ephemeral).toBe(false);
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    const embed = embedOf(reply);
    expect(embed.title).toBe('Antony Blinken');
    const description = embed.description ?? '';
    expect(description).toMatch(/^\*\*Person\*\* · US Secretary of State\n/);
    expect(description).toContain(
      `**Mentioned 7 times** (3 by name, 2 by title, 2 by pronoun) in 1 article: [${SEED_TITLE}](${SEED_URL}) (7)`,
    );
    expect(description).toContain(
      '**What they said**\n> Washington: US Secretary of State Antony Blinken spoke to Nigerien President Mohamed Bazoum',
    );
    expect(description).toContain(
      '> Blinken further stressed the importance of his continuing leadership in Niamey.\n' +
        `— [${SEED_TITLE}](${SEED_URL}#:~:text=Blinken%20further%20stressed%20the%20importance%20of%20his%20continuing%20leadership%20in%20Niamey.) · paragraph 3 · credited to Blinken`,
    );
    expect(description).toContain(
      '**What the articles say about them**\n> "Secretary Blinken underscored that the United States will continue',
    );
    expect(embed.fields).toEqual([
      { name: 'Linked actors', value: expect.stringMatching(/^Mohamed Bazoum \(5\) · /) },
    ]);
    expect(embedProblems(reply.message?.embeds ?? [])).toEqual([]);
    expect(buttonsOf(reply)).toEqual([]); // it all fits on one page
  });

  it('suggests names as the user types: best matches first, the most mentioned for nothing typed', async () => {
    const typed = await local.fake.waitForInteractionReply(
      local.fake.autocomplete('actor', { name: 'blin' }, { focused: 'name' }),
    );
    expect(typed.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(typed.data['choices']).toEqual([{ name: 'Antony Blinken', value: 'antony-blinken' }]);

    const byAlias = await local.fake.waitForInteractionReply(
      local.fake.autocomplete('actor', { name: 'secretary b' }),
    );
    expect(byAlias.data['choices']).toEqual([
      { name: 'Antony Blinken (Secretary Blinken)', value: 'antony-blinken' },
    ]);

    const empty = await local.fake.waitForInteractionReply(local.fake.autocomplete('actor', { name: '' }));
    const choices = empty.data['choices'] as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Mohamed Bazoum', value: 'mohamed-bazoum' });

    // The choice's value is the actor's id: running the command with it finds the actor.
    const chosen = await send('actor', { name: 'antony-blinken' });
    expect(embedOf(chosen).title).toBe('Antony Blinken');
  });

  it('answers an unknown name privately with the closest names, and an ambiguous one with the candidates', async () => {
    const unknown = await send('actor', { name: 'Bazum' });
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.message?.content).toBe('No actor named “Bazum”. Closest: **Mohamed Bazoum**.');
    expect(unknown.data['allowed_mentions']).toEqual({ parse: [] });

    const ambiguous = await send('actor', { name: 'president' });
    expect(ambiguous.ephemeral).toBe(true);
    expect(ambiguous.message?.content).toMatch(
      /^“president” could be any of: \*\*Mohamed Bazoum\*\* \(person, 12 mentions\), /,
    );
  });

  it('More and Back turn the summary’s pages for the asker only', async () => {
    const first = await send('actor', { name: 'Bazoum' });
    expect(embedOf(first).title).toBe('Mohamed Bazoum');
    expect(embedOf(first).footer?.text).toMatch(
      /^Quoted word for word from the articles · page 1 of 2 · More: \d+ more sentences?$/,
    );
    expect(buttonsOf(first)).toEqual([
      { id: expect.stringMatching(/^actor:back:[\w-]+$/), label: 'Back', disabled: true },
      { id: expect.stringMatching(/^actor:more:[\w-]+$/), label: 'More', disabled: false },
    ]);

    const stranger = await click(first, 'More', OTHER);
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.message?.content).toBe(ONLY_THE_ASKER_ACTOR);

    const more = await click(first, 'More');
    expect(more.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(more.message?.id).toBe(first.message?.id);
    const page2 = embedOf(more);
    expect(page2.title).toBe('Mohamed Bazoum — continued');
    expect(page2.description).toMatch(/^\*\*What the articles say about them\*\* \(continued\)\n> /);
    expect(page2.description).toContain(`— [${SEED_TITLE}](${SEED_URL}#:~:text=`);
    // Nothing on the second page was on the first.
    const quotes = (embed: APIEmbed): string[] =>
      (embed.description ?? '').split('\n').filter((line) => line.startsWith('> '));
    for (const quote of quotes(page2)) expect(embedOf(first).description).not.toContain(quote);
    expect(buttonsOf(more).map((button) => button.disabled)).toEqual([false, true]);
    expect(embedProblems(more.message?.embeds ?? [])).toEqual([]);

    const back = await click(more, 'Back');
    expect(embedOf(back).title).toBe('Mohamed Bazoum');
    expect(embedOf(back).description).toBe(embedOf(first).description);
  });

  it('says when a summary’s buttons have expired', async () => {
    const first = await send('actor', { name: 'Bazoum' });
    offset = 15 * 60_000 + 1;
    const late = await click(first, 'More');
    expect(late.ephemeral).toBe(true);
    expect(late.message?.content).toBe(actorExpiredMessage(15 * 60_000));
  });

  it('/actors lists everyone, most mentioned first, with Previous and Next for the asker', async () => {
    const first = await send('actors');
    expect(first.ephemeral).toBe(false);
    expect(first.data['allowed_mentions']).toEqual({ parse: [] });
    const embed = embedOf(first);
    expect(embed.title).toMatch(/^\d+ actors in the articles$/);
    const count = Number(/^\d+/.exec(embed.title ?? '')?.[0]);
    expect(count).toBeGreaterThan(20);
    const lines = (embed.description ?? '').split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('**1.** Mohamed Bazoum — person · 12 mentions · 3 articles');
    expect(lines).toContain('**4.** Antony Blinken — person · 7 mentions · 1 article');
    expect(embed.footer?.text).toBe('Most mentioned first · page 1 of 2 · Summarise one with /actor');
    expect(buttonsOf(first)).toEqual([
      { id: expect.stringMatching(/^actors:previous:[\w-]+$/), label: 'Previous', disabled: true },
      { id: expect.stringMatching(/^actors:next:[\w-]+$/), label: 'Next', disabled: false },
    ]);

    const stranger = await click(first, 'Next', OTHER);
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.message?.content).toBe(ONLY_THE_ASKER_ACTORS);

    const next = await click(first, 'Next');
    expect(next.callbackType).toBe(InteractionResponseType.UpdateMessage);
    const page2 = (embedOf(next).description ?? '').split('\n');
    expect(page2[0]).toMatch(/^\*\*21\.\*\* /);
    expect(page2).toHaveLength(count - 20);
    expect(embedOf(next).footer?.text).toBe('Most mentioned first · page 2 of 2 · Summarise one with /actor');
    expect(buttonsOf(next).map((button) => button.disabled)).toEqual([false, true]);

    const previous = await click(next, 'Previous');
    expect(embedOf(previous).description).toBe(embed.description);

    offset = 15 * 60_000 + 1;
    const late = await click(previous, 'Next');
    expect(late.ephemeral).toBe(true);
    expect(late.message?.content).toBe(actorsExpiredMessage(15 * 60_000));
  });

  it('/help tells about /actor and /actors', async () => {
    const help = await send('help');
    expect(embedOf(help).description).toContain('**/actor** `name:`');
    expect(embedOf(help).description).toContain('**/actors**');
  });
});
