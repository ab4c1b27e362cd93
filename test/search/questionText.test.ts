import { buildLibrary, type Library } from '../../src/library';
import { loadSeedLibrary } from './seedLibrary';
import { readingOf } from '../../src/search/questionText';

let library: Library;

const questionTextOf = (at: Library, typed: string): string => readingOf(at, typed).text;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

describe('the question as analysed', () => {
  it('drops a polite wrapper', () => {
    expect(questionTextOf(library, 'Please tell me: who is holding Bazoum?')).toBe('who is holding Bazoum?');
    expect(questionTextOf(library, 'Hey, can you tell me why the army backed it?')).toBe(
      'why the army backed it?',
    );
    expect(questionTextOf(library, 'I would like to know when Tiani spoke')).toBe('when Tiani spoke');
    // A wrapper with nothing after it is left as typed.
    expect(questionTextOf(library, 'tell me')).toBe('tell me');
  });

  it('drops links, Discord mentions and custom emoji, which are no words of a question', () => {
    expect(questionTextOf(library, 'Who detained Bazoum https://example.com/story?id=1')).toBe(
      'Who detained Bazoum',
    );
    expect(questionTextOf(library, 'who detained <@&42> Bazoum? <:thinking:123456>')).toBe(
      'who detained Bazoum?',
    );
    expect(questionTextOf(library, 'https://example.com')).toBe('https://example.com');
  });

  it('drops chatter around the question: greetings, the bot addressed, thanks', () => {
    expect(questionTextOf(library, 'Hey bot, who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionTextOf(library, '<@123456> who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionTextOf(library, 'Quick question: who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionTextOf(library, "I'm curious, can you explain why Tiani took power?")).toBe(
      'why Tiani took power?',
    );
    expect(questionTextOf(library, 'Who detained Bazoum, please?')).toBe('Who detained Bazoum?');
    expect(questionTextOf(library, 'Who detained Bazoum? Thanks!')).toBe('Who detained Bazoum');
    expect(questionTextOf(library, 'Briefly, who detained Bazoum?')).toBe('who detained Bazoum?');
    // The bot always quotes and cites: asking it to is no part of the question.
    expect(questionTextOf(library, 'Who detained Bazoum? Quote the sentence.')).toBe('Who detained Bazoum');
    expect(questionTextOf(library, 'Who detained Bazoum (cite the article)')).toBe('Who detained Bazoum');
    expect(questionTextOf(library, 'Who detained Bazoum, with sources please')).toBe('Who detained Bazoum');
    expect(questionTextOf(library, 'Which sources did CNN quote?')).toBe('Which sources did CNN quote?');
    // Words that are the question stay.
    expect(questionTextOf(library, 'Who said thanks?')).toBe('Who said thanks?');
    expect(questionTextOf(library, 'Who asked the question?')).toBe('Who asked the question?');
  });

  it('reads an instruction as the question it asks', () => {
    expect(questionTextOf(library, 'Identify who declared himself leader.')).toBe(
      'who declared himself leader.',
    );
    expect(questionTextOf(library, 'Please explain why the army took power')).toBe('why the army took power');
    expect(questionTextOf(library, 'Describe the US position on Niger.')).toBe('the US position on Niger.');
    expect(questionTextOf(library, 'State who detained Bazoum.')).toBe('who detained Bazoum.');
    // "State" before anything but a question word is a name.
    expect(questionTextOf(library, 'State Department said what?')).toBe('State Department said what?');
    expect(questionTextOf(library, 'Name')).toBe('Name');
  });

  it('keeps the topic a lead-in sets, not the words introducing it', () => {
    expect(questionTextOf(library, 'Regarding the coup in Niger, who did Blinken speak to?')).toBe(
      'the coup in Niger, who did Blinken speak to?',
    );
    expect(questionTextOf(library, 'When it comes to the coup, who spoke?')).toBe('the coup, who spoke?');
  });

  it('reads "which people" and "the people who" as the "who" they ask', () => {
    expect(questionTextOf(library, 'Which people detained Bazoum?')).toBe('Who detained Bazoum?');
    expect(questionTextOf(library, 'Who are the people that detained Bazoum?')).toBe('Who detained Bazoum?');
    expect(questionTextOf(library, 'Name the person who declared himself leader.')).toBe(
      'who declared himself leader.',
    );
    // "people" that are not the one asked for stay.
    expect(questionTextOf(library, 'Who supports the Nigerien people?')).toBe(
      'Who supports the Nigerien people?',
    );
  });

  it('drops words pointing at the article itself, which every sentence shares', () => {
    expect(questionTextOf(library, 'According to the article, who detained Bazoum?')).toBe(
      'who detained Bazoum?',
    );
    expect(questionTextOf(library, 'Who detained Bazoum, according to the report?')).toBe(
      'Who detained Bazoum?',
    );
    expect(questionTextOf(library, 'What does the story say Tiani blamed?')).toBe('What Tiani blamed?');
    expect(questionTextOf(library, 'Which outlet is quoted in this news article?')).toBe(
      'Which outlet is quoted?',
    );
    // The article's own sources are what it is about: "the statement" stays.
    expect(questionTextOf(library, 'According to the statement, who remains in detention?')).toBe(
      'According to the statement, who remains in detention?',
    );
    expect(questionTextOf(library, 'Based on the article, who detained Bazoum?')).toBe(
      'who detained Bazoum?',
    );
    expect(questionTextOf(library, 'according to the article')).toBe('according to the article');
  });

  it('reads a question typed in capitals in lower case', () => {
    expect(questionTextOf(library, 'WHO DETAINED BAZOUM')).toBe('who detained bazoum');
    expect(questionTextOf(library, 'Did the US act?')).toBe('Did the US act?');
  });

  it('corrects misspelt words of the articles, keeping an initial capital, and says which', () => {
    expect(readingOf(library, 'who detaned Bazum?')).toEqual({
      text: 'who detained Bazoum?',
      corrections: [
        { typed: 'detaned', readAs: 'detained' },
        { typed: 'Bazum', readAs: 'Bazoum' },
      ],
    });
    expect(questionTextOf(library, 'what did tinai say')).toBe('what did tiani say');
  });

  it('leaves English words, unknown names, acronyms and short words alone', () => {
    expect(questionTextOf(library, 'What did France say about the coup?')).toBe(
      'What did France say about the coup?',
    );
    expect(questionTextOf(library, 'What did Macron say?')).toBe('What did Macron say?');
    expect(questionTextOf(library, 'Did ECOWAZ act?')).toBe('Did ECOWAZ act?');
    expect(questionTextOf(library, 'Who is Tia?')).toBe('Who is Tia?');
  });

  it('corrects nothing without word vectors: no dictionary tells a typo from a rare word', () => {
    const bare = buildLibrary([...library.articles.values()]);
    expect(questionTextOf(bare, 'who detaned Bazum?')).toBe('who detaned Bazum?');
  });
});
