// --format html for scan and history: the same page as a merged report, for one repository.
import { correlationGroups, describeGroup, describePlace } from '../correlation.js';
import type { Report, ReportFinding } from '../report.js';
import { htmlHead, htmlRow, htmlTail, type HtmlRow } from './html-page.js';

const rowOf = (f: ReportFinding, repository: string): HtmlRow => [
  repository,
  f.severity,
  f.ruleId,
  f.file,
  f.line,
  f.secret,
  f.commit?.sha.slice(0, 12) ?? '',
  f.commit?.date.slice(0, 10) ?? '',
  f.presentInHead ?? null,
  f.correlation?.slice(0, 12) ?? '',
  f.description,
];

export const formatHtml = (report: Report): string => {
  const repository = report.repository ?? report.target;
  const groups = correlationGroups(report.findings.map((f) => ({ ...f, repository })));
  const n = report.findings.length;
  const head = htmlHead({
    title: `leakgate ${report.mode}: ${repository}`,
    headline: `${n === 0 ? 'no secrets found' : `${n} finding${n === 1 ? '' : 's'}`} · ${report.files} files${report.mode === 'history' ? `, ${report.commits} commits` : ''} scanned`,
    tool: `leakgate ${report.toolVersion}`,
    failed: [],
    groups: groups.map((group) => ({ text: describeGroup(group), places: group.places.map(describePlace) })),
    notes: report.notes,
  });
  return head + report.findings.map((f, i) => htmlRow(rowOf(f, repository), i === 0)).join('') + htmlTail();
};
