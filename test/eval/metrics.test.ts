import {
  abstention,
  answerTriggering,
  averagePrecision,
  hitAt,
  mean,
  meanAveragePrecision,
  meanReciprocalRank,
  rankingScores,
  reciprocalRank,
} from '../../bench/eval/metrics';
import { isRightPassage, parseQuestions, scoreSeed, verifyGold } from '../../bench/eval/seed';
import type { VerifiedQuestion } from '../../bench/eval/seed';
import { markdownOf, parseCliAnswer, runOfCliAnswer } from '../../bench/eval/via-cli';
import {
  articleOf,
  locatePassage,
  parseWikiQA,
  scoreWikiQA,
  sentencesOverlapping,
  wikiQARanking,
} from '../../bench/eval/wikiqa';
import type { SystemRun, WikiQADocument, WikiQASet } from '../../bench/eval/wikiqa';
import type { Article, Sentence } from '../../src/corpus/types';

describe('ranking metrics', () => {
  it('averages precision at each right item over all relevant items', () => {
    expect(averagePrecision([false, true, true], 2)).toBeCloseTo((1 / 2 + 2 / 3) / 2);
    expect(averagePrecision([true, false, false], 1)).toBe(1);
    // A relevant item never ranked still counts in the denominator.
    expect(averagePrecision([true, false], 2)).toBeCloseTo(1 / 2);
    expect(averagePrecision([false, false], 1)).toBe(0);
    expect(averagePrecision([], 0)).toBe(0);
  });

  it('takes the reciprocal of the first right rank', () => {
    expect(reciprocalRank([false, false, true, true])).toBeCloseTo(1 / 3);
    expect(reciprocalRank([true])).toBe(1);
    expect(reciprocalRank([false, false])).toBe(0);
    expect(reciprocalRank([])).toBe(0);
  });

  it('finds a hit within the first k', () => {
    expect(hitAt([false, false, true], 3)).toBe(true);
    expect(hitAt([false, false, false, true], 3)).toBe(false);
  });

  it('aggregates over lists, NaN when there are none', () => {
    const lists = [
      { ranked: [false, true, true], relevant: 2 },
      { ranked: [true], relevant: 1 },
    ];
    expect(meanAveragePrecision(lists)).toBeCloseTo(((1 / 2 + 2 / 3) / 2 + 1) / 2);
    expect(meanReciprocalRank(lists)).toBeCloseTo((1 / 2 + 1) / 2);
    expect(mean([])).toBeNaN();
    expect(meanAveragePrecision([])).toBeNaN();
  });

  it('computes P@1, R@3 and MRR', () => {
    const scores = rankingScores([[true], [false, false, true], [false, false, false, true]]);
    expect(scores.precisionAt1).toBeCloseTo(1 / 3);
    expect(scores.recallAt3).toBeCloseTo(2 / 3);
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 4) / 3);
    expect(scores.questions).toBe(3);
  });
});

describe('answer triggering and abstention', () => {
  const outcomes = [
    { answerable: true, answered: true, firstIsRight: true }, // correct trigger
    { answerable: true, answered: true, firstIsRight: false }, // answered wrongly
    { answerable: true, answered: false, firstIsRight: true }, // right but declined: not a trigger
    { answerable: false, answered: true, firstIsRight: false }, // should have declined
    { answerable: false, answered: false, firstIsRight: false },
  ];

  it('counts "answered and first passage right" against questions answered and answerable', () => {
    const scores = answerTriggering(outcomes);
    expect(scores).toMatchObject({ answered: 3, answerable: 3, correct: 1 });
    expect(scores.precision).toBeCloseTo(1 / 3);
    expect(scores.recall).toBeCloseTo(1 / 3);
    expect(scores.f1).toBeCloseTo(1 / 3);
  });

  it('gives F1 0 when nothing is answered', () => {
    const scores = answerTriggering([{ answerable: true, answered: false, firstIsRight: true }]);
    expect(scores.precision).toBeNaN();
    expect(scores.recall).toBe(0);
    expect(scores.f1).toBe(0);
  });

  it('splits declining into abstention and false abstention', () => {
    const scores = abstention(outcomes);
    expect(scores.abstention).toBeCloseTo(1 / 2);
    expect(scores.falseAbstention).toBeCloseTo(1 / 3);
    expect(scores).toMatchObject({ unanswerable: 2, answerable: 3 });
  });
});

const TSV = [
  'QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel',
  'Q1\tHow tall is "it"?\tD1\tThe "Tower"\tD1-0\tThe tower is in "Paris" .\t0',
  'Q1\tHow tall is "it"?\tD1\tThe "Tower"\tD1-1\tIt is 300 m tall.\t1',
  'Q1\tHow tall is "it"?\tD1\tThe "Tower"\tD1-2\tIt opened in 1889.\t0',
  'Q2\tWhen did it open?\tD1\tThe "Tower"\tD1-0\tThe tower is in "Paris" .\t0',
  'Q2\tWhen did it open?\tD1\tThe "Tower"\tD1-1\tIt is 300 m tall.\t0',
  'Q2\tWhen did it open?\tD1\tThe "Tower"\tD1-2\tIt opened in 1889.\t1',
  'Q3\tWho painted it?\tD2\tA lake\tD2-0\tA lake.\t0',
  '',
].join('\n');

