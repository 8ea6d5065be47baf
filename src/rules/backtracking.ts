// A static check for regexes that can backtrack catastrophically: a group that holds an unbounded
// quantifier and is itself repeated without bound, such as (a+)+, (\w*)* or (x|y+){2,}.
// It errs on the side of warning; the detector's watchdog stops what it misses.

const UNBOUNDED = /^(?:[*+]|\{\d+,\})/;

/** Returns the offending group, or undefined when the pattern has no nested unbounded repetition. */
export const nestedQuantifier = (source: string): string | undefined => {
  const stack: Array<{ start: number; unbounded: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ start: i, unbounded: false });
      continue;
    }
    const rest = source.slice(i);
    if (ch === ')') {
      const group = stack.pop();
      if (!group) continue;
      const after = source.slice(i + 1);
      if (group.unbounded && UNBOUNDED.test(after)) return source.slice(group.start, i + 1 + (UNBOUNDED.exec(after)?.[0].length ?? 0));
      // A repeated group makes its parent unbounded too.
      const parent = stack[stack.length - 1];
      if (parent && (group.unbounded || UNBOUNDED.test(after))) parent.unbounded = true;
      continue;
    }
    if (UNBOUNDED.test(rest)) {
      const top = stack[stack.length - 1];
      if (top) top.unbounded = true;
    }
  }
  return undefined;
};
