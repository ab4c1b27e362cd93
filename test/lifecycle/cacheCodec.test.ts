import MiniSearch from 'minisearch';
import {
  CHUNK,
  CorruptCacheError,
  decodeLines,
  encodeLines,
  UncacheableValueError,
} from '../../src/cacheCodec';
import { INDEX_OPTIONS } from '../../src/search/index';

describe('cacheCodec', () => {
  it('round-trips maps, sets, typed arrays, undefined, $-keys and nested values', async () => {
    const value = {
      map: new Map<string, unknown>([
        ['a', new Set([1, 2, 3])],
        ['b', { $tricky: 'dollar key', $$double: 2, nested: [null, true, 'x'] }],
      ]),
      typed: new Int8Array([-128, 0, 127]),
      wide: new Float64Array([1.5, -2.25]),
      gap: [1, undefined, 3],
      empty: new Map(),
    };
    const decoded = await decodeLines(encodeLines(value));
    expect(decoded).toEqual(value);
    expect((decoded as { typed: unknown }).typed).toBeInstanceOf(Int8Array);
  });

  it('splits large arrays over lines and joins them back in order', async () => {
    const big = Array.from({ length: CHUNK * 2 + 7 }, (_, i) => ({ id: i, words: new Set([`w${i}`]) }));
    const lines = encodeLines({ big, deep: [Array.from({ length: CHUNK + 1 }, (_, i) => i)] });
    expect(lines.length).toBeGreaterThan(3);
    const decoded = (await decodeLines(lines)) as { big: typeof big; deep: number[][] };
    expect(decoded.big).toEqual(big);
    expect(decoded.deep[0]?.length).toBe(CHUNK + 1);
  });

  it('names resources instead of writing them and puts the caller’s back', async () => {
    const vectors = { dimensions: 2, vectorOf: () => undefined };
    const decoded = (await decodeLines(encodeLines({ vectors }, { vectors }), { vectors })) as {
      vectors: unknown;
    };
    expect(decoded.vectors).toBe(vectors);
  });

  it('writes a MiniSearch index with toJSON and loads it with the index options', async () => {
    const index = new MiniSearch(INDEX_OPTIONS);
    index.addAll([
      { id: 0, text: 'The army took power', names: '', title: 'Coup', articleId: 'a' },
      { id: 1, text: 'The president spoke', names: '', title: 'Coup', articleId: 'a' },
    ]);
    const decoded = (await decodeLines(encodeLines({ index }))) as { index: MiniSearch };
    expect(decoded.index).toBeInstanceOf(MiniSearch);
    expect(decoded.index.search('army').map((hit) => hit.id)).toEqual(
      index.search('army').map((hit) => hit.id),
    );
  });

  it('refuses values it cannot restore', () => {
    expect(() => encodeLines({ when: new Date() })).toThrow(UncacheableValueError);
    expect(() => encodeLines({ f: () => 1 })).toThrow(UncacheableValueError);
    expect(() => encodeLines({ n: Number.NaN })).toThrow(UncacheableValueError);
  });

  it('rejects malformed input as corrupt', async () => {
    await expect(decodeLines([])).rejects.toThrow(CorruptCacheError);
    await expect(decodeLines(['{"a":'])).rejects.toThrow(CorruptCacheError);
    await expect(decodeLines(['{"$lines":[5,1]}'])).rejects.toThrow(CorruptCacheError);
    await expect(decodeLines(['{"$nonsense":1}'])).rejects.toThrow(CorruptCacheError);
    await expect(decodeLines(['{"$resource":"vectors"}'])).rejects.toThrow(CorruptCacheError);
    await expect(decodeLines(['{"$minisearch":{"index":7}}'])).rejects.toThrow(CorruptCacheError);
  });
});
