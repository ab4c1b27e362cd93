import type { Answer } from '../search/types';

/** The CLI's JSON form of an answer (documented in the README; the WikiQA judge reads it). */
export interface AnswerJson {
  readonly question: string;
  /** Misspelt words the question was read with: `[{"typed": "detaned", "readAs": "detained"}]`. */
  readonly corrections: Answer['corrections'];
  readonly answered: boolean;
  readonly status: Answer['status'];
  readonly passages: readonly {
    readonly article: string;
    readonly title: string;
    readonly paragraph: number;
    readonly sentence: number;
    readonly text: string;
    readonly score: number;
    readonly attribution: string | null;
    readonly url: string | null;
  }[];
}

export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    corrections: answer.corrections,
    answered: answer.answered,
    status: answer.status,
    passages: answer.passages.map((passage) => ({
      article: passage.articleId,
      title: passage.title,
      paragraph: passage.paragraph,
      sentence: passage.sentence,
      text: passage.text,
      score: passage.score,
      attribution: passage.attribution,
      url: passage.url,
    })),
  };
}
