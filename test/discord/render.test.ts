import { articleChoices, resolveArticle } from '../../src/discord/articles';
import { CUT_MARKER, DISCORD_LIMITS, embedProblems } from '../../src/discord/fitting';
import { literal } from '../../src/discord/markdown';
import {
  BUTTON_IDS,
  NOT_ANSWERED,
  renderAnswer,
  sourceLine,
  type AnswerView,
} from '../../src/discord/renderAnswer';
import { renderSources } from '../../src/discord/renderSources';
import { encodeFragmentText, linkToSentence, textDirective } from '../../src/discord/textFragment';
import type { Article } from '../../src/corpus/types';
import { buildLibrary } from '../../src/library';
import type { Answer, Passage } from '../../src/search/types';

function passage(overrides: Partial<Passage> = {}): Passage {
  return {
    sentenceId: 0,
    articleId: 'niger-coup',
    title: "Niger's president detained by his own guard",
    url: 'https://news.example.com/africa/niger-coup',
    paragraph: 3,
    sentence: 5,
    text: 'Tiani said the coup was motivated by a deteriorating security situation, Reuters reported.',
    start: 0,
    end: 10,
    score: 1,
    attribution: 'Reuters',
    before: [],
    after: [],
    ...overrides,
  };
}

function answerOf(passages: Passage[], answered = true): Answer {
  return {
    question: 'What motivated the coup?',
    corrections: [],
    answered,
    status: answered ? 'answered' : 'not-found',
    passages,
  };
}

const VIEW: AnswerView = { shown: 3, withContext: false, asked: 'question', buttonsKey: 'k3y' };

