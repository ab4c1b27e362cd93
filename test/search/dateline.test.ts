import { asksForDateline, datelineOf, opensWithDateline } from '../../src/search/dateline';
import type { Sentence } from '../../src/corpus/types';

const opening = (text: string, sentence = 1): Sentence => ({
  id: 0,
  articleId: 'a',
  paragraph: 1,
  sentence,
  sentenceInParagraph: sentence,
  start: 0,
  end: text.length,
  text,
  attribution: null,
});

describe('a dateline', () => {
  it.each([
    'Washington: US Secretary of State Antony Blinken spoke to Nigerien President Mohamed Bazoum.',
    'NIAMEY, Niger — The army said on Thursday it backed the coup.',
    'LONDON (Reuters) - Oil prices rose on Monday.',
    'NIAMEY, July 28 (Reuters) - The army backed the coup.',
    'NIAMEY, Niger, July 28, 2023 — The army backed the coup.',
    'Niamey (AFP) - The army backed the coup.',
  ])('opens %s', (text) => {
    expect(opensWithDateline(opening(text))).toBe(true);
  });

  it.each([
    'Blinken further stressed the importance of his continuing leadership in Niamey.',
    // A quote's opening words, a sentence with a colon later on, a long clause before a dash.
    '"Secretary Blinken underscored that the United States will continue to work," it said.',
    'The statement was clear: the aid is at risk.',
    'The Secretary of State and the Nigerien President Spoke Today - briefly.',
    // A name before a dash or colon, a label, a byline.
    'President Bazoum — who was elected in 2021 — remains detained.',
    'Mohamed Bazoum - the ousted president - remains detained.',
    'Mohamed Bazoum: The ousted president remains detained.',
    'Exclusive: Niger junta to free Bazoum.',
    'Analysis: What the coup means.',
    'UPDATE - The army backed the coup.',
    'By John Smith: The army backed the coup.',
  ])('does not open %s', (text) => {
    expect(opensWithDateline(opening(text))).toBe(false);
  });

  it('is only ever the article’s first sentence', () => {
    expect(opensWithDateline(opening('Washington: The talks went on.', 2))).toBe(false);
  });
});

describe('the dateline a story opens with', () => {
  it('is the place with its colon or dash, or none', () => {
    expect(datelineOf(opening('Washington: US Secretary of State Antony Blinken spoke to Bazoum.'))).toBe(
      'Washington: ',
    );
    expect(datelineOf(opening('Washington: the statement, second sentence.', 2))).toBeNull();
    expect(datelineOf(opening('Exclusive: Bazoum speaks.'))).toBeNull();
  });
});

describe('a question asking where the story was filed', () => {
  it.each([
    'From which city is the report datelined?',
    'Where was this story datelined / filed from?',
    'Where was the article filed from?',
    'Where is this story from?',
    'Which city was the report written in?',
    'Name the city the report was written in.',
    "What's the city the article was filed from?",
    'What is the dateline?',
    'In what country was the article written?',
    'Was the article written in Washington?',
    'Where was the article by CNN filed?',
    // What the story is about may stand between it and the verb.
    "From which city was the report on the US Secretary of State's calls filed?",
    // A news story, reported from somewhere.
    'where was this news story reported from',
    // A publisher or a writer named in a clause saying which story is no publisher asked.
    'What is the dateline of the article published on Monday?',
    'What is the dateline of the story the reporter wrote?',
    'Where was the news reported?',
  ])('%s', (question) => {
    expect(asksForDateline(question)).toBe(true);
  });

  it.each([
    'Where did Tiani make his announcement?',
    'Which news outlet reported from Niamey?',
    'Where is Bazoum from?',
    'What did the report say about the aid?',
    // Something else filed, or the story's source.
    'Where does the article say the complaint was filed?',
    'Where, according to the report, was the lawsuit filed?',
    'Where did the news come from?',
    'Which outlet reported the news story?',
    // At the time it was reported, or the news of an event shown somewhere.
    'Where was Bazoum being held at the time the story was reported?',
    'Where was Bazoum held when the news was reported?',
    'Where was the news of the coup reported on television?',
    // At the time of writing, or when it was written.
    'How long had Bazoum been detained at the time the article was written?',
    'Where was Bazoum being held at the time the article was written?',
    'When was the article written?',
    // Not a place asked, or the gap holds another clause.
    'Who was the article on the coup written by?',
    'Who was the article written by?',
    'Is the article clear on whether the statement was written by the army?',
    'Where was the report that Bazoum had written filed?',
    'Which State Department official was the article written by?',
    // Who put the story out, the dateline saying only which story.
    'Which newspaper or website published this article datelined Washington?',
    'Who wrote the story datelined Washington?',
  ])('not %s', (question) => {
    expect(asksForDateline(question)).toBe(false);
  });
});
