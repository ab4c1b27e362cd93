import path from 'node:path';
import { InteractionResponseType, InteractionType, MessageFlags, type APIEmbed } from 'discord.js';
import { expiredMessage, ONLY_THE_ASKER } from '../../src/discord/answerButtons';
import { MESSAGES } from '../../src/discord/bot';
import type { AnswerQuestion } from '../../src/discord/command';
import { embedProblems } from '../../src/discord/fitting';
import { NOT_ANSWERED } from '../../src/discord/renderAnswer';
import { startLocalBot, type LocalBot, type LocalBotOptions } from '../../src/demo/localBot';
import { loadLibrary, type Library } from '../../src/library';
import { createLogger } from '../../src/log';
import { answer } from '../../src/search/answer';
import type { InteractionReply, JsonObject } from '../../src/testing/fakeDiscord';

const CORPUS = path.join(__dirname, 'fixtures/corpus');
const DETAINED =
  'Soldiers from the presidential guard detained President Mohamed Bazoum in Niamey on Wednesday, the army said.';
const DETAINED_SOURCE =
  "— [Niger's president detained by his own guard](https://news.example.com/africa/niger-coup#:~:text=" +
  'Soldiers%20from%20the%20presidential,Wednesday%2C%20the%20army%20said.) · paragraph 1 · credited to army';
const ASKER = { id: '300000000000000001', username: 'asker' };
const OTHER = { id: '300000000000000002', username: 'other' };

let library: Library;

/** On a clean clone the first library load also builds the word-vector caches (`npm run warm`). */
const FIRST_LOAD_TIMEOUT_MS = 180_000;

beforeAll(async () => {
  const loaded = await loadLibrary(CORPUS);
  if (!loaded.ok) throw new Error(`fixture corpus: ${JSON.stringify(loaded.problems)}`);
  library = loaded.library;
}, FIRST_LOAD_TIMEOUT_MS);

function embedOf(reply: InteractionReply): APIEmbed {
  const embed = reply.message?.embeds[0];
  if (embed === undefined) throw new Error(`reply has no embed: ${JSON.stringify(reply.data)}`);
  return embed;
}

function contentOf(reply: InteractionReply): string {
  return reply.message?.content ?? '';
}

function buttonIds(reply: InteractionReply): string[] {
  const rows = (reply.data['components'] ?? []) as { components: { custom_id: string }[] }[];
  return rows.flatMap((row) => row.components.map((button) => button.custom_id));
}

/** A logger whose JSON lines the test can read. */
function capturedLogger(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }) };
}

async function withBot(
  options: Partial<LocalBotOptions>,
  run: (local: LocalBot) => Promise<void>,
): Promise<void> {
  const local = await startLocalBot({ library, ...options });
  try {
    await run(local);
    expect(local.fake.problems).toEqual([]);
  } finally {
    await local.stop();
  }
}

