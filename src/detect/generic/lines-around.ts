// The text of a few lines either side of one: the block of settings or the object literal a value
// sits in, as readers of nearby keys (a hash's salt, a challenge's type, the user beside a password) see it.

/** The lines from `near` lines above the line starting at `lineStart` to `near` lines below it, as one string. */
export const linesAround = (text: string, lineStart: number, near: number): string => {
  let from = lineStart;
  for (let i = 0; i < near && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = lineStart;
  for (let i = 0; i <= near && to !== -1 && to < text.length; i++) to = text.indexOf('\n', to + 1);
  return text.slice(from, to === -1 ? text.length : to);
};

/**
 * The lines above a place, nearest first: the text from the line start before `end` up to `end` (the
 * line ending there, or the part of it before `end`), then each line above it, for at most `maxLines`
 * lines and not past offset `floor`. Readers of what opens a block above a value walk them.
 */
export function* linesAbove(text: string, end: number, maxLines: number, floor = 0): Generator<string> {
  for (let lines = 0; lines < maxLines && end > floor; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, end);
    end = start - 1;
  }
}
