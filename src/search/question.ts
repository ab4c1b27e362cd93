import { termOf, tokensOf } from './analysis';

/** One content word of a question: its surface form (for vectors) and its index term. */
export interface QuestionWord {
  readonly word: string;
  readonly term: string;
  /** Capitalised past the question's first word: a name ("France", "Tiani"). */
  readonly isName: boolean;
}

/** What a question asks for, read from its wording before stop words are dropped. */
export type AnswerType = 'person' | 'time' | 'number' | 'place' | 'reason' | 'other';

export interface AnalysedQuestion {
  readonly text: string;
  readonly words: readonly QuestionWord[];
  readonly answerType: AnswerType;
  /** "What is X?" / "Who was X?": asks what something is, which an article's opening sentence says. */
  readonly definitional: boolean;
}

/** The distinct content words of a question, at most `maxWords` (the rarest kept by the caller's order). */
export function analyseQuestion(text: string): AnalysedQuestion {
  const seen = new Set<string>();
  const words: QuestionWord[] = [];
  tokensOf(text).forEach((token, position) => {
    const term = termOf(token);
    if (term === null || seen.has(term)) return;
    seen.add(term);
    const isName = position > 0 && /^\p{Lu}/u.test(token);
    words.push({ word: token.replace(/\./g, '').toLowerCase(), term, isName });
  });
  const definitional = /^\s*(?:what|who)\s+(?:is|are|was|were)\b/i.test(text) && words.length <= 4;
  return { text, words, answerType: answerTypeOf(text), definitional };
}

function answerTypeOf(text: string): AnswerType {
  const lower = text.toLowerCase();
  if (/\b(?:how (?:many|much|long|old|far|big|large|often)|what (?:number|percentage|amount))\b/.test(lower))
    return 'number';
  if (/\b(?:when|what (?:year|date|day|time|month)|which (?:year|date|day|month))\b/.test(lower))
    return 'time';
  if (
    /\b(?:who|whom|whose|which (?:person|people|official|leader|country|organi[sz]ation|group))\b/.test(lower)
  )
    return 'person';
  if (/\b(?:where|which (?:city|place|region))\b/.test(lower)) return 'place';
  if (/\b(?:why|what (?:reason|motivated|caused))\b/.test(lower)) return 'reason';
  return 'other';
}