function parsedSet(): WikiQASet {
  const parsed = parseWikiQA(TSV);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.set;
}

function documentOf(set: WikiQASet, id: string): WikiQADocument {
  const document = set.documents.get(id);
  if (document === undefined) throw new Error(`no ${id}`);
  return document;
}

describe('the WikiQA TSV reader', () => {
  it('groups rows by question, shares documents, keeps quotes as they are', () => {
    const set = parsedSet();
    expect(set.questions.map((q) => [q.id, q.documentId, q.labels])).toEqual([
      ['Q1', 'D1', [false, true, false]],
      ['Q2', 'D1', [false, false, true]],
      ['Q3', 'D2', [false]],
    ]);
    expect(set.questions[0]?.question).toBe('How tall is "it"?');
    const d1 = documentOf(set, 'D1');
    expect(d1.title).toBe('The "Tower"');
    expect(d1.text).toBe('The tower is in "Paris" . It is 300 m tall. It opened in 1889.');
    for (const sentence of d1.sentences)
      expect(d1.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(set.documents.size).toBe(2);
  });

  it('makes each summary one article of one paragraph', () => {
    const article = articleOf(documentOf(parsedSet(), 'D2'));
    expect(article).toEqual({
      id: 'D2',
      title: 'A lake',
      publisher: null,
      url: null,
      date: null,
      file: 'D2.md',
      text: 'A lake.',
    });
  });

  it('reports a bad header, short rows and bad labels', () => {
    expect(parseWikiQA('Q\tA\n')).toMatchObject({ ok: false });
    const bad = parseWikiQA(`${TSV}Q4\tx?\tD4\tT\tD4-0\tonly six fields\nQ5\ty?\tD5\tT\tD5-0\ts\t2\n`);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems).toEqual([expect.stringContaining('line 9'), expect.stringContaining('line 10')]);
  });
});

describe('mapping passages to WikiQA sentences', () => {
  const set = parsedSet();
  const d1 = documentOf(set, 'D1');
  // "The tower is in "Paris" . " is 0..25, "It is 300 m tall." 26..43, "It opened in 1889." 44..62.

  it('maps by character overlap, whatever our splitter did', () => {
    expect(sentencesOverlapping(d1, { start: 26, end: 43 })).toEqual([1]);
    expect(sentencesOverlapping(d1, { start: 0, end: 43 })).toEqual([0, 1]); // our splitter merged two
    expect(sentencesOverlapping(d1, { start: 30, end: 35 })).toEqual([1]); // or cut one
    expect(sentencesOverlapping(d1, { start: 25, end: 26 })).toEqual([]); // just the joining space
  });

  it('ranks the whole summary: returned sentences first, the rest in article order', () => {
    expect(wikiQARanking(d1, [{ start: 44, end: 62 }])).toEqual([2, 0, 1]);
    expect(
      wikiQARanking(d1, [
        { start: 44, end: 62 },
        { start: 50, end: 55 },
        { start: 0, end: 43 },
      ]),
    ).toEqual([2, 0, 1]);
    expect(wikiQARanking(d1, [null, { start: 26, end: 43 }])).toEqual([1, 0, 2]);
    expect(wikiQARanking(d1, [])).toEqual([0, 1, 2]);
  });

  it('locates a quoted passage by its text', () => {
    expect(locatePassage(d1, 'It opened in 1889.')).toEqual({ start: 44, end: 62 });
    expect(locatePassage(d1, 'It  is 300 m\ttall.')).toEqual({ start: 26, end: 43 });
    expect(locatePassage(d1, 'Not there.')).toBeNull();
    const twice: WikiQADocument = { ...d1, text: 'A b. A b.' };
    expect(locatePassage(twice, 'A b.', [{ start: 0, end: 4 }])).toEqual({ start: 5, end: 9 });
  });

  it('scores by the protocol: MAP over mixed questions, triggering over all', () => {
    const runs = new Map<string, SystemRun>([
      ['Q1', { answered: true, passages: [{ start: 44, end: 62 }] }], // wrong first; right at 3 after appending
      ['Q2', { answered: true, passages: [{ start: 44, end: 62 }] }], // right first
      ['Q3', { answered: true, passages: [{ start: 0, end: 7 }] }], // nothing to find: a false trigger
    ]);
    const scores = scoreWikiQA(set, runs);
    expect(scores.scored).toBe(2); // Q3 has no right sentence
    // Q1 ranking [2, 0, 1] → [F, F, T]: AP 1/3, RR 1/3. Q2 → [T, F, F]: 1, 1.
    expect(scores.map).toBeCloseTo((1 / 3 + 1) / 2);
    expect(scores.mrr).toBeCloseTo((1 / 3 + 1) / 2);
    expect(scores.triggering).toMatchObject({ answered: 3, answerable: 2, correct: 1 });
    expect(scores.missing).toBe(0);
    expect(scoreWikiQA(set, new Map()).missing).toBe(3);
  });
});