describe('renderAnswer', () => {
  it('quotes each passage and puts its source line under it', () => {
    const body = renderAnswer(answerOf([passage()]), VIEW);
    const embed = body.embeds[0];
    expect(embed?.title).toBe('What motivated the coup?');
    expect(embed?.description).toBe(
      '> Tiani said the coup was motivated by a deteriorating security situation, Reuters reported.\n' +
        "— [Niger's president detained by his own guard](https://news.example.com/africa/niger-coup#:~:text=Tiani%20said%20the%20coup%20was%20motivated%20by%20a%20deteriorating%20security%20situation%2C%20Reuters%20reported.)" +
        ' · paragraph 3 · credited to Reuters',
    );
    expect(body.allowedMentions).toEqual({ parse: [] });
  });

  it('shows the title in bold, unlinked, when the article has no URL', () => {
    expect(sourceLine(passage({ url: null, attribution: null }))).toBe(
      "**Niger's president detained by his own guard** · paragraph 3",
    );
  });

  it('escapes markdown and neutralises mentions in quotes, titles and credits', () => {
    const body = renderAnswer(
      {
        ...answerOf([
          passage({
            text: 'He wrote **bold** and _x_ to @everyone and <@123> [link](http://x.y)',
            attribution: '@here',
          }),
        ]),
        question: 'Why **bold** _x_ @everyone?',
      },
      VIEW,
    );
    const embed = body.embeds[0];
    expect(embed?.title).toBe('Why \\*\\*bold\\*\\* \\_x\\_ @\u200beveryone?');
    expect(embed?.description).toContain(
      '> He wrote \\*\\*bold\\*\\* and \\_x\\_ to @\u200beveryone and <@\u200b123> \\[link\\](http://x.y)',
    );
    expect(embed?.description).toContain('credited to @\u200bhere');
    expect(embed?.description).not.toMatch(/@everyone|@here/);
  });

  it('says the articles do not say, and labels the closest passages as not an answer', () => {
    const body = renderAnswer(answerOf([passage()], false), VIEW);
    const description = body.embeds[0]?.description ?? '';
    expect(description.startsWith(NOT_ANSWERED.question)).toBe(true);
    expect(description).toContain('not an answer');
    expect(description).toContain('> Tiani said');
    expect(body.embeds[0]?.footer?.text).toMatch(/^Not an answer/);
  });

  it('says first how it read a misspelt question, answered or not', () => {
    const corrections = [{ typed: 'Tinai', readAs: 'Tiani' }];
    for (const answered of [true, false]) {
      const body = renderAnswer({ ...answerOf([passage()], answered), corrections }, VIEW);
      expect(body.embeds[0]?.description?.startsWith('*Read “Tinai” as “Tiani”.*\n\n')).toBe(true);
      expect(body.embeds[0]?.description).toContain('> Tiani said');
    }
    const plain = renderAnswer(answerOf([passage()]), VIEW);
    expect(plain.embeds[0]?.description).not.toContain('Read “');
  });

  it('says only that when there is nothing close, with no buttons', () => {
    const body = renderAnswer(answerOf([], false), VIEW);
    expect(body.embeds[0]?.description).toBe(NOT_ANSWERED.question);
    expect(body.components).toEqual([]);
  });

  it('offers Show context and More with the answer key, disabling what has nothing to add', () => {
    const three = [passage(), passage({ sentenceId: 1 }), passage({ sentenceId: 2 })];
    const body = renderAnswer(answerOf(three), VIEW);
    expect(body.components).toEqual([
      {
        type: 1,
        components: [
          {
            type: 2,
            style: 2,
            custom_id: `${BUTTON_IDS.context}:k3y`,
            label: 'Show context',
            disabled: true,
          },
          { type: 2, style: 2, custom_id: `${BUTTON_IDS.more}:k3y`, label: 'More', disabled: true },
        ],
      },
    ]);
    const four = renderAnswer(answerOf([passage({ before: ['Before it.'] }), ...three]), VIEW);
    expect(four.components[0]?.components.map((button) => button.disabled)).toEqual([false, false]);
  });

  it('shows the first passage in bold among its neighbours, one quote line per paragraph', () => {
    const body = renderAnswer(
      answerOf([passage({ before: ['Same paragraph before.'] })]),
      { ...VIEW, withContext: true },
      {
        paragraph: 3,
        before: [
          { text: 'Previous paragraph.', paragraph: 2 },
          { text: 'Same paragraph before.', paragraph: 3 },
        ],
        after: [{ text: 'Next paragraph.', paragraph: 4 }],
      },
    );
    expect(body.embeds[0]?.description).toMatch(
      /^> Previous paragraph\.\n> Same paragraph before\. \*\*Tiani said .* reported\.\*\*\n> Next paragraph\.\n— \[/,
    );
  });

  it('shows only `shown` passages', () => {
    const five = Array.from({ length: 5 }, (_, id) =>
      passage({ sentenceId: id, text: `Sentence number ${id}.` }),
    );
    const description = renderAnswer(answerOf(five), { ...VIEW, shown: 2 }).embeds[0]?.description ?? '';
    expect(description).toContain('Sentence number 1.');
    expect(description).not.toContain('Sentence number 2.');
  });

  it('stays within every Discord limit, cutting at sentence boundaries with a visible marker', () => {
    const sentence = 'The ministry said prices rose again this month. ';
    const huge = Array.from({ length: 10 }, (_, id) =>
      passage({
        sentenceId: id,
        text: sentence.repeat(80).trim(),
        title: 'A very long title '.repeat(30),
        attribution: 'the ministry of agriculture '.repeat(10),
        before: [sentence.repeat(20)],
      }),
    );
    for (const view of [
      { ...VIEW, shown: 10 },
      { ...VIEW, shown: 10, withContext: true },
    ]) {
      const body = renderAnswer({ ...answerOf(huge), question: 'why '.repeat(200) }, view);
      expect(embedProblems(body.embeds)).toEqual([]);
      const description = body.embeds[0]?.description ?? '';
      expect(description).toContain(`month.${CUT_MARKER}`);
      expect(description).toMatch(/more passages? did not fit/);
      expect(body.embeds[0]?.title?.endsWith('…')).toBe(true);
    }
  });
});

describe('text fragments', () => {
  it('percent-encodes the directive syntax characters - , & as the spec requires', () => {
    expect(encodeFragmentText('well-known, rock & roll')).toBe('well%2Dknown%2C%20rock%20%26%20roll');
    expect(encodeFragmentText("it's (really) *so*!~")).toBe('it%27s%20%28really%29%20%2Aso%2A%21%7E');
  });

  it('links to a long sentence by its first and last words', () => {
    const long =
      'Following the military coup that sparked international condemnation, Abdourahamane Tiani, a Niger general, declared himself leader.';
    expect(textDirective(long)).toBe(
      'Following%20the%20military%20coup,general%2C%20declared%20himself%20leader.',
    );
  });

  it('keeps an existing fragment, encodes what would end a markdown link, refuses other schemes', () => {
    expect(linkToSentence('https://a.example/x_(y)#top', 'Hi.')).toBe(
      'https://a.example/x_%28y%29#top:~:text=Hi.',
    );
    expect(linkToSentence('javascript:alert(1)', 'Hi.')).toBeNull();
    expect(linkToSentence('not a url', 'Hi.')).toBeNull();
  });
});

describe('literal', () => {
  it('keeps a quote on one line and escapes a leading quote marker and headings', () => {
    expect(literal('> not a\nquote')).toBe('\\> not a quote');
    expect(literal('# Heading')).toBe('\\# Heading');
  });
});

function article(id: string, title: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    publisher: null,
    url: null,
    date: null,
    file: `${id}.md`,
    text: `${title} is the subject. It has two sentences.`,
    ...extra,
  };
}

