import { formatCsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html/format-html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { Format, Report } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const formatReport = (report: Report, format: Format, color: boolean): string => {
  switch (format) {
    case 'text':
      return formatText(report, color);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report);
    case 'csv':
      return formatCsv(report);
    case 'github':
      return formatGithub(report);
    case 'html':
      return formatHtml(report);
  }
};
