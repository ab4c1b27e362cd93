import { answerTypeEvidence, daysNamedIn, holdsAskedKind, relativeSpanIn } from '../../src/search/answerKind';
import { analyseQuestion } from '../../src/search/question';

/** Exact words only: the ranking passes a matcher that also knows paraphrases. */
const sameWord = (token: string, counted: string): boolean => token.toLowerCase() === counted;

function holds(question: string, sentence: string): boolean {
  return holdsAskedKind(sentence, analyseQuestion(question), sameWord);
}

describe('whether a sentence holds the kind of answer asked for', () => {
  it('"how many X" needs a number counting X, not any number', () => {
    expect(holds('How many soldiers are in the guard?', 'The guard has 700 soldiers.')).toBe(true);
    expect(holds('How many soldiers are in the guard?', 'It has two hundred armed soldiers.')).toBe(true);
    expect(
      holds('How many people died during the coup?', 'It put hundreds of millions of dollars at risk.'),
    ).toBe(false);
    expect(
      holds('How many soldiers are in the guard?', 'Bazoum was detained two days ago by the guard.'),
    ).toBe(false);
  });

  it('"why" is not answered by a sentence whose only reason or purpose is the question’s own', () => {
    const talks =
      'Bazoum remains in detention and that negotiations to ensure constitutional order in Niger were at an impasse.';
    expect(holds('Why were the negotiations to restore constitutional order at an impasse?', talks)).toBe(
      false,
    );
    expect(holds('Why were the talks stalled?', talks)).toBe(true);
    // Where the purpose is pursued is no reason ("…order _in Niger_").
    expect(holds('Why were talks to ensure constitutional order stalled?', talks)).toBe(false);
    // The talks' purpose is no reason for what the question asks of them, said after it (the impasse)…
    expect(holds('Why did the negotiations end up at an impasse?', talks)).toBe(false);
    // …but a purpose after the object of the verb asked about is its reason.
    expect(holds('Why did the army seize power?', 'The army seized power to prevent bloodshed.')).toBe(true);
    expect(
      holds('Why did the army back the seizure?', 'The army backed it in a bid to thwart bloodshed.'),
    ).toBe(true);
    // A sentence with no sign of a reason may give one in its own way.
    expect(
      holds(
        'Why did storms leave homes without power?',
        'Storms took lines down, leaving homes without power.',
      ),
    ).toBe(true);
    // What it risks, what sparked it, what the praise was for.
    expect(holds('Why did Blinken regret it?', 'He said they were threatening years of cooperation.')).toBe(
      true,
    );
    expect(holds('What prompted the condemnation?', 'The coup that sparked condemnation came first.')).toBe(
      true,
    );
    expect(holds('Why did Blinken praise Bazoum?', 'He praised Bazoum’s role in promoting security.')).toBe(
      true,
    );
    // News gives reasons in many words: "over", "after", "for" and a doing.
    expect(holds('Why was the mayor arrested?', 'The mayor was arrested over allegations of bribery.')).toBe(
      true,
    );
    expect(holds('Why was the CFO fired?', 'She was fired after an internal investigation.')).toBe(true);
    expect(holds('Why was he jailed?', 'He was jailed for taking bribes.')).toBe(true);
    // Praise names a reason only in its own clause: past the comma, "for" is another's.
    expect(
      holds(
        'Why were the talks to ensure order at an impasse?',
        'Blinken praised Bazoum, who called for talks to ensure order, now at an impasse.',
      ),
    ).toBe(false);
  });

  it('counts "a day" as one day, but only for days asked', () => {
    const spoke = 'He spoke a day after the army backed the coup.';
    expect(holds('How many days after the army backed the coup did he speak?', spoke)).toBe(true);
    expect(holds('How many years did he hold office before the coup?', spoke)).toBe(false);
    expect(holds('How many soldiers backed the coup?', 'A soldier backed the coup.')).toBe(false);
    // Only a span between two events, the asked one said before it.
    const asked = 'How many days after the coup did he speak?';
    expect(holds(asked, 'He spoke twice a day during the coup.')).toBe(false);
    expect(holds(asked, 'He spoke less than a day into the coup.')).toBe(false);
    expect(holds(asked, 'A day after the coup, the army backed it.')).toBe(false);
  });

  it('counts only within the number’s own phrase', () => {
    const detained = 'Bazoum was reportedly detained two days ago by members of his own presidential guard.';
    // "two" counts days; the members come after "ago by".
    expect(holds('How many guard members detained Bazoum?', detained)).toBe(false);
    expect(holds('How many days ago was Bazoum detained?', detained)).toBe(true);
    expect(holds('How many dollars are at risk?', 'It put hundreds of millions of dollars at risk.')).toBe(
      true,
    );
  });

  it('"when" needs a time, "where" a place, "how old" an age', () => {
    expect(holds('When was Bazoum detained?', 'Bazoum was detained two days ago.')).toBe(true);
    // A time relative to another event dates what is said before it; a bare span dates nothing.
    const relative = 'The announcement came a day after the army backed the coup.';
    expect(holds('When did the announcement come?', relative)).toBe(true);
    expect(holds('When did the announcement come?', 'A day after the vote, the announcement came.')).toBe(
      false,
    );
    expect(holds('When did the army back the coup?', relative)).toBe(false);
    expect(holds('When did the army back the coup?', 'The army backed the coup within a day.')).toBe(false);
    expect(
      holds('When was Bazoum elected?', 'Democratically-elected President Bazoum remains in detention.'),
    ).toBe(false);
    expect(holds('Where did he announce it?', 'He spoke after appearing on national television.')).toBe(true);
    expect(
      holds('Where is Bazoum held?', 'Bazoum was detained by members of his own presidential guard.'),
    ).toBe(false);
    // A people's adjective before a title names a person; a name before "region" is a place.
    expect(holds('Where was Issoufou?', 'Blinken spoke to Nigerien President Bazoum.')).toBe(false);
    expect(holds('Where was Issoufou?', 'Blinken spoke to Issoufou in Niamey.')).toBe(true);
    // Only before a whole title: "national" alone is none.
    expect(holds('Where did they go?', 'They crossed to Nigerien national territory.')).toBe(true);
    expect(
      holds('Which region did he help?', 'He helped not only Niger but the wider West Africa region.'),
    ).toBe(true);
    expect(holds('Which region did he help?', 'He helped the wider region.')).toBe(false);
    // A country the question names anywhere is no answer to where: it already says it.
    const talks = "Where were the talks over Niger's constitution held?";
    expect(holds(talks, 'Talks on the constitution in Niger stalled.')).toBe(false);
    expect(holds(talks, 'Talks on the constitution were held in Abuja.')).toBe(true);
    expect(holds('Where did the Nigerien army meet?', 'The army met in Niger.')).toBe(false);
    // …by a name of several words, with the apostrophe alone, or by another of its names.
    expect(holds("Where did the United States' envoy meet them?", 'The envoy met them in the US.')).toBe(
      false,
    );
    expect(holds("Where were Burkina Faso's talks held?", 'The talks were held in Burkina Faso.')).toBe(
      false,
    );
    expect(holds("Where were Burkina Faso's talks held?", 'The talks were held in Mali.')).toBe(true);
    expect(holds('Which region did he help?', 'The region was calm.')).toBe(false);
    expect(holds('Which region did he help?', 'Whole region voted.')).toBe(false);
    expect(holds('Which province did rebels take?', 'Rebels took the Équateur province.')).toBe(true);
    expect(holds('How old is Tiani?', 'Tiani, 59, is a Niger general.')).toBe(false);
    expect(holds('How old is Tiani?', 'Tiani, a 59-year-old general, spoke.')).toBe(true);
  });

  it('a time of a named grain needs that grain: a weekday, a year, a month, a calendar date', () => {
    const coup = 'Tiani said that Wednesday’s coup was motivated by security.';
    const declared = 'Tiani declared himself leader on July 28.';
    expect(holds('On which day of the week did the coup happen?', coup)).toBe(true);
    expect(holds('On which day of the week did the coup happen?', declared)).toBe(false);
    expect(holds('On what date did Tiani declare himself leader?', declared)).toBe(true);
    expect(holds('On what date did Tiani declare himself leader?', coup)).toBe(false);
    expect(holds('On what date did Tiani declare himself leader?', 'He did so on July 28th.')).toBe(true);
    expect(holds('On which day did the army back the coup?', 'Earlier, on Thursday, the army said so.')).toBe(
      true,
    );
    expect(holds('In what year was Bazoum elected?', 'Bazoum was elected in 2021.')).toBe(true);
    expect(holds('In what year was Bazoum elected?', 'Bazoum was elected two days ago.')).toBe(false);
    expect(holds('Which month did the coup happen in?', 'The coup happened in July.')).toBe(true);
    // A time of day: a clock time or a part of the day, not a day.
    const detained = 'Bazoum was detained two days ago by his guard.';
    expect(holds('At what time of day was Bazoum detained?', detained)).toBe(false);
    expect(holds('What time was Bazoum detained?', 'Bazoum was detained at 3 a.m. on Wednesday.')).toBe(true);
    expect(holds('What time was Bazoum detained?', 'Guards detained him early on Wednesday morning.')).toBe(
      true,
    );
    expect(holds('What time period did the talks cover?', 'The talks covered two days ago.')).toBe(true);
    // No grain named: any time answers "when".
    expect(holds('When did the coup happen?', coup)).toBe(true);
  });

  it('"how much" needs an amount; "how long" a duration', () => {
    expect(
      holds('How much aid is at risk?', 'Hundreds of millions of dollars of assistance are at risk.'),
    ).toBe(true);
    expect(holds('How much aid is at risk?', 'The aid is at risk.')).toBe(false);
    expect(holds('How long had he ruled?', 'He had ruled for two years.')).toBe(true);
    expect(holds('How long had he ruled?', 'He ruled the country.')).toBe(false);
  });

  it('takes a span between two events for "how long after", not for how long a state lasted', () => {
    const dayAfter = 'The announcement came a day after the army endorsed the coup.';
    expect(holds('How long after the endorsement did the announcement come?', dayAfter)).toBe(true);
    expect(holds('How long had Bazoum been president before he was ousted?', dayAfter)).toBe(false);
    expect(holds('How long was it between the endorsement and the announcement?', dayAfter)).toBe(true);
    expect(holds('How long did the announcement come after the endorsement?', dayAfter)).toBe(true);
    expect(holds('How much time separated the endorsement and the announcement?', dayAfter)).toBe(true);
    // How long a state lasted: when it began says nothing of it.
    expect(holds('How long were the twins separated?', 'The twins were separated a week after birth.')).toBe(
      false,
    );
    // One date says when, not how long between: two times, or a span, do.
    expect(
      holds(
        'How long after the endorsement did the announcement come?',
        'He declared himself leader on July 28.',
      ),
    ).toBe(false);
    expect(
      holds(
        'How long after the endorsement did the announcement come?',
        'The army spoke on July 27 and he on July 28.',
      ),
    ).toBe(true);
    // "for" makes it a duration again: held for that long.
    expect(holds('How long has Bazoum been held?', 'He has been held for two weeks after his arrest.')).toBe(
      true,
    );
    // "Ago" counts from now: how long a state that began then has lasted.
    expect(holds('How long has Bazoum been held?', 'Bazoum was detained two days ago.')).toBe(true);
    expect(holds('How long has Bazoum been in detention?', 'Bazoum was detained two days ago.')).toBe(true);
  });

  it('which of two events came first needs a passage ordering them', () => {
    const asked = 'Did the coach speak to the captain before or after the match?';
    expect(holds(asked, 'The coach spoke to the captain and the goalkeeper.')).toBe(false);
    expect(holds(asked, 'The coach spoke to the captain a day after the match.')).toBe(true);
  });

  it('what happened after an event needs a passage telling a later one, not the event alone', () => {
    const asked = 'What happened to the talks after they stalled?';
    expect(holds(asked, 'The talks stalled on Friday, officials said.')).toBe(false);
    expect(holds(asked, 'A day after the talks stalled, the envoy left the capital.')).toBe(true);
    // …and it must be later than the event asked about, not another one.
    const afterCoup = 'What happened to the envoy after the coup?';
    expect(holds(afterCoup, 'A day after the coup, the envoy left the capital.')).toBe(true);
    expect(holds(afterCoup, 'A day after the vote, the envoy left the capital.')).toBe(false);
    // Earlier events are no answer to what came next.
    expect(holds('What happens next with the talks?', 'Earlier, the talks had stalled.')).toBe(false);
    // "What followed X?" asks the same.
    expect(holds('What followed the coup?', 'Following the coup, the general declared himself leader.')).toBe(
      true,
    );
    expect(holds('What followed the coup?', 'The coup was condemned.')).toBe(false);
    // Without "after" or "next", any passage may tell what happened.
    expect(holds('What happened to the talks?', 'The talks stalled on Friday.')).toBe(true);
  });

  it('a figure asked for a period needs a passage stating one for it', () => {
    const asked = 'How much aid did the club receive last year?';
    expect(holds(asked, 'The club has received millions of dollars of aid over years of partnership.')).toBe(
      false,
    );
    expect(holds(asked, 'The club received $2 million in aid last year.')).toBe(true);
    expect(holds('How much does the club earn each year?', 'It earns $5 million a year.')).toBe(true);
    expect(holds('How much does the club earn?', 'It has earned millions over the years.')).toBe(true);
  });

  it('what follows on a condition is said only by a passage speaking of what will or could be', () => {
    const asked = 'What would the union do if the talks stay at an impasse?';
    expect(holds(asked, 'The talks were at an impasse, the union said.')).toBe(false);
    expect(holds(asked, 'The union said it would strike if the talks failed.')).toBe(true);
    expect(
      holds('What could happen if troops intervene?', 'It said intervention risks disastrous consequences.'),
    ).toBe(true);
    // What someone would do is a deed of theirs, not a risk of what may happen.
    expect(holds(asked, 'The union said an impasse risks having disastrous consequences.')).toBe(false);
    expect(holds(asked, 'The union said an impasse would be a disaster.')).toBe(false);
    expect(holds(asked, 'The union said it plans to strike.')).toBe(true);
  });

  it('"how long was the call" asks how long the event went on, which no date says', () => {
    expect(holds("how long was blinken's call with bazoum", 'Blinken called Bazoum two days ago.')).toBe(
      false,
    );
    expect(holds("how long was blinken's call with bazoum", 'The call lasted 40 minutes.')).toBe(true);
  });

  it('takes no date of another event for how long someone held a post', () => {
    const detained = 'Bazoum was reportedly detained two days ago by his presidential guard.';
    expect(holds('How long has Bazoum been president of Niger?', detained)).toBe(false);
    // The post after a possessive ("Niger's president") is the post asked.
    expect(holds("How long has Bazoum been Niger's president?", detained)).toBe(false);
    expect(holds("How long has Bazoum been the country's president?", detained)).toBe(false);
    expect(holds("How long has Bazoum been Niger's elected president?", detained)).toBe(false);
    expect(holds('How long did Issoufou serve as president?', 'Issoufou left office two years ago.')).toBe(
      false,
    );
    // A lasting span, a date of taking office, or "ago" on the post itself measures it.
    expect(holds('How long has Bazoum been president?', 'Bazoum has been president since 2021.')).toBe(true);
    expect(holds('How long has Bazoum been president?', 'Bazoum became president in April 2021.')).toBe(true);
    // A date of another post's beginning does not measure this one.
    const declared = 'Tiani, a Niger general, declared himself the new leader on July 28.';
    expect(holds('How long has Tiani been a Niger general?', declared)).toBe(false);
    expect(holds('How long has Tiani been leader?', declared)).toBe(true);
    expect(holds('How long has Tiani been in power?', 'Tiani took power two days ago.')).toBe(true);
    expect(holds('How long did Issoufou serve?', 'Issoufou served for ten years.')).toBe(true);
    expect(holds('How long did Issoufou rule?', 'It ended a ten-year rule.')).toBe(true);
    // Not a post: a state measured from the event that began it.
    expect(
      holds('How long has it been since Bazoum was detained?', 'Bazoum was detained two days ago.'),
    ).toBe(true);
    expect(holds('How long has Bazoum been under arrest?', 'Bazoum was detained two days ago.')).toBe(true);
    expect(holds('How long has Bazoum been missing?', 'Bazoum went missing two days ago.')).toBe(true);
    // A span not counted measures a state too: "years of cooperation", "for decades".
    const years = 'They were threatening years of successful cooperation.';
    expect(holds('How long have the US and Niger been cooperating?', years)).toBe(true);
    expect(holds('How long have they been allies?', 'They have been allies for decades.')).toBe(true);
  });

  it('takes no time an event happened for how long it went on', () => {
    const call = 'Blinken spoke to Bazoum by phone two days ago, on July 28, 2023.';
    expect(holds("How long did Blinken's call with Bazoum last?", call)).toBe(false);
    // …nor years of something else.
    expect(
      holds("How long did Blinken's call with Bazoum last?", 'It threatened years of cooperation.'),
    ).toBe(false);
    // A lasting span or a range of years or dates says it.
    expect(holds('How long did the call last?', 'The call lasted for two hours.')).toBe(true);
    expect(holds('How long did the war go on?', 'The war was fought from 1861 to 1865.')).toBe(true);
    expect(holds('How long did the talks continue?', 'Talks ran from July 28 to August 3.')).toBe(true);
    expect(holds('How long has the call lasted?', call)).toBe(false);
    // Two times are no range: when he was elected and when toppled; two counts are no years.
    expect(holds('How long did the call last?', 'Bazoum, elected in 2021, was toppled in 2023.')).toBe(false);
    expect(holds('How long did the call last?', 'The guard of 1500 soldiers met 2000 protesters.')).toBe(
      false,
    );
    expect(holds('How long did the war last?', 'It was fought 1861–1865.')).toBe(true);
    // How long ago it happened is asked otherwise; "last week" is no verb of lasting.
    expect(holds('How long ago was the call?', call)).toBe(true);
    expect(holds('How long has Bazoum been detained since last week?', call)).toBe(true);
  });

  it('lets questions of other kinds through', () => {
    expect(holds('What did the army warn against?', 'The army warned against intervention.')).toBe(true);
  });
});

