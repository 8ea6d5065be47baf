// GitHub Actions workflow commands: one ::error annotation per finding.
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
import type { Report } from './report.js';

const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub = (report: Report): string =>
  report.findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`, `col=${f.column}`, `title=${escapeProperty(`${f.ruleId}: ${f.description} (${f.confidence} confidence)`)}`];
      const message = `${f.description}: ${f.secret}${f.commit ? ` (commit ${f.commit.sha.slice(0, 12)})` : ''}. Remove it, rotate it, or add it to the baseline.`;
      return `::error ${props.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
