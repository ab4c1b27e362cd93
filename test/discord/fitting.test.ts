import {
  CUT_MARKER,
  DISCORD_LIMITS,
  cutAtSentence,
  cutAtWord,
  embedProblems,
  fitBlocks,
  fitRendered,
} from '../../src/discord/fitting';

const TEXT = 'The first sentence is here. The second one follows! Does a third? Yes, a fourth ends it.';

/** Every word of `cut` (marker removed) is a whole word of `text`, in order from its start. */
function isWholeWordPrefix(cut: string, text: string, marker: string): boolean {
  const body = cut.endsWith(marker) ? cut.slice(0, -marker.length) : cut;
  if (!text.startsWith(body)) return false;
  const next = text.charAt(body.length);
  return next === '' || /\s/.test(next);
}

describe('cutAtSentence', () => {
  it('leaves text that fits alone', () => {
    expect(cutAtSentence(TEXT, TEXT.length)).toBe(TEXT);
  });

  it('cuts after the last whole sentence that fits, with the marker', () => {
    expect(cutAtSentence(TEXT, 60)).toBe(`The first sentence is here. The second one follows!${CUT_MARKER}`);
    expect(cutAtSentence(TEXT, 40)).toBe(`The first sentence is here.${CUT_MARKER}`);
  });

  it('keeps closing quotes with their sentence', () => {
    const quoted = '“We will not accept it.” The bloc gave the soldiers fifteen days.';
    expect(cutAtSentence(quoted, 40)).toBe(`“We will not accept it.”${CUT_MARKER}`);
  });

  it('falls back to a word boundary inside one long sentence', () => {
    const long = 'Soldiers from the presidential guard detained the president on Wednesday';
    const cut = cutAtSentence(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe(`Soldiers from the${CUT_MARKER}`);
  });

  it('never goes over the limit or splits a word, for every limit', () => {
    for (let max = 0; max <= TEXT.length + 1; max++) {
      const cut = cutAtSentence(TEXT, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      if (cut !== '' && cut !== CUT_MARKER.trim())
        expect(isWholeWordPrefix(cut, TEXT, CUT_MARKER)).toBe(true);
    }
  });

  it('cuts a single overlong word between characters, not inside a surrogate pair', () => {
    const word = '😀'.repeat(50);
    const cut = cutAtSentence(word, 21);
    expect(cut.length).toBeLessThanOrEqual(21);
    expect(cut.endsWith(CUT_MARKER)).toBe(true);
    expect(cut.slice(0, -CUT_MARKER.length)).toMatch(/^(😀)+$/u);
  });
});

describe('cutAtWord', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(cutAtWord('Wheat harvest falls short after a dry spring', 20)).toBe('Wheat harvest falls…');
  });

  it('is within the limit for every limit', () => {
    for (let max = 0; max < TEXT.length; max++) expect(cutAtWord(TEXT, max).length).toBeLessThanOrEqual(max);
  });
});

describe('fitRendered', () => {
  it('cuts the text so that its (longer) rendering fits, the marker outside the rendering', () => {
    const render = (cut: string, marker: string): string =>
      `> ${cut.replace(/\*/g, '\\*')}${marker}\n— source`;
    const text = 'A *starred* sentence. Another *one* here. And a third.';
    expect(fitRendered(text, 100, render)).toBe(render(text, ''));
    const fitted = fitRendered(text, 50, render);
    expect((fitted ?? '').length).toBeLessThanOrEqual(50);
    expect(fitted).toBe(render('A *starred* sentence.', CUT_MARKER));
  });

  it('returns null when not even an empty cut fits', () => {
    expect(fitRendered('text', 5, (cut) => `a long prefix ${cut}`)).toBeNull();
  });
});

describe('fitBlocks', () => {
  const more = (omitted: number): string => `(${omitted} more)`;

  it('joins every block when they fit', () => {
    expect(fitBlocks(['a', 'b'], 10, '\n', more)).toEqual({ text: 'a\nb', shown: 2, omitted: 0 });
  });

  it('keeps whole blocks and says how many were left out', () => {
    expect(fitBlocks(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'], 30, '\n', more)).toEqual({
      text: 'aaaaaaaaaa\nbbbbbbbbbb\n(1 more)',
      shown: 2,
      omitted: 1,
    });
  });

  it('stays within the limit even when nothing fits', () => {
    const fitted = fitBlocks(['x'.repeat(100)], 5, '\n', more);
    expect(fitted.text.length).toBeLessThanOrEqual(5);
    expect(fitted.shown).toBe(0);
  });
});

describe('embedProblems', () => {
  it('accepts an embed at the limits', () => {
    expect(embedProblems([{ title: 't'.repeat(256), description: 'd'.repeat(4096) }])).toEqual([]);
  });

  it('names each limit broken', () => {
    const problems = embedProblems([
      {
        title: 't'.repeat(257),
        description: 'd'.repeat(4097),
        fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v'.repeat(1025) })),
      },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'embed 0 title is 257 characters (limit 256)',
        'embed 0 description is 4097 characters (limit 4096)',
        `embed 0 field count is 26 characters (limit ${DISCORD_LIMITS.embedFields})`,
        'embed 0 field 0 value is 1025 characters (limit 1024)',
        expect.stringMatching(/^embeds total is \d+ characters \(limit 6000\)$/),
      ]),
    );
  });
});
