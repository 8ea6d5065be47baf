/** Maps offsets in a text to 1-based line and column, building the line table only when first asked. */
export interface LineIndex {
  readonly position: (offset: number) => { readonly line: number; readonly column: number };
  readonly lineAt: (offset: number) => { readonly start: number; readonly end: number };
}

export const createLineIndex = (text: string, firstLine = 1, lineNumbers?: readonly number[]): LineIndex => {
  let starts: number[] | undefined;
  const table = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  const lineNumber = (offset: number): number => {
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
  return {
    position: (offset) => {
      const index = lineNumber(offset);
      const line = lineNumbers?.[index] ?? firstLine + index;
      return { line, column: offset - (table()[index] as number) + 1 };
    },
    lineAt: (offset) => {
      const start = text.lastIndexOf('\n', offset - 1) + 1;
      const newline = text.indexOf('\n', offset);
      return { start, end: newline === -1 ? text.length : newline };
    },
  };
};
