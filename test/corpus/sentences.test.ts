import { paragraphsOf } from '../../src/corpus/sentences';

function sentences(text: string): string[] {
  return paragraphsOf(text).flatMap((paragraph) => paragraph.sentences.map((span) => text.slice(span.start, span.end)));
}

describe('paragraphsOf', () => {
  it('keeps a quote that spans clauses in one sentence with its credit', () => {
    const text =
      '"Secretary Blinken underscored that the United States will continue to work," US State Department said in an official statement. Blinken further stressed it.';
    expect(sentences(text)).toEqual([
      '"Secretary Blinken underscored that the United States will continue to work," US State Department said in an official statement.',
      'Blinken further stressed it.',
    ]);
  });

  it('does not split at abbreviations, initials, times, dates or decimals', () => {
    const text =
      'The U.S. Army said Gen. Smith met Dr. J. R. R. Tolkien at 5 p.m. on Jan. 3. Prices rose 3.5 percent. It fell.';
    expect(sentences(text)).toEqual([
      'The U.S. Army said Gen. Smith met Dr. J. R. R. Tolkien at 5 p.m. on Jan. 3.',
      'Prices rose 3.5 percent.',
      'It fell.',
    ]);
  });

  it('handles curly quotes, ellipses and question marks inside quotes', () => {
    const text = 'He said “we will go.” Then he left… and came back. “Why?” she asked. She left.';
    expect(sentences(text)).toEqual(['He said “we will go.”', 'Then he left… and came back.', '“Why?” she asked.', 'She left.']);
  });

  it('numbers paragraphs by blank lines, skips markdown headings, and keeps exact offsets', () => {
    const text = '# Title\n\nFirst one.  Second\none.\n\n\nThird one.';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toHaveLength(2);
    for (const paragraph of paragraphs) {
      for (const span of paragraph.sentences) {
        expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
      }
    }
    expect(sentences(text)).toEqual(['First one.', 'Second\none.', 'Third one.']);
  });

  it('ends a sentence at a full stop beside a closing bracket or quote, spaced or not, before a capital', () => {
    const text =
      'It aired with Seinfeld ). I Love Lucy is still shown. The hit was “ SOS ”. Over 40 million saw it. (It varies in orbit.) Jupiter is a gas giant.';
    expect(sentences(text)).toEqual([
      'It aired with Seinfeld ).',
      'I Love Lucy is still shown.',
      'The hit was “ SOS ”.',
      'Over 40 million saw it.',
      '(It varies in orbit.)',
      'Jupiter is a gas giant.',
    ]);
    // A question quoted before its credit stays one sentence.
    expect(sentences('“Why now?” Tiani asked. He left.')).toEqual(['“Why now?” Tiani asked.', 'He left.']);
  });

  it('ends a caption or heading that runs into the next sentence without a full stop', () => {
    expect(
      sentences('North Entrance of Westminster Abbey The Collegiate Church of St Peter is a large church.'),
    ).toEqual(['North Entrance of Westminster Abbey', 'The Collegiate Church of St Peter is a large church.']);
    expect(sentences('WAR DEPARTMENT The War Department combines many duties.')).toEqual([
      'WAR DEPARTMENT',
      'The War Department combines many duties.',
    ]);
    // Not inside a sentence: after a verb, after a word that continues, or before a name's "His".
    for (const text of [
      'Officials said on Monday The army had moved.',
      'The treaty between The Hague and Paris was signed.',
      'The consular convention with His Majesty has been signed.',
      // Names: an opener after a capitalised word other than "The", or after a possessive.
      'Alphabet’s Class A shares rose sharply.',
      'The 1997 film Men In Black grossed millions.',
      'Christopher Nolan’s The Dark Knight was a hit.',
    ]) {
      expect(sentences(text)).toEqual([text]);
    }
  });

  it('splits WikiQA-style tokenised text with spaces before full stops', () => {
    const text = 'In Biology , Tissue is a level between cells and an organism . A tissue is an ensemble of cells .';
    expect(sentences(text)).toEqual([
      'In Biology , Tissue is a level between cells and an organism .',
      'A tissue is an ensemble of cells .',
    ]);
  });
});
