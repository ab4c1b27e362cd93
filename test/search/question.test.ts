import { analyseQuestion } from '../../src/search/question';

describe('what a number question measures', () => {
  it.each([
    ['How many US troops are stationed in Niger?', 'count', ['us', 'troops']],
    ['How many people died during the coup?', 'count', ['people', 'died']],
    ['How much aid could be lost?', 'amount', []],
    ['How long has Bazoum been president?', 'duration', []],
    ['How much time passed between the vote and the result?', 'duration', []],
    ['How old is Tiani?', 'age', []],
    ['How far is Niamey from the border?', 'distance', []],
    // Asked after "what", past one qualifier.
    ['What is the dollar amount of US assistance to Niger?', 'amount', []],
    ['What was the total number of soldiers?', 'count', ['soldiers']],
    ["What's the exact total dollar amount of US assistance?", 'amount', []],
  ])('%s → %s %j', (question, kind, counted) => {
    expect(analyseQuestion(question).measure).toEqual({ kind, counted });
  });

  it('is null for other questions, and for "how long ago" (a time, not a duration)', () => {
    expect(analyseQuestion('Who detained Bazoum?').measure).toBeNull();
    expect(analyseQuestion('How long ago was Bazoum detained?').measure).toBeNull();
    expect(analyseQuestion('How long ago was Bazoum detained?').answerType).toBe('time');
    expect(analyseQuestion('What is the number one problem?').measure).toBeNull();
  });
});

describe('what a question asks for', () => {
  it.each([
    ['Why did the army back the coup?', 'reason'],
    ['Which year did Tiani take power?', 'time'],
    // A span of time asked in the plural is a time too.
    ['During which years did Issoufou serve as president?', 'time'],
    ['In what months did the talks stall?', 'time'],
    // "years of cooperation" are a duration's things, not a time asked.
    ['What years of cooperation did Blinken say were threatened?', 'other'],
    ['What reasons did Tiani give for the coup?', 'reason'],
    ['What security-related justification did the general offer?', 'reason'],
    ['For what reason did the army act?', 'reason'],
    ['For which reason did the army say it backs the seizure of power?', 'reason'],
    ['What was behind the coup?', 'reason'],
    // Who was behind it asks for a person.
    ['Who was behind the coup?', 'person'],
    // Which unit or group was behind it asks which one, not why.
    ['Which unit was behind the detention of Bazoum?', 'other'],
    ['What group was behind the coup?', 'other'],
    ['Which motives did the general give?', 'reason'],
    ['What motivated the putsch?', 'reason'],
    ['What was the reason for the coup?', 'reason'],
    ['What rationale did the junta leader advance for the seizure of power?', 'reason'],
    ['What explanation did Tiani give for the coup?', 'reason'],
    ["What was the general's motive?", 'reason'],
    ["tiani's reasons other than security?", 'reason'],
    // The reasons are what someone said about, not what is asked.
    ["What did the State Department say about Tiani's reasons?", 'other'],
    // Reasons named, not asked for: the question wants a news outlet.
    ['Which news network reported the general’s justification?', 'other'],
    // Asked for an effect, not a cause.
    ['What was caused by the coup?', 'other'],
    ['What was prompted by the coup?', 'other'],
    // A "figure" of something, or of money, is a quantity; a figure who does something, or of
    // speech, is none.
    ['What is the exact dollar figure of American aid to Niger?', 'number'],
    // Economic figures are numbers; political figures are people.
    ['What economic figures did Tiani cite as evidence of poor governance?', 'number'],
    ['Which two Nigerien political figures did Blinken speak with?', 'other'],
    ['What was the aid figure?', 'number'],
    ['What was the aid figure in 2023?', 'number'],
    ['What political figure did Blinken call?', 'other'],
    ['What was the key figure?', 'other'],
    ['What figure of speech did Blinken use?', 'other'],
    // The question word that comes first decides: a later one opens a clause of the question.
    ["Which city did Blinken mention when talking about Bazoum's continuing leadership?", 'place'],
    ['Who was president when the army took power?', 'person'],
    ['When did the man who leads the junta speak?', 'time'],
    // A "who" after another question word, or in a yes/no question, opens a relative clause: it
    // asks for no person. After a fronted phrase it is the question word.
    ['What was the military rank of the man who declared himself head of state?', 'other'],
    ['😀😀😀😀😀 What was the military rank of the man who declared himself leader?', 'other'],
    ['What did those who detained Bazoum threaten?', 'other'],
    ['Did the man who seized power speak on television?', 'other'],
    ['Tell me who detained Bazoum.', 'person'],
    // An indirect question's "who" asks, after its verb or a fronted clause.
    ['Is it known who detained Bazoum?', 'person'],
    ['Did CNN report who led the coup?', 'person'],
    ['Given how bad security was, who seized power?', 'person'],
    ['After the coup who was appointed prime minister of Niger?', 'person'],
    // A settlement or region past a qualifier is a place; "what took place" asks what happened.
    ['Which broader region did Bazoum help keep safe?', 'place'],
    ['What wider area did Bazoum help secure?', 'place'],
    ['Which districts were hit?', 'place'],
    // An area unqualified may be a field.
    ['In which areas do the US and Niger cooperate?', 'other'],
    ['In what city is Bazoum held?', 'place'],
    ['What took place on Wednesday?', 'other'],
    // …nor an auxiliary.
    ['What did city officials say about the coup?', 'other'],
    ['What is capital of Niger?', 'other'],
    // "what's" is "what is".
    ["What's the economic justification for the putsch?", 'reason'],
  ])('%s → %s', (question, type) => {
    expect(analyseQuestion(question).answerType).toBe(type);
  });
});

