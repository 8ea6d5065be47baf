import type { Argv } from 'yargs';
import type { OptionSpec } from './options.js';

/** Adds options given as data (the same specs the fast path parses) to a yargs command. */
export const withOptions = <T>(y: Argv<T>, specs: readonly OptionSpec[]): Argv<T> => {
  let out = y;
  for (const spec of specs) {
    out = out.option(spec.name, {
      type: spec.type,
      ...(spec.alias ? { alias: spec.alias } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
      ...(spec.choices ? { choices: spec.choices } : {}),
      describe: spec.describe,
    }) as Argv<T>;
  }
  return out;
};