describe('the bot, through a local fake Discord', () => {
  let local: LocalBot;
  beforeAll(async () => {
    local = await startLocalBot({ library, cooldown: null });
  });
  afterAll(async () => {
    await local.stop();
  });
  afterEach(() => {
    expect(local.fake.problems).toEqual([]);
  });

  it('answers /ask with the exact sentence quoted, its source line, no mentions, publicly', async () => {
    const sent = local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }, { user: ASKER });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.via).toBe('callback');
    expect(reply.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.ephemeral).toBe(false);
    expect((reply.message?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    const embed = embedOf(reply);
    expect(embed.title).toBe('Who detained Bazoum?');
    expect(embed.description?.startsWith(`> ${DETAINED}\n${DETAINED_SOURCE}\n\n> `)).toBe(true);
    expect(embedProblems(reply.message?.embeds ?? [])).toEqual([]);
    expect(buttonIds(reply)).toEqual([
      expect.stringMatching(/^answer:context:[\w-]+$/),
      expect.stringMatching(/^answer:more:[\w-]+$/),
    ]);
    // The request itself, as the bot sent it.
    const callback = local.fake.requests.find((request) =>
      request.path.endsWith(`/${sent.id}/${sent.token}/callback`),
    );
    expect(callback?.status).toBe(204);
    expect(((callback?.body as JsonObject)['data'] as JsonObject)['allowed_mentions']).toEqual({ parse: [] });
  });

  it('says the articles do not say when nothing answers, never inventing one', async () => {
    const sent = local.fake.slashCommand('ask', { question: 'What is the capital of Peru?' });
    const embed = embedOf(await local.fake.waitForInteractionReply(sent));
    expect(embed.description?.startsWith(NOT_ANSWERED.question)).toBe(true);
    expect(embed.description).toContain('not an answer');
  });

  it('searches one article with article:, and shows top: passages', async () => {
    const sent = local.fake.slashCommand('ask', {
      question: 'What did the ministry say?',
      article: 'harvest-report',
      top: 2,
    });
    const embed = embedOf(await local.fake.waitForInteractionReply(sent));
    const sources = (embed.description ?? '').split('\n').filter((line) => line.startsWith('— '));
    expect(sources).toHaveLength(2);
    for (const line of sources)
      expect(line).toContain(
        '[Wheat harvest falls short after a dry spring](https://farm.example.org/reports/harvest-%282023%29#:~:text=',
      );
    expect(embed.description).toContain(
      '> The national wheat harvest fell by twelve percent this year, the agriculture ministry said.',
    );
  });

  it('tells the asker when article: names no article', async () => {
    const sent = local.fake.slashCommand('ask', { question: 'What happened?', article: 'no-such-article' });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.ephemeral).toBe(true);
    expect(contentOf(reply)).toMatch(/^There is no article “no-such-article”/);
  });

  it('suggests article titles as the user types', async () => {
    const sent = local.fake.autocomplete('ask', { question: 'x', article: 'whe' }, { focused: 'article' });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(reply.data['choices']).toEqual([
      { name: 'Wheat harvest falls short after a dry spring', value: 'harvest-report' },
    ]);
  });

  it('checks a message with "Find in articles", ephemerally', async () => {
    const sent = local.fake.messageCommand('Find in articles', {
      content: 'The African Union gave the soldiers fifteen days.',
    });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.ephemeral).toBe(true);
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    expect(embedOf(reply).description).toContain(
      '> The bloc gave the soldiers fifteen days to return to their barracks.',
    );
  });

  it('says so when the message has no text', async () => {
    const sent = local.fake.messageCommand('Find in articles', { content: '' });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.ephemeral).toBe(true);
    expect(contentOf(reply)).toMatch(/^That message has no text/);
  });

  it('lists the sources and helps', async () => {
    const sources = await local.fake.waitForInteractionReply(local.fake.slashCommand('sources'));
    expect(embedOf(sources).title).toBe('3 articles in the library');
    expect(embedOf(sources).description).toContain(
      'Farm Weekly · 2023-08-02 · 3 sentences · id `harvest-report`',
    );
    const help = await local.fake.waitForInteractionReply(local.fake.slashCommand('help'));
    expect(embedOf(help).description).toContain('/ask');
    expect(help.ephemeral).toBe(true);
  });

  it('renders a question with @everyone and markdown escaped, pinging nobody', async () => {
    const question = 'Who detained Bazoum? @everyone **bold** _x_';
    const reply = await local.fake.waitForInteractionReply(local.fake.slashCommand('ask', { question }));
    expect(embedOf(reply).title).toBe('Who detained Bazoum? @\u200beveryone \\*\\*bold\\*\\* \\_x\\_');
    expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    expect(JSON.stringify(reply.data)).not.toContain('@everyone');
    expect(reply.message?.mention_everyone).toBe(false);
  });

  it('Show context and More change the answer for the asker only', async () => {
    const asked = local.fake.slashCommand(
      'ask',
      { question: 'Who detained Bazoum?', top: 1 },
      { user: ASKER },
    );
    const first = await local.fake.waitForInteractionReply(asked);
    const messageId = first.message?.id ?? '';
    const [contextId, moreId] = buttonIds(first) as [string, string];

    const stranger = await local.fake.waitForInteractionReply(
      local.fake.buttonClick(moreId, { message: messageId, user: OTHER }),
    );
    expect(stranger.ephemeral).toBe(true);
    expect(contentOf(stranger)).toBe(ONLY_THE_ASKER);

    const context = await local.fake.waitForInteractionReply(
      local.fake.buttonClick(contextId, { message: messageId, user: ASKER }),
    );
    expect(context.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(context.message?.id).toBe(messageId);
    expect(embedOf(context).description).toMatch(
      new RegExp(
        `^> \\*\\*${DETAINED.replace(/[.]/g, '\\.')}\\*\\* The guard's commander, General Abdourahamane Tiani, later declared himself the country's new leader\\.\n> "We will not accept`,
      ),
    );

    const more = await local.fake.waitForInteractionReply(
      local.fake.buttonClick(moreId, { message: messageId, user: ASKER }),
    );
    expect(more.callbackType).toBe(InteractionResponseType.UpdateMessage);
    const quotes = (embedOf(more).description ?? '').split('\n').filter((line) => line.startsWith('— '));
    expect(quotes).toHaveLength(2);
    expect(embedOf(more).description).toContain('**'); // the context stays shown
  });

  it('answers a command it does not know', async () => {
    const sent = local.fake.sendInteraction({
      type: InteractionType.ApplicationCommand,
      data: { id: '1', name: 'weather', type: 1 },
    });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(reply.ephemeral).toBe(true);
    expect(contentOf(reply)).toBe(MESSAGES.unknownCommand('weather'));
  });

  it('recovers from a 429 and a 500 on the reply: the user still gets the answer', async () => {
    local.fake.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429, retryAfterSeconds: 0.2 });
    local.fake.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 500 });
    const since = local.fake.requests.length;
    const sent = local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' });
    const reply = await local.fake.waitForInteractionReply(sent);
    expect(embedOf(reply).description).toContain(DETAINED);
    const statuses = local.fake.requests
      .slice(since)
      .filter((request) => request.path.includes(`/interactions/${sent.id}/`))
      .map((request) => request.status);
    expect(statuses).toEqual([429, 500, 204]);
  });
});

