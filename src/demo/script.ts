/** One step of a demo session, as written in a `--script` JSON file. */
export type ScriptStep =
  /** A slash command: `{"command": "ask", "options": {"question": "Who detained Bazoum?"}}`. */
  | {
      readonly kind: 'slash';
      readonly command: string;
      readonly options: Readonly<Record<string, string | number | boolean>>;
      readonly user: string | null;
    }
  /** A message command on a message with this text: `{"command": "Find in articles", "message": "…"}`. */
  | {
      readonly kind: 'message';
      readonly command: string;
      readonly message: string;
      readonly user: string | null;
    }
  /** A click on the button with this label under the latest reply that has one: `{"press": "More"}`. */
  | { readonly kind: 'press'; readonly label: string; readonly user: string | null };

/** The session `npm run demo` plays when no `--script` is given (questions about the seed corpus). */
export const DEFAULT_SCRIPT_JSON = [
  { command: 'ask', options: { question: 'Who detained Bazoum?' } },
  { press: 'Show context' },
  { command: 'ask', options: { question: 'Who declared himself Niger’s new leader?' } },
  { command: 'ask', options: { question: 'What motivated the coup?', top: 2 } },
  { command: 'sources' },
  { command: 'ask', options: { question: 'How much does a loaf of bread cost in Paris?' } },
  { command: 'Find in articles', message: 'Bazoum resigned and left the country last week.' },
];

export type ScriptParse =
  { readonly ok: true; readonly steps: ScriptStep[] } | { readonly ok: false; readonly problems: string[] };

/** Reads a script (already JSON-parsed): every malformed step is reported, by index. */
export function parseScript(json: unknown): ScriptParse {
  if (!Array.isArray(json)) return { ok: false, problems: ['the script must be a JSON array of steps'] };
  const problems: string[] = [];
  const steps: ScriptStep[] = [];
  json.forEach((raw: unknown, index) => {
    const where = `step ${index + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`${where}: expected an object such as {"command": "ask", "options": {"question": "…"}}`);
      return;
    }
    const step = raw as Record<string, unknown>;
    const user = step['user'] === undefined ? null : step['user'];
    if (user !== null && (typeof user !== 'string' || user.trim() === '')) {
      problems.push(`${where}: "user" must be a non-empty string`);
      return;
    }
    if (typeof step['press'] === 'string') {
      steps.push({ kind: 'press', label: step['press'], user });
      return;
    }
    const command = step['command'];
    if (typeof command !== 'string' || command.trim() === '') {
      problems.push(`${where}: needs "command" (a command name) or "press" (a button label)`);
      return;
    }
    if (step['message'] !== undefined) {
      if (typeof step['message'] !== 'string') problems.push(`${where}: "message" must be a string`);
      else steps.push({ kind: 'message', command, message: step['message'], user });
      return;
    }
    const options = step['options'] ?? {};
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      problems.push(`${where}: "options" must be an object of option values`);
      return;
    }
    const entries = Object.entries(options as Record<string, unknown>);
    const bad = entries.filter(([, value]) => !['string', 'number', 'boolean'].includes(typeof value));
    if (bad.length > 0) {
      problems.push(
        `${where}: option values must be strings, numbers or booleans (${bad.map(([name]) => name).join(', ')})`,
      );
      return;
    }
    steps.push({
      kind: 'slash',
      command: command.replace(/^\//, ''),
      options: Object.fromEntries(entries) as Record<string, string | number | boolean>,
      user,
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, steps };
}
