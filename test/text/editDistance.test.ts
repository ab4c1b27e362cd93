import { editDistance } from '../../src/text/editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['bazoum', 'bazoum', 0],
    ['bazum', 'bazoum', 1],
    ['detaned', 'detained', 1],
    ['tinai', 'tiani', 1],
    ['blinkin', 'blinken', 1],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
