// yargs' own words for a usage error, made into one actionable line.
import { closeIds } from '../config/rule-id-check.js';

export const COMMANDS = ['scan', 'staged', 'history', 'baseline', 'audit', 'init', 'rules', 'version', 'completion'] as const;
const HELP = '(see leakgate --help)';

/** The message for a failed parse of argv; `message` is yargs'. */
export const usageMessage = (message: string, argv: readonly string[]): string => {
  const command = argv[0];
  if (command !== undefined && !command.startsWith('-') && !(COMMANDS as readonly string[]).includes(command)) {
    const close = closeIds(command, COMMANDS);
    return `unknown command "${command}"${close.length > 0 ? `: did you mean ${close.map((name) => `"${name}"`).join(' or ')}?` : ''} ${HELP}`;
  }
  if (command === 'rules' && /Not enough non-option arguments/.test(message)) {
    return `rules needs an action: \`leakgate rules list\` (the rules in use) or \`leakgate rules check FILE\` (check a rules file) ${HELP}`;
  }
  return message.includes(HELP) ? message : `${message} ${HELP}`;
};
