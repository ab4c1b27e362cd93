import path from 'node:path';
import { startLocalBot, type LocalBot } from '../../src/demo/localBot';
import { parseScript } from '../../src/demo/script';
import { playSession } from '../../src/demo/session';
import { asDisplayed, transcriptToText } from '../../src/demo/transcriptText';
import { loadLibrary } from '../../src/library';

describe('the demo session', () => {
  let local: LocalBot;
  beforeAll(async () => {
    const loaded = await loadLibrary(path.join(__dirname, 'fixtures/corpus'));
    if (!loaded.ok) throw new Error('fixture corpus');
    local = await startLocalBot({ library: loaded.library });
    // On a clean clone the first library load also builds the word-vector caches (`npm run warm`).
  }, 180_000);
  afterAll(async () => {
    await local.stop();
  });

  it('plays a script and records what each user saw', async () => {
    const script = parseScript([
      { command: '/ask', options: { question: 'Who detained Bazoum?', top: 1 } },
      { press: 'More', user: 'alice' },
      { press: 'More' },
      { command: 'sources' },
      { command: 'Find in articles', message: 'The harvest fell by twelve percent.' },
      { press: 'No such button' },
    ]);
    if (!script.ok) throw new Error(script.problems.join('\n'));
    const transcript = await playSession(local.fake, script.steps);
    expect(transcript.map((entry) => [entry.command, entry.options])).toEqual([
      ['ask', { question: 'Who detained Bazoum?', top: 1 }],
      ['button', { label: 'More' }],
      ['button', { label: 'More' }],
      ['sources', {}],
      ['Find in articles', { message: 'The harvest fell by twelve percent.' }],
      ['button', { label: 'No such button' }],
    ]);
    const [ask, alice, more, sources, find, missing] = transcript;
    expect(ask?.reply?.embeds[0]?.description).toMatch(/^> Soldiers from the presidential guard/);
    expect(ask?.reply?.flags).toBe(0);
    expect(alice?.user).toBe('alice');
    expect(alice?.reply?.content).toMatch(/^Only the person who asked/);
    expect(alice?.reply?.flags).toBe(64);
    expect(more?.reply?.embeds[0]?.description?.match(/^— /gm)).toHaveLength(2);
    expect(sources?.reply?.embeds[0]?.title).toBe('3 articles in the library');
    expect(find?.reply?.embeds[0]?.description).toContain('twelve percent');
    expect(missing?.reply).toBeNull();
    expect(missing?.error).toBe('no earlier reply has a "No such button" button');

    const text = transcriptToText(transcript);
    expect(text).toContain('reader › /ask question: Who detained Bazoum? top: 1');
    expect(text).toContain(
      "— Niger's president detained by his own guard <https://news.example.com/africa/niger-coup#:~:text=",
    );
    expect(text).toContain('alice › [presses “More”]\ncitebot (only you can see this):');
    expect(JSON.parse(JSON.stringify(transcript))).toEqual(transcript);
  });
});

describe('parseScript', () => {
  it('reports every malformed step by its number', () => {
    expect(
      parseScript([
        { options: {} },
        'ask',
        { command: 'ask', options: { question: ['x'] } },
        { press: 'More', user: '' },
      ]),
    ).toEqual({
      ok: false,
      problems: [
        'step 1: needs "command" (a command name) or "press" (a button label)',
        'step 2: expected an object such as {"command": "ask", "options": {"question": "…"}}',
        'step 3: option values must be strings, numbers or booleans (question)',
        'step 4: "user" must be a non-empty string',
      ],
    });
    expect(parseScript({})).toEqual({ ok: false, problems: ['the script must be a JSON array of steps'] });
  });
});

describe('asDisplayed', () => {
  it('shows links, escapes and italics as a reader sees them', () => {
    expect(
      asDisplayed('\\*\\*bold\\*\\* [Title \\[1\\]](https://x.example/a) *note* @\u200beveryone **kept**'),
    ).toBe('**bold** Title [1] <https://x.example/a> note @everyone **kept**');
  });
});