describe('the words a question is about', () => {
  it.each([
    ['Were talks held to restore constitutional order?', { talks: 'NOUN', held: 'VERB' }],
    ['Have talks broken down?', { talks: 'NOUN' }],
  ])('reads the plural noun wink took for a verb right after an auxiliary: %s', (question, expected) => {
    const words = analyseQuestion(question).words;
    expect(Object.fromEntries(words.map((word) => [word.word, word.partOfSpeech]))).toMatchObject(expected);
  });

  it.each([
    ["Did Washington's top envoy actually speak with Bazoum?", { envoy: 'NOUN', speak: 'VERB' }],
    ['Did the top envoy speak with Bazoum?', { envoy: 'NOUN', speak: 'VERB' }],
  ])(
    'reads the head of a subject wink took for a verb before the verb after "did": %s',
    (question, expected) => {
      const words = analyseQuestion(question).words;
      expect(Object.fromEntries(words.map((word) => [word.word, word.partOfSpeech]))).toMatchObject(expected);
    },
  );

  it.each([
    ['What did Blinken praise former President Issoufou for?', { praise: 'VERB' }],
    ['What did the coach praise Smith for?', { coach: 'NOUN', praise: 'VERB' }],
    ['Did Blinken call Tiani?', { call: 'VERB' }],
    // Names typed in lower case are names: a word WordNet does not know.
    ['what did okafor credit mbappe for', { credit: 'VERB' }],
    // Before a noun or a verb, it is the subject's own noun.
    ['Did the US aid package arrive?', { aid: 'NOUN', package: 'NOUN' }],
    ['Did the US Embassy staff leave?', { staff: 'NOUN', leave: 'VERB' }],
  ])('reads a verb wink took for a noun after "did" and its subject: %s', (question, expected) => {
    const words = analyseQuestion(question).words;
    expect(Object.fromEntries(words.map((word) => [word.word, word.partOfSpeech]))).toMatchObject(expected);
  });

  it('leaves a verb before another verb that is not in the base form "did" takes', () => {
    // "motivated" is no verb after "did": "say" is.
    const tagged = analyseQuestion('What did the new strongman say motivated the coup?').tagged;
    expect(tagged.find((token) => token.text === 'say')?.pos).toBe('VERB');
  });

  it('reads "right" before "before / after / now" as saying how near in time', () => {
    const words = analyseQuestion('Where is Bazoum right now?').words;
    expect(words.find((word) => word.word === 'right')?.partOfSpeech).toBe('ADV');
  });

  it.each([
    [
      'Did the US Secretary of State voice regret over the actions of those holding Bazoum?',
      { holding: 'VERB' },
    ],
    // A noun in -ing after "the" or "a" stays one.
    ['Did Tiani speak at the meeting the junta held?', { meeting: 'NOUN' }],
    ['Was there a briefing this week?', { briefing: 'NOUN' }],
  ])('reads a participle wink took for a noun before what it governs as a verb: %s', (question, expected) => {
    const words = analyseQuestion(question).words;
    expect(Object.fromEntries(words.map((word) => [word.word, word.partOfSpeech]))).toMatchObject(expected);
  });

  it('tags parts of speech, so "else" or "roughly" are never taken for what is asked', () => {
    const words = analyseQuestion('Who else did the diplomat speak with, roughly?').words;
    const tagged = Object.fromEntries(words.map((word) => [word.word, word.partOfSpeech]));
    expect(tagged).toMatchObject({ else: 'ADV', diplomat: 'NOUN', speak: 'VERB', roughly: 'ADV' });
  });

  it.each([
    // wink tags "pledge" and "claim" as nouns, "chief" as an adjective and "new" as an adverb.
    ['What did the US pledge?', { pledge: 'VERB' }],
    ['What did the junta chief claim?', { junta: 'NOUN', chief: 'NOUN', claim: 'VERB' }],
    [
      'What did the new military ruler claim the previous government had failed to offer?',
      { ruler: 'NOUN', claim: 'VERB', government: 'NOUN' },
    ],
    ['What did the army command?', { command: 'VERB' }],
    // A verb further on, in a clause of its own, leaves the subject's last noun the verb.
    ['What did the junta chief claim about the government that seized power?', { claim: 'VERB' }],
    ['What did the US pledge in the statement it issued?', { pledge: 'VERB' }],
    ['What did the junta chief claim about plans to hold elections?', { claim: 'VERB' }],
    // A participle between a determiner and its noun only describes it: no verb of the sentence.
    ['What kind of support did the US pledge to the deposed president?', { pledge: 'VERB' }],
    [
      'What criticism did the junta chief level at the toppled administration?',
      { chief: 'NOUN', level: 'VERB' },
    ],
    // Not past a preposition to the verb wink found: "assistance" is the subject's head.
    [
      'who does the american assistance to niger actually benefit',
      { american: 'ADJ', assistance: 'NOUN', benefit: 'VERB' },
    ],
    // A describing word after "the" is no adverb, and an adjective ending the phrase before "who"
    // or a verb is its noun.
    ['What did the new military ruler say he wanted to protect?', { new: 'ADJ', ruler: 'NOUN' }],
    ['When did the general who seized power proclaim himself leader?', { general: 'NOUN' }],
    ['According to the junta chief, what did the previous administration fail to offer?', { chief: 'NOUN' }],
    ["Who is the chief of niger's army?", { chief: 'NOUN' }],
    // Only a word for whoever heads a body: "the first of" is no noun.
    ['Who was the first of the world leaders to criticize the coup?', { first: 'ADJ' }],
    // A subject of several, joined by "and".
    ['What did France and the US pledge?', { pledge: 'VERB' }],
    // Two clauses joined by "and", each with its verb: the first is still read.
    ['What did Blinken stress and the statement add?', { stress: 'VERB' }],
    // After a subject "who", the word before what it governs is the verb, not a plural noun.
    ['Who commands the presidential guard?', { commands: 'VERB' }],
    ['Who runs Niger now?', { runs: 'VERB' }],
    // …nor an adjective in "-ed".
    ['Who mediated the negotiations?', { mediated: 'VERB' }],
    // After "which" and the asked kind, the last noun before what it governs, when no verb is tagged.
    [
      "Which national television channel broadcast Tiani's announcement?",
      { channel: 'NOUN', broadcast: 'VERB' },
    ],
    ['Which countries border Niger?', { countries: 'NOUN', border: 'VERB' }],
    ['Which West African countries border Niger?', { countries: 'NOUN', border: 'VERB' }],
    ['Which news outlet reported the warning?', { outlet: 'NOUN', reported: 'VERB' }],
    // Nothing governed follows: the nouns stay nouns.
    ['Which army unit?', { army: 'NOUN', unit: 'NOUN' }],
    // A subject ending in a noun and followed by its verb is left as it is.
    ['Why did the coup in Niger happen?', { coup: 'NOUN', happen: 'VERB' }],
    ['What did the State Department statement say?', { statement: 'NOUN', say: 'VERB' }],
    ["What did the country's former leader do?", { leader: 'NOUN' }],
    ['What did the new strongman of the military say?', { strongman: 'NOUN' }],
  ])(
    'reads the verb wink took for a noun, after "did" and its subject, "who" or "which" and a kind: %s',
    (question, expected) => {
      const tagged = analyseQuestion(question).tagged;
      const partsOfSpeech = Object.fromEntries(tagged.map((token) => [token.text, token.pos]));
      expect(partsOfSpeech).toMatchObject(expected);
    },
  );

  it.each([
    ['What did France say about Niger?', ['france', 'niger']],
    // Typed in lower case (but for the first letter), names are told by their part of speech...
    ['what did france say about niger?', ['france', 'niger']],
    ['What did france say about the coup?', ['france']],
    // ...but a question that capitalises a name is read by its capitals.
    ['What did france say about Niger?', ['niger']],
    // A capital opening a clause ("Q: Beyond…", after a full stop) is no sign of a name.
    ['Q: Beyond Niger, which region did Bazoum secure?', ['niger', 'bazoum']],
    ['Who spoke? Beyond Niger, where did Blinken go?', ['niger', 'blinken']],
    // The full stop of an abbreviation opens no clause.
    ['Who did Gen. Tiani replace?', ['gen', 'tiani']],
    // A capitalised first word wink tags as a name is one only if no dictionary knows it.
    ['Dateline of the story?', []],
    ['Bazoum status now?', ['bazoum']],
    // A place is a name whatever WordNet knows of it.
    ['Niger status now?', ['niger']],
    ['Washington reaction to the coup?', ['washington']],
  ])('marks the names in %s', (question, names) => {
    const words = analyseQuestion(question).words;
    expect(words.filter((word) => word.isName).map((word) => word.word)).toEqual(names);
  });
});

