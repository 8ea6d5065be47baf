// JUnit XML: one test case per finding (failed), so CI systems list them like failing tests.
import type { Report } from './report.js';

const xml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export const formatJunit = (report: Report): string => {
  const cases = report.findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    const detail = `${f.description} (${f.confidence} confidence) at ${where}: ${f.secret}${f.commit ? ` (commit ${f.commit.sha})` : ''}`;
    return `    <testcase classname="${xml(f.file)}" name="${xml(`${f.ruleId} at ${where}`)}">\n      <failure message="${xml(`${f.description} found`)}" type="${xml(f.ruleId)}">${xml(detail)}</failure>\n    </testcase>`;
  });
  if (cases.length === 0) cases.push('    <testcase classname="leakgate" name="no secrets found"/>');
  const failures = report.findings.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="leakgate" tests="${Math.max(1, failures)}" failures="${failures}">`,
    `  <testsuite name="leakgate ${xml(report.mode)}" tests="${Math.max(1, failures)}" failures="${failures}" errors="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
