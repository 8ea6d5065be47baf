// Which rules report a file by its name (a path and no regex: sensitive-file-*, the credential files
// read for their path): such a finding stands for the whole file, so a diff keeps it whatever lines
// were added. A credential rule known by its content (keywords, no path) reports lines like any other.
import type { Rule } from '../detect/types.js';

export const reportsByName = (rule: Rule): boolean => rule.pathOnly && rule.path !== undefined;