describe('the bot, in situations set up one by one', () => {
  it('asks to retry while the library is loading, and answers once it is loaded', async () => {
    await withBot({ library: null }, async (local) => {
      const early = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(early.ephemeral).toBe(true);
      expect(contentOf(early)).toBe(MESSAGES.loading);
      const choices = await local.fake.waitForInteractionReply(
        local.fake.autocomplete('ask', { question: 'x', article: '' }, { focused: 'article' }),
      );
      expect(choices.data['choices']).toEqual([]);
      local.holder.swap(library);
      const later = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(embedOf(later).description).toContain(DETAINED);
    });
  });

  it('slows a flooding user down without doing the work, and serves others meanwhile', async () => {
    let answered = 0;
    const counting: AnswerQuestion = (lib, question, options) => {
      answered++;
      return answer(lib, question, options);
    };
    await withBot(
      { cooldown: { limit: 2, windowSeconds: 30 }, bot: { answerQuestion: counting } },
      async (local) => {
        const ask = (user: typeof ASKER): Promise<InteractionReply> =>
          local.fake.waitForInteractionReply(
            local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }, { user }),
          );
        await ask(ASKER);
        await ask(ASKER);
        const third = await ask(ASKER);
        expect(third.ephemeral).toBe(true);
        expect(contentOf(third)).toMatch(/^Slow down: try again in (29|30) s\.$/);
        expect(answered).toBe(2);
        const other = await ask(OTHER);
        expect(embedOf(other).description).toContain(DETAINED);
        expect(answered).toBe(3);
      },
    );
  });

  it('says when an answer’s buttons have expired', async () => {
    let offset = 0;
    await withBot({ bot: { now: () => Date.now() + offset } }, async (local) => {
      const first = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }, { user: ASKER }),
      );
      offset = 15 * 60_000 + 1;
      const click = local.fake.buttonClick(buttonIds(first)[1] ?? '', {
        message: first.message?.id ?? '',
        user: ASKER,
      });
      const reply = await local.fake.waitForInteractionReply(click);
      expect(reply.ephemeral).toBe(true);
      expect(contentOf(reply)).toBe(expiredMessage(15 * 60_000));
    });
  });

  it('defers slow work inside the 3-second window, then edits the answer in', async () => {
    const slow: AnswerQuestion = async (lib, question, options) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return answer(lib, question, options);
    };
    await withBot({ bot: { answerQuestion: slow, deferAfterMs: 50 } }, async (local) => {
      const sent = local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' });
      const reply = await local.fake.waitForInteractionReply(sent);
      expect(reply.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(reply.via).toBe('editOriginal');
      expect(embedOf(reply).description).toContain(DETAINED);
      expect(reply.data['allowed_mentions']).toEqual({ parse: [] });
    });
  });

  it('defers before starting once recent answers were slow (synchronous work cannot be interrupted)', async () => {
    const slowSync: AnswerQuestion = (lib, question, options) => {
      const until = Date.now() + 120;
      while (Date.now() < until) {
        // A large corpus: the CPU is busy, no timer can fire.
      }
      return answer(lib, question, options);
    };
    await withBot({ bot: { answerQuestion: slowSync, deferAfterMs: 300 } }, async (local) => {
      const first = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(first.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
      const second = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(second.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(second.via).toBe('editOriginal');
      expect(embedOf(second).description).toContain(DETAINED);
    });
  });

  it('tells the user briefly when answering fails, and logs the whole error', async () => {
    const { lines, logger } = capturedLogger();
    const broken: AnswerQuestion = () => {
      throw new Error('index exploded');
    };
    await withBot({ logger, bot: { answerQuestion: broken } }, async (local) => {
      const reply = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(reply.ephemeral).toBe(true);
      expect(contentOf(reply)).toBe(MESSAGES.failed);
      expect(contentOf(reply)).not.toContain('exploded');
    });
    const failure = lines
      .map((line) => JSON.parse(line) as { msg: string; err?: { message: string; stack: string } })
      .find((line) => line.msg === 'interaction failed');
    expect(failure?.err?.message).toBe('index exploded');
    expect(failure?.err?.stack).toContain('bot.e2e.test.ts');
  });

  it('replaces a deferred reply with the failure message when slow work fails', async () => {
    const slowlyBroken: AnswerQuestion = async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      throw new Error('late failure');
    };
    await withBot({ bot: { answerQuestion: slowlyBroken, deferAfterMs: 20 } }, async (local) => {
      const reply = await local.fake.waitForInteractionReply(
        local.fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(reply.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(contentOf(reply)).toBe(MESSAGES.failed);
    });
  });
});