describe('a question asking what follows from something', () => {
  it.each([
    ['What could happen if foreign troops intervened?', true],
    ['army said what happens if foreign troops go in', true],
    ['What consequences did the army warn of?', true],
    ['What could foreign intervention lead to?', true],
    // The modal may come later, before the verb.
    ['what did the army say outside military intervention could lead to', true],
    ['What did the army say led to the coup?', false],
    ['What happened on Wednesday?', false],
    // An outcome or effect only with a modal or "if": how the talks went is no consequence.
    ['What outcome could foreign intervention bring?', true],
    ['What was the outcome of the talks?', false],
    ['What effect did the coup have on US assistance?', false],
    ['What did the army say?', false],
  ])('%s → %s', (question, asks) => {
    expect(analyseQuestion(question).asksConsequence).toBe(asks);
  });
});

describe('a question asking whether something goes on', () => {
  it.each([
    ['Is Bazoum still being held?', true],
    ['bazoum still locked up or nah', true],
    ['Is the US backing Bazoum any longer?', true],
    ['Does Washington support him anymore?', true],
    // How things stand now is whether they go on.
    ["What is the elected president's current situation?", true],
    ['Where do the talks stand now?', true],
    // Whether something has happened by now is how things stand now.
    ['Has Bazoum already been freed from custody?', true],
    ['has bazoum been released yet?', true],
    ['Who detained Bazoum?', false],
    ['Has the yet-unnamed officer spoken?', false],
    ['How long has Bazoum been held?', false],
    // "more" counting, "still" as "however".
    ['Did any more countries condemn the coup?', false],
    ['Still, what did the military warn against?', false],
  ])('%s → %s', (question, asks) => {
    expect(analyseQuestion(question).asksContinuation).toBe(asks);
  });
});

