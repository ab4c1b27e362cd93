import type { Answer, Passage } from '../search/types';

/** Plain-text rendering for the terminal: each passage quoted, its source on the line below. */
export function answerToText(answer: Answer): string {
  const readAs = readAsLine(answer);
  const body = bodyText(answer);
  return readAs === null ? body : `${readAs}\n\n${body}`;
}

/** "Read “detaned” as “detained”.", or null when the question was read as typed. */
export function readAsLine(answer: Answer): string | null {
  if (answer.corrections.length === 0) return null;
  return `Read ${answer.corrections.map((c) => `“${c.typed}” as “${c.readAs}”`).join(', ')}.`;
}

function bodyText(answer: Answer): string {
  switch (answer.status) {
    case 'empty-question':
      return 'Ask a question, for example: "Who detained Bazoum?"';
    case 'unknown-article':
      return 'There is no article with that id. List them with --list-articles.';
    case 'not-found':
      return notFoundText(answer);
    case 'answered':
      return answer.passages.map((passage, index) => passageText(passage, index + 1)).join('\n\n');
  }
}

function notFoundText(answer: Answer): string {
  const lead = "The articles don't say. No sentence answers this question.";
  if (answer.passages.length === 0) return lead;
  const closest = answer.passages.map((passage, index) => passageText(passage, index + 1)).join('\n\n');
  return `${lead}\n\nClosest passages (not an answer):\n\n${closest}`;
}

export function sourceLine(passage: Passage): string {
  const parts = [`"${passage.title}"`, `paragraph ${passage.paragraph}`];
  if (passage.attribution) parts.push(`credited to ${passage.attribution}`);
  if (passage.url) parts.push(passage.url);
  return parts.join(' · ');
}

function passageText(passage: Passage, rank: number): string {
  return `${rank}. “${passage.text}”\n   — ${sourceLine(passage)}`;
}
