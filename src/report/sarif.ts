// SARIF 2.1.0 for GitHub code scanning: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { Confidence, Finding, Rule, Severity } from '../detect/types.js';
import type { Report } from './report.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

// GitHub ranks code-scanning alerts by this property (0.0–10.0).
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

const sarifRule = (rule: Rule) => ({
  id: rule.id,
  name: rule.id,
  shortDescription: { text: rule.description },
  fullDescription: { text: `${rule.description}. Remove it from the code and rotate it.` },
  ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
  help: { text: `Rotate the ${rule.description}, remove it, and load it from a secret store or environment variable.` },
  defaultConfiguration: { level: LEVEL[rule.severity] },
  properties: { tags: ['security', 'secret', ...rule.tags], 'security-severity': SECURITY_SEVERITY[rule.severity] },
});

// SARIF's rank (0-100) orders results by how sure the tool is: §3.27.31.
const RANK: Readonly<Record<Confidence, number>> = { high: 90, medium: 60, low: 30 };

const sarifResult = (finding: Finding, ruleIndex: number) => ({
  ruleId: finding.ruleId,
  ruleIndex,
  level: LEVEL[finding.severity],
  rank: RANK[finding.confidence],
  message: { text: `${finding.description} found: ${finding.secret}` },
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
        region: {
          startLine: finding.line,
          startColumn: finding.column,
          endLine: finding.endLine,
          endColumn: Math.max(finding.endColumn, finding.endLine === finding.line ? finding.column + 1 : 1),
        },
      },
    },
  ],
  partialFingerprints: { 'leakgateFingerprint/v1': finding.fingerprint },
  properties: {
    confidence: finding.confidence,
    validated: finding.validated,
    ...(finding.commit ? { commit: finding.commit.sha, author: finding.commit.author, date: finding.commit.date } : {}),
  },
});

export const formatSarif = (report: Report): string => {
  const used = [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
  const rules = used.map((id) => report.rules.find((rule) => rule.id === id)).filter((rule): rule is Rule => rule !== undefined);
  const index = new Map(rules.map((rule, n) => [rule.id, n]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'leakgate',
            semanticVersion: report.toolVersion,
            informationUri: 'https://www.npmjs.com/package/leakgate',
            rules: rules.map(sarifRule),
          },
        },
        results: report.findings.map((finding) => sarifResult(finding, index.get(finding.ruleId) ?? -1)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