describe('a question asking for specifics', () => {
  it('is told by "specific", "exact", "precisely"…, which are then no words of the question', () => {
    const asked = analyseQuestion('What exact date did Tiani speak?');
    expect(asked.demandsSpecifics).toBe(true);
    expect(asked.text).toBe('What date did Tiani speak?');
    expect(asked.answerType).toBe('time');
    expect(analyseQuestion('Which leaders spoke?').demandsSpecifics).toBe(false);
    const byName = analyseQuestion('Which world leaders criticised the coup by name?');
    expect(byName.demandsSpecifics).toBe(true);
    expect(byName.text).toBe('Which world leaders criticised the coup ?');
    // Said of something, not asked for: "specific" stays a word of the question.
    const predicate = analyseQuestion('What was specific about the coup?');
    expect(predicate.demandsSpecifics).toBe(false);
    expect(predicate.text).toBe('What was specific about the coup?');
  });

  it.each([
    ['Which world leaders condemned the coup?', true],
    ['Which two Nigerien figures did Blinken call?', true],
    ['Which outlet reported the warning?', false],
    // "What" asks for things more often than members.
    ['What failings of the government did Tiani cite?', false],
  ])('asks for members of a kind in %s: %s', (question, members) => {
    expect(analyseQuestion(question).asksForMembers).toBe(members);
  });
});

