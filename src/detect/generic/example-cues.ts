// What a documentation page says of the snippet a value sits in. Docs pages, API references and
// cheat sheets introduce their snippets as examples ("The following example…", "For example::",
// "Output::", "a string like this", JSDoc's @example); a runbook or a setup note that pastes a real
// credential introduces it as what to use ("the staging key is", "log in with"). A value so
// introduced is an example: still reported, one level lower (`--confidence low` shows it).
// Only read in documentation and example contexts: in a program's own code or configuration a
// value is what runs, whatever the comment above it says.

// Words that present a snippet as an illustration, in the prose that leads into it.
const CUE = /\b(?:for (?:example|instance)|e\.g\.|examples?|samples?|(?:looks?|look) (?:something )?like|like (?:this|so|the following)|replace (?:it|them|this|these|the|with)|illustrat\w*|dummy|fictitious)\b|\blike:{1,2}$/i;
// A label line that opens a shown result: "Output::" (reStructuredText), "Example response:", "Sample:",
// a doc comment's @example tag (JSDoc, TSDoc), PowerShell help's .EXAMPLE (about_Comment_Based_Help),
// or the status line of a transcribed HTTP response (RFC 9112 §4: HTTP/1.1 200 OK).
const LABEL = /^(?:(?:[\w ]{0,30}\b)?(?:examples?|samples?|output|response|result|returns)(?: (?:output|response|request|body))?\s*:{1,2}|@example\b.*|\.EXAMPLE|HTTP\/\d(?:\.\d)? \d{3}\b.*)$/i;
// Comment and doc-comment markers, quote marks and list bullets in front of prose.
const LEAD = /^\s*(?:\/\/[/!]?|\/?\*+\/?|#+|--(?=\s)|;+|>+|[-+] )?\s*/;

/**
 * A line reads as prose: several words, and none of code's punctuation (an assignment, a brace, an
 * option, a path, a JSON key, a scheme or ARN's colons, a shell line continuation).
 */
const isProse = (text: string): boolean =>
  /^[\p{L}*_`'\[(@]/u.test(text) && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 &&
  !/[=;{}]|\s--?\w|\/\w+\/|"\s*:|\w:\w|\\$/.test(text);

/** The lines before `lineStart`, nearest first, at most `count`. */
const linesBefore = (text: string, lineStart: number, count: number): string[] => {
  const head = text.slice(Math.max(0, lineStart - 8000), Math.max(0, lineStart - 1));
  return head.split('\n').slice(-count).reverse();
};

/**
 * The value at `lineStart` is introduced as an example: the nearest prose before it (its lead-in
 * paragraph, up to three lines of prose within forty lines) says so, or a label such as `Output::`
 * opens its snippet.
 */
export const introducedAsExample = (text: string, lineStart: number): boolean => {
  let prose = 0;
  for (const raw of linesBefore(text, lineStart, 40)) {
    const line = raw.replace(/\r$/, '').replace(LEAD, '').trim();
    if (line === '') continue;
    if (LABEL.test(line.replace(/[*_`]/g, ''))) return true;
    if (!isProse(line)) continue;
    if (CUE.test(line)) return true;
    prose += 1;
    if (prose >= 3) return false;
  }
  return false;
};

// Docs mark the values around a real-looking one: AKIAIOSFODNN7EXAMPLE, api.example.com,
// ExampleStore, sample-app (RFC 2606 reserves example.com, .org and .net for documentation).
const MARKED = /example|\bsample\b/i;

/**
 * The snippet the value sits in marks its other values as examples: its line, or a line of the same
 * block (no blank line between, at most ten lines away), says example or sample.
 */
export const snippetMarkedAsExample = (text: string, lineStart: number, line: string): boolean => {
  if (MARKED.test(line)) return true;
  for (const raw of linesBefore(text, lineStart, 10)) {
    if (raw.trim() === '') break;
    if (MARKED.test(raw)) return true;
  }
  const end = text.indexOf('\n', lineStart);
  for (const raw of end < 0 ? [] : text.slice(end + 1, end + 4000).split('\n').slice(0, 10)) {
    if (raw.trim() === '') break;
    if (MARKED.test(raw)) return true;
  }
  return false;
};

