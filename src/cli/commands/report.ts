// leakgate report merge REPORT…: one deterministic report from many JSON reports (docs/org-audit.md).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LeakgateError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { writeMergedHtml } from '../../report/html/write-merged-html.js';
import { expandInputs, STDIN } from '../../report/merge/expand-inputs.js';
import { mergeReports } from '../../report/merge/merge-reports.js';
import { documentSpans, spoolStdin, type DocumentRef } from '../../report/merge/read-documents.js';
import type { MergeWriter } from '../../report/merge/sink.js';
import { writeMergedCsv } from '../../report/merge/write-csv.js';
import { writeMergedJson } from '../../report/merge/write-json.js';
import { writeMergedMarkdown } from '../../report/merge/write-markdown.js';
import { writeMergedSarif } from '../../report/merge/write-sarif.js';
import { headline, writeMergedText } from '../../report/merge/write-text.js';
import type { Io } from '../io.js';
import { streamOutput } from '../stream-output.js';
import { toolVersion } from '../version.js';

export const MERGE_FORMATS = ['text', 'json', 'sarif', 'csv', 'markdown', 'html'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];

const WRITERS: Readonly<Record<MergeFormat, MergeWriter>> = {
  text: writeMergedText,
  json: writeMergedJson,
  sarif: writeMergedSarif,
  csv: writeMergedCsv,
  markdown: writeMergedMarkdown,
  html: writeMergedHtml,
};

export interface ReportMergeOptions {
  readonly inputs: readonly string[];
  readonly format: MergeFormat;
  readonly output: string | undefined;
  /** A file listing the repositories expected, one per line: any without a report is failed. */
  readonly expect: string | undefined;
  readonly quiet: boolean;
}

const readExpected = (io: Io, file: string): string[] => {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LeakgateError('usage', `cannot read the list of expected repositories ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
};

/**
 * Exit 1 when the merge holds findings; else 2 when a repository failed to scan (nothing can be
 * concluded of it); 0 only when every repository was scanned and nothing was found.
 */
export const reportMergeCommand = async (io: Io, options: ReportMergeOptions): Promise<ExitCode> => {
  const paths = expandInputs(io.cwd, options.inputs);
  const expected = options.expect === undefined ? [] : readExpected(io, options.expect);
  let stdin: { remove: () => void } | undefined;
  try {
    const refs: DocumentRef[] = [];
    for (const path of paths) {
      if (path === STDIN) {
        const spooled = await spoolStdin(io.stdin);
        stdin = spooled;
        refs.push(...(await documentSpans(spooled.path, '-')));
      } else refs.push(...(await documentSpans(path, relative(io.cwd, path) || path)));
    }
    const merged = await mergeReports(refs, toolVersion(), expected);
    try {
      const target = options.output === undefined ? io.stdout : resolve(io.cwd, options.output);
      await streamOutput(target, (write) => WRITERS[options.format](merged, write));
    } finally {
      merged.dispose();
    }
    const { summary } = merged;
    if (!options.quiet && (options.output !== undefined || options.format !== 'text')) io.stderr.write(`leakgate: ${headline(summary)}\n`);
    if (summary.findings > 0) return ExitCode.Findings;
    return summary.failed.length > 0 ? ExitCode.Error : ExitCode.Clean;
  } finally {
    stdin?.remove();
  }
};