describe('the lead-in of a question', () => {
  it('is the words before the question word, which set the scene', () => {
    const words = analyseQuestion('Apart from security, what failings did the general cite?').words;
    expect(words.filter((word) => word.leadIn).map((word) => word.word)).toEqual(['apart', 'security']);
    expect(analyseQuestion('Did the army back the coup?').words.some((word) => word.leadIn)).toBe(false);
    // Set off by no comma, the words before "whom" are the question itself.
    expect(analyseQuestion('Bazoum was detained by whom?').words.some((word) => word.leadIn)).toBe(false);
    // Ended by a question word after a conjunction or a preposition, though an earlier one opens a
    // clause inside it.
    const leadIn = (question: string): string[] =>
      analyseQuestion(question)
        .words.filter((word) => word.leadIn)
        .map((word) => word.word);
    expect(leadIn('People argued about how the world took it, but what did the army do?')).toEqual([
      'people',
      'argued',
      'world',
      'took',
    ]);
    expect(leadIn('My friend thinks the guard did it — by whom was Bazoum detained?')).toEqual([
      'friend',
      'thinks',
      'guard',
    ]);
    // A question of its own is no lead-in.
    expect(leadIn('Did the talks resume, and what came of them?')).toEqual([]);
    expect(leadIn('Bazoum was detained by whom, and why?')).toEqual([]);
    expect(leadIn('Blinken spoke to whom, and what did he say?')).toEqual([]);
  });

  it('is a clause "when" opens, which sets the time of the question after it', () => {
    const asked = analyseQuestion('When Blinken got Issoufou on the line, what did he ask him to do?');
    expect(asked.words.filter((word) => word.leadIn).map((word) => word.word)).toEqual([
      'blinken',
      'issoufou',
      'line',
    ]);
    expect(asked.answerType).toBe('other');
    expect(analyseQuestion('When the soldiers struck, who did the army back?').answerType).toBe('person');
    // "When" asks when where an auxiliary follows it.
    const when = analyseQuestion('When did Blinken call, and what did he ask?');
    expect(when.answerType).toBe('time');
    expect(when.words.some((word) => word.leadIn)).toBe(false);
  });

  it('takes in a source cited after the opening, "according to" to the end of its clause', () => {
    const cited = (question: string): string[] =>
      analyseQuestion(question)
        .words.filter((word) => word.leadIn)
        .map((word) => word.word);
    expect(
      cited(
        "Who, according to the official US statement, underlined America's commitment to order in Niger?",
      ),
    ).toEqual(['according', 'official', 'us', 'statement']);
    expect(cited('Who would benefit from the aid, according to the statement?')).toEqual([
      'according',
      'statement',
    ]);
    // A word also said outside the source is the question's.
    expect(cited('What statement did the army make, according to the statement?')).toEqual(['according']);
    // Set off by brackets, it is cited too.
    expect(cited('Who (according to the official statement) is at an impasse?')).toEqual([
      'according',
      'official',
      'statement',
    ]);
    // Not set off by a comma, it says how something was done.
    expect(cited('Was the coup carried out according to the constitution?')).toEqual([]);
  });

  it('is the words before the auxiliary opening a claim to check', () => {
    const words = analyseQuestion(
      "According to the junta chief, did Bazoum's government offer a way out?",
    ).words;
    expect(words.filter((word) => word.leadIn).map((word) => word.word)).toEqual([
      'according',
      'junta',
      'chief',
    ]);
    // A topic set off before the auxiliary is a lead-in too.
    expect(
      analyseQuestion('Tiani, is he the general?')
        .words.filter((word) => word.leadIn)
        .map((word) => word.word),
    ).toEqual(['tiani']);
    // What comes before the comma says something ("was detained", "closed"): no lead-in.
    expect(
      analyseQuestion('If Bazoum was detained, was it by the guard?').words.some((word) => word.leadIn),
    ).toBe(false);
    expect(
      analyseQuestion("The junta closed Niger's borders, is that true?").words.some((word) => word.leadIn),
    ).toBe(false);
    // An auxiliary opening the question leaves nothing before it.
    expect(
      analyseQuestion('Did the army, as reported, back the coup?').words.some((word) => word.leadIn),
    ).toBe(false);
  });
});

