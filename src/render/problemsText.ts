import type { CorpusProblem } from '../corpus/types';

/** "file:line: reason", one a line: the form editors and terminals make clickable. */
export function problemsToText(problems: readonly CorpusProblem[]): string {
  return problems
    .map(
      (problem) =>
        `  ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.reason}`,
    )
    .join('\n');
}
