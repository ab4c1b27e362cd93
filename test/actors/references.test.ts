import { actorNamed, build, mentionedIn } from './helpers';

const kindsIn = (table: ReturnType<typeof build>['table'], name: string): string[] =>
  actorNamed(table, name).mentions.map((mention) => `${mention.sentence}:${mention.kind}:${mention.text}`);

describe('pronouns, titles and describing nouns', () => {
  it('resolves a "He" opening a sentence to the person subject of the sentence before', () => {
    const { table } = build({
      a: 'Antony Blinken spoke to Mohamed Bazoum. He praised Bazoum’s role. Bazoum thanked him.',
    });
    expect(kindsIn(table, 'Antony Blinken')).toEqual([
      '1:name:Antony Blinken',
      '2:pronoun:He',
      '3:pronoun:him',
    ]);
  });

  it('resolves "he said" inside a sentence credited to an outlet to the person before it', () => {
    const { table } = build({
      a: 'Tiani said the coup was needed, CNN reported. The former government, he said, failed.',
    });
    expect(mentionedIn(actorNamed(table, 'Tiani'))).toEqual(['a:1', 'a:2']);
    expect(mentionedIn(actorNamed(table, 'CNN'))).toEqual(['a:1']);
  });

  it('records who speaks a sentence credited to someone else: the subject of its speech verb', () => {
    const { table, sentences } = build({
      a: '"Secretary Blinken underscored that talks go on," US State Department said in an official statement. "He asked Issoufou to help," the statement added. Bazoum remains in detention.',
    });
    const blinken = actorNamed(table, 'Blinken');
    // Credited to the department, spoken by Blinken: "underscored", and "He asked".
    expect(blinken.said).toEqual([]);
    expect(blinken.speaks).toEqual([sentences[0]?.id, sentences[1]?.id]);
    expect(actorNamed(table, 'Bazoum').speaks).toEqual([]);
  });

  it('resolves "himself" to the subject and keeps what he declared himself as a role', () => {
    const { table } = build({
      a: 'Abdourahamane Tiani, a Niger general, declared himself as the country’s new leader on Friday.',
    });
    const tiani = actorNamed(table, 'Abdourahamane Tiani');
    expect(kindsIn(table, 'Abdourahamane Tiani')).toEqual([
      '1:name:Abdourahamane Tiani',
      '1:pronoun:himself',
    ]);
    expect(tiani.roles.map((role) => [role.text, role.via])).toEqual([
      ['Niger general', 'appositive'],
      ['the country’s new leader', 'self-description'],
    ]);
  });

  it('resolves "his leadership" to the head of state, not to the subject who is not one', () => {
    const { table } = build({
      a: 'Secretary of State Antony Blinken spoke to President Mohamed Bazoum. Blinken stressed the importance of his continuing leadership.',
    });
    expect(mentionedIn(actorNamed(table, 'Mohamed Bazoum'))).toEqual(['a:1', 'a:2']);
    expect(actorNamed(table, 'Mohamed Bazoum').mentions[1]?.rule).toBe('office-holder');
  });

  it('resolves a title alone to the actor holding it, a current one before a former one', () => {
    const { table } = build({
      a: 'Former president Mahamadou Issoufou met President Mohamed Bazoum. The president thanked him. The former president left. The general was absent.',
    });
    expect(kindsIn(table, 'Mohamed Bazoum')).toEqual([
      '1:name:President Mohamed Bazoum',
      '2:title:president',
    ]);
    expect(kindsIn(table, 'Mahamadou Issoufou')).toEqual([
      '1:name:Former president Mahamadou Issoufou',
      '2:pronoun:him',
      '3:title:former president',
    ]);
    expect(table.actors.flatMap((actor) => actor.mentions).some((mention) => mention.sentence === 4)).toBe(
      false,
    );
  });

  it('resolves "the statement" to whoever spoke in a statement, and a possessive statement to its owner', () => {
    const { table } = build({
      a: '"We act," US State Department said in an official statement. "Talks failed," the statement added. The military’s statement warned against intervention, which it said was risky.',
    });
    expect(kindsIn(table, 'US State Department')).toEqual([
      '1:name:US State Department',
      '2:role:the statement',
    ]);
    expect(kindsIn(table, 'military')).toEqual(['3:role:military', '3:pronoun:it']);
  });

  it('resolves "The announcement" to whoever last declared or announced', () => {
    const { table } = build({
      a: 'Tiani declared himself leader on Friday. The announcement came after the army backed him.',
    });
    expect(kindsIn(table, 'Tiani')).toEqual([
      '1:name:Tiani',
      '1:pronoun:himself',
      '2:role:The announcement',
      '2:pronoun:him',
    ]);
  });

  it('makes one army of "the military", "the army command" and "it", and leaves "military coup" alone', () => {
    const { table } = build({
      a: 'After the military coup, the country’s military endorsed the leaders. The Nigerien army command said it backed the seizure.',
    });
    const army = actorNamed(table, 'Nigerien army command');
    expect(army.kind).toBe('military');
    expect(army.mentions.map((mention) => mention.text)).toEqual([
      'country’s military',
      'Nigerien army command',
      'it',
    ]);
  });

  it('resolves "the bloc" and "the department" to the organisation named before', () => {
    const { table } = build({
      a: 'The Economic Community of West African States met. The bloc said it would act. The State Department agreed. The department said so twice.',
    });
    expect(mentionedIn(actorNamed(table, 'Economic Community of West African States'))).toEqual([
      'a:1',
      'a:2',
    ]);
    expect(mentionedIn(actorNamed(table, 'State Department'))).toEqual(['a:3', 'a:4']);
  });

  it('gives a possessive to the person just named in its sentence when no subject is a person', () => {
    const { table } = build({
      a: 'General Abdourahamane Tchiani spoke. Mr Bazoum’s son said his father was well.',
    });
    expect(kindsIn(table, 'Bazoum')).toEqual(['2:name:Mr Bazoum', '2:pronoun:his']);
  });

  it('leaves "it" alone when no organisation precedes it in its sentence', () => {
    const { table } = build({ a: 'The African Union met. It is unclear what happens next.' });
    expect(mentionedIn(actorNamed(table, 'African Union'))).toEqual(['a:1']);
  });
});