/**
 * A line of a doc comment in code (JSDoc/Javadoc ` * `, rustdoc and C# `///` or `//!`, a doctest's
 * `>>> `): documentation written inside a source file, read as documentation.
 */
export const isDocCommentLine = (line: string): boolean => /^\s*(?:\*(?:\s|$)|\/\/[/!](?:\s|$)|>>> )/.test(line);

// OpenAPI's Example Object and the example/examples fields of Schema, Parameter and Media Type
// objects (OpenAPI 3.1, "Example Object"), and the same habit in other YAML/JSON docs.
// OpenAPI's `example(s)`, and the code samples of an operation (Redoc's `x-codeSamples`, `x-code-samples`).
const EXAMPLE_KEY = /^\s*(?:-\s+)?["']?(?:x-)?(?:examples?|samples?|code[ _-]?samples?|sample[ _-]?\w+|example[ _-]?\w+)["']?\s*:/i;

/**
 * The value's own key is `example` (OpenAPI's keyword, also written in code: OpenApiSpex's
 * `example: "Bearer …"`, a schema dict's "example": …), on its line or ending the line above it
 * (the value continued on the next line): an illustration, in any file.
 */
export const isExampleKeyLine = (text: string, lineStart: number, line: string): boolean => {
  if (EXAMPLE_KEY.test(line)) return true;
  const above = linesBefore(text, lineStart, 4).find((before) => before.trim() !== '');
  return above !== undefined && EXAMPLE_KEY.test(above) && /:\s*$/.test(above);
};

/**
 * The value sits under a YAML or JSON key named example(s) or sample(s): one of the lines above it
 * with less indentation (its parents, nearest first, within eighty lines) is such a key.
 */
export const underExampleKey = (text: string, lineStart: number, line: string): boolean => {
  // `example: postgres://…` (a schema's example, on the value's own line).
  if (EXAMPLE_KEY.test(line)) return true;
  let indent = line.search(/\S/);
  for (const raw of linesBefore(text, lineStart, 80)) {
    const at = raw.search(/\S/);
    if (at < 0 || at >= indent) continue;
    if (EXAMPLE_KEY.test(raw)) return true;
    indent = at;
    if (indent === 0) return false;
  }
  return false;
};

/**
 * Inside PowerShell comment-based help, under .EXAMPLE: the nearest help keyword above the line
 * (.SYNOPSIS, .PARAMETER, .EXAMPLE…, about_Comment_Based_Help) is .EXAMPLE, with no end of the
 * comment block (#>) between.
 */
export const inHelpExample = (text: string, lineStart: number): boolean => {
  for (const raw of linesBefore(text, lineStart, 60)) {
    if (/#>/.test(raw)) return false;
    const keyword = /^\s*(?:#\s*)?\.([A-Z]+)\b/.exec(raw)?.[1];
    if (keyword !== undefined && /^[A-Z]+$/.test(keyword)) return keyword === 'EXAMPLE';
  }
  return false;
};

// A form field's hint: HTML's `placeholder` attribute ("a short hint intended to aid the user with
// data entry", HTML Living Standard 4.10.5.3.10), the same prop in JSX and Vue, a form schema's
// `placeholder:` or `hint:`, Android's `android:hint`. Its text is shown in an empty field; what the
// user types replaces it.
const FIELD_HINT = /(?:^|[^\w-])(?:[\w-]+:)?(?:placeholder|hint|placeholderText|inputPlaceholder)\s*[:=]\s*\{?\s*["'`]{1,2}[^"'`]*$/i;

/** The value is (inside) the text of a form field's placeholder or hint. */
export const inFieldHint = (line: string, valueStart: number): boolean => FIELD_HINT.test(line.slice(Math.max(0, valueStart - 200), valueStart));
