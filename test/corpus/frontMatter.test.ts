import { splitFrontMatter } from '../../src/corpus/frontMatter';

describe('splitFrontMatter', () => {
  it('returns the whole text as body when there is no front matter', () => {
    expect(splitFrontMatter('Just text.\n')).toEqual({ frontMatter: {}, body: 'Just text.\n', problems: [] });
  });

  it('reads the known keys and strips the fences', () => {
    const split = splitFrontMatter(
      '---\nid: niger-1\ntitle: "Coup in Niger"\npublisher: Example News\nurl: https://example.org/a\ndate: 2023-07-29\n---\n\nBody here.\n',
    );
    expect(split.problems).toEqual([]);
    expect(split.frontMatter).toEqual({
      id: 'niger-1',
      title: 'Coup in Niger',
      publisher: 'Example News',
      url: 'https://example.org/a',
      date: '2023-07-29',
    });
    expect(split.body).toBe('\nBody here.\n');
  });

  it('reports every YAML error with its line in the file', () => {
    const split = splitFrontMatter('---\ntitle: ok\ntitle: [unclosed\n---\nBody\n');
    expect(split.problems[0]).toEqual({ line: 3, reason: 'front matter is not valid YAML: Map keys must be unique' });
    expect(split.problems[1]?.reason).toMatch(/not valid YAML: Flow sequence/);
  });

  it('reports an unclosed front matter block', () => {
    expect(splitFrontMatter('---\ntitle: x\nBody\n').problems).toEqual([
      { line: 1, reason: 'front matter opened with --- is never closed' },
    ]);
  });

  it('reports unknown keys, bad urls, bad ids and bad dates, each on its line', () => {
    const split = splitFrontMatter('---\nauthor: me\nurl: ftp://x\nid: "no spaces allowed"\ndate: someday\n---\nBody\n');
    expect(split.problems).toEqual([
      { line: 2, reason: expect.stringMatching(/unknown front matter key "author"/) },
      { line: 3, reason: expect.stringMatching(/not an http\(s\) URL/) },
      { line: 4, reason: expect.stringMatching(/id "no spaces allowed"/) },
      { line: 5, reason: expect.stringMatching(/not a date/) },
    ]);
  });

  it('rejects a front matter that is not a mapping', () => {
    expect(splitFrontMatter('---\n- a\n- b\n---\nBody\n').problems[0]?.reason).toMatch(/mapping/);
  });
});
