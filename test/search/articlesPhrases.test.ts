import { articleOf } from './articles';
import { buildLibrary, loadLibraryResources, type Library, type LibraryResources } from '../../src/library';
import { withArticlesPhrases } from '../../src/search/articlesPhrases';
import { answer } from '../../src/search/answer';

describe('a noun the articles never use, read as a name of several words they do use', () => {
  let library: Library;
  let without: Library;
  let resources: LibraryResources;

  beforeAll(async () => {
    resources = await loadLibraryResources();
    library = buildLibrary(
      [
        articleOf(
          'talks',
          'The minister said the unions had offered no real way out of the deadlock.\n\nThe talks resume on Monday.',
        ),
      ],
      resources,
    );
    without = buildLibrary([articleOf('other', 'The talks resume on Monday.')], resources);
  }, 120_000);

  it('reads the noun as the phrase an article says', () => {
    expect(withArticlesPhrases(library, 'Did the unions offer no exit from the deadlock?')).toBe(
      'Did the unions offer no way out from the deadlock?',
    );
    const found = answer(
      library,
      'Find the line where the minister says the unions offered no exit from the deadlock',
    );
    expect(found.answered).toBe(true);
    expect(found.passages[0]?.text).toContain('no real way out');
  });

  it('leaves a verb, a phrase no article says, and a phrase of a less common sense', () => {
    expect(withArticlesPhrases(library, 'Did the unions exit the talks?')).toBe(
      'Did the unions exit the talks?',
    );
    expect(withArticlesPhrases(without, 'Was there no exit from the deadlock?')).toBe(
      'Was there no exit from the deadlock?',
    );
    // Nor a title before a name, nor part of a name.
    const named = buildLibrary(
      [
        articleOf(
          'city',
          'City manager Tom Reyes approved the budget.\n\nThe Academy of Motion Picture Arts will announce nominations.',
        ),
      ],
      resources,
    );
    expect(withArticlesPhrases(named, 'Who is the mayor?')).toBe('Who is the mayor?');
    expect(withArticlesPhrases(named, 'What is the movie about?')).toBe('What is the movie about?');
    // An outlet is a way out only in its second sense: a shop, then a way out, then a socket.
    expect(withArticlesPhrases(library, 'Which outlet reported the deadlock?')).toBe(
      'Which outlet reported the deadlock?',
    );
  });
});
