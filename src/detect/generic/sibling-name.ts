// A password equal to the user, database or project name set beside it (`POSTGRES_USER=laradock` then
// `POSTGRES_PASSWORD=laradock`; `username: exercism` / `password: exercism`; scott's kin) was written to
// match a name for a development stack, not generated. It stays visible to an audit (low), not to a
// commit hook.
import { linesAround } from './lines-around.js';

// The keys whose value names an account, a database or a project.
const NAME_KEY = /(?:^|[_.-])(?:user|username|user_name|login|db|database|dbname|db_name|name|project|project_name|schema|account)$/i;
// `KEY=value`, `key: value`, `'key' => 'value'`, `"key": "value"`: a key and a scalar on one line.
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?([A-Za-z_][\w.-]{0,60})["']?[ \t]*(?::|=>|=)[ \t]*["']?([^\s"'#,;]{1,128})/;

// One block of settings: a few lines either side.
const NEAR = 8;

/** The name key beside the line at `lineStart` whose value equals `password` (ignoring case), if any. */
export const siblingNameEqualTo = (text: string, lineStart: number, password: string): string | undefined => {
  const block = linesAround(text, lineStart, NEAR);
  const wanted = password.toLowerCase();
  for (const line of block.split('\n')) {
    const m = line.length < 400 ? ASSIGNMENT.exec(line) : null;
    if (m !== null && NAME_KEY.test(m[1] as string) && (m[2] as string).toLowerCase() === wanted) return m[1];
  }
  return undefined;
};
