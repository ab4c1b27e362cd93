import { questionProper } from '../../src/search/questionWording';

describe('the question proper, out of what is typed around it', () => {
  it('drops a polite wrapper', () => {
    expect(questionProper('Please tell me: who is guarding Bazoum?')).toBe('who is guarding Bazoum?');
    expect(questionProper('Hey, can you tell me why the army backed it?')).toBe('why the army backed it?');
    expect(questionProper('I would like to know when Tiani spoke')).toBe('when Tiani spoke');
    // A wrapper with nothing after it is left as typed.
    expect(questionProper('tell me')).toBe('tell me');
  });

  it('reads asking how something is going or stands as asking its current status', () => {
    expect(questionProper('How are the talks going?')).toBe('What is the current status of the talks?');
    expect(questionProper('Are the talks going anywhere?')).toBe('What is the current status of the talks?');
    expect(questionProper('are the negotiations getting anywhere')).toBe(
      'What is the current status of the negotiations',
    );
    expect(questionProper('where do talks on restoring constitutional order stand?')).toBe(
      'What is the current status of talks on restoring constitutional order?',
    );
    expect(questionProper('According to the statement, how were the negotiations progressing?')).toBe(
      'According to the statement, what is the current status of the negotiations?',
    );
    expect(questionProper('How is Bazoum doing?')).toBe('How is Bazoum doing?');
    expect(questionProper("How's the situation going?")).toBe('What is the current status of the situation?');
    // Only of a process: not where someone stood, nor how anything else fares, nor mid-question.
    expect(questionProper('Where did Tiani stand?')).toBe('Where did Tiani stand?');
    expect(questionProper('How is the economy faring?')).toBe('How is the economy faring?');
    expect(questionProper('Who leads the talks and how are they going?')).toBe(
      'Who leads the talks and how are they going?',
    );
    expect(questionProper('Where did Tiani stand during the broadcast?')).toBe(
      'Where did Tiani stand during the broadcast?',
    );
  });

  it('reads a request to find a passage as what the passage says', () => {
    expect(questionProper('Find the line where the army warns against intervention.')).toBe(
      'the army warns against intervention.',
    );
    expect(questionProper('Show me the sentence about the guard')).toBe('the guard');
    expect(questionProper('Quote the part where it says who detained Bazoum')).toBe('who detained Bazoum');
    expect(questionProper('Can you show me the line where Blinken praises Bazoum?')).toBe(
      'Blinken praises Bazoum?',
    );
    // A place asked for is no passage, and a passage named without a request to find it is asked about.
    expect(questionProper('Show me the place where Bazoum is detained.')).toBe(
      'the place where Bazoum is detained.',
    );
    expect(questionProper('The sentence that Blinken said was important?')).toBe(
      'The sentence that Blinken said was important?',
    );
    // A source named for the passage says whose words answer.
    expect(
      questionProper(
        'Quote the sentence from the State Department statement about restoring constitutional order.',
      ),
    ).toBe('According to the State Department statement, restoring constitutional order.');
    expect(questionProper('find the line in the CNN report where Tiani talks about security')).toBe(
      'according to the CNN report, Tiani talks about security',
    );
    // "in which" opens what the passage says; a place in the text is no source.
    expect(questionProper('Find the passage in which Tiani talks about the security situation')).toBe(
      'What did Tiani say about the security situation',
    );
    expect(questionProper('Find the part in the middle about Issoufou')).not.toMatch(/according to/i);
    // Which line mentions a topic asks for the passage about it.
    expect(questionProper('Which line mentions the guard?')).toBe('the guard?');
    expect(questionProper('which sentence talks about avoiding bloodshed')).toBe('avoiding bloodshed');
    expect(questionProper('Which sentence says the negotiations are deadlocked?')).toBe(
      'the negotiations are deadlocked?',
    );
    // A line or part of something else is asked about as it is.
    expect(questionProper('Which line gives up more sacks than any other?')).toBe(
      'Which line gives up more sacks than any other?',
    );
    expect(questionProper('Which part shows wear first?')).toBe('Which part shows wear first?');
  });

  it('drops what is asked of anyone in the channel, or wondered aloud, and asking where it is said', () => {
    expect(questionProper('Can someone tell me which court heard the appeal?')).toBe(
      'which court heard the appeal?',
    );
    expect(questionProper('anyone know who scored the winner')).toBe('who scored the winner');
    expect(questionProper('I was wondering why the striker was dropped')).toBe('why the striker was dropped');
    expect(questionProper('Can anyone find the line where the coach praises Smith?')).toBe(
      'the coach praises Smith?',
    );
    expect(questionProper('Who fined the firm, where does it say that?')).toBe('Who fined the firm?');
    expect(questionProper('what did the judge rule, can someone quote it?')).toBe('what did the judge rule?');
    // Asking where something is said is the question itself when nothing comes before it.
    expect(questionProper('Where does it say the firm was fined?')).toBe(
      'Where does it say the firm was fined?',
    );
  });

  it('reads "would you mind <doing>" as the request it makes, and "point me to" a passage', () => {
    expect(questionProper('Would you mind telling me who scored the winner?')).toBe('who scored the winner?');
    expect(questionProper('would you mind finding where it says which court heard the appeal?')).toBe(
      'which court heard the appeal?',
    );
    expect(questionProper('Would anyone mind checking whether the striker was dropped?')).toBe(
      'the striker was dropped?',
    );
    expect(
      questionProper('Could you point me to the part of the article where the coach describes the injury?'),
    ).toBe('the coach describes the injury?');
    expect(questionProper('Can you pull up the line about the coach’s injury?')).toBe('the coach’s injury?');
    expect(questionProper('Could you share the sentence where the coach praises Smith?')).toBe(
      'the coach praises Smith?',
    );
    expect(questionProper('Can someone dig up the quote where the judge warns the jury?')).toBe(
      'the judge warns the jury?',
    );
    // "Mind" asking no request stays: "Would you mind" needs a verb in -ing after it.
    expect(questionProper('Would the coach mind the fine?')).toBe('Would the coach mind the fine?');
  });

  it('sets aside words of asking or knowing before a question, when none is a word the articles use', () => {
    for (const [typed, read] of [
      ['Any idea who scored the winner?', 'who scored the winner?'],
      ['Remind me who scored the winner?', 'who scored the winner?'],
      ['Do we know who scored the winner?', 'who scored the winner?'],
      ['Is there anything in the article about who scored the winner?', 'who scored the winner?'],
      ["I'd appreciate it if you could tell me who scored the winner", 'who scored the winner'],
      ['Could you please let me know why the striker was dropped?', 'why the striker was dropped?'],
      ['Where in the article does it say who scored the winner?', 'who scored the winner?'],
      ['Just checking: was the striker dropped?', 'was the striker dropped?'],
      ['Quick q - who scored the winner', 'who scored the winner'],
    ] as const) {
      expect(questionProper(typed)).toBe(read);
    }
    // A lead with a word of the articles, a number, or no word of asking says something of its own.
    const articlesUse = (word: string): boolean => ['striker', 'coach'].includes(word);
    expect(questionProper('Did the coach say who scored the winner?', articlesUse)).toBe(
      'Did the coach say who scored the winner?',
    );
    expect(questionProper('In 2019, who scored the winner?')).toBe('In 2019, who scored the winner?');
    expect(questionProper('According to the coach, who scored the winner?')).toBe(
      'According to the coach, who scored the winner?',
    );
    expect(questionProper('Did the striker back those who scored?')).toBe(
      'Did the striker back those who scored?',
    );
  });

  it('reads running, ruling or controlling a country as being its leader, in the tense typed', () => {
    expect(questionProper('Who runs France now?')).toBe('Who is the leader of France now?');
    expect(questionProper('Who’s running the country?')).toBe('Who is the leader of the country?');
    expect(questionProper('who controlled france before the vote')).toBe(
      'who was the leader of france before the vote',
    );
    expect(questionProper('When did she say she was now running the country?')).toBe(
      'When did she say she was now the leader of the country?',
    );
    // Anything else run is not led.
    expect(questionProper('Who ran the marathon?')).toBe('Who ran the marathon?');
    expect(questionProper('Who runs the club?')).toBe('Who runs the club?');
  });

  it('reads what is "at risk" as under threat', () => {
    expect(questionProper('What is at risk if the club is relegated?')).toBe(
      'What is under threat if the club is relegated?',
    );
    expect(questionProper('What’s at risk, per the coach?')).toBe('What is under threat, per the coach?');
  });

  it('sets aside thanks, a request for sources and a tag after the question', () => {
    for (const [typed, read] of [
      ['who scored the winner?? asking for a friend', 'who scored the winner??'],
      ['Who scored the winner? Source please.', 'Who scored the winner?'],
      ['Who scored the winner? Thanks in advance!', 'Who scored the winner?'],
      ['who scored the winner, thx in advance', 'who scored the winner'],
      ['Smith scored the winner, right?', 'Smith scored the winner?'],
      [
        'Antony Blinken is the US Secretary of State, correct?',
        'Antony Blinken is the US Secretary of State?',
      ],
      ["Niger is an East African country, isn't it?", 'Niger is an East African country?'],
      ["Tiani announced it on the radio, didn't he?", 'Tiani announced it on the radio?'],
      ['Tiani is a general, is that right?', 'Tiani is a general?'],
    ] as const) {
      expect(questionProper(typed)).toBe(read);
    }
    expect(questionProper('Is the striker on the right?')).toBe('Is the striker on the right?');
  });

  it('reads a passage sought by its speaker and topic as what the speaker said about it', () => {
    expect(questionProper('Can you find the sentence where the coach talks about the injury?')).toBe(
      'What did the coach say about the injury?',
    );
    expect(questionProper('Show me the line where the minister spoke of reform')).toBe(
      'What did the minister say about reform',
    );
    // Who talked, asked, stays the question, as does one asked after it, and "on" a channel.
    expect(questionProper('Who talked about the injury?')).toBe('Who talked about the injury?');
    expect(questionProper('Grant spoke about jobs, where?')).toBe('Grant spoke about jobs, where?');
    expect(questionProper('Grant spoke on CNBC')).toBe('Grant spoke on CNBC');
  });

  it('reads giving someone credit for something as crediting them for it', () => {
    expect(questionProper('What did the coach give Smith credit for?')).toBe(
      'What did the coach credit Smith for?',
    );
    expect(questionProper('Who gave the keeper credit for the win?')).toBe(
      'Who credited the keeper for the win?',
    );
  });

  it('reads sorting something out as resolving it, not "sort" alone', () => {
    expect(questionProper('who did the league ask to sort things out')).toBe(
      'who did the league ask to resolve things',
    );
    expect(questionProper('Can the board sort out the dispute?')).toBe('Can the board resolve the dispute?');
    expect(questionProper('What sort of deal was it?')).toBe('What sort of deal was it?');
  });

  it('reads where words came from as who said them', () => {
    expect(questionProper('Where did the quote about the transfer fee come from?')).toBe(
      'Who said the quote about the transfer fee?',
    );
    expect(questionProper('where does the line about the injury come from - the club or the coach?')).toBe(
      'Who said the quote about the injury - the club or the coach?',
    );
    // Not where anything else came from, words or not.
    expect(questionProper('Where did the troops come from?')).toBe('Where did the troops come from?');
    expect(questionProper('Where did the data behind the claims come from?')).toBe(
      'Where did the data behind the claims come from?',
    );
  });

  it('reads a passage sought with its source before its noun as one in their words', () => {
    expect(questionProper('Quote the Club line where the coach praises Smith')).toBe(
      'According to the Club, the coach praises Smith',
    );
    expect(questionProper("Find the Smith's sentence about the injury")).toBe(
      'According to Smith, the injury',
    );
    // A word before the noun that is no name is none of a source.
    expect(questionProper('Quote the first line about ticket prices')).toBe('ticket prices');
  });

  it('sets aside who passed on what the question goes on from', () => {
    expect(questionProper('Someone in chat said the coach blamed the referee, who did he blame?')).toBe(
      'the coach blamed the referee, who did he blame?',
    );
    // (The tag asking whether it is so is taken off too: the claim is what is asked.)
    expect(questionProper('a friend told me the club was fined, is that right?')).toBe('the club was fined?');
    // What was posted or tweeted is passed on too, and asking whether the article agrees asks the claim.
    expect(questionProper('Someone posts that the club was fined. Does the article agree?')).toBe(
      'the club was fined?',
    );
    expect(questionProper('A viral tweet says the coach quit — does the story back that up?')).toBe(
      'the coach quit?',
    );
    expect(questionProper('Fact check: a post says the striker was sold. True?')).toBe(
      'the striker was sold?',
    );
    expect(questionProper('Check: the club was fined. Accurate?')).toBe('the club was fined?');
    // Not without a question after it, nor when someone is what is asked about.
    expect(questionProper('Someone said the club was fined')).toBe('Someone said the club was fined');
    expect(questionProper('Someone stole the trophy, who?')).toBe('Someone stole the trophy, who?');
  });

  it('sets aside the article as the one describing something', () => {
    expect(questionProper('how the piece characterizes the reaction to the verdict')).toBe(
      'how the reaction to the verdict',
    );
  });

  it('reads chat idioms asking how something stands as asking its current status', () => {
    expect(questionProper('whats the deal with the negotiations?')).toBe(
      'What is the current status of the negotiations?',
    );
    expect(questionProper("what's going on with the talks")).toBe('What is the current status of the talks');
    expect(questionProper('What is the deal about?')).toBe('What is the deal about?');
  });

  it('drops links, Discord mentions and custom emoji, which are no words of a question', () => {
    expect(questionProper('Who detained Bazoum https://example.com/story?id=1')).toBe('Who detained Bazoum');
    expect(questionProper('who detained <@&42> Bazoum? <:thinking:123456>')).toBe('who detained Bazoum?');
    expect(questionProper('https://example.com')).toBe('https://example.com');
  });

  it('drops chatter around the question: greetings, the bot addressed, thanks', () => {
    expect(questionProper('Hey bot, who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('<@123456> who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('Quick question: who detained Bazoum?')).toBe('who detained Bazoum?');
    // A quiz's label is no word of the question: "time" would be taken for its focus.
    expect(questionProper('Quiz time: which region was Bazoum credited with securing?')).toBe(
      'which region was Bazoum credited with securing?',
    );
    expect(questionProper('Next question: who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('Quick one: which outlet carried the explanation?')).toBe(
      'which outlet carried the explanation?',
    );
    expect(questionProper("I'm curious, can you explain why Tiani took power?")).toBe(
      'why Tiani became leader?',
    );
    expect(questionProper('Who detained Bazoum, please?')).toBe('Who detained Bazoum?');
    expect(questionProper('Who detained Bazoum? Thanks!')).toBe('Who detained Bazoum?');
    expect(questionProper('Briefly, who detained Bazoum?')).toBe('who detained Bazoum?');
    // The bot always quotes and cites: asking it to is no part of the question.
    expect(questionProper('Who detained Bazoum? Quote the sentence.')).toBe('Who detained Bazoum');
    expect(questionProper('Who detained Bazoum (cite the article)')).toBe('Who detained Bazoum');
    expect(questionProper('Who detained Bazoum, with sources please')).toBe('Who detained Bazoum');
    expect(questionProper('Which sources did CNN quote?')).toBe('Which sources did CNN quote?');
    // Words that are the question stay.
    expect(questionProper('Who said thanks?')).toBe('Who said thanks?');
    expect(questionProper('Who asked the question?')).toBe('Who asked the question?');
  });

  it('sets aside what the asker says of themselves: what the question is for, a sentence in the first person', () => {
    expect(questionProper('For my presentation: beyond Niger, what area did Blinken praise?')).toBe(
      'beyond Niger, what area did Blinken praise?',
    );
    expect(questionProper('for our history class, who detained bazoum')).toBe('who detained bazoum');
    expect(questionProper('Who did Blinken talk to? I need the names for my slides.')).toBe(
      'Who did Blinken talk to?',
    );
    expect(questionProper("I'm a student. Who detained Bazoum?")).toBe('Who detained Bazoum?');
    // Not when the question needs it: a pronoun may point into it, or too little is left.
    expect(questionProper('We know the US called Bazoum. Did they call Issoufou?')).toBe(
      'We know the US called Bazoum. Did they call Issoufou?',
    );
    // ("Is that so?" after it is a tag, taken off: the claim it points at is what is asked.)
    expect(questionProper('I heard Bazoum was freed. Is that so?')).toBe('I heard Bazoum was freed?');
    // A first-person question stays, and "for my part" without a break is part of the sentence.
    expect(questionProper('Who detained Bazoum? My question: was it the guard?')).toBe(
      'Who detained Bazoum? My question: was it the guard?',
    );
    expect(questionProper('For my part the coup is bad.')).toBe('For my part the coup is bad.');
    expect(questionProper('For my part, I think the coup is bad.')).toBe(
      'For my part, I think the coup is bad.',
    );
    // "For our aid…" sets the topic: only a piece of work is what the question is for.
    expect(questionProper('For our aid to Niger, what did Blinken say was at risk?')).toBe(
      'For our aid to Niger, what did Blinken say was under threat?',
    );
    // A first-person sentence that asks is the question ("I'd like to know who…"), and sentences
    // end where sbd says ("U.S." and "Gen." end none).
    expect(questionProper("I'd like to know who detained Bazoum. Quote the sentence.")).toBe(
      'who detained Bazoum',
    );
    expect(questionProper('When did Tiani take power? I would also like to know who detained Bazoum.')).toBe(
      'When did Tiani become leader? I would also like to know who detained Bazoum.',
    );
    expect(questionProper("I'm a U.S. student. Who detained Bazoum?")).toBe('Who detained Bazoum?');
    // "I need to know…", "I need what…": the asker's need shapes the question; a need of their own
    // that asks nothing stays.
    expect(questionProper('I need to know what Blinken said was at risk.')).toBe(
      'what Blinken said was under threat.',
    );
    expect(questionProper('i need who detained bazoum')).toBe('who detained bazoum');
    expect(questionProper('I need the exact quote about the guard.')).toBe(
      'I need the exact quote about the guard.',
    );
  });

  it('reads a request for the exact words as the question: the bot always quotes them', () => {
    expect(questionProper('what kind of support did the US pledge? word for word pls')).toBe(
      'what kind of support did the US pledge?',
    );
    expect(questionProper('What did the State Department say, verbatim?')).toBe(
      'What did the State Department say?',
    );
    // Someone's own words are what they said: according to them.
    expect(questionProper("In the military's words, what might happen if foreign troops intervened?")).toBe(
      'According to the military, what might happen if foreign troops intervened?',
    );
    expect(questionProper("In the military's own words, what could intervention lead to?")).toBe(
      'According to the military, what could intervention lead to?',
    );
    expect(questionProper('what did tiani say in his own words about security')).toBe(
      'what did tiani say about security',
    );
    // …or their own telling or account.
    expect(questionProper("By the club's own account, who was to blame?")).toBe(
      'According to the club, who was to blame?',
    );
    expect(questionProper('why did the coach quit in his own telling?')).toBe('why did the coach quit?');
  });

  it('sets aside a request for the sentence after the question', () => {
    expect(questionProper('Did the general blame bad management? Find the sentence saying so.')).toBe(
      'Did the general blame bad management',
    );
    expect(questionProper('Who detained Bazoum? Show me the line that says it.')).toBe('Who detained Bazoum');
    expect(questionProper('Did the US provide evidence?')).toBe('Did the US provide evidence?');
  });

  it('reads a request for where the text says something, or which sentence says it, as what is said', () => {
    expect(questionProper('show me where the general says the old government offered no way out')).toBe(
      'the general says the old government offered no way out',
    );
    expect(questionProper('Show me where it says who detained Bazoum')).toBe('who detained Bazoum');
    expect(questionProper('Which sentence says what kind of backing the Secretary reaffirmed?')).toBe(
      'what kind of backing the Secretary reaffirmed?',
    );
    // A place asked stays one.
    expect(questionProper('Tell me where Bazoum is held')).toBe('where Bazoum is held');
    expect(questionProper('Where did Blinken say it mattered?')).toBe('Where did Blinken say it mattered?');
    expect(questionProper('Which part of the country did the army take?')).toBe(
      'Which part of the country did the army take?',
    );
  });

  it('reads an instruction as the question it asks', () => {
    expect(questionProper('Identify who declared himself leader.')).toBe('who declared himself leader.');
    expect(questionProper('Please explain why the army took power')).toBe('why the army became leader');
    expect(questionProper('Describe the US position on Niger.')).toBe('the US position on Niger.');
    expect(questionProper('State who detained Bazoum.')).toBe('who detained Bazoum.');
    // "State" before anything but a question word is a name.
    expect(questionProper('State Department said what?')).toBe('State Department said what?');
    expect(questionProper('Name')).toBe('Name');
  });

  it('reads naming the ones who did something as asking which of them did it', () => {
    expect(questionProper('Can you name some of the club owners who backed the plan?')).toBe(
      'Which club owners backed the plan?',
    );
    expect(questionProper('Name the referees who sent him off.')).toBe('Which referees sent him off.');
    // Not the person who (asked as who), nor something of the one who.
    expect(questionProper('Name the person who scored.')).toBe('who scored.');
    expect(questionProper('Identify the age of the player who scored.')).toBe(
      'What is the age of the player who scored.',
    );
  });

  it('reads a claim put up to be checked as the claim', () => {
    expect(questionProper('Is it true that world leaders criticised the putsch?')).toBe(
      'world leaders criticised the putsch?',
    );
    expect(questionProper('Is it true the State Department issued a statement?')).toBe(
      'the State Department issued a statement?',
    );
    expect(questionProper('Is it true, that the army backed it?')).toBe('the army backed it?');
    expect(questionProper('True or false: Tiani is a general.')).toBe('Tiani is a general.');
    expect(questionProper('Can you confirm that Bazoum is still detained?')).toBe(
      'Bazoum is still detained?',
    );
    // Typed all in lower case, a claim may open with a name.
    expect(questionProper('is it true tiani said the old govt failed?')).toBe(
      'tiani said the old govt failed?',
    );
    expect(questionProper('is it true to say the coup failed?')).toBe('is it true to say the coup failed?');
    expect(questionProper('is it true or false that bazoum resigned?')).toBe(
      'is it true or false that bazoum resigned?',
    );
    expect(questionProper('is it true even now bazoum is held')).toBe('is it true even now bazoum is held');
    // Not when "true" is the question, or goes on to something else.
    expect(questionProper('Is it true?')).toBe('Is it true?');
    expect(questionProper('Is it true, though?')).toBe('Is it true, though?');
    expect(questionProper('Is it true they detained Bazoum?')).toBe('they detained Bazoum?');
    // A noun opens a claim in any case.
    expect(questionProper('Is it true world leaders criticised the putsch?')).toBe(
      'world leaders criticised the putsch?',
    );
    expect(questionProper('Is it right to say the coup failed?')).toBe('Is it right to say the coup failed?');
    expect(questionProper('Confirm the source')).toBe('Confirm the source');
  });

  it('keeps the topic a lead-in sets, not the words introducing it', () => {
    expect(questionProper('Regarding the coup in Niger, who did Blinken speak to?')).toBe(
      'the coup in Niger, who did Blinken speak to?',
    );
    expect(questionProper('When it comes to the coup, who spoke?')).toBe('the coup, who spoke?');
  });

  it('reads "which people" and "the people who" as the "who" they ask', () => {
    expect(questionProper('Which people detained Bazoum?')).toBe('Who detained Bazoum?');
    expect(questionProper('Who are the people that detained Bazoum?')).toBe('Who detained Bazoum?');
    expect(questionProper('Name the person who declared himself leader.')).toBe(
      'who declared himself leader.',
    );
    expect(questionProper("whats the name of the guy who declared himself niger's new leader")).toBe(
      "who declared himself niger's new leader",
    );
    expect(questionProper('What is the full name of the man who detained Bazoum?')).toBe(
      'Who detained Bazoum?',
    );
    expect(questionProper('whos the guy that declared himself leader')).toBe('who declared himself leader');
    expect(questionProper('WHO IS THE MAN WHO DETAINED BAZOUM')).toBe('WHO DETAINED BAZOUM');
    // The person asked for as the object of the clause ("whom", or a subject of its own after
    // "who"/"that") is not its doer: read as "who ousted", the question would ask the reverse.
    expect(questionProper('What is the name of the man who Tiani ousted?')).toBe(
      'What is the name of the man who Tiani ousted?',
    );
    expect(questionProper('What is the name of the man whom Tiani ousted?')).toBe(
      'What is the name of the man whom Tiani ousted?',
    );
    expect(questionProper('who is the person that he detained')).toBe('who is the person that he detained');
    expect(questionProper("What is the name of the man's party?")).toBe(
      "What is the name of the man's party?",
    );
    // A name asked of something other than a person stays.
    expect(questionProper('What is the name of the guard that detained Bazoum?')).toBe(
      'What is the name of the guard that detained Bazoum?',
    );
    // "people" that are not the one asked for stay.
    expect(questionProper('Who supports the Nigerien people?')).toBe('Who supports the Nigerien people?');
  });

  it('reads "take part" as the verb it is, in the tense typed', () => {
    expect(questionProper('Who is taking part in the negotiations?')).toBe(
      'Who is participating in the negotiations?',
    );
    expect(questionProper('Did the guard take part in his detention?')).toBe(
      'Did the guard participate in his detention?',
    );
    expect(questionProper('Took part in what?')).toBe('Participated in what?');
    // A share of something, or "part-time", is no taking part.
    expect(questionProper('Did the junta take part of the aid?')).toBe('Did the junta take part of the aid?');
    expect(questionProper('Do they take part-time jobs?')).toBe('Do they take part-time jobs?');
    // "part" alone is a noun of its own.
    expect(questionProper('What part did the guard play?')).toBe('What part did the guard play?');
  });

  it('reads taking over, power or charge as becoming leader, taking charge of something as leading it', () => {
    expect(questionProper("Who's the general that took over?")).toBe("Who's the general that became leader?");
    expect(questionProper('When did he announce he was taking charge?')).toBe(
      'When did he announce he was becoming leader?',
    );
    expect(questionProper('Who has taken power in Niger?')).toBe('Who has become leader in Niger?');
    expect(questionProper('Did the army take control of the capital?')).toBe(
      'Did the army seize the capital?',
    );
    expect(questionProper('Who took charge of the talks?')).toBe('Who led the talks?');
    // What was taken over, named after it, is asked about: the words stay.
    expect(questionProper('Who took over Twitter?')).toBe('Who took over Twitter?');
    // …but a country taken over is led.
    expect(questionProper('What rank has the man who took over Niger?')).toBe(
      'What rank has the man who became leader of Niger?',
    );
    expect(questionProper('Who took over at Manchester United?')).toBe('Who took over at Manchester United?');
    expect(questionProper('who took over as leader of niger')).toBe('who became leader of niger');
    // Taking something else, or over something else, stays.
    expect(questionProper('Did Blinken take questions over the phone?')).toBe(
      'Did Blinken take questions over the phone?',
    );
  });

  it('sets aside a request about the length of the answer after the question', () => {
    expect(questionProper('how did blinken describe the support? one word pls')).toBe(
      'how did blinken describe the support?',
    );
    expect(questionProper('What did Tiani say, briefly?')).toBe('What did Tiani say?');
    expect(questionProper('Who is Tiani (in a few words)')).toBe('Who is Tiani');
    // Words asked for are what is asked.
    expect(questionProper('what are the three words Tiani used')).toBe('what are the three words Tiani used');
    expect(questionProper('Which leader served briefly?')).toBe('Which leader served briefly?');
    expect(questionProper('Which rule allows only two words?')).toBe('Which rule allows only two words?');
    expect(questionProper('What was the word limit, 500 words?')).toBe('What was the word limit, 500 words?');
  });

  it('reads "in relation to", "with regard to" and "in respect of" as "about"', () => {
    expect(questionProper('What will the US do in relation to Niger?')).toBe(
      'What will the US do about Niger?',
    );
    expect(questionProper('What did he say with regard to the talks?')).toBe(
      'What did he say about the talks?',
    );
  });

  it('reads "what word / adjective did X use to describe Y" as "how did X describe Y"', () => {
    expect(questionProper('What adjective does the statement use to describe the aid?')).toBe(
      'How does the statement describe the aid?',
    );
    expect(questionProper('what adjective did the critics use for the sequel?')).toBe(
      'how did the critics describe the sequel?',
    );
    // A term used for something is asked as such: "refer to the condition as long Covid" gives it.
    expect(questionProper('What term do doctors use for the condition?')).toBe(
      'What term do doctors use for the condition?',
    );
    expect(questionProper('What adjective describes the security situation?')).toBe(
      'How is the security situation described?',
    );
    // Words used about something are a quotation asked for, and a word's own use is asked as it is.
    expect(questionProper('What phrase did Tiani use about security?')).toBe(
      'What phrase did Tiani use about security?',
    );
    expect(questionProper('What word did the coach use most often?')).toBe(
      'What word did the coach use most often?',
    );
  });

  it('reads a request for the words someone used as asking what words they used', () => {
    expect(questionProper('Quote the exact words Tiani used about security in the country.')).toBe(
      'What words did Tiani use about security in the country.',
    );
    expect(questionProper("Give the coach's exact words about the referee.")).toBe(
      'What words did the coach use about the referee.',
    );
    expect(questionProper('words the army used about security')).toBe(
      'What words did the army use about security',
    );
    // …asked with "what is" too.
    expect(questionProper("what's the exact wording the statement used for US support")).toBe(
      'What wording did the statement use for US support',
    );
    // A request for a quote set before its question leaves the question.
    expect(questionProper('Quote me the precise words: what could a foreign intervention cause?')).toBe(
      'what could a foreign intervention cause?',
    );
    // …or is a name typed in lower case, one word no dictionary has.
    expect(questionProper('exact words tiani used about security')).toBe(
      'What words did tiani use about security',
    );
    // Whoever used the words opens with a determiner, a pronoun or a capital: not a noun going on.
    expect(questionProper('Give the language requirements Canada says immigrants must meet')).toBe(
      'Give the language requirements Canada says immigrants must meet',
    );
    expect(questionProper('the language requirements canada says immigrants must meet')).toBe(
      'the language requirements canada says immigrants must meet',
    );
    // A request for something else, or for a passage, is read as before.
    expect(questionProper('Give the reasons Tiani used')).toBe('Give the reasons Tiani used');
    expect(questionProper('Quote the sentence where Blinken praises Bazoum')).toBe('Blinken praises Bazoum');
  });

  it('reads "mismanagement" and "mishandled" as poorly done, the way a story says it', () => {
    expect(questionProper('Did Tiani blame economic mismanagement for the coup?')).toBe(
      'Did Tiani blame economic poor management for the coup?',
    );
    expect(questionProper('Who mishandled the crisis?')).toBe('Who poorly handled the crisis?');
    // Not other words that open with "mis".
    expect(questionProper('Was the missile misfired?')).toBe('Was the missile misfired?');
  });

  it('drops a hesitation before a question word ("wait, who…"), not a word of the question', () => {
    expect(questionProper('wait what day did the coup itself happen')).toBe(
      'what day did the coup itself happen',
    );
    expect(questionProper('hmm, who detained him')).toBe('who detained him');
    expect(questionProper('Wait times at the border?')).toBe('Wait times at the border?');
    // A name, capitalised with no comma: Oh Se-hoon.
    expect(questionProper('Oh was re-elected in what year?')).toBe('Oh was re-elected in what year?');
  });

  it("drops chat's asides ('ngl', 'tbh', and 'fr' or 'lol' at the end)", () => {
    expect(questionProper('ngl whats the reason tbh')).toBe('whats the reason');
    expect(questionProper('did he credit the pres for anything fr')).toBe(
      'did he credit the pres for anything',
    );
    expect(questionProper('is he free lol?')).toBe('is he free?');
    // In capitals, "IMO" is a body; "fr" inside a question is left.
    expect(questionProper('What did the IMO say?')).toBe('What did the IMO say?');
    expect(questionProper('what target did the imo agree to?')).toBe('what target did the imo agree to?');
  });

  it('reads "where do the talks stand now" as asking their current status', () => {
    expect(questionProper('where do the talks stand now')).toBe('What is the current status of the talks');
  });

  it('reads "the sentence with X" as X', () => {
    expect(questionProper('show me the sentence with the number of people killed in the coup')).toBe(
      'the number of people killed in the coup',
    );
    expect(questionProper("the line containing Tiani's reasons")).toBe("Tiani's reasons");
  });

  it('reads claiming a post for oneself as declaring oneself in it, not claiming credit', () => {
    expect(questionProper('What position did Tiani claim for himself?')).toBe(
      'What position did Tiani declare himself?',
    );
    expect(questionProper('Did she claim the presidency for herself?')).toBe(
      'Did she declare herself the presidency?',
    );
    expect(questionProper('Who claimed credit for himself?')).toBe('Who claimed credit for himself?');
  });

  it('reads a name asked as a heading as "What is the name of…"', () => {
    expect(questionProper('name of the general who took power?')).toBe(
      'what is the name of the general who became leader?',
    );
    expect(questionProper('Full name of the secretary of state')).toBe(
      'What is the name of the secretary of state',
    );
    // "first" or "last" stays: it says which part of the name.
    expect(questionProper("first name of the club's coach")).toBe(
      "what is the first name of the club's coach",
    );
    // A question of its own that opens with a name is no heading.
    expect(questionProper('The name of the company was changed in what year?')).toBe(
      'The name of the company was changed in what year?',
    );
  });

  it('reads a party doing the asked thing as a participant of any kind, not a political party', () => {
    expect(questionProper('Which party warned against intervention?')).toBe(
      'Which participant warned against intervention?',
    );
    expect(questionProper('which parties spoke to Blinken?')).toBe('which participants spoke to Blinken?');
    // A party one belongs to, a political one, or a party's people are political parties.
    expect(questionProper('Which party does Bazoum belong to?')).toBe('Which party does Bazoum belong to?');
    expect(questionProper('What political party won?')).toBe('What political party won?');
    expect(questionProper('Which party leader spoke?')).toBe('Which party leader spoke?');
    // What parties do as parties, and a name after "party", keep the political party.
    expect(questionProper('Which party won the mayoral race in London?')).toBe(
      'Which party won the mayoral race in London?',
    );
    expect(questionProper('Which parties formed the coalition?')).toBe('Which parties formed the coalition?');
    expect(questionProper('Which party Bazoum belongs to?')).toBe('Which party Bazoum belongs to?');
  });

  it('reads bringing something back as restoring it, in the form typed', () => {
    expect(questionProper('What are the talks aimed at bringing back?')).toBe(
      'What are the talks aimed at restoring?',
    );
    expect(questionProper('What does Washington want brought back in Niger?')).toBe(
      'What does Washington want restored in Niger?',
    );
    // Not someone brought back from somewhere.
    expect(questionProper('Who brought back the hostages from Mali?')).toBe(
      'Who brought back the hostages from Mali?',
    );
  });

  it('reads winning office or an election as getting elected, in the form typed', () => {
    expect(questionProper('By what means did Bazoum win office?')).toBe(
      'By what means did Bazoum get elected?',
    );
    expect(questionProper('When had Bazoum won the presidency?')).toBe('When had Bazoum got elected?');
  });

  it('reads a fragment asking a name as "What is the name of…"', () => {
    expect(questionProper('CNN reporter name')).toBe('What is the name of the CNN reporter?');
    expect(questionProper("Tiani's full name?")).toBe('What is the name of Tiani?');
    expect(questionProper('bazoum name')).toBe('What is the name of bazoum?');
    // Not a question, a request or a pronoun's name.
    expect(questionProper('what is his name')).toBe('what is his name');
    expect(questionProper('Did he change his name?')).toBe('Did he change his name?');
    expect(questionProper('his name?')).toBe('his name?');
  });

  it('reads speaking by phone or getting in touch as speaking, in the tense typed', () => {
    expect(questionProper('Who did Blinken get on the phone with?')).toBe('Who did Blinken speak with?');
    expect(questionProper('Blinken got on the line with whom?')).toBe('Blinken spoke with whom?');
    expect(questionProper('Did Blinken get in touch with Issoufou?')).toBe(
      'Did Blinken speak with Issoufou?',
    );
    expect(questionProper('Did Blinken get through to Bazoum himself?')).toBe(
      'Did Blinken speak with Bazoum himself?',
    );
    expect(questionProper('Who did the Secretary reach out to?')).toBe('Who did the Secretary speak to?');
    expect(questionProper('the ex-president Blinken reached out to')).toBe(
      'the ex-president Blinken spoke to',
    );
    expect(questionProper('Which ex-president did Blinken say he phoned?')).toBe(
      'Which ex-president did Blinken say he spoke to?',
    );
    expect(questionProper('What failings did the junta leader point to as a reason for the takeover?')).toBe(
      'What failings did the junta leader cite as a reason for the takeover?',
    );
    // A bare "point to" may only indicate; a pointing noun is no verb.
    expect(questionProper('What security backdrop did Tiani point to?')).toBe(
      'What security backdrop did Tiani point to?',
    );
    expect(questionProper('Is that the point to make as a reason?')).toBe(
      'Is that the point to make as a reason?',
    );
    expect(questionProper('Did Blinken tell Bazoum the US still has his back?')).toBe(
      'Did Blinken tell Bazoum the US still supports him?',
    );
    expect(questionProper("Does Washington have Bazoum's back?")).toBe('Does Washington support Bazoum?');
    expect(questionProper("Why did Niger's military top brass back the power grab?")).toBe(
      "Why did Niger's military command back the seizure of power?",
    );
    expect(questionProper('Did a brass band play?')).toBe('Did a brass band play?');
    expect(questionProper('Who actually arrested Bazoum?')).toBe('Who actually detained Bazoum?');
    expect(questionProper('Was he under arrest?')).toBe('Was he under arrest?');
    expect(questionProper('For what role did Blinken give compliments to the overthrown president?')).toBe(
      'For what role did Blinken praise the overthrown president?',
    );
    expect(questionProper('Who made a call with the imprisoned president?')).toBe(
      'Who spoke with the imprisoned president?',
    );
    expect(questionProper('Did Blinken make phone calls to Bazoum?')).toBe('Did Blinken speak to Bazoum?');
    expect(questionProper('What are the jailers of Bazoum putting in danger?')).toBe(
      'What are those detaining Bazoum threatening?',
    );
    // Fixes from a review: each idiom only where it means what it reads as.
    expect(questionProper('Who said Tiani’s remarks were false?')).toBe(
      'Who said Tiani’s remarks were false?',
    );
    expect(questionProper('Who gathered outside parliament?')).toBe('Who gathered outside parliament?');
    expect(questionProper('Did troops ring the presidential palace?')).toBe(
      'Did troops ring the presidential palace?',
    );
    expect(questionProper('Did the bells ring?')).toBe('Did the bells ring?');
    expect(questionProper('Does the name ring any bells?')).toBe('Does the name ring any bells?');
    expect(questionProper('Was Bazoum placed under house arrest?')).toBe(
      'Was Bazoum placed under house arrest?',
    );
    expect(questionProper('Was there a wave of arrests after the coup?')).toBe(
      'Was there a wave of arrests after the coup?',
    );
    expect(questionProper('Did ECOWAS make calls to restore order?')).toBe(
      'Did ECOWAS make calls to restore order?',
    );
    expect(questionProper('Did the soldiers have their back to the wall?')).toBe(
      'Did the soldiers have their back to the wall?',
    );
    expect(questionProper("Who has the president's back?")).toBe('Who supports the president?');
    expect(questionProper('What did Tiani point to as the soldiers surrounded the palace?')).toBe(
      'What did Tiani point to as the soldiers surrounded the palace?',
    );
    expect(questionProper('Were funds frozen in Bazoum’s account?')).toBe(
      'Were funds frozen in Bazoum’s account?',
    );
    expect(questionProper('Who will hold the president accountable?')).toBe(
      'Who will hold the president accountable?',
    );
    expect(questionProper('Did ECOWAS hold him responsible?')).toBe('Did ECOWAS hold him responsible?');
    expect(questionProper("What is the source of Tiani's remarks?")).toBe('Who reported what Tiani said?');
    // "outside" before a common noun is foreign; as a preposition of place it stays.
    expect(questionProper('What did the armed forces caution outside countries against?')).toBe(
      'What did the armed forces caution foreign countries against?',
    );
    expect(questionProper('What could outside armed involvement lead to?')).toBe(
      'What could foreign armed involvement lead to?',
    );
    expect(questionProper('Was he held outside the palace?')).toBe('Was he held outside the palace?');
    expect(questionProper('Is anyone outside niger helping?')).toBe('Is anyone outside niger helping?');
    expect(questionProper('Who helped from outside?')).toBe('Who helped from outside?');
    expect(questionProper("the american foreign minister who rang niger's leader")).toBe(
      "the american foreign minister who spoke to niger's leader",
    );
    expect(questionProper('Did the top US diplomat telephone Bazoum?')).toBe(
      'Did the top US diplomat speak to Bazoum?',
    );
    // A claim that rings true, a bell, or the noun is no call.
    expect(questionProper('Does the claim ring true?')).toBe('Does the claim ring true?');
    expect(questionProper('Did he speak by telephone?')).toBe('Did he speak by telephone?');
    expect(questionProper('With which persons did the diplomat have a conversation?')).toBe(
      'With which persons did the diplomat speak?',
    );
    expect(questionProper('Which diplomat held phone talks with Bazoum?')).toBe(
      'Which diplomat spoke with Bazoum?',
    );
    // An auxiliary opening the question is no having.
    expect(questionProper('Have conversations between the US and Niger stalled?')).toBe(
      'Have conversations between the US and Niger stalled?',
    );
    // Talks alone are negotiations; talks with someone are speaking with them.
    expect(questionProper('Were talks held in Niamey?')).toBe('Were talks held in Niamey?');
    expect(questionProper('Who held talks with the junta?')).toBe('Who spoke with the junta?');
    // A phone call, or a phone, is no speaking.
    expect(questionProper('How long was the phone call?')).toBe('How long was the phone call?');
    expect(questionProper('Did Bazoum have his phone?')).toBe('Did Bazoum have his phone?');
  });

  it('reads being in charge as being the leader', () => {
    expect(questionProper('How did the general tell the country he was now in charge?')).toBe(
      'How did the general tell the country he was now the leader?',
    );
    expect(questionProper('how did tiani announce he was in charge')).toBe(
      'how did tiani announce he was the leader',
    );
    expect(questionProper('Did the general declare himself in charge?')).toBe(
      'Did the general declare himself the leader?',
    );
    expect(questionProper('what did blinken say about bazoum staying in charge')).toBe(
      'what did blinken say about bazoum staying the leader',
    );
    // A charge alone is no leading, nor is being in charge of something, or someone named.
    expect(questionProper('What charges does Bazoum face?')).toBe('What charges does Bazoum face?');
    expect(questionProper('Who is in charge of the presidential guard?')).toBe(
      'Who is in charge of the presidential guard?',
    );
    expect(questionProper('Who was in charge after the coup?')).toBe('Who was the leader after the coup?');
    expect(questionProper('Who is in charge of Niger?')).toBe('Who is the leader of Niger?');
    expect(questionProper("Who's in charge of the country?")).toBe("Who's the leader of the country?");
    expect(questionProper('Is Bazoum still in charge?')).toBe('Is Bazoum still in charge?');
    expect(questionProper('Who put Tiani in charge?')).toBe('Who put Tiani in charge?');
  });

  it('reads what someone thinks or believes as what they say', () => {
    expect(questionProper('what does the military think would happen if foreign troops came in')).toBe(
      'what does the military say would happen if foreign troops came in',
    );
    expect(questionProper('Did Blinken believe Bazoum would be freed?')).toBe(
      'Did Blinken say Bazoum would be freed?',
    );
    // The asker's own thinking, or a thought, is no saying.
    expect(questionProper('Why do you think Tiani did it?')).toBe('Why do you think Tiani did it?');
    expect(questionProper('What was the thinking behind the coup?')).toBe(
      'What was the thinking behind the coup?',
    );
    // Nor someone made to believe, believing in something, or believing someone.
    expect(questionProper('Did Tiani want Nigeriens to believe the coup was justified?')).toBe(
      'Did Tiani want Nigeriens to believe the coup was justified?',
    );
    expect(questionProper('Does the US believe in democracy?')).toBe('Does the US believe in democracy?');
    expect(questionProper('Did Blinken believe Tiani?')).toBe('Did Blinken believe Tiani?');
  });

  it('reads what someone meant by words as what they said about them', () => {
    expect(questionProper("what did tiani mean by 'deteriorating security situation'")).toBe(
      "what did tiani say about 'deteriorating security situation'",
    );
    // Meaning something else is no saying.
    expect(questionProper('What is meant by constitutional order?')).toBe(
      'What is meant by constitutional order?',
    );
    expect(questionProper('What does the coup mean for Niger?')).toBe('What does the coup mean for Niger?');
  });

  it('reads crediting someone with something, or giving them props, as praising them, in the tense typed', () => {
    expect(questionProper('Did the Secretary credit Bazoum with improving security?')).toBe(
      'Did the Secretary praise Bazoum for improving security?',
    );
    expect(questionProper('which region did blinken credit bazoum w/ helping make secure')).toBe(
      'which region did blinken praise bazoum for helping make secure',
    );
    expect(questionProper('why did blinken give bazoum props')).toBe('why did blinken praise bazoum');
    // A source credited with a report is no praise: it reported it.
    expect(questionProper('Which news outlet is credited with reporting the speech?')).toBe(
      'Which news outlet reported the speech?',
    );
    expect(questionProper('Which outlet does the article credit for the remarks?')).toBe(
      'Which outlet does the article credit for the remarks?',
    );
    expect(questionProper('Did CNN credit the State Department with the statement?')).toBe(
      'Did CNN credit the State Department with the statement?',
    );
    expect(questionProper("Does the article credit CNN with Tiani's remarks?")).toBe(
      "Does the article credit CNN with Tiani's remarks?",
    );
    // Nor is the noun: a credit line, extending credit.
    expect(questionProper('Does Niger have a credit line with the US?')).toBe(
      'Does Niger have a credit line with the US?',
    );
    expect(questionProper('Will the US extend credit to Niger with conditions?')).toBe(
      'Will the US extend credit to Niger with conditions?',
    );
    expect(questionProper('did blinken give the army any props')).toBe('did blinken praise the army');
  });

  it('reads "could you identify the people with whom…" as the question asked', () => {
    expect(
      questionProper(
        'Could you identify the individuals with whom the Secretary of State held conversations regarding Niger?',
      ),
    ).toBe('with whom the Secretary of State spoke regarding Niger?');
    expect(questionProper('the individuals with whom Blinken spoke')).toBe('with whom Blinken spoke');
    // The people who did something are asked as "who" still.
    expect(questionProper('Identify the individuals who detained Bazoum')).toBe('who detained Bazoum');
  });

  it('reads being the source of words as saying them', () => {
    // Someone's own words are said by them and reported by another: who reported them is asked.
    expect(questionProper("Which news outlet is credited as the source of Tiani's remarks?")).toBe(
      'Which news outlet reported what Tiani said?',
    );
    expect(questionProper("Who relayed the junta leader's quotes?")).toBe(
      'Who reported what the junta leader said?',
    );
    // A channel carrying an announcement broadcast it.
    expect(questionProper("Which TV channel carried the general's announcement?")).toBe(
      "Which TV channel carried the general's announcement?",
    );
    expect(questionProper('Who is the source for the claim that talks in Niger have stalled?')).toBe(
      'Who says that talks in Niger have stalled?',
    );
    expect(questionProper('Who is the source for the line that the club was fined?')).toBe(
      'Who says that the club was fined?',
    );
    // Someone's warning or announcement, in its own noun, was reported by its source.
    expect(questionProper("Who was the source cited for the coach's warning about prices?")).toBe(
      "Who reported the coach's warning about prices?",
    );
    expect(questionProper("Who is credited with reporting the club's announcement?")).toBe(
      "Who reported the club's announcement?",
    );
    expect(questionProper("Who said the coach's warning was wrong?")).toBe(
      "Who said the coach's warning was wrong?",
    );
    // …and so is a source asked as a heading.
    expect(questionProper('source for the military warning about foreign intervention?')).toBe(
      'Who says the military warning about foreign intervention?',
    );
    // The source of anything else is no saying.
    expect(questionProper('What was the source of the funding?')).toBe('What was the source of the funding?');
    expect(questionProper('source of the funding?')).toBe('source of the funding?');
  });

  it('reads taking place as happening, in the form typed', () => {
    expect(questionProper('What event took place one day before the announcement?')).toBe(
      'What event happened one day before the announcement?',
    );
    expect(questionProper('Where will the talks take place?')).toBe('Where will the talks happen?');
    // A place taken is no happening.
    expect(questionProper('Who took his place?')).toBe('Who took his place?');
  });

  it('reads benefiting from something as being helped by it, and benefiting someone as helping them', () => {
    expect(questionProper('who benefits from the american aid money')).toBe(
      'who is helped by the american aid money',
    );
    expect(questionProper('Who are the intended beneficiaries of the assistance?')).toBe(
      'Who are the intended ones helped by the assistance?',
    );
    expect(questionProper('Whom is the assistance intended to benefit?')).toBe(
      'Whom is the assistance intended to help?',
    );
    // The noun stays.
    expect(questionProper('What are the benefits of the aid?')).toBe('What are the benefits of the aid?');
  });

  it("reads a government's readout as its statement", () => {
    expect(questionProper('Which ministry put out the official readout of the talks?')).toBe(
      'Which ministry put out the official statement of the talks?',
    );
    expect(questionProper('What did the read-outs say?')).toBe('What did the statements say?');
  });

  it('reads the present in more words as now', () => {
    expect(questionProper('Is the striker still injured right now?')).toBe(
      'Is the striker still injured now?',
    );
    expect(questionProper('Who coaches the club at the moment?')).toBe('Who coaches the club now?');
    // "At the time" is then.
    expect(questionProper('Who was coach at the time?')).toBe('Who was coach at the time?');
  });

  it('reads working together as cooperating, in the form typed', () => {
    expect(questionProper('how long has the US been working together with niger')).toBe(
      'how long has the US been cooperating with niger',
    );
    expect(questionProper('Have they worked well together?')).toBe('Have they cooperated?');
    // Working alone, or toward something, is no cooperating.
    expect(questionProper('What will the US keep working toward?')).toBe(
      'What will the US keep working toward?',
    );
  });

  it('reads getting worse as worsening and getting better as improving, in the form typed', () => {
    expect(questionProper('Did Tiani claim the security situation was getting worse?')).toBe(
      'Did Tiani claim the security situation was worsening?',
    );
    expect(questionProper('has security got better')).toBe('has security improved');
    expect(questionProper('Will things become worse?')).toBe('Will things worsen?');
    expect(questionProper('Has the security situation become better?')).toBe(
      'Has the security situation improved?',
    );
    // "better" alone is no change, nor one before what it describes.
    expect(questionProper('Is the security better now?')).toBe('Is the security better now?');
    expect(questionProper('Did the army get better weapons?')).toBe('Did the army get better weapons?');
    expect(questionProper('Did they grow better armed?')).toBe('Did they grow better armed?');
    expect(questionProper('Have the talks become better or worse?')).toBe(
      'Have the talks become better or worse?',
    );
  });

  it('reads considering or regarding someone as something as saying they are, in the tense typed', () => {
    expect(questionProper('Does the State Department consider Bazoum a democratically chosen leader?')).toBe(
      'Does the State Department say Bazoum is a democratically chosen leader?',
    );
    expect(questionProper('Does Washington regard Tiani as the legitimate leader?')).toBe(
      'Does Washington say Tiani is the legitimate leader?',
    );
    expect(questionProper('Has the army viewed the coup as necessary?')).toBe(
      'Has the army said the coup is necessary?',
    );
    expect(questionProper('does the state department consider bazoum a democratically chosen leader')).toBe(
      'does the state department say bazoum is a democratically chosen leader',
    );
    // Considering an action, how something is viewed, or the same way, is no saying.
    expect(questionProper('Is the US considering military action?')).toBe(
      'Is the US considering military action?',
    );
    expect(questionProper('How does the US view the coup?')).toBe('How does the US view the coup?');
    expect(questionProper('How does the US view Bazoum as a leader?')).toBe(
      'How does the US view Bazoum as a leader?',
    );
    expect(questionProper('Does France view it the same way?')).toBe('Does France view it the same way?');
    expect(questionProper('Would the US consider aid to the junta?')).toBe(
      'Would the US consider aid to the junta?',
    );
    expect(questionProper('Does Blinken regard him as well?')).toBe('Does Blinken regard him as well?');
    // Nor a time after what is considered.
    expect(questionProper('Did the council consider the proposal the following week?')).toBe(
      'Did the council consider the proposal the following week?',
    );
    expect(questionProper('Did millions view the broadcast a day after the coup?')).toBe(
      'Did millions view the broadcast a day after the coup?',
    );
  });

  it('reads "locked up" or holding someone as detaining, grabbing as seizing, and what is at stake as under threat', () => {
    expect(questionProper('who locked up bazoum')).toBe('who detained bazoum');
    expect(questionProper('did they lock Bazoum up?')).toBe('did they detain Bazoum?');
    expect(questionProper('when was bazoum grabbed')).toBe('when was bazoum seized');
    expect(questionProper('Why did the army back the power grab?')).toBe(
      'Why did the army back the seizure of power?',
    );
    expect(questionProper("What's at stake, per Blinken?")).toBe("What's under threat, per Blinken?");
    expect(questionProper('What were they jeopardizing?')).toBe('What were they threatening?');
    expect(questionProper('Was aid jeopardised?')).toBe('Was aid threatened?');
    expect(questionProper('Who is holding the president?')).toBe('Who is detaining the president?');
    expect(questionProper('who is holding Bazoum captive')).toBe('who is detaining Bazoum captive');
    // Holding talks, a rank, or someone to account is no detaining; nor is "being held", said as it is.
    expect(questionProper('Which diplomat held talks about Bazoum?')).toBe(
      'Which diplomat held talks about Bazoum?',
    );
    expect(questionProper('What rank does Tiani hold?')).toBe('What rank does Tiani hold?');
    expect(questionProper('Who holds Niger accountable?')).toBe('Who holds Niger accountable?');
    // Stepping in is intervening, sending troops in intervening militarily; not a step in the way.
    expect(questionProper('Did the army welcome foreign troops stepping in?')).toBe(
      'Did the army welcome foreign troops intervening?',
    );
    expect(questionProper('what if other countries sent in troops')).toBe(
      'what if other countries intervened militarily',
    );
    expect(questionProper('did they warn others not to send troops in?')).toBe(
      'did they warn others not to intervene militarily?',
    );
    expect(questionProper('Did anyone step in the way?')).toBe('Did anyone step in the way?');
    expect(questionProper('Who stepped in as CEO?')).toBe('Who stepped in as CEO?');
    expect(questionProper('Did Russia send troops to the border?')).toBe(
      'Did Russia send troops to the border?',
    );
    expect(questionProper('When will the US send its troops home?')).toBe(
      'When will the US send its troops home?',
    );
    // A boss is a leader, a sitting president the president; not sitting on the fence.
    expect(questionProper('who named himself the new boss of niger')).toBe(
      'who declared himself the new leader of niger',
    );
    // Naming or calling oneself something is declaring oneself it ("name" and "call" are stop
    // words); naming or calling someone else is not.
    expect(questionProper('When did the general name himself head of the country?')).toBe(
      'When did the general declare himself head of the country?',
    );
    expect(questionProper('Who proclaimed himself head of state?')).toBe(
      'Who declared himself head of state?',
    );
    expect(questionProper('Who proclaimed himself king?', (word) => word === 'proclaimed')).toBe(
      'Who proclaimed himself king?',
    );
    expect(questionProper('Who installed himself in the palace?')).toBe(
      'Who installed himself in the palace?',
    );
    // Calling oneself something asks for the name used; naming oneself after someone is no declaring.
    expect(questionProper('What does the rebel group call itself?')).toBe(
      'What does the rebel group call itself?',
    );
    expect(questionProper('Who did the rapper name himself after?')).toBe(
      'Who did the rapper name himself after?',
    );
    expect(questionProper('Who named him envoy?')).toBe('Who named him envoy?');
    expect(questionProper('Who did Blinken call?')).toBe('Who did Blinken call?');
    expect(questionProper('Who is the sitting Niger president Blinken called?')).toBe(
      'Who is the Niger president Blinken called?',
    );
    expect(questionProper('Is the army sitting on the fence?')).toBe('Is the army sitting on the fence?');
    expect(questionProper('Who was sitting with President Macron?')).toBe(
      'Who was sitting with President Macron?',
    );
    expect(questionProper("Which US official held talks with Niger's president?")).toBe(
      "Which US official spoke with Niger's president?",
    );
    // Telling someone not to do something is warning them against it.
    expect(questionProper('What did the army tell foreign powers not to do?')).toBe(
      'What did the army warn foreign powers against do?',
    );
    // Giving one's blessing to something is endorsing it.
    expect(questionProper('Which institution gave its blessing to the coup leaders?')).toBe(
      'Which institution endorsed the coup leaders?',
    );
    // "It mattered that…" is "it was important that…"; what matters alone stays.
    expect(questionProper('Did Blinken say it mattered that Bazoum keep leading?')).toBe(
      'Did Blinken say it was important that Bazoum keep leading?',
    );
    expect(questionProper('Why does it matter?')).toBe('Why does it matter?');
    // A sentiment, emotion or mood asked for is a feeling.
    expect(questionProper('What sentiment did Blinken voice?')).toBe('What feeling did Blinken voice?');
    expect(questionProper('which emotions did he show')).toBe('which feelings did he show');
    expect(questionProper('Did the mood in Niamey change?')).toBe('Did the mood in Niamey change?');
    expect(questionProper('Which mood disorder is it?')).toBe('Which mood disorder is it?');
    expect(questionProper('WHAT SENTIMENT DID BLINKEN VOICE?')).toBe('WHAT FEELING DID BLINKEN VOICE?');
    // Someone's captors (kidnappers, abductors) are those detaining them, however the one held is named.
    expect(questionProper("What were the president's captors jeopardizing?")).toBe(
      'What were those detaining the president threatening?',
    );
    expect(questionProper("Did Blinken regret the actions of Bazoum's captors?")).toBe(
      'Did Blinken regret the actions of those detaining Bazoum?',
    );
    expect(questionProper("The ousted president's kidnappers threatened what?")).toBe(
      'Those detaining the ousted president threatened what?',
    );
    expect(questionProper('what did his captors threaten')).toBe('what did those detaining him threaten');
    expect(questionProper("What did the hostages' captors demand?")).toBe(
      'What did those detaining the hostages demand?',
    );
    // Kidnappers counted or described are no one held's captors.
    expect(questionProper('How many kidnappers were there?')).toBe('How many kidnappers were there?');
    expect(questionProper('Were the suspected kidnappers arrested?')).toBe(
      'Were the suspected kidnappers detained?',
    );
    // Shouted, the words read are shouted too.
    expect(questionProper("WHAT DID THE PRESIDENT'S CAPTORS THREATEN?")).toBe(
      'WHAT DID THOSE DETAINING THE PRESIDENT THREATEN?',
    );
    expect(questionProper('Who are the captors of Bazoum?')).toBe('Who are those detaining Bazoum?');
    // A lock, or "up" further on, is none.
    expect(questionProper('Was the door locked when they came up?')).toBe(
      'Was the door locked when they came up?',
    );
  });

  it('reads "name the X" as asking what the X is', () => {
    expect(questionProper('Name the US Secretary of State.')).toBe('What is the US Secretary of State.');
    expect(questionProper('Identify who detained Bazoum.')).toBe('who detained Bazoum.');
  });

  it('reads failing to do something as not doing it, pushing for as working for, talking up as praising', () => {
    expect(questionProper('Who did Tiani say failed to show people a way out?')).toBe(
      'Who did Tiani say did not show people a way out?',
    );
    expect(questionProper('What did Tiani accuse the government of failing to offer?')).toBe(
      'What did Tiani accuse the government of not offering?',
    );
    // After "has / had" the verb would need its participle: left as typed.
    expect(questionProper('Has the junta failed to hold talks?')).toBe('Has the junta failed to hold talks?');
    expect(questionProper('Which team has failed to win a game?')).toBe(
      'Which team has failed to win a game?',
    );
    expect(questionProper('failing to stop, failing to get paid, failing to be heard')).toBe(
      'not stopping, not getting paid, not being heard',
    );
    // A story that says "failed" keeps it.
    expect(questionProper('Who failed to pay?', (word) => word === 'fail')).toBe('Who failed to pay?');
    expect(questionProper('What will the US keep pushing for in Niger?')).toBe(
      'What will the US keep working toward in Niger?',
    );
    expect(questionProper('Who pressed for talks?')).toBe('Who worked toward talks?');
    // What is pushed for, asked, stays.
    expect(questionProper('Who did the union push for?')).toBe('Who did the union push for?');
    expect(questionProper('Who pressed for talks?', (word) => word === 'press')).toBe(
      'Who pressed for talks?',
    );
    expect(questionProper('How did Blinken talk up Bazoum?')).toBe('How did Blinken praise Bazoum?');
    expect(questionProper('Were the talks up to standard?')).toBe('Were the talks up to standard?');
    // Someone kept somewhere is held there; a secret kept, or someone kept in the dark, is not.
    expect(questionProper('where exactly is bazoum being kept?')).toBe('where exactly is bazoum being held?');
    expect(questionProper('Was the plan kept secret?')).toBe('Was the plan kept secret?');
    expect(questionProper('Where is Bazoum kept?')).toBe('Where is Bazoum held?');
    // A promise or a score kept is no one held.
    expect(questionProper('Has the promise been kept?')).toBe('Has the promise been kept?');
    expect(questionProper('Was the score being kept?')).toBe('Was the score being kept?');
    expect(questionProper('Was Bazoum kept in the dark?')).toBe('Was Bazoum kept in the dark?');
    // Putting something in jeopardy, in danger or at risk is threatening it.
    expect(questionProper('What are the captors putting in jeopardy?')).toBe(
      'What are those detaining threatening?',
    );
    expect(questionProper('Did the coup put years of aid in danger?')).toBe(
      'Did the coup threaten years of aid?',
    );
    expect(questionProper('Is US aid in jeopardy?')).toBe('Is US aid under threat?');
    // "put" is past or passive unless "did", "will" or "to" comes before it.
    expect(questionProper('Who put the deal at risk?')).toBe('Who threatened the deal?');
    expect(questionProper('Which players were put at risk by the schedule?')).toBe(
      'Which players were threatened by the schedule?',
    );
    expect(questionProper('Has the scandal put his career in danger?')).toBe(
      'Has the scandal threatened his career?',
    );
    expect(questionProper('Who put the deal at risk?', (word) => word === 'risk')).toBe(
      'Who put the deal at risk?',
    );
    // What came of something is its outcome.
    expect(questionProper('what came of the talks?')).toBe('what was the outcome of the talks?');
    expect(questionProper('What has come of the talks?')).toBe('What was the outcome of the talks?');
    expect(questionProper('Where did he come from?')).toBe('Where did he come from?');
    // Whose view a question asks in is whom the answer is according to.
    expect(questionProper('In the view of the Secretary, what is at stake?')).toBe(
      'According to the Secretary, what is under threat?',
    );
    expect(questionProper("Who, in Tiani's view, failed to act?")).toBe(
      'Who, according to Tiani, did not act?',
    );
    // Not a view asked about, nor what is seen in someone's eyes.
    expect(questionProper("Was there a shift in the Fed's view of inflation?")).toBe(
      "Was there a shift in the Fed's view of inflation?",
    );
    expect(questionProper("What did the coach see in the players' eyes?")).toBe(
      "What did the coach see in the players' eyes?",
    );
    expect(questionProper("in Blinken's view, is Bazoum still president?")).toBe(
      'according to Blinken, is Bazoum still president?',
    );
    expect(questionProper('What is the view of the army?')).toBe('What is the view of the army?');
    // "self" typed apart from a participle says only whose doing it was; "self government" stays.
    expect(questionProper('tiani self declared leader date')).toBe('tiani declared leader date');
    expect(questionProper('Does Niger have self government?')).toBe('Does Niger have self government?');
    expect(questionProper('How many self employed workers lost jobs?')).toBe(
      'How many self employed workers lost jobs?',
    );
  });

  it('reads "what is X\'s (full) name" as asking the name of X, and "full" as no word to find', () => {
    expect(questionProper("what's the secretary of state's full name")).toBe(
      'what is the name of the secretary of state',
    );
    expect(questionProper("What was the general's name?")).toBe('What was the name of the general?');
    expect(questionProper('What is the full name of the secretary of state?')).toBe(
      'What is the name of the secretary of state?',
    );
    expect(questionProper("What is the army's view of the name?")).toBe(
      "What is the army's view of the name?",
    );
    expect(questionProper("What is the party's full program?")).toBe("What is the party's full program?");
    // "first" or "last" says which part of the name; a thing about a name is asked about it.
    expect(questionProper("What's the CEO's last name?")).toBe('What is the last name of the CEO?');
    expect(questionProper("What is the origin of the band's name?")).toBe(
      "What is the origin of the band's name?",
    );
  });

  it('reads runs of white space as one space, however long', () => {
    expect(questionProper(`Who is${' '.repeat(100_000)}the general?`)).toBe('Who is the general?');
  });

  it('drops words pointing at the article itself, which every sentence shares', () => {
    expect(questionProper('According to the article, who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('Who detained Bazoum, according to the report?')).toBe('Who detained Bazoum?');
    expect(questionProper('What does the story say Tiani blamed?')).toBe('What Tiani blamed?');
    expect(questionProper('Which outlet is quoted in this news article?')).toBe('Which outlet is quoted?');
    // A participle before it points at the article too, unless it is the predicate ("is quoted").
    expect(questionProper('Who is the US Secretary of State named in the article?')).toBe(
      'Who is the US Secretary of State?',
    );
    expect(questionProper('Which general is mentioned in the story?')).toBe('Which general is mentioned?');
    expect(questionProper('Which country is not mentioned in the article?')).toBe(
      'Which country is not mentioned?',
    );
    expect(questionProper('Which outlet is most quoted in the article?')).toBe(
      'Which outlet is most quoted?',
    );
    // The article's own sources are what it is about: "the statement" stays.
    expect(questionProper('According to the statement, who remains in detention?')).toBe(
      'According to the statement, who remains in detention?',
    );
    expect(questionProper('Based on the article, who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('according to the article')).toBe('according to the article');
  });

  it('unwraps wrappers in any order and nesting', () => {
    expect(questionProper('Based on the article, identify who detained Bazoum.')).toBe(
      'who detained Bazoum.',
    );
    expect(questionProper('Thanks! Can you tell me who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('Could you kindly tell me who detained Bazoum?')).toBe('who detained Bazoum?');
  });

  it('reads "did X say anything about…" as asking what X said about it', () => {
    expect(questionProper('did the military say anything about outside intervention')).toBe(
      'What did the military say about foreign intervention',
    );
    expect(questionProper('Has Russia said anything about the coup?')).toBe(
      'What has Russia said about the coup?',
    );
    // What kind of thing was said is asked too; saying it to someone is not saying it about something.
    expect(questionProper('did Blinken say anything positive about Bazoum?')).toBe(
      'did Blinken say anything positive about Bazoum?',
    );
    expect(questionProper('Did Bazoum say anything to Blinken?')).toBe('Did Bazoum say anything to Blinken?');
    expect(questionProper('Would you possibly identify who detained Bazoum?')).toBe('who detained Bazoum?');
    expect(questionProper('  Can you tell me who detained Bazoum?')).toBe('who detained Bazoum?');
  });

  it('leaves alone the same words when they are the question', () => {
    for (const question of [
      'What is in the text of the agreement?',
      'What was in the report by Human Rights Watch?',
      'What was damaged by the piece of debris?',
      "What happened in the story's final paragraph?",
      'What one thing does the agreement call for?',
      "Which people's homes were destroyed?",
      'People who fled Niger went where?',
      'Did the US provide evidence',
      'What did Tiani say when asked to give evidence',
      'Whom did the decision please?',
      'What was in the texts?',
    ]) {
      expect(questionProper(question)).toBe(question);
    }
  });
});