describe('the category a "what / which" question names its answer by', () => {
  it.each([
    ['Through which medium did Tiani make his declaration?', 'medium'],
    ['Which two Nigerien political figures did Blinken call?', 'figure'],
    ['What kind of feeling did the Secretary voice?', 'feeling'],
    ['What bird family is the owl in?', 'family'],
    ['What did the army warn against?', null],
    ['Who detained Bazoum?', null],
  ])('%s → %s', (question, category) => {
    expect(analyseQuestion(question).askedCategory).toBe(category);
  });

  it('says when it is asked after "kind / type / sort of"', () => {
    expect(analyseQuestion('What kind of support did the US say it was giving Bazoum?').askedSortOf).toBe(
      true,
    );
    expect(analyseQuestion('What type of feeling did the Secretary voice?').askedSortOf).toBe(true);
    expect(analyseQuestion('What state were the talks in?').askedSortOf).toBe(false);
    expect(analyseQuestion('What kind of?').askedSortOf).toBe(false);
  });
});

describe('asking how something was made known', () => {
  it.each([
    ['How did the general tell the country he was now in charge?', true],
    ['How did Tiani make his announcement?', true],
    ['How does the junta leader announce he is taking over?', true],
    // Made public or official, or a speech, a message or a claim made.
    ['How did the army officer make his claim to power public?', true],
    ['how did he make it official, tv, radio, twitter?', true],
    ['How did Tiani make his speech?', true],
    ['How did the junta make money?', false],
    ['How did the junta make money from official aid?', false],
    ['How did the army make the public afraid?', false],
    // How someone reacted, or described something, is not how they made it known.
    ['How did France react to the coup?', false],
    ['How did the Secretary characterise American backing?', false],
    // The telling verb is not the question's: they reacted; the US dealt with the crisis.
    ['How did world leaders react after Tiani declared himself leader?', false],
    ['How did the US address the crisis?', false],
    ['How many people did Tiani tell?', false],
  ])('%s → %s', (question, asks) => {
    expect(analyseQuestion(question).asksMedium).toBe(asks);
  });

  it('finds none asked in a pasted wall of words', () => {
    expect(analyseQuestion(`How did ${'make '.repeat(20_000)}`).asksMedium).toBe(false);
  });
});

describe('the thing a "whose" question asks the owner of', () => {
  it.each([
    ['Whose government was overthrown?', 'government'],
    ['In whose favour was the crisis to be settled?', null],
    // A relative "whose" only says which president is meant.
    ['What did Blinken say about the president whose government was toppled?', null],
    ['Who detained Bazoum?', null],
  ])('%s → %s', (question, owned) => {
    expect(analyseQuestion(question).ownedAsked).toBe(owned);
  });
});

describe('a question asking why someone stands against something', () => {
  it.each([
    ['Why is the army opposed to intervention from abroad?', true],
    ['why is the military against foreign troops coming in', true],
    ['Why did the military warn against foreign intervention?', true],
    // Acts against someone are no stance; nor is a question that is no "why".
    ['Why did the soldiers rise up against Bazoum?', false],
    ['Why was the coup carried out against Bazoum?', false],
    ['Is the army opposed to intervention?', false],
  ])('%s → %s', (question, asksWhyAgainst) => {
    expect(analyseQuestion(question).asksWhyAgainst).toBe(asksWhyAgainst);
  });
});

describe('a question asking how a process stands', () => {
  it.each([
    ['What is the current status of the talks?', true],
    ['Have the talks made progress?', true],
    ['How did Tiani announce he was in charge?', false],
    ['Where did Tiani stand on the aid?', false],
    ['any progress in negotiations to bring back constitutional order?', true],
    ['Did the State Department say the talks were making progress?', true],
    ['Is it true the negotiations were making good progress?', true],
    ['Have the talks made little headway?', true],
    // "going to" help through negotiations, where the US stands on them, someone's progress, or
    // what someone said about them: no process's standing.
    ['How is the US going to help restore constitutional order through negotiations?', false],
    ['Where does the US stand on the negotiations?', false],
    ['What progress did Bazoum make on the security situation?', false],
    ['What did the head of state of Niger say about the talks?', false],
  ])('%s → %s', (question, asksStatus) => {
    expect(analyseQuestion(question).asksStatus).toBe(asksStatus);
  });
});

