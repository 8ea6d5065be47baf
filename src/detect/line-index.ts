/** Maps offsets in a text to lines, building the table of line starts only when first asked. */
export interface LineIndex {
  /** 1-based line (in the file) and column of an offset. */
  readonly position: (offset: number) => { readonly line: number; readonly column: number };
  /** The line holding an offset, as offsets [start, end) without its newline. */
  readonly lineAt: (offset: number) => { readonly start: number; readonly end: number };
  /** 0-based index, within the text, of the line holding an offset. */
  readonly indexOf: (offset: number) => number;
  /** Offset where the line at a 0-based index starts; the text's length past the last line. */
  readonly startOf: (index: number) => number;
}

/** `lineStarts`, when given, is the table already built (KeywordIndex.scanText builds it in its pass). */
export const createLineIndex = (text: string, firstLine = 1, lineNumbers?: readonly number[], lineStarts?: readonly number[]): LineIndex => {
  let starts: readonly number[] | undefined = lineStarts;
  const table = (): readonly number[] => {
    if (starts) return starts;
    const built = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) built.push(i + 1);
    starts = built;
    return built;
  };
  const indexOf = (offset: number): number => {
    const lines = table();
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((lines[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const startOf = (index: number): number => table()[index] ?? text.length + 1;
  return {
    position: (offset) => {
      const index = indexOf(offset);
      const line = lineNumbers?.[index] ?? firstLine + index;
      return { line, column: offset - startOf(index) + 1 };
    },
    lineAt: (offset) => {
      const index = indexOf(offset);
      return { start: startOf(index), end: startOf(index + 1) - 1 };
    },
    indexOf,
    startOf,
  };
};