describe('renderSources', () => {
  it('lists each article with publisher, date, sentence count and link', () => {
    const library = buildLibrary([
      article('harvest', 'Wheat harvest falls short', {
        publisher: 'Farm Weekly',
        date: '2023-08-02',
        url: 'https://farm.example.org/h',
      }),
    ]);
    const body = renderSources(library);
    expect(body.embeds[0]?.title).toBe('1 article in the library');
    expect(body.embeds[0]?.description).toBe(
      '[Wheat harvest falls short](https://farm.example.org/h)\nFarm Weekly · 2023-08-02 · 2 sentences · id `harvest`',
    );
  });

  it('stays within the limits for a large corpus and says how many are not listed', () => {
    const library = buildLibrary(
      Array.from({ length: 300 }, (_, i) => article(`a${i}`, `Article number ${i} `.repeat(12))),
    );
    const body = renderSources(library);
    expect(embedProblems(body.embeds)).toEqual([]);
    expect(body.embeds[0]?.description).toMatch(/…and \d+ more not listed here\.\*$/);
  });
});

describe('articleChoices', () => {
  const articles = Array.from({ length: 40 }, (_, i) =>
    article(
      `report-${i}`,
      i === 7 ? 'Harvest report' : `A report on the harvest number ${i} ${'with a long tail '.repeat(8)}`,
    ),
  );

  it('offers at most 25 choices, names within 100 characters, values the ids', () => {
    const choices = articleChoices(articles, '');
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(choice.value).toMatch(/^report-\d+$/);
    }
  });

  it('puts titles starting with what was typed first, and filters', () => {
    expect(articleChoices(articles, 'harv')[0]).toEqual({ name: 'Harvest report', value: 'report-7' });
    expect(articleChoices(articles, 'number 12 ')).toHaveLength(1);
    expect(articleChoices(articles, 'nothing like it')).toEqual([]);
  });

  it('resolves an id or a title typed in full', () => {
    const library = buildLibrary(articles.slice(0, 10));
    expect(resolveArticle(library, 'report-3')).toBe('report-3');
    expect(resolveArticle(library, ' harvest REPORT ')).toBe('report-7');
    expect(resolveArticle(library, 'missing')).toBeNull();
  });
});
