// One report format, loaded when it is the one asked for: a scan loads its own formatter, not all
// seven (the text one brings chalk and node:tty, the HTML one ~1,450 lines), ~5 ms of a small scan.
import type { Format, Report } from './report.js';

export type Formatter = (report: Report, color: boolean) => string;

export const loadFormatter = async (format: Format): Promise<Formatter> => {
  switch (format) {
    case 'text':
      return (await import('./text.js')).formatText;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'csv':
      return (await import('./csv.js')).formatCsv;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'html':
      return (await import('./html/format-html.js')).formatHtml;
  }
};

/** The report in a format (the formatter loaded first). */
export const formatReport = async (report: Report, format: Format, color: boolean): Promise<string> => (await loadFormatter(format))(report, color);