describe('a question asking what something is', () => {
  it.each([
    ['What is a coup?', true],
    ['Who was Mahamadou Issoufou?', true],
    // wink tags this bare plural as a verb: it is still what is asked about.
    ['What are sanctions?', true],
    // A verb makes it a question about an event: an opening sentence's definition is no answer.
    ['What was Issoufou asked to do?', false],
    // More than four words is more than a name.
    ['What was the role of the presidential guard in the Niger coup?', false],
    // A preposition at the end asks its object: what the feeling is about.
    ['What was Blinken sorry about?', false],
    ['Who was the statement from?', false],
  ])('%s → %s', (question, definitional) => {
    expect(analyseQuestion(question).definitional).toBe(definitional);
  });
});

describe('a light verb whose object carries the meaning', () => {
  const light = (question: string): string[] =>
    analyseQuestion(question)
      .words.filter((word) => word.light)
      .map((word) => word.word);

  it.each([
    ['Did Tiani give a timeline for returning Niger to civilian rule?', ['give']],
    ['What reasons did Tiani give for the coup?', ['give']],
    ['Did the general give his reasons?', ['give']],
    // A bare "what" is the object: what was given is asked.
    ['What did the government fail to give people?', []],
    ['Who detained Bazoum?', []],
    // Making a statement public is stating it: the statement is what is asked about.
    ['Who issued the official statement?', ['issued']],
    ['Which body released a statement on the calls?', ['released']],
    ['Who put out the announcement?', ['put']],
    // Not before another noun: what was released is asked.
    ['Who released the president?', []],
  ])('%s → %j', (question, words) => {
    expect(light(question)).toEqual(words);
  });
});

describe('whether a question asks if something holds', () => {
  it.each([
    ['Is Tiani the commander of the presidential guard?', true],
    ['Did the army back the coup?', true],
    // A claim put up to check reaches ranking as the claim itself.
    ['Tiani was the commander of the presidential guard', true],
    // An opening auxiliary asks whether, whatever relative or embedded question word follows.
    ['Is Tiani the general who commands the presidential guard?', true],
    ['Did the army say why it backed the coup?', true],
    ['Who is the commander of the presidential guard?', false],
  ])('%s → %s', (question, asksWhether) => {
    expect(analyseQuestion(question).asksWhether).toBe(asksWhether);
  });
});

describe('a measure or state of what follows, read as shaping the question', () => {
  it.each([
    ['What scale of aid did the Secretary say was at risk?', ['scale']],
    ['To what extent did the US back Bazoum?', ['extent']],
    // A measure asked for is what the question is about.
    ['What is the size of the presidential guard?', []],
    ['What degree does Tiani hold?', []],
    // …and after "the": how strong the backing described is, not how big.
    ['How did the State Department describe the level of US backing?', ['level']],
    // The state something is in: the question is about the talks ("current" asks how they stand now).
    ['What is the current state of the talks?', ['current', 'state']],
    ['What is the status of talks aimed at restoring constitutional order?', ['status']],
    // …typed as keywords, opening the question.
    ['status of talks to restore constitutional order niger', ['status']],
    ['Who is the Secretary of State?', []],
    // A noun that only holds up the topic after "of": the question is about the intervention.
    ['Did the army welcome the idea of foreign military intervention?', ['idea']],
    ['What did Blinken say on the issue of aid?', ['issue']],
    ['What was the main issue?', []],
    // A verb of committing before "to" and a verb: what is committed to is asked; in a claim to
    // check the commitment is what is claimed, and a noun is no verb.
    ['What did Washington pledge to keep working toward in Niger?', ['pledge', 'keep']],
    // (Holding elections is having them: the elections are asked about.)
    ['Did Tiani promise to hold new elections?', ['hold']],
    ['What was the pledge to keep working toward?', ['keep']],
    // "keep" or "continue" before a verb in "-ing" only says it goes on; not before "during".
    ['Will the US keep working toward democracy?', ['keep']],
    ['Will the US continue during the crisis?', []],
    ['Did Blinken want Bazoum to keep on leading?', ['keep']],
    // "in question" points at what it follows.
    ['What is the aid in question?', ['question']],
    ['What question did Blinken ask?', []],
    // So is a verb of expecting or meaning to: the release is asked about.
    ['When is Bazoum expected to be released?', ['expected']],
    ['Why did Issoufou decide to side with the coup leaders?', ['decide']],
    ['Issoufou is supposed to sort things out in whose favour?', ['supposed']],
    ['What did Tiani say he was trying to protect?', ['trying']],
    ['Does the junta intend to hold elections?', ['hold']],
    // A happening asked for is what happened; the event spoken of is what is asked about.
    ['What event took place one day before the announcement?', ['event']],
    ['What did police say about the event?', []],
  ])('%s → %j', (question, light) => {
    expect(
      analyseQuestion(question)
        .words.filter((word) => word.light)
        .map((word) => word.word),
    ).toEqual(light);
  });
});

