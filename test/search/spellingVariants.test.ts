import { spellingVariantsOf } from '../../src/search/spellingVariants';

describe('British and American spellings of a word', () => {
  it.each([
    ['favour', 'favor'],
    ['favor', 'favour'],
    ['honourable', 'honorable'],
    ['characterise', 'characterize'],
    ['characterized', 'characterised'],
    ['organisation', 'organization'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    ['traveled', 'travelled'],
  ])('%s → %s', (word, variant) => {
    expect(spellingVariantsOf(word)).toContain(variant);
  });

  it('leaves words that only look like one alone', () => {
    expect(spellingVariantsOf('four')).toEqual([]);
    expect(spellingVariantsOf('tour')).toEqual([]);
  });
});
