import { attributionsOf } from '../../src/corpus/attribution';

const sourcesOf = (sentences: string[]): (string | null)[] =>
  attributionsOf(sentences).map((attribution) => attribution?.source ?? null);

describe('attributionsOf', () => {
  it('credits the speaker after a quote and resolves "the statement" to its owner', () => {
    expect(
      sourcesOf([
        '"The United States will keep working," US State Department said in an official statement.',
        '"The Secretary reiterated his support," the statement added.',
        '"Bazoum remains in detention," read the official statement.',
      ]),
    ).toEqual(['US State Department', 'US State Department', 'US State Department']);
  });

  it('credits the outlet that reported a sentence over the person quoted in it', () => {
    expect(sourcesOf(['Tiani said in the broadcast that the coup was needed, CNN reported.'])).toEqual(['CNN']);
  });

  it('resolves "he said" to the person who spoke before, even when an outlet was credited', () => {
    expect(
      sourcesOf([
        'Tiani said in the broadcast that the coup was needed, CNN reported.',
        'The former government, he said, did not help.',
      ]),
    ).toEqual(['CNN', 'Tiani']);
  });

  it('credits a leading speaker after introductory clauses, and a possessive statement to its owner', () => {
    expect(
      sourcesOf([
        'Earlier, on Thursday, the Nigerien army command said it was supporting the seizure.',
        'The military’s statement also warned against intervention.',
      ]),
    ).toEqual(['Nigerien army command', 'military']);
  });

  it('finds "according to" and inverted credits', () => {
    expect(
      sourcesOf(['Troops moved north, according to Reuters.', '"We are ready," said General Salifou Mody.']),
    ).toEqual(['Reuters', 'General Salifou Mody']);
  });

  it('credits a speaker described by an appositive before or after the name, and takes no clause for a speaker', () => {
    expect(
      sourcesOf([
        'The coach, Maria Silva, said the club would appeal the fine.',
        'Maria Silva, the club’s coach since 2019, told reporters it was over.',
        'The talks failed, said the spokesman.',
      ]),
    ).toEqual(['Maria Silva', 'Maria Silva', 'spokesman']);
  });

  it('returns null when nobody is credited', () => {
    expect(
      sourcesOf([
        'Bazoum was reportedly detained two days ago by members of his own presidential guard.',
        'The coup has drawn sharp criticism from world leaders.',
      ]),
    ).toEqual([null, null]);
  });

  it('leaves "the statement" as written when no earlier sentence says whose it is', () => {
    expect(sourcesOf(['"Calm returned," the statement added.'])).toEqual(['statement']);
  });
});
