// `report merge --format html`: the page of format-html.ts over every repository, streamed.
import { describeGroup, describePlace } from '../correlation.js';
import type { MergedFinding } from '../merge/merged-finding.js';
import type { MergeWriter } from '../merge/sink.js';
import { headline } from '../merge/write-text.js';
import { htmlHead, htmlRow, htmlTail, type HtmlRow } from './html-page.js';

const rowOf = (f: MergedFinding): HtmlRow => [
  f.repository,
  f.severity,
  f.ruleId,
  f.file,
  f.line,
  f.secret,
  f.commit?.slice(0, 12) ?? '',
  f.date?.slice(0, 10) ?? '',
  f.presentInHead ?? null,
  f.correlation?.slice(0, 12) ?? '',
  f.description,
];

export const writeMergedHtml: MergeWriter = async (merged, write) => {
  const { summary } = merged;
  write(
    htmlHead({
      title: 'leakgate org audit',
      headline: headline(summary),
      tool: `leakgate ${summary.toolVersion}`,
      failed: summary.failed.map((f) => `${f.repository}: ${f.mode} failed (${f.code}): ${f.message}`),
      groups: summary.groups.map((group) => ({ text: describeGroup(group), places: group.places.map(describePlace) })),
      notes: [],
    }),
  );
  let first = true;
  for await (const repo of merged.repositories()) {
    for (const finding of repo.findings) {
      write(htmlRow(rowOf(finding), first));
      first = false;
    }
  }
  write(htmlTail());
};
