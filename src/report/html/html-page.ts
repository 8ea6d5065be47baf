// The HTML report: one self-contained file. Its data sits in a JSON script element (every "<"
// escaped, so no text in it can close the element), and the inline script builds the summary,
// charts and table from it with textContent only. The Content-Security-Policy forbids any fetch.
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';

export interface HtmlMeta {
  readonly title: string;
  readonly headline: string;
  readonly tool: string;
  readonly failed: readonly string[];
  readonly groups: ReadonlyArray<{ readonly text: string; readonly places: readonly string[] }>;
  readonly notes: readonly string[];
}

/** One table row: repository, severity, rule, file, line, masked secret, commit, date, at HEAD, correlation, description. */
export type HtmlRow = readonly [string, string, string, string, number, string, string, string, boolean | null, string, string];

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** JSON safe inside a script element: "<" can never start "</script>" or "<!--". */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const htmlHead = (meta: HtmlMeta): string =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(meta.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<noscript>This report needs JavaScript to draw its table and charts; the JSON report holds the same data.</noscript>
<main id="app"></main>
<script type="application/json" id="leakgate-data">{"meta":${scriptJson(meta)},"rows":[`;

export const htmlRow = (row: HtmlRow, first: boolean): string => `${first ? '' : ','}\n${scriptJson(row)}`;

export const htmlTail = (): string => `]}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
