// A password equal to the user, database or project name set beside it (`POSTGRES_USER=laradock` then
// `POSTGRES_PASSWORD=laradock`; `username: exercism` / `password: exercism`; scott's kin) was written to
// match a name for a development stack, not generated. It stays visible to an audit (low), not to a
// commit hook.

// The keys whose value names an account, a database or a project.
const NAME_KEY = /(?:^|[_.-])(?:user|username|user_name|login|db|database|dbname|db_name|name|project|project_name|schema|account)$/i;
// `KEY=value`, `key: value`, `'key' => 'value'`, `"key": "value"`: a key and a scalar on one line.
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?([A-Za-z_][\w.-]{0,60})["']?[ \t]*(?::|=>|=)[ \t]*["']?([^\s"'#,;]{1,128})/;

// One block of settings: a few lines either side.
const NEAR = 8;

/** The name key beside the line at `lineStart` whose value equals `password` (ignoring case), if any. */
export const siblingNameEqualTo = (text: string, lineStart: number, password: string): string | undefined => {
  let from = lineStart;
  for (let i = 0; i < NEAR && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = lineStart;
  for (let i = 0; i <= NEAR && to !== -1 && to < text.length; i++) to = text.indexOf('\n', to + 1);
  const wanted = password.toLowerCase();
  for (const line of text.slice(from, to === -1 ? text.length : to).split('\n')) {
    const m = line.length < 400 ? ASSIGNMENT.exec(line) : null;
    if (m !== null && NAME_KEY.test(m[1] as string) && (m[2] as string).toLowerCase() === wanted) return m[1];
  }
  return undefined;
};