describe('what a question sets aside', () => {
  it.each([
    ['Besides security, what failings of the old government did Tiani cite?', ['secur']],
    ['Who else did the top diplomat speak with besides Bazoum?', ['bazoum']],
    ["tiani's reasons other than security?", ['secur']],
    ['Alongside democracy, what else does Washington want restored in Niger?', ['democraci']],
    ['Who did Blinken call as well as Bazoum?', ['bazoum']],
    // "non-" negates the word it is joined to, and is no word of its own.
    ["tiani's non-security reason for the coup?", ['secur']],
    ['Apart from democratic governance, what else does the US want restored?', ['democrat', 'govern']],
    ['For what beyond his own borders did Blinken commend Bazoum?', ['border']],
    ['What failings did Tiani cite?', []],
    // What a choice was made over: "rather" is no word of what is asked.
    ['Why did Blinken call Issoufou rather than the junta?', ['junta']],
    ['Why did the club sell Reyes instead of the striker?', ['striker']],
  ])('%s → %j', (question, terms) => {
    expect(analyseQuestion(question).setAside).toEqual(terms);
  });

  it('reads a set-aside phrase of one endless word at once, and stops at the verb', () => {
    // A regex splitting words at optional spaces tried every split of this (18 s for 280
    // characters); read from the tags, a run longer than any word is no word at all.
    expect(analyseQuestion(`Besides ${'a'.repeat(250)}#, what did Tiani say?`).setAside).toEqual([]);
    expect(analyseQuestion('Who else did Blinken call, apart from the sitting president?').setAside).toEqual([
      'sit',
      'presid',
    ]);
  });
});

describe("the second branch of a yes/no question's choice", () => {
  const branch = (question: string): string[] =>
    analyseQuestion(question)
      .words.filter((word) => word.inAlternative)
      .map((word) => word.word);

  it.each([
    ['are heads of state around the world criticizing the takeover or staying quiet', ['staying', 'quiet']],
    ['was this the first time he said so, or was he repeating himself', ['repeating']],
    ['The talks are going well or they are stuck?', ['stuck']],
    ['Did the army support the takeover or oppose it?', ['oppose']],
    ['is the elected prez still locked up or did they let him go', ['go']],
    // An adverb may open the branch; a clause both branches share ends it.
    ['Did world leaders criticize the takeover or just stay quiet?', ['stay', 'quiet']],
    ['Did the army back the takeover or oppose it before Tiani declared himself leader?', ['oppose']],
    // "as" is mostly a preposition inside the branch.
    ['Is Bazoum still in power or is he held as a prisoner?', ['held', 'prisoner']],
  ])('%s → %j', (question, words) => {
    expect(branch(question)).toEqual(words);
  });

  it('is none where "or" joins two verbs or two nouns, or outside a yes/no question', () => {
    expect(branch('Were any people killed or injured during the coup?')).toEqual([]);
    expect(branch('Did Tiani hold a rank or position in the guard?')).toEqual([]);
    expect(branch('Who backed the takeover or opposed it?')).toEqual([]);
  });
});

describe('what a question asks the name of', () => {
  it.each([
    ['What is the name of the junta that seized power in Niger?', ['junta']],
    ['What name did the military leaders behind the coup give to their ruling body?', ['ruling', 'body']],
    ['What name has the military junta given itself?', ['military', 'junta']],
    ["What is the name of Niger's ex-president that Blinken called?", ['niger', 'ex-president']],
    // The phrase ends where a clause begins ("who", "whose"), and its last word is its head.
    ['What is the name of the army chief who declared himself leader?', ['army', 'chief']],
    [
      'What is the name of the Nigerien president whose government was overthrown?',
      ['nigerien', 'president'],
    ],
    // Not asked: a name of something, in other words.
    ['In the name of the army, who spoke?', null],
    ['Who named Tiani leader?', null],
    ['Name the city where Blinken spoke.', null],
  ])('%s → %j', (question, words) => {
    expect(analyseQuestion(question).nameAskedOf).toEqual(words);
  });
});
