import { actorNamed, build } from './helpers';

const rolesOf = (texts: Record<string, string>, name: string): [string, string][] =>
  actorNamed(build(texts).table, name).roles.map((role) => [role.text, role.via]);

describe('roles from the text', () => {
  it('reads titles before a name, lower-case ones and qualifiers included', () => {
    expect(
      rolesOf(
        { a: 'Nigerien President Mohamed Bazoum met former president Mahamadou Issoufou.' },
        'Mohamed Bazoum',
      ),
    ).toEqual([['Nigerien President', 'title']]);
    expect(
      rolesOf(
        { a: 'Nigerien President Mohamed Bazoum met former president Mahamadou Issoufou.' },
        'Mahamadou Issoufou',
      ),
    ).toEqual([['former president', 'title']]);
    expect(rolesOf({ a: 'US Secretary of State Antony Blinken spoke.' }, 'Antony Blinken')).toEqual([
      ['US Secretary of State', 'title'],
    ]);
  });

  it('reads appositives after a name and titles that introduce one', () => {
    expect(
      rolesOf({ a: 'Abdourahamane Tiani, a Niger general, spoke on television.' }, 'Abdourahamane Tiani'),
    ).toEqual([['Niger general', 'appositive']]);
    expect(
      rolesOf({ a: 'General Salifou Mody, the head of the armed forces, flew to Mali.' }, 'Salifou Mody').map(
        ([text]) => text,
      ),
    ).toEqual(['General', 'head of the armed forces']);
    expect(rolesOf({ a: 'The ousted president, Mohamed Bazoum, is held.' }, 'Mohamed Bazoum')).toEqual([
      ['ousted president', 'appositive'],
    ]);
  });

  it('reads an appositive led by a country’s possessive, and spells out abbreviated titles', () => {
    expect(
      rolesOf(
        { a: '"It is dangerous," said Hassoumi Massoudou, Niger’s foreign minister, on Friday.' },
        'Hassoumi Massoudou',
      ),
    ).toEqual([['Niger’s foreign minister', 'appositive']]);
    expect(rolesOf({ a: 'Gen. Abdourahamane Tchiani spoke.' }, 'Abdourahamane Tchiani')).toEqual([
      ['General', 'title'],
    ]);
  });

  it('takes neither courtesy titles nor a verb before a name for a role', () => {
    expect(rolesOf({ a: 'Mr Mohamed Bazoum was held.' }, 'Mohamed Bazoum')).toEqual([]);
    expect(rolesOf({ a: 'Soldiers detained President Mohamed Bazoum.' }, 'Mohamed Bazoum')).toEqual([
      ['President', 'title'],
    ]);
  });

  it('reads self-descriptions', () => {
    expect(rolesOf({ a: 'Tiani proclaimed himself head of state on Friday.' }, 'Tiani')).toEqual([
      ['head of state', 'self-description'],
    ]);
  });

  it('keeps the fuller of two roles that say the same, across articles too', () => {
    expect(
      rolesOf(
        {
          a: 'Nigerien President Mohamed Bazoum spoke.',
          b: 'President Bazoum and Democratically-elected President Bazoum are one.',
        },
        'Mohamed Bazoum',
      ),
    ).toEqual([
      ['Nigerien President', 'title'],
      ['Democratically-elected President', 'title'],
    ]);
  });

  it('does not take an adjective phrase or a clause for a role', () => {
    expect(rolesOf({ a: 'Mohamed Bazoum, a day after the coup, spoke.' }, 'Mohamed Bazoum')).toEqual([]);
  });
});
