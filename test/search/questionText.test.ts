import { buildLibrary, loadLibraryResources, type Library } from '../../src/library';
import { loadSeedLibrary } from './seedLibrary';
import { readingOf } from '../../src/search/questionText';

let library: Library;

const questionTextOf = (at: Library, typed: string): string => readingOf(at, typed).text;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

describe('the question as analysed', () => {
  it('reads a question typed in capitals in lower case', () => {
    expect(questionTextOf(library, 'WHO DETAINED BAZOUM')).toBe('who detained bazoum');
    expect(questionTextOf(library, 'Did the US act?')).toBe('Did the US act?');
  });

  it('reads a question word\'s "\'s" before a noun phrase as "is", not elsewhere', () => {
    expect(questionTextOf(library, "who's the head of the guard")).toBe('who is the head of the guard');
    expect(questionTextOf(library, 'Whos the head of the guard?')).toBe('Who is the head of the guard?');
    expect(questionTextOf(library, "who's detained him")).toBe("who's detained him");
  });

  it('reads "us" after a determiner as the country, in any case, and leaves the pronoun', () => {
    expect(questionTextOf(library, 'what did the top us diplomat stress?')).toBe(
      'what did the top US diplomat stress?',
    );
    expect(questionTextOf(library, 'WHAT DID THE US SAY')).toBe('what did the US say');
    expect(questionTextOf(library, 'which us official spoke?')).toBe('which US official spoke?');
    expect(questionTextOf(library, 'what did they tell us about the aid?')).toBe(
      'what did they tell us about the aid?',
    );
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

  it('corrects a typo common enough for the word vectors to know, when WordNet does not', () => {
    // The vectors learnt "negotiatons" from web text; no dictionary has it.
    expect(readingOf(library, 'any progress in negotiatons?')).toEqual({
      text: 'any progress in negotiations?',
      corrections: [{ typed: 'negotiatons', readAs: 'negotiations' }],
    });
    // …and "suport", six letters long.
    expect(questionTextOf(library, 'what kind of suport did he reiterate')).toBe(
      'what kind of support did he reiterate',
    );
    // A real word one edit from an article word is left alone: "negotiation" is in WordNet.
    expect(questionTextOf(library, 'was there a negotiation?')).toBe('was there a negotiation?');
  });

  it('corrects a typo of a common English word no article uses to the commonest word one edit away', () => {
    // "opose" is one edit from both "oppose" and "pose": news text uses "oppose" more.
    expect(readingOf(library, 'Did the army support the seizure or opose it?')).toEqual({
      text: 'Did the army support the seizure or oppose it?',
      corrections: [{ typed: 'opose', readAs: 'oppose' }],
    });
    // A rare name the vectors do not know, and nothing common near it, stays as typed.
    expect(questionTextOf(library, 'Did Xqzwv speak?')).toBe('Did Xqzwv speak?');
  });

  it('reads a web typo for a far commoner word with a letter left out or swapped, not a rare name', () => {
    // The vectors learnt "happend" from web text; "happened" is 135 times as common there.
    expect(readingOf(library, 'what happend the day before tiani declared himself leader')).toEqual({
      text: 'what happened the day before tiani declared himself leader',
      corrections: [{ typed: 'happend', readAs: 'happened' }],
    });
    // …and "recieved", two letters swapped.
    expect(questionTextOf(library, 'what support has niger recieved')).toBe(
      'what support has niger received',
    );
    // A rare name is one letter put for another ("lerman" / german) or one too many ("milnor" /
    // minor) from a word, however much commoner: left as typed.
    expect(questionTextOf(library, 'did lerman speak to bazoum')).toBe('did lerman speak to bazoum');
    expect(questionTextOf(library, 'did milnor speak to bazoum')).toBe('did milnor speak to bazoum');
  });

  it('reads a word in the articles’ spelling when they spell it otherwise, listing no mistake', () => {
    // The article writes "in favor of".
    expect(readingOf(library, 'Who should the crisis be resolved in favour of?')).toEqual({
      text: 'Who should the crisis be resolved in favor of?',
      corrections: [],
    });
  });

  it('reads no name inside a question, nor a word WordNet knows, as a common word mistyped', () => {
    expect(readingOf(library, 'Did Sunak resign?')).toEqual({ text: 'Did Sunak resign?', corrections: [] });
    expect(questionTextOf(library, 'who is the abetter')).toBe('who is the abetter');
  });

  it('corrects a mistyped function word, though the articles are indexed without them', () => {
    expect(readingOf(library, 'what did the army warn aganist?')).toEqual({
      text: 'what did the army warn against?',
      corrections: [{ typed: 'aganist', readAs: 'against' }],
    });
  });

  it('reads a word WordNet knows as no function word', () => {
    // "bemuse" is one edit from "because", but an English word.
    expect(questionTextOf(library, 'Did the coup bemuse Blinken?')).toBe('Did the coup bemuse Blinken?');
  });

  it('writes out shortenings typed in chat, and says so', () => {
    expect(readingOf(library, "what did the old govt and Bazoum's gov't fail to give?")).toEqual({
      text: "what did the old government and Bazoum's government not give?",
      corrections: [
        { typed: 'govt', readAs: 'government' },
        { typed: "gov't", readAs: 'government' },
      ],
    });
    expect(questionTextOf(library, 'whose gov got toppled')).toBe('whose government got toppled');
    expect(questionTextOf(library, 'Who at the State Dept spoke?')).toBe(
      'Who at the State Department spoke?',
    );
    // A possessive stays; "admin" may be anyone's.
    expect(questionTextOf(library, "What was the govt's response?")).toBe(
      "What was the government's response?",
    );
    expect(questionTextOf(library, 'Who is the site admin?')).toBe('Who is the site admin?');
    // "econ", "cmd", "pres", "acc to", and "mil" after a determiner; "mil" after a number is a million.
    expect(questionTextOf(library, 'why did the army cmd back the econ plan acc to the pres')).toBe(
      'why did the army command back the economic plan according to the president',
    );
    expect(questionTextOf(library, 'did the mil say anything')).toBe('did the military say anything');
    expect(questionTextOf(library, 'was it $5 mil')).toBe('was it $5 mil');
    // …nor "a mil", "my pres", or an account moved.
    expect(questionTextOf(library, 'did the club pay a mil for him')).toBe('did the club pay a mil for him');
    expect(questionTextOf(library, 'what will they spend the mil on')).toBe(
      'what will they spend the mil on',
    );
    expect(questionTextOf(library, 'what did the pres release say')).toBe('what did the pres release say');
    expect(questionTextOf(library, 'for my pres: who is tiani')).toBe('for my pres: who is tiani');
    // "per" citing a source; not a rate.
    expect(questionTextOf(library, 'What did the coach say, per the Herald?')).toBe(
      'What did the coach say, according to the Herald?',
    );
    expect(questionTextOf(library, 'How many goals per game did Smith score?')).toBe(
      'How many goals per game did Smith score?',
    );
    expect(questionTextOf(library, 'did he move it from his business acc to his savings')).toBe(
      'did he move it from his business acc to his savings',
    );
  });

  it('reads a mistyped question word as the question word', () => {
    expect(readingOf(library, "wich news outlet reported the general's reasons?")).toEqual({
      text: "which news outlet reported the general's reasons?",
      corrections: [{ typed: 'wich', readAs: 'which' }],
    });
    expect(questionTextOf(library, 'Waht did Tiani say?')).toBe('What did Tiani say?');
    expect(questionTextOf(library, 'wehn was bazoum detained')).toBe('when was bazoum detained');
    expect(questionTextOf(library, 'hwy did the army back the coup')).toBe('why did the army back the coup');
    // One edit from two question words ("who", "how"): left as typed.
    expect(questionTextOf(library, 'hwo detained bazoum')).toBe('hwo detained bazoum');
    // Anywhere in the question, but not a capitalised name inside it.
    expect(questionTextOf(library, "In wich city did Blinken stress Bazoum's leadership?")).toBe(
      "In which city did Blinken stress Bazoum's leadership?",
    );
    expect(questionTextOf(library, 'Did Wich speak?')).toBe('Did Wich speak?');
  });

  it('writes out chat spellings of question and function words, and says so', () => {
    expect(readingOf(library, 'wat did tiani say abt the old govt')).toEqual({
      text: 'what did tiani say about the old government',
      corrections: [
        { typed: 'wat', readAs: 'what' },
        { typed: 'abt', readAs: 'about' },
        { typed: 'govt', readAs: 'government' },
      ],
    });
    expect(questionTextOf(library, "whats tiani's rank")).toBe("what's tiani's rank");
    expect(questionTextOf(library, 'did blinken sound upset w the ppl holding bazoum')).toBe(
      'did blinken sound upset with the people detaining bazoum',
    );
    expect(questionTextOf(library, 'did u see w/ the army')).toBe('did you see with the army');
    expect(questionTextOf(library, 'which media org reported it')).toBe(
      'which media organization reported it',
    );
    expect(questionTextOf(library, 'wat did blinken say bout the region')).toBe(
      'what did blinken say about the region',
    );
    expect(questionTextOf(library, 'who is the us sec of state')).toBe('who is the US secretary of state');
    // A country's possessive typed without its apostrophe is the country's; the continents stay.
    expect(questionTextOf(library, 'how did blinken describe americas support')).toBe(
      "how did blinken describe america's support",
    );
    expect(questionTextOf(library, 'what did nigers army say')).toBe("what did niger's army say");
    expect(questionTextOf(library, 'is trade in the americas growing')).toBe(
      'is trade in the americas growing',
    );
    expect(questionTextOf(library, 'what did the nigers army do')).toBe("what did the niger's army do");
    // A name, a verb after it, or a country the articles never speak of stay.
    expect(questionTextOf(library, 'What did Frances Haugen tell Congress?')).toBe(
      'What did Frances Haugen tell Congress?',
    );
    expect(questionTextOf(library, 'hanging chads were counted')).toBe('hanging chads were counted');
    expect(questionTextOf(library, 'how many turkeys pardoned')).toBe('how many turkeys pardoned');
    expect(questionTextOf(library, 'Sec. of Defense Austin said what')).toBe(
      'Secretary of Defense Austin said what',
    );
    expect(questionTextOf(library, 'where is bazoum rn')).toBe('where is bazoum now');
    // "RN" in capitals is a party, a nurse or a navy.
    expect(questionTextOf(library, 'How many seats did the RN win?')).toBe('How many seats did the RN win?');
    // A contest, and seconds, stay.
    expect(questionTextOf(library, 'was it his first bout of flu')).toBe('was it his first bout of flu');
    expect(questionTextOf(library, 'who won the title bout')).toBe('who won the title bout');
    expect(questionTextOf(library, 'Who won the heavyweight bout in Riyadh?')).toBe(
      'Who won the heavyweight bout in Riyadh?',
    );
    expect(questionTextOf(library, 'Which bout was stopped early?')).toBe('Which bout was stopped early?');
    // SEC is a body.
    expect(questionTextOf(library, 'What did the SEC of Nigeria fine?')).toBe(
      'What did the SEC of Nigeria fine?',
    );
    expect(questionTextOf(library, 'is there 30 sec of footage')).toBe('is there 30 sec of footage');
    expect(questionTextOf(library, 'how much aid is at risk bc of the coup')).toBe(
      'how much aid is under threat because of the coup',
    );
    expect(questionTextOf(library, 'was he held b/c of the coup')).toBe('was he held because of the coup');
    expect(questionTextOf(library, 'was aid cut in 2023 bc of the coup')).toBe(
      'was aid cut in 2023 because of the coup',
    );
    expect(questionTextOf(library, 'Bc of the coup, was aid cut?')).toBe('Because of the coup, was aid cut?');
    expect(questionTextOf(library, 'was he held bc.')).toBe('was he held because.');
    // Not a year, nor a capital abbreviation.
    expect(questionTextOf(library, 'was it built in 300 bc')).toBe('was it built in 300 bc');
    expect(questionTextOf(library, 'Where is BC Place?')).toBe('Where is BC Place?');
    expect(questionTextOf(library, 'IS BC IN CANADA')).toBe('is bc in canada');
    // "y" and "wen" are words elsewhere: read as question words only when they open the question.
    expect(questionTextOf(library, 'y did they do it')).toBe('why did they do it');
    expect(questionTextOf(library, 'wen was bazoum held')).toBe('when was bazoum detained');
    expect(questionTextOf(library, 'Is chromosome y linked?')).toBe('Is chromosome y linked?');
  });

  it("reads a person's name with its apostrophe left out as that person's", () => {
    expect(readingOf(library, 'did tiani think bazoums govt was ok')).toEqual({
      text: "did tiani say bazoum's government was ok",
      corrections: [
        { typed: 'bazoums', readAs: "bazoum's" },
        { typed: 'govt', readAs: 'government' },
      ],
    });
  });

  it('reads seizing or grabbing a person the articles name as detaining them, not seizing power', () => {
    expect(questionTextOf(library, 'who grabbed bazoum')).toBe('who detained bazoum');
    expect(questionTextOf(library, 'Who seized the president?')).toBe('Who detained the president?');
    expect(questionTextOf(library, 'is it true bazoum got grabbed by foreign soldiers?')).toBe(
      'bazoum got detained by foreign soldiers?',
    );
    expect(questionTextOf(library, 'was bazoum seized by his guard?')).toBe(
      'was bazoum detained by his guard?',
    );
    expect(questionTextOf(library, 'who seized power')).toBe('who seized power');
    expect(questionTextOf(library, 'Who grabbed Niamey?')).toBe('Who seized Niamey?');
  });

  it('reads holding a person the articles name as detaining them, not talks held', () => {
    expect(questionTextOf(library, 'how much money is lost because of bazoum being held')).toBe(
      'how much money is lost because of bazoum being detained',
    );
    expect(questionTextOf(library, 'who is holding bazoum')).toBe('who is detaining bazoum');
    expect(questionTextOf(library, 'was bazoum held by his guard?')).toBe(
      'was bazoum detained by his guard?',
    );
    expect(questionTextOf(library, 'When was Bazoum captured?')).toBe('When was Bazoum detained?');
    expect(questionTextOf(library, 'Who captured the city?')).toBe('Who captured the city?');
    // Not held accountable or in esteem, captured on camera, nor an owner's office held.
    expect(questionTextOf(library, 'Is Bazoum held in high esteem?')).toBe('Is Bazoum held in high esteem?');
    expect(questionTextOf(library, 'Was the president captured on camera?')).toBe(
      'Was the president captured on camera?',
    );
    expect(questionTextOf(library, "Who holds the president's office now?")).toBe(
      "Who holds the president's office now?",
    );
    // Seizing is read where the detention is named already.
    expect(questionTextOf(library, 'Who seized Bazoum after detaining his ministers?')).toBe(
      'Who detained Bazoum after detaining his ministers?',
    );
    // "Gov." before a name is a governor's title.
    expect(questionTextOf(library, 'What did Gov. Zulum say about the coup?')).toBe(
      'What did Gov. Zulum say about the coup?',
    );
    expect(questionTextOf(library, 'Did Bazoum hold talks?')).toBe('Did Bazoum hold talks?');
    expect(questionTextOf(library, 'Where were talks held?')).toBe('Where were talks held?');
  });

  it('reads the wording of a question written out from chat as it would read the words typed in full', () => {
    expect(questionTextOf(library, 'how r the talks to restore order going')).toBe(
      'What is the current status of the talks to restore order',
    );
    expect(questionTextOf(library, 'did blinken get in touch w/ bazoum')).toBe(
      'did blinken speak with bazoum',
    );
  });

  it('leaves capitals, initials and the lower-case country alone when reading chat letters', () => {
    expect(questionTextOf(library, 'did the u.s. cut aid')).toBe('did the u.s. cut aid');
    expect(questionTextOf(library, 'Was George W Bush named?')).toBe('Was George W Bush named?');
    expect(questionTextOf(library, 'Is Ur a city?')).toBe('Is Ur a city?');
    // Nor inside a hyphenated word, nor "w" where "with" could not stand.
    expect(questionTextOf(library, 'did the army do a u-turn')).toBe('did the army do a u-turn');
    expect(questionTextOf(library, 'is it r-rated')).toBe('is it r-rated');
    expect(questionTextOf(library, 'was george w bush there')).toBe('was george w bush there');
  });

  it('reads a word typed without its final "g" as the "-ing" word WordNet knows', () => {
    expect(readingOf(library, 'r the negotiations goin anywhere')).toEqual({
      text: 'are the negotiations going anywhere',
      corrections: [
        { typed: 'r', readAs: 'are' },
        { typed: 'goin', readAs: 'going' },
      ],
    });
    expect(questionTextOf(library, "what r they sayin'?")).toBe('what are they saying?');
    // A word typed twice is listed once.
    expect(readingOf(library, 'did u see the govt and did u hear the govt').corrections).toEqual([
      { typed: 'u', readAs: 'you' },
      { typed: 'govt', readAs: 'government' },
    ]);
    // The corrections are listed in the order typed, whichever rule read them.
    expect(
      readingOf(library, "wat r they sayin' w/ the army").corrections.map((correction) => correction.typed),
    ).toEqual(['wat', 'r', "sayin'", 'w/']);
    // "bring" is no "-ing" form: "brin" stays.
    expect(questionTextOf(library, 'what did brin say')).toBe('what did brin say');
    // A name the articles use, mistyped, is that name: Blinken, not "blinking".
    expect(questionTextOf(library, 'did blinkin say anything')).toBe('did blinken say anything');
    // English words and names ending in "in" stay.
    expect(questionTextOf(library, 'what did Putin say about the cabin?')).toBe(
      'what did Putin say about the cabin?',
    );
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

describe('the question as analysed against another story', () => {
  const storyOf = async (text: string): Promise<Library> =>
    buildLibrary(
      [{ id: 'story', title: 'story', publisher: null, url: null, date: null, file: 'story.md', text }],
      await loadLibraryResources(),
    );

  it('keeps a spelling that is another word, not the other spelling of it', async () => {
    const story = await storyOf('The tank was filled with water. The court heard the case.');
    expect(questionTextOf(story, 'Who filed the lawsuit?')).toBe('Who filed the lawsuit?');
  }, 60_000);

  it('leaves an idiom in the words of a story that uses them', async () => {
    const story = await storyOf(
      'Tesla boss Elon Musk said sales rose. The kidnappers demanded a ransom. Investor sentiment was weak.',
    );
    expect(questionTextOf(story, 'Who is the Tesla boss?')).toBe('Who is the Tesla boss?');
    expect(questionTextOf(story, 'What did the kidnappers demand?')).toBe('What did the kidnappers demand?');
    expect(questionTextOf(story, 'What sentiment did investors show?')).toBe(
      'What sentiment did investors show?',
    );
    // The seed story says none of them: there they are read.
    expect(questionTextOf(library, 'Who is the new boss?')).toBe('Who is the new leader?');
  }, 60_000);
});
