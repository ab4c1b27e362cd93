import { termOf } from '../../src/search/analysis';

describe('index terms', () => {
  it('stem words, drop stop words and keep acronyms', () => {
    expect(termOf('reportedly')).toBe('report');
    expect(termOf('the')).toBeNull();
    expect(termOf('US')).toBe('us');
  });

  it('keep a token longer than any word (a pasted blob) as it is, unstemmed', () => {
    const blob = 'ab'.repeat(30);
    expect(termOf(blob)).toBe(blob);
    expect(termOf(`${blob}ing`)).toBe(`${blob}ing`);
  });
});
