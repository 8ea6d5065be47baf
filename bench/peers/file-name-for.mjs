// A plausible file name for an example, from what it looks like, so that leakgate reads it in the
// syntax it would meet in a repository (a JSON object in a .json file, `KEY=value` lines in an
// .env file). Log lines go to app.log; anything else to `notes`, a name without an extension that
// leakgate reads as plain text in no special context (a .txt file would count as documentation,
// src/detect/generic/file-context.ts, and lower every finding one level).

const RULES = [
  [(t) => /^-----BEGIN [A-Z ]*PRIVATE KEY/.test(t), 'server.key'],
  [(t) => /^[{[]/.test(t) && isJson(t), 'config.json'],
  [(t) => /^<[?A-Za-z]/.test(t), 'config.xml'],
  [(t) => /^#define\s/m.test(t), 'config.h'],
  [(t) => /^\s*(?:package \w+|func |var \w+ string|\w+ := )/m.test(t), 'config.go'],
  [(t) => t.split('\n').every((l) => /^\s*(?:#.*|(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=\S.*)?$/.test(l)), 'app.env'],
  [(t) => /^\s*(?:curl|wget|docker|export|echo)\s/m.test(t), 'deploy.sh'],
  [(t) => /^\s*[A-Za-z_][\w.-]*:\s+\S/m.test(t) && !/[;{}]\s*$/m.test(t), 'config.yml'],
  [(t) => /^\s*(?:\[(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE)\]|\d{4}-\d\d-\d\d[T ]\d\d:\d\d)/m.test(t), 'app.log'],
];

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The file name an example is written to. */
export const fileNameFor = (text) => {
  const trimmed = text.trim();
  for (const [test, name] of RULES) if (test(trimmed)) return name;
  return 'notes';
};
