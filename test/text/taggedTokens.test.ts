import { tokensOf } from '../../src/text/taggedTokens';

describe('tagged tokens', () => {
  it('keeps offsets into the text and joins hyphenated words', () => {
    const text = 'Democratically-elected President Bazoum spoke.';
    const tokens = tokensOf(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[0]?.text).toBe('Democratically-elected');
  });

  it('is not taught by one odd text to split later ones differently ("Niger\'s\'s")', () => {
    const split = (text: string): string[] => tokensOf(text).map((token) => token.text);
    const before = split("Who called Niger's head of state?");
    const odd = tokensOf("Niger's's head?");
    expect(odd[0]?.text).toBe('Niger');
    expect(split("Who called Niger's head of state?")).toEqual(before);
    expect(before).toContain("'s");
  });

  it('leaves out a run of letters longer than any word (a pasted blob), keeping the offsets of the rest', () => {
    const text = `Bazoum ${'x'.repeat(60)} spoke.`;
    const tokens = tokensOf(text);
    expect(tokens.map((token) => token.text)).toEqual(['Bazoum', 'spoke', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