describe('the answer-kind evidence that ranks', () => {
  /** The asked event is named by the question's own words here; ranking adds their WordNet words. */
  const evidence = (question: string, sentence: string): number => {
    const analysed = analyseQuestion(question);
    const terms = new Set(analysed.words.map((word) => word.term));
    return answerTypeEvidence(sentence, analysed, holdsAskedKind(sentence, analysed, sameWord), (term) =>
      terms.has(term),
    );
  };

  it('weighs a time of the grain the question names above any time', () => {
    const coup = 'Tiani said that Wednesday’s coup was motivated by security.';
    const declared = 'Tiani declared himself leader on July 28.';
    const weekday = 'On which day of the week did the coup happen?';
    expect(evidence(weekday, coup)).toBeGreaterThan(evidence('When did the coup happen?', coup));
    expect(evidence(weekday, declared)).toBe(0);
    expect(evidence('When did the coup happen?', declared)).toBe(1);
  });

  it('weighs a passage telling a later event for what followed, not one telling an earlier', () => {
    const asked = 'What happened after the coup?';
    expect(evidence(asked, 'Following the coup, the general declared himself leader.')).toBe(1);
    expect(evidence(asked, 'Earlier, the army backed the coup.')).toBe(0);
  });

  it('weighs a passage giving the time between two events for which came first', () => {
    const asked = 'Did the army back the rebels before or after the vote?';
    expect(evidence(asked, 'The vote came two days after the army backed the rebels.')).toBe(1);
    expect(evidence(asked, 'After the vote, the army spoke.')).toBe(0);
  });

  it('weighs the doer of the asked verb, after a passive "by", above any new name', () => {
    const who = 'Who detained the Nigerien president?';
    const byGuard = 'Bazoum was reportedly detained two days ago by members of his own presidential guard.';
    const those = 'The Secretary of State said that those detaining Bazoum were threatening aid.';
    expect(evidence(who, byGuard)).toBeGreaterThan(evidence(who, those));
    expect(evidence(who, those)).toBe(1);
    // Another verb's "by" is no doer of the asked one.
    expect(evidence('Who arrested Bazoum?', byGuard)).toBe(1);
  });

  it('takes only a passive participle of the asked event, and a doer after "by"', () => {
    const doer = evidence('Who contacted Bazoum?', 'Bazoum was contacted by the Secretary.');
    expect(doer).toBe(2);
    // "coup" is asked about, not done by someone; "reportedly" only shares its stem with "reported".
    expect(
      evidence('Who supported the coup?', 'Wednesday’s coup was motivated by both desires.'),
    ).toBeLessThan(doer);
    expect(evidence('Who reported the coup?', 'The coup was reportedly planned by the guard.')).toBeLessThan(
      doer,
    );
    // A time or a means after "by" is no doer.
    expect(evidence('Who detained Bazoum?', 'Bazoum was detained by Thursday.')).toBeLessThan(doer);
    expect(evidence('Who contacted Bazoum?', 'Bazoum was contacted by phone.')).toBeLessThan(doer);
  });
});

describe('a span relating two events', () => {
  it('gives how many of which unit, and where it ends', () => {
    expect(relativeSpanIn('What happened the day before Tiani went on TV?')).toEqual({
      count: 1,
      unit: 'day',
      end: 28,
    });
    expect(relativeSpanIn('It came two weeks after the coup.')).toMatchObject({ count: 2, unit: 'week' });
    expect(relativeSpanIn('It came 3 centuries later.')).toMatchObject({ count: 3, unit: 'century' });
    // Not a plain number: any count.
    expect(relativeSpanIn('It came a few days after the coup.')).toMatchObject({ count: null, unit: 'day' });
    expect(relativeSpanIn('It came on the day of the coup.')).toBeNull();
  });
});

describe('the days a text names', () => {
  it('reads weekdays and calendar dates in either order, each as one day', () => {
    expect(daysNamedIn('Earlier, on Thursday, the army said so.')).toEqual(['thursday']);
    expect(daysNamedIn('He spoke on July 28 and on 3rd of Sept.')).toEqual(['jul 28', 'sep 3']);
    // A year alone, or "may" as a verb, names no day.
    expect(daysNamedIn('In 2023 the talks may resume.')).toEqual([]);
  });
});
