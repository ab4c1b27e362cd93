import type { ArticleChange, ArticleVersion, BeforeAfter, ReloadProgress, ReloadReport } from '../reload';

/** How many article ids a list shows before "and N more" (keeps a reply well inside Discord's 2,000). */
const MAX_IDS = 10;

/** The reload report as short Markdown-free text, for the /reload reply and the terminal. */
export function reloadReportToText(report: ReloadReport): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const lines: string[] = [];
  if (report.joined) lines.push('A reload was already running; this is its result.');
  if (!report.ok) {
    lines.push(
      `Reload failed after ${seconds} s: nothing was changed, the bot keeps answering from the current articles.`,
    );
    lines.push(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
    for (const problem of report.problems.slice(0, 20)) {
      lines.push(
        `- ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.reason}`,
      );
    }
    if (report.problems.length > 20) lines.push(`… and ${report.problems.length - 20} more (see the log)`);
    return lines.join('\n');
  }
  const nothing = report.added.length + report.changed.length + report.removed.length === 0;
  lines.push(
    `Reloaded in ${seconds} s${nothing ? ': no article changed' : ''}${report.source === 'cache' ? ' (from the index cache)' : ''}.`,
  );
  if (report.added.length > 0) lines.push(`Added ${report.added.length}: ${idsOf(report.added)}`);
  if (report.changed.length > 0) lines.push(`Changed ${report.changed.length}: ${idsOf(report.changed)}`);
  if (report.removed.length > 0) lines.push(`Removed ${report.removed.length}: ${idsOf(report.removed)}`);
  lines.push(`Articles: ${beforeAfter(report.articles)}`);
  lines.push(`Sentences: ${beforeAfter(report.sentences)}`);
  if (report.actors.before !== null || report.actors.after !== null)
    lines.push(`Actors: ${beforeAfter(report.actors)}`);
  if (report.cacheNote) lines.push(`Note: ${report.cacheNote}`);
  return lines.join('\n');
}

/** One line while a reload runs. */
export function reloadProgressToText(progress: ReloadProgress): string {
  const what: Record<ReloadProgress['phase'], string> = {
    hashing: 'checking the corpus folder',
    'reading-cache': 'reading the index cache',
    'reading-articles': 'reading and validating the articles',
    building: 'building the new index (the current one keeps answering)',
    'writing-cache': 'writing the index cache',
    loading: 'loading the new index',
    swapping: 'putting the new index in service',
  };
  return `Reloading… ${what[progress.phase]} (${(progress.elapsedMs / 1000).toFixed(0)} s so far)`;
}

function idsOf(articles: readonly (ArticleVersion | ArticleChange)[]): string {
  const shown = articles.slice(0, MAX_IDS).map((article) => article.id);
  const more = articles.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function beforeAfter(value: BeforeAfter): string {
  const show = (n: number | null): string => (n === null ? '–' : String(n));
  return value.before === value.after ? show(value.after) : `${show(value.before)} → ${show(value.after)}`;
}