describe('the CLI path', () => {
  const set = parsedSet();
  const d1 = documentOf(set, 'D1');

  it('writes front matter with id and title, then the summary', () => {
    expect(markdownOf(d1)).toBe(
      '---\nid: D1\ntitle: The "Tower"\n---\n\nThe tower is in "Paris" . It is 300 m tall. It opened in 1889.\n',
    );
  });

  it('reads answer lines and places their passages', () => {
    const line = JSON.stringify({
      id: 'Q2',
      question: 'When did it open?',
      answered: true,
      passages: [
        {
          article: 'D1',
          title: 'The "Tower"',
          paragraph: 1,
          sentence: 3,
          text: 'It opened in 1889.',
          score: 1,
        },
        { article: 'D2', text: 'A lake.' },
      ],
    });
    const answer = parseCliAnswer(line);
    expect(answer).not.toBeNull();
    if (answer === null) return;
    expect(runOfCliAnswer(d1, answer)).toEqual({ answered: true, passages: [{ start: 44, end: 62 }, null] });
    expect(parseCliAnswer('npm notice')).toBeNull();
    expect(parseCliAnswer('{"id":"Q1"}')).toBeNull();
  });
});

describe('seed questions', () => {
  const text = 'Bazoum was detained. CNN reported it. The coup drew criticism, CNN reported.';
  const article: Article = {
    id: 'a',
    title: 'T',
    publisher: null,
    url: null,
    date: null,
    file: 'a.md',
    text,
  };
  const sentences: Sentence[] = [
    [0, 20],
    [21, 37],
    [38, 76],
  ].map(([start = 0, end = 0], id) => ({
    id,
    articleId: 'a',
    paragraph: 1,
    sentence: id + 1,
    sentenceInParagraph: id + 1,
    start,
    end,
    text: text.slice(start, end),
    attribution: null,
  }));
  const articles = new Map([['a', article]]);

  it('reads JSON Lines and reports every bad line', () => {
    const ok = parseQuestions(
      '{"question":"Who?","gold":["x"]}\n\n{"question":"Why?","article":"a","gold":[]}\n',
    );
    expect(ok).toEqual({
      ok: true,
      questions: [
        { line: 1, question: 'Who?', article: null, gold: ['x'] },
        { line: 3, question: 'Why?', article: 'a', gold: [] },
      ],
    });
    const bad = parseQuestions(
      '{"question":""}\nnope\n{"question":"Q?","gold":"x"}\n{"question":"Q?","gold":[],"x":1}',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toHaveLength(4);
  });

  it('insists each gold string is in exactly one sentence', () => {
    const questions = [
      { line: 1, question: 'Q?', article: 'a', gold: ['detained'] },
      { line: 2, question: 'Q?', article: null, gold: ['CNN reported'] },
      { line: 3, question: 'Q?', article: 'b', gold: [] },
      { line: 4, question: 'Q?', article: null, gold: ['absent'] },
    ];
    const result = verifyGold(questions, articles, sentences);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.stringMatching(/^line 2: .* in 2 sentences/),
        'line 3: unknown article "b"',
        expect.stringMatching(/^line 4: .* in 0 sentences/),
      ]);
    }
    const [detained] = questions;
    if (detained === undefined) throw new Error('no question');
    expect(verifyGold([detained], articles, sentences)).toEqual({
      ok: true,
      questions: [{ ...detained, goldSpans: [{ articleId: 'a', start: 11, end: 19 }] }],
    });
  });

  it('counts a passage right when it contains a gold occurrence, and lists failures', () => {
    const detained: VerifiedQuestion = {
      line: 1,
      question: 'Who was detained?',
      article: 'a',
      gold: ['detained'],
      goldSpans: [{ articleId: 'a', start: 11, end: 19 }],
    };
    const unanswerable: VerifiedQuestion = {
      line: 2,
      question: 'Population?',
      article: 'a',
      gold: [],
      goldSpans: [],
    };
    const first = { articleId: 'a', start: 0, end: 20, text: 'Bazoum was detained.' };
    const second = { articleId: 'a', start: 21, end: 37, text: 'CNN reported it.' };
    expect(isRightPassage(detained, first)).toBe(true);
    expect(isRightPassage(detained, { ...first, articleId: 'b' })).toBe(false);
    expect(isRightPassage(detained, second)).toBe(false);

    const scores = scoreSeed(
      [detained, unanswerable],
      [
        { answered: true, passages: [second, first] },
        { answered: true, passages: [second] },
      ],
    );
    expect(scores.ranking).toMatchObject({ precisionAt1: 0, recallAt3: 1, mrr: 0.5, questions: 1 });
    expect(scores.abstention).toMatchObject({ abstention: 0, falseAbstention: 0 });
    expect(scores.failures).toEqual([
      expect.objectContaining({ kind: 'wrong first', line: 1, rightAt: 2, first: 'CNN reported it.' }),
      expect.objectContaining({ kind: 'answered (should decline)', line: 2, expected: null }),
    ]);
  });
});
